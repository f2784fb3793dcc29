#!/bin/sh
# trace_checks.sh CABINET ROMPATH INP: on the bundled game cabpac,
#  1. stepping in the debugger shows the registers and cycle counts the
#     trace of the same run records, instruction by instruction;
#  2. -tracedump of a binary trace prints the text trace byte for byte;
#  3. the binary trace of 1000+ frames of a recorded run (-playback) is
#     byte-identical across two runs.
set -u
cab=$1 rompath=$2 inp=$3
[ -d "$rompath/cabpac" ] || { echo "set not built: $rompath/cabpac"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
common="cabpac -rompath $rompath -video none -sound none -nothrottle -nvram_directory $tmp/nv"

# 1. 40 single steps, with the trace written by the same run
i=0; : >"$tmp/steps.dbg"
while [ $i -lt 40 ]; do echo s >>"$tmp/steps.dbg"; i=$((i + 1)); done
echo quit >>"$tmp/steps.dbg"
$cab $common -seconds_to_run 1 -debug -trace "$tmp/step.txt" <"$tmp/steps.dbg" >"$tmp/steps.out" 2>&1 ||
    { echo "stepping run failed"; cat "$tmp/steps.out"; exit 1; }
# each break line after a step: the registers and cycles after that step
grep '^maincpu ' "$tmp/steps.out" | tail -n +2 | sed 's/.*  *SP=/SP=/' >"$tmp/a"
head -n 40 "$tmp/step.txt" | sed 's/.*  *SP=/SP=/' >"$tmp/b"
[ "$(wc -l <"$tmp/a")" -eq 40 ] || { echo "expected 40 break lines, got $(wc -l <"$tmp/a")"; exit 1; }
cmp -s "$tmp/a" "$tmp/b" || { echo "stepping differs from the trace:"; diff "$tmp/b" "$tmp/a" | head; exit 1; }

# 2. binary and text traces of the same second
$cab $common -seconds_to_run 1 -trace "$tmp/t.txt" || exit 1
$cab $common -seconds_to_run 1 -trace "$tmp/t.bin" -trace_binary || exit 1
$cab -tracedump "$tmp/t.bin" >"$tmp/t2.txt" || { echo "-tracedump failed"; exit 1; }
cmp -s "$tmp/t.txt" "$tmp/t2.txt" || { echo "-tracedump differs from the text trace"; exit 1; }
[ "$(wc -l <"$tmp/t.txt")" -gt 100000 ] || { echo "text trace too short"; exit 1; }

# 3. 17 s = 1030 frames of a recorded run (the attract script, recorded
#    with -record), played back twice with the binary trace on stdout
$cab $common -seconds_to_run 17 -inputscript "$inp" -record "$tmp/rec.inp" 2>"$tmp/rec.err" ||
    { echo "recording failed: $(cat "$tmp/rec.err")"; exit 1; }
for r in 1 2; do
    { $cab $common -seconds_to_run 17 -playback "$tmp/rec.inp" -trace /dev/stdout -trace_binary 2>"$tmp/e$r"
      echo $? >"$tmp/rc$r"; } | cksum >"$tmp/h$r"
    [ "$(cat "$tmp/rc$r")" = 0 ] || { echo "playback run $r failed: $(cat "$tmp/e$r")"; exit 1; }
done
cmp -s "$tmp/h1" "$tmp/h2" || { echo "the two traces of the recorded run differ: $(cat "$tmp/h1") / $(cat "$tmp/h2")"; exit 1; }
bytes=$(cut -d' ' -f2 <"$tmp/h1")
[ "$bytes" -gt 10000000 ] || { echo "trace of the recorded run too short: $bytes bytes"; exit 1; }
echo "stepping = trace (40 steps), tracedump = text trace ($(wc -l <"$tmp/t.txt") lines), 1030-frame playback trace identical twice ($bytes bytes)"
