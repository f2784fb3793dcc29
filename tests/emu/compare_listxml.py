#!/usr/bin/env python3
"""Compares Cabinet's -listxml with MAME 0.251's for every system both have,
element by element and attribute by attribute, for the parts Cabinet lists.
A difference fails unless KNOWN lists it for that system and part with the
reason; a KNOWN entry that no longer differs fails too (stale).
Usage: compare_listxml.py MAME_XML CABINET_XML KNOWN_TXT"""
import sys
import xml.etree.ElementTree as ET

# Parts compared as whole lists of canonical elements (children included).
PARTS = ["machine", "description", "year", "manufacturer", "rom", "device_ref", "sample", "chip", "display",
         "sound", "input", "control", "dipswitch", "configuration", "port", "driver"]
# Parts Cabinet does not list yet: named, never counted as passing.
NOT_LISTED = ["biosset", "disk", "adjuster", "feature", "device", "slot", "softwarelist",
              "ramoption"]


def canon(el, skip=()):
    attrs = " ".join(f'{k}="{v}"' for k, v in sorted(el.attrib.items()) if k not in skip)
    text = (el.text or "").strip() if el.tag in ("description", "year", "manufacturer") else ""
    kids = "".join(canon(k) for k in el)
    return f"<{el.tag} {attrs}>{text}{kids}</{el.tag}>"


def part(machine, name):
    if name == "machine":  # sourcefile names Cabinet's own source file
        return [canon(machine, skip=("sourcefile",)).split(">")[0] + ">"]
    if name == "control":
        inp = machine.find("input")
        return [canon(c) for c in inp] if inp is not None else []
    if name == "input":
        return [canon(i).split(">")[0] + ">" for i in machine.findall("input")]
    return [canon(e) for e in machine.findall(name)]


def load_known(path):
    known = {}
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if line:
            system, what, reason = line.split(None, 2)
            known[(system, what)] = reason
    return known


def main():
    # Systems and the device machines MAME appends (isdevice="yes") alike.
    mame = {m.get("name"): m for m in ET.parse(sys.argv[1]).getroot()}
    cab = {m.get("name"): m for m in ET.parse(sys.argv[2]).getroot()}
    known = load_known(sys.argv[3])
    shared = sorted(set(mame) & set(cab))
    fails = matched = 0
    for m in cab.values():
        for ref in m.findall("device_ref"):
            if ref.get("name") not in cab or cab[ref.get("name")].get("isdevice") != "yes":
                print(f"FAIL {m.get('name')}: device_ref {ref.get('name')} has no device machine")
                fails += 1
    for system in shared:
        for name in PARTS:
            want, got = part(mame[system], name), part(cab[system], name)
            reason = known.get((system, name))
            if want == got:
                matched += 1
                if reason:
                    print(f"FAIL {system} {name}: listed as known difference but matches (stale entry)")
                    fails += 1
            elif reason:
                print(f"known difference {system} {name}: {reason}")
            else:
                fails += 1
                print(f"FAIL {system} {name}:")
                for w in want:
                    if w not in got:
                        print(f"  MAME only:    {w}")
                for g in got:
                    if g not in want:
                        print(f"  Cabinet only: {g}")
                if sorted(want) == sorted(got):
                    print("  (same elements, different order)")
        for name in NOT_LISTED:
            n = len(mame[system].findall(name))
            if n:
                print(f"not compared {system} {name}: MAME lists {n}, Cabinet does not list them yet")
    for name in sorted(set(mame) - set(cab)):
        if mame[name].get("isdevice") == "yes":
            print(f"not compared: MAME lists device {name}, which Cabinet's boards do not have")
    for (system, name) in known:
        if system not in shared:
            print(f"FAIL known difference for {system}, which is not a shared system")
            fails += 1
    print(f"{len(shared)} shared systems and devices, {matched} parts identical, {fails} failures")
    return 1 if fails or not shared else 0


if __name__ == "__main__":
    sys.exit(main())
