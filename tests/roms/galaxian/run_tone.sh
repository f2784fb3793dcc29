#!/bin/sh
# Galaxian tone generator against MAME 0.251: runs the test program 11 s with -wavwrite, analyses
# its tone-only phase (frames 320-575: 8 segments of 8 silent frames then 24 frames of the tone at
# pitch 0, 64, 128, 160, 192, 208, 224, 240, i.e. 750 Hz ... 12 kHz) with tone_check and compares
# with MAME's analysis (tests/refs/galaxian/tone_ref.txt, made by tools/mame_refs_galaxian.sh):
# the tone's on/off times and its dominant frequency per run and per 50 ms window.
# Exact part: the tone generator (pitch latch, divider, 4-bit counter): same frequencies, starts
# within 0.1 ms. Compared loosely: tone ends (MAME's output rings on up to 14 ms after pitch FFh).
# Not compared (approximated in src/sound/galaxian_snd.c): the three background 555s and their LFO
# sweep, the HIT noise and the FIRE burst, the mixing levels and output filter; MAME's background
# and HIT still decay under segments 0-1, so the comparison starts at 6.48 s (segments 2-7).
# Usage: run_tone.sh CABINET TONE_CHECK ROMPATH REF
cab=$1 chk=$2 roms=$3 ref=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cab" galaxian -rompath "$roms" -nvram_directory "$tmp/nvram" -video none -sound none -nothrottle \
    -samplerate 48000 -seconds_to_run 11 -wavwrite "$tmp/out.wav" > "$tmp/log" 2>&1 || { cat "$tmp/log"; exit 1; }
"$chk" analyse "$tmp/out.wav" 6.48 10.5 > "$tmp/cand.txt" || exit 1
"$chk" compare "$ref" "$tmp/cand.txt"
