#!/bin/sh
# Nothing lost (issue 24), headless: SIGINT/SIGTERM/SIGHUP end a run through
# its normal exit (complete recording, state, WAV, NVRAM); a second signal
# aborts; unreadable and wrong-size NVRAM kept byte for byte (exit 3);
# record-then-playback in one folder bit-exact for every driver with NVRAM,
# playback leaving the NVRAM file alone; a failed run keeps the previous
# outputs; outputs asked for beyond the run are errors.
# usage: test_outputs.sh CABINET ROMDIR FRONTEND_CHECK
set -u
cabinet=$1 roms=$2 check=$3
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail=0
bad() { echo "FAIL: $*"; fail=1; }
hashes() { grep -E "^(frames|frame_sha1|audio_sha1) " "$1"; }
cent="centiped -rompath $roms/centiped_test -video none -framehash"
erased=$(printf '\377%.0s' $(seq 64) | od -An -tx1 | tr -d ' \n')
hex() { od -An -tx1 "$1" | tr -d ' \n'; }

# --- Each stop signal, throttled run with no time limit.
for sig in INT TERM HUP; do
    rm -rf nv s.inp s.sta s.wav
    "$cabinet" $cent -nvram_directory nv -record s.inp -savestate s.sta -wavwrite s.wav >h.txt 2>e.txt &
    pid=$!
    sleep 3   # a loaded 2-core host emulated 0.88 s in 2 s
    kill -$sig $pid
    wait $pid
    rc=$?
    [ $rc = 0 ] || { bad "SIG$sig: exit $rc"; cat e.txt; }
    [ "$(hex nv/centiped/earom 2>/dev/null | cut -c1-2)" = 5a ] || bad "SIG$sig: EAROM not saved"
    [ "$(wc -c <nv/centiped/earom 2>/dev/null)" = 64 ] || bad "SIG$sig: EAROM not 64 bytes"
    "$check" wav s.wav 0.5 >/dev/null || bad "SIG$sig: WAV incomplete"
    "$cabinet" $cent -nvram_directory nv -nonvram_save -state s.sta -str 1 >/dev/null 2>st.txt \
        || bad "SIG$sig: state not loadable: $(cat st.txt)"
    "$cabinet" $cent -nvram_directory nv -playback s.inp -exit_after_playback >p.txt 2>pe.txt \
        || bad "SIG$sig: recording not playable: $(cat pe.txt)"
    [ -n "$(hashes h.txt)" ] && [ "$(hashes h.txt)" = "$(hashes p.txt)" ] \
        || bad "SIG$sig: playback differs from the signalled run"
    ls -A | grep -q '^\.' && bad "SIG$sig: temporary file left: $(ls -A | grep '^\.')"
done

# --- A second signal aborts at once (killed by it); the old file stays or a
# complete one replaced it, never a partial one. (Two different signals:
# two of one kind sent together may arrive as one.)
echo old >old.inp
"$cabinet" $cent -nonvram_save -record old.inp >/dev/null 2>&1 &
pid=$!
sleep 1
kill -INT $pid; kill -TERM $pid
wait $pid
rc=$?
[ $rc = 143 ] || [ $rc = 130 ] || bad "second signal: exit $rc, expected 130 or 143 (killed by it)"
[ "$(cat old.inp)" = old ] || "$cabinet" $cent -nonvram_save -playback old.inp -exit_after_playback >/dev/null 2>&1 \
    || bad "second signal left a damaged recording"

# --- NVRAM that cannot be used is never saved over; the exit code says so.
mkdir -p nvs/centiped
printf 'xyz' >nvs/centiped/earom
"$cabinet" $cent -nvram_directory nvs -str 1 >/dev/null 2>e.txt
rc=$?
[ $rc = 3 ] || bad "wrong-size NVRAM: exit $rc, expected 3"
[ "$(cat nvs/centiped/earom)" = xyz ] || bad "wrong-size NVRAM overwritten"
grep -q "nvs/centiped/earom: 3 bytes, expected 64; NVRAM not loaded" e.txt || bad "wrong-size NVRAM not reported"
grep -q "NVRAM not saved" e.txt || bad "not saving not reported"
rm nvs/centiped/earom
mkdir nvs/centiped/earom
"$cabinet" $cent -nvram_directory nvs -str 1 >/dev/null 2>e.txt
rc=$?
[ $rc = 3 ] && [ -d nvs/centiped/earom ] || bad "NVRAM folder in place of the file: exit $rc"
grep -q "earom: Is a directory" e.txt || bad "NVRAM folder not reported: $(cat e.txt)"
rmdir nvs/centiped/earom
mkfifo nvs/centiped/earom
timeout 20 "$cabinet" $cent -nvram_directory nvs -str 1 >/dev/null 2>e.txt
rc=$?
[ $rc = 3 ] && [ -p nvs/centiped/earom ] || bad "NVRAM FIFO: exit $rc (124: hung)"
rm -f nvs/centiped/earom
printf 'plain file' >nvf
"$cabinet" $cent -nvram_directory nvf -str 1 >/dev/null 2>e.txt
rc=$?
[ $rc = 3 ] || bad "NVRAM save failure: exit $rc, expected 3"
grep -q "nvf/centiped: cannot save NVRAM: Not a directory" e.txt || bad "NVRAM save failure message: $(cat e.txt)"
# A symlinked NVRAM file is updated through the link.
mkdir -p nvl/centiped
printf "$(printf '\\%03o' $(seq 64 | sed 's/.*/255/'))" >real_earom
ln -s ../../real_earom nvl/centiped/earom
"$cabinet" $cent -nvram_directory nvl -str 1 >/dev/null 2>&1 || bad "symlinked NVRAM run failed"
[ -L nvl/centiped/earom ] && [ "$(hex real_earom | cut -c1-2)" = 5a ] || bad "symlinked NVRAM not written through"

# --- Record, then play back in the same folder: bit-exact, NVRAM untouched
# by playback (for every driver with NVRAM in this build: centiped).
rm -rf nvr
printf '20 IN1 0x01 1\n40 IN1 0x01 0\n' >keys.txt
"$cabinet" $cent -nvram_directory nvr -str 2 -inputscript keys.txt -record r.inp >r1.txt 2>&1 || bad "record run failed"
before=$(hex nvr/centiped/earom)
"$cabinet" $cent -nvram_directory nvr -playback r.inp -exit_after_playback >r2.txt 2>&1 || bad "playback failed"
[ "$(hashes r1.txt)" = "$(hashes r2.txt)" ] || bad "record then playback in one folder differs"
[ "$(hex nvr/centiped/earom)" = "$before" ] || bad "playback wrote the NVRAM file"
"$cabinet" $cent -nvram_directory nvr -str 2 -inputscript keys.txt >r3.txt 2>&1
[ "$(hashes r1.txt)" != "$(hashes r3.txt)" ] || bad "the saved EAROM changes nothing (test proves nothing)"

# --- A failed run keeps the previous outputs.
echo oldrec >f.inp; echo oldwav >f.wav
echo "snap is a file" >snapfile
"$cabinet" $cent -nonvram_save -str 2 -record f.inp -wavwrite f.wav -snapframes 30 -snapshot_directory snapfile \
    >/dev/null 2>e.txt
rc=$?
[ $rc = 3 ] || bad "snapshot failure: exit $rc"
[ "$(cat f.inp)" = oldrec ] && [ "$(cat f.wav)" = oldwav ] || bad "failed run replaced -record/-wavwrite"
printf '10 NOPORT 0x01 1\n' >badport.txt
"$cabinet" $cent -nonvram_save -str 1 -inputscript badport.txt -record f.inp >/dev/null 2>e.txt
rc=$?
[ $rc = 6 ] && [ "$(cat f.inp)" = oldrec ] || bad "bad script port: exit $rc or recording replaced"
grep -q "frame 10: port NOPORT has no input" e.txt || bad "bad script port message: $(cat e.txt)"

# --- Outputs asked for beyond the run.
"$cabinet" $cent -nonvram_save -str 1 -savestate late.sta -savestate_frame 500 >/dev/null 2>e.txt
rc=$?
[ $rc = 6 ] && [ ! -e late.sta ] || bad "-savestate_frame beyond the run: exit $rc"
grep -q "late.sta: not written: the run ended after frame 60, before -savestate_frame 500" e.txt \
    || bad "-savestate_frame beyond the run message: $(cat e.txt)"
"$cabinet" $cent -nonvram_save -str 1 -savestate_frame 5 >/dev/null 2>e.txt
[ $? = 6 ] || bad "-savestate_frame without -savestate accepted"
"$cabinet" $cent -nonvram_save -str 1 -snapframes 30,500 >/dev/null 2>e.txt
[ $? = 6 ] || bad "-snapframes beyond the run accepted"
grep -q "frame 500 not written" e.txt || bad "-snapframes beyond the run message: $(cat e.txt)"
"$cabinet" $cent -nonvram_save -str 1 -snapframes 18446744073709551616 >/dev/null 2>e.txt
[ $? = 6 ] && grep -q "illegal value for snapframes" e.txt || bad "-snapframes 2^64 accepted"
"$cabinet" $cent -nonvram_save -str 1 -snapframes -1 >/dev/null 2>e.txt
[ $? = 6 ] && grep -q "illegal value for snapframes" e.txt || bad "-snapframes -1 accepted"

# --- A tiny -speed neither overflows nor blocks a stop signal.
"$cabinet" $cent -nonvram_save -speed 1e-300 >/dev/null 2>e.txt &
pid=$!
sleep 1
kill -TERM $pid
wait $pid
[ $? = 0 ] || bad "-speed 1e-300 then SIGTERM: exit not 0: $(cat e.txt)"

# --- Options and commands: no silent non-results.
"$cabinet" -createconfig -inipath cc -speed 1.2345678901234567 -snapshot_directory 'a#b "c" ' \
    -nvram_directory ' lead' >/dev/null || bad "-createconfig failed"
cp cc/cabinet.ini first.ini
"$cabinet" -createconfig -inipath cc >/dev/null || bad "-createconfig from its own file failed"
cmp -s first.ini cc/cabinet.ini || bad "-createconfig round trip changed values: $(diff first.ini cc/cabinet.ini)"
grep -q '^speed  *1.2345678901234567$' cc/cabinet.ini || bad "-createconfig lost float precision"
"$cabinet" -createconfig -inipath cc3 -artpath "$(printf 'x\ny')" >/dev/null 2>e.txt
[ $? = 6 ] && [ ! -e cc3/cabinet.ini ] || bad "-createconfig wrote a value with a line break"
mkdir -p inidir/cabinet.ini fifodir
mkfifo fifodir/cabinet.ini
"$cabinet" -inipath inidir -version >/dev/null 2>e.txt || bad "a folder named cabinet.ini breaks commands"
grep -q "inidir/cabinet.ini: not a regular file; ignored" e.txt || bad "folder cabinet.ini not reported"
timeout 20 "$cabinet" -inipath fifodir -version >/dev/null 2>e.txt || bad "a FIFO named cabinet.ini: exit $? (124: hung)"
mkdir -p badini && printf '# x\nspeed = abc\n' >badini/cabinet.ini
"$cabinet" -inipath badini -version >/dev/null 2>e.txt
[ $? = 6 ] && grep -q "in badini/cabinet.ini, line 2" e.txt || bad "bad cabinet.ini value does not name the file"
mkdir -p benchdir
(cd benchdir && "$cabinet" $cent -bench 0 >/dev/null 2>e.txt)
[ $? = 6 ] && [ ! -e benchdir/snap ] || bad "-bench 0 accepted"
"$cabinet" $cent -samplerate 0 -str 1 >/dev/null 2>e.txt
[ $? = 6 ] || bad "-samplerate 0 accepted"
mkdir -p emptydir
"$cabinet" -romident emptydir >o.txt 2>&1
[ $? = 2 ] && grep -q "No files found." o.txt || bad "-romident on an empty folder: not exit 2"
"$cabinet" -romident /dev/zero >o.txt 2>&1
[ $? = 9 ] || bad "-romident /dev/zero: exit not 9"
# As MAME 0.251: a missing path is exit 2 with the error and "No files found." on
# stderr; matches on stdout, the summary on stderr; a folder in directory order.
"$cabinet" -romident no_such_file >o.txt 2>e.txt
[ $? = 2 ] && [ "$(cat o.txt)" = "Identifying no_such_file...." ] \
    && [ "$(cat e.txt)" = "$(printf 'no_such_file: error opening file (No such file or directory)\nNo files found.')" ] \
    || bad "-romident on a missing file: not MAME's exit 2 and streams"
mkdir -p identdir && for f in zeta alpha mid beta; do echo "$f" >identdir/$f.bin; done
"$cabinet" -romident identdir >o.txt 2>e.txt
[ $? = 9 ] && [ "$(cat e.txt)" = "No roms matched." ] || bad "-romident folder: not exit 9 with the summary on stderr"
[ "$(sed -n 's/^\([a-z]*\.bin\) .*NO MATCH$/\1/p' o.txt)" = "$(ls -U identdir)" ] \
    || bad "-romident folder: files not in directory order ($(tr '\n' ' ' <o.txt))"
# A 5000-character folder name: refused whole, no stray folders.
long=$(printf 'd%.0s' $(seq 5000))
mkdir -p longdir
(cd longdir && "$cabinet" $cent -nvram_directory "$long" -snapshot_directory "$long" -str 1 -snapframes 30 \
    >/dev/null 2>../e.txt)
rc=$?
[ $rc = 3 ] && [ -z "$(ls -A longdir)" ] || bad "5000-character folder: exit $rc, left $(ls -A longdir | cut -c1-20)"
grep -q "File name too long" e.txt || bad "5000-character folder: reason not given"
# FIFOs where input files are expected are refused, not waited on.
mkfifo in.fifo
for opt in -state -playback -inputscript; do
    timeout 20 "$cabinet" $cent -nonvram_save -str 1 $opt in.fifo >/dev/null 2>e.txt
    rc=$?
    [ $rc = 6 ] && grep -q "in.fifo: not a regular file" e.txt || bad "$opt FIFO: exit $rc (124: hung)"
done
# A FIFO named *.xml in the hash folder is refused, not waited on.
mkdir -p fifohash && cp "$src/hash/cabz80.xml" fifohash/ && mkfifo fifohash/x.xml
timeout 20 "$cabinet" -verifyroms cabz80 -hashpath fifohash >o.txt 2>&1
rc=$?
[ $rc = 3 ] && grep -q "x.xml: not a regular file" o.txt || bad "FIFO in the hash folder: exit $rc (124: hung)"
# -listxml on a hash folder whose clone chain loops ends (it spun forever).
mkdir -p loophash
cp "$src/tests/fuzz/corpus/listxml/clone-loop.xml" loophash/
timeout 30 "$cabinet" -listxml -hashpath loophash >o.txt 2>&1
rc=$?
[ $rc != 124 ] && tail -1 o.txt | grep -q "</mame>" || bad "-listxml on a looping clone chain: exit $rc"

[ $fail = 0 ] && echo PASS
exit $fail
