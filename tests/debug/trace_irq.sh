#!/bin/sh
# trace_irq.sh CABINET ROMPATH: interrupt acknowledges as their own trace
# lines, on the Pac-Man sprites homebrew (tests/roms/pacman: IM 2, I = 3Fh,
# the VBLANK IRQ through the table entry 3FFAh = irq, 00DDh):
#  1. one second of text trace: 58 "--- IRQ (vector 3FFA) ---" lines (the
#     VBLANKs after the program enables the interrupt), each right after an
#     instruction of main_loop (00CE-00D2) and right before the handler's
#     first instruction (00DD: push af), with PC pushed (SP - 2), IFF1
#     cleared, and within one instruction plus the 19 T acknowledge after
#     the frame's start (50688 cycles a frame); the table entry holds 00DDh
#     in pacman.6j;
#  2. -tracedump of the binary trace prints the text trace byte for byte;
#  3. frame and audio hashes are the same with and without -trace;
#  4. the debugger: stepping over the acknowledge prints its line, and
#     `history` lists it between the instructions.
set -u
cab=$1 rompath=$2
[ -d "$rompath/sprites/pacman" ] || { echo "set not built: $rompath/sprites/pacman"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
common="pacman -rompath $rompath/sprites -video none -sound none -nothrottle -noreadconfig -seconds_to_run 1"
fail() { echo "FAIL: $*"; exit 1; }

$cab $common -trace "$tmp/t.txt" 2>/dev/null || fail "trace run"
n=$(grep -c -- '--- IRQ' "$tmp/t.txt")
[ "$n" = 58 ] || fail "$n IRQ lines, not 58"
[ "$(grep -c '^maincpu  --- IRQ (vector 3FFA) ---  ' "$tmp/t.txt")" = 58 ] || fail "IRQ lines not as expected: $(grep -m1 -- '--- IRQ' "$tmp/t.txt")"
[ "$(od -An -tx1 -j 4090 -N2 "$rompath/sprites/pacman/pacman.6j" | tr -d ' ')" = dd00 ] || fail "the table entry is not 00DD"
awk '
    function hex(s,   v, i) { v = 0; for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789ABCDEF", substr(s, i, 1)) - 1; return v }
    function field(line, name,   s) { s = line; sub(".* " name "=", "", s); sub(/ .*/, "", s); return s }
    / --- IRQ / {
        irq = NR; sp = field($0, "SP"); iff = field($0, "IFF1"); cyc = field($0, "cyc")
        if (prev !~ /^maincpu  00(CE|D1|D2): /) { print "FAIL: IRQ at line " NR " after: " prev; bad = 1 }
        if (sprintf("%04X", hex(field(prev, "SP")) - 2) != sp) { print "FAIL: SP " sp " at line " NR; bad = 1 }
        if (iff != "00") { print "FAIL: IFF1 " iff " at line " NR; bad = 1 }
        ph = cyc % 50688
        if (ph < 19 || ph > 19 + 13) { print "FAIL: IRQ at cycle " cyc " (" ph " into the frame)"; bad = 1 }
    }
    NR == irq + 1 && irq && !/^maincpu  00DD: push af / { print "FAIL: after the IRQ at line " irq ": " $0; bad = 1 }
    { prev = $0 }
    END { exit bad }' "$tmp/t.txt" || exit 1

$cab $common -trace "$tmp/t.bin" -trace_binary 2>/dev/null || fail "binary trace run"
$cab -tracedump "$tmp/t.bin" >"$tmp/t2.txt" || fail "-tracedump"
cmp -s "$tmp/t.txt" "$tmp/t2.txt" || fail "-tracedump differs from the text trace: $(diff "$tmp/t.txt" "$tmp/t2.txt" | head -4)"

$cab $common -framehash >"$tmp/h1" 2>/dev/null
$cab $common -framehash -trace "$tmp/t3.txt" >"$tmp/h2" 2>/dev/null
[ -s "$tmp/h1" ] && cmp -s "$tmp/h1" "$tmp/h2" || fail "hashes differ with -trace: $(cat "$tmp/h1" "$tmp/h2")"

# the first IRQ comes after 00CE ends at cycle 152076: break before it (the
# debugger's numbers are hex: 251F0h = 152048), step it, the acknowledge, the handler
printf 'bp 00ce, cycles > 251f0\ng\ns\ns\ns\nhistory 3\nquit\n' | $cab $common -debug >"$tmp/d.txt" 2>&1
grep -q '^maincpu  --- IRQ (vector 3FFA) ---  .* cyc=152095$' "$tmp/d.txt" || fail "stepping shows no IRQ line: $(cat "$tmp/d.txt")"
grep -A3 '^>history 3' "$tmp/d.txt" | tr '\n' '|' | grep -q '^>history 3|00CE: ld a,($4c02)|--- IRQ (vector 3FFA) ---|00DD: push af|' \
    || fail "history: $(grep -A3 '^>history' "$tmp/d.txt" | tr '\n' '|')"
echo "58 IRQ lines where the VBLANK interrupt is taken; tracedump equal; hashes equal; step and history show it"
