#!/usr/bin/env python3
"""Prints the option table of docs/compatibility.md from the sources: MAME
0.251's options (src/frontend/mame_options.inc), the ones Cabinet implements
(src/frontend/options.c's table) and the note for the others
(src/frontend/mame_options.c).   scripts/compat_table.py > /tmp/table.md"""
import fnmatch, os, re
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
src = lambda p: open(os.path.join(root, p)).read()
mame = re.findall(r'MOPT\("([^"]*)", "([^"]*)", MOPT_(\w+), "((?:[^"\\]|\\.)*)"\)', src('src/frontend/mame_options.inc'))
own = set(re.findall(r'\{ "([a-z0-9_]+)", OPT_(?!COMMAND)', src('src/frontend/options.c')))
notes = re.findall(r'\{ "([^"]+)", "([^"]+)" \},', src('src/frontend/mame_options.c').split('notes[] = {')[1])

def note(name):
    for pat, text in notes:
        if pat.endswith('?'):
            if name.startswith(pat[:-1]) and name[len(pat) - 1:].isdigit() and len(name) == len(pat):
                return text
        elif fnmatch.fnmatchcase(name, pat):
            return text
    return 'Cabinet accepts it for MAME compatibility but does not use it'

section = None
for sec, name, kind, default in mame:
    if sec != section:
        print('\n### %s\n\n| option | type | Cabinet |\n|---|---|---|' % sec.capitalize())
        section = sec
    status = '**implemented**' if name in own else 'accepted, no effect: ' + note(name)
    print('| `-%s` | %s | %s |' % (name, kind.lower(), status))
