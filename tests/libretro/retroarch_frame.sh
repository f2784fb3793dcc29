#!/bin/sh
# The libretro core in a real RetroArch: runs a set (zipped here, its parent
# zip beside it) for N frames under Xvfb, takes RetroArch's screenshot and
# compares it pixel for pixel with the frame Cabinet's headless runner
# writes from the same zip.
#
#   retroarch_frame.sh CORE CABINET FRAME_COMPARE OUT SET SETDIR N MODE [PARENT PARENTDIR]
#     SET: a set name, or "-" for no content (the core's bundled game,
#       compared with cabpac from SETDIR); MODE: plain, runahead or rewind.
#
# Frame numbering: `retroarch --max-frames N` stops after N retro_run calls,
# i.e. N machine_run_frame()s; the headless runner numbers the image after
# the k-th machine_run_frame() as frame k-1 (MAME's screen frame number: the
# first VBLANK after power-on ends no frame). So RetroArch's frame N is
# `-snapframes N-1`. With run-ahead by K frames RetroArch shows the image K
# frames ahead (each retro_run it runs one frame, saves a state, runs K
# more, shows the last, loads the state back): `-snapframes N-1+K`.
#
# The screenshot is exact because video_gpu_screenshot is off: RetroArch
# then writes the frame the core handed to video_refresh (no scaling,
# shaders or filtering apply); the window is also set to 1x, no shaders, no
# bilinear filtering, for a known window size. Exit 77 (skip) with a reason
# when RetroArch, Xvfb or D-Bus are missing.
set -u
core=$1 cabinet=$2 compare=$3 out=$4 set=$5 setdir=$6 n=$7 mode=$8
parent=${9:-} parentdir=${10:-}

skip() { echo "SKIP: $*"; exit 77; }
command -v retroarch >/dev/null 2>&1 || skip "retroarch not installed (apt-get install retroarch)"
command -v xvfb-run >/dev/null 2>&1 || skip "xvfb-run not installed (apt-get install xvfb xauth)"
command -v dbus-run-session >/dev/null 2>&1 || skip "dbus-run-session not installed (RetroArch aborts without a D-Bus session)"
[ -d "$setdir" ] || skip "$setdir not built (the board's homebrew set needs its assembler)"

rm -rf "$out"
mkdir -p "$out/roms" "$out/home" "$out/saves" "$out/states" "$out/system" "$out/shots" "$out/snap" || exit 1

# A set's folder as a zip with the files at its root (Python's zipfile: the
# zips of `cmake -E tar` carry data descriptors libzip calls inconsistent).
command -v python3 >/dev/null 2>&1 || skip "python3 not installed (it zips the sets)"
zip_set() {
    python3 - "$out/roms/$1.zip" "$2" <<'PY' || exit 1
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for name in sorted(os.listdir(sys.argv[2])):
        z.write(os.path.join(sys.argv[2], name), name)
PY
}
sysname=$set
if [ "$set" = "-" ]; then
    sysname=cabpac
    zip_set cabpac "$setdir"
else
    zip_set "$set" "$setdir"
fi
[ -n "$parent" ] && zip_set "$parent" "$parentdir"

frame=$((n - 1))
append=""
rotation=core
artwork=Off
headless_rotate=""
case $mode in
    plain) ;;
    artwork)
        artwork=On
        artdir=$(cd "$(dirname "$0")/../../artwork" && pwd) || exit 1
        mkdir -p "$out/system/cabinet" && cp -r "$artdir" "$out/system/cabinet/artwork" || exit 1
        headless_rotate="-artpath $artdir -snapview artwork" ;;
    frontrot)
        rotation=frontend
        headless_rotate=-norotate ;;
    runahead)
        frame=$((n + 1))
        append='run_ahead_enabled = "true"
run_ahead_frames = "2"
run_ahead_secondary_instance = "false"
run_ahead_hide_warnings = "true"' ;;
    rewind)
        append='rewind_enable = "true"
rewind_granularity = "1"
rewind_buffer_size = "20971520"' ;;
    *) echo "unknown mode $mode"; exit 2 ;;
esac

coredir=$(dirname "$core")
cat > "$out/retroarch.cfg" <<EOF
video_driver = "gl"
video_gpu_screenshot = "false"
video_scale = "1.000000"
video_scale_integer = "true"
video_smooth = "false"
video_shader_enable = "false"
video_filter = ""
video_fullscreen = "false"
video_windowed_fullscreen = "false"
video_window_save_positions = "false"
video_vsync = "false"
video_font_enable = "false"
audio_driver = "null"
audio_enable = "false"
input_driver = "x"
menu_driver = "rgui"
pause_nonactive = "false"
config_save_on_exit = "false"
savestate_auto_load = "false"
savestate_auto_save = "false"
global_core_options = "true"
core_options_path = "$out/core.opt"
core_info_cache_enable = "false"
libretro_directory = "$coredir"
libretro_info_path = "$coredir"
screenshot_directory = "$out/shots"
savefile_directory = "$out/saves"
savestate_directory = "$out/states"
system_directory = "$out/system"
playlist_directory = "$out/home"
content_history_path = "$out/home/history.lpl"
history_list_enable = "false"
log_verbosity = "true"
libretro_log_level = "1"
$append
EOF
# plain: the core turns vertical games itself, as the headless snapshot does
printf 'cabinet_rotation = "%s"\ncabinet_artwork = "%s"\n' "$rotation" "$artwork" > "$out/core.opt"
printf '%s\n' "$append" > "$out/mode.cfg"

content=""
[ "$set" != "-" ] && content="$out/roms/$set.zip"
echo "retroarch -L $core ${content:-(no content)} --max-frames $n ($mode)"
HOME="$out/home" XDG_CONFIG_HOME="$out/home" timeout 120 xvfb-run -a -s "-screen 0 1024x768x24" \
    dbus-run-session -- retroarch --config "$out/retroarch.cfg" --appendconfig "$out/mode.cfg" -v -L "$core" \
    $content --max-frames "$n" --max-frames-ss --max-frames-ss-path "$out/retroarch.png" > "$out/retroarch.log" 2>&1
rc=$?
if [ ! -f "$out/retroarch.png" ]; then
    echo "FAIL: RetroArch (exit $rc) wrote no screenshot; its log:"
    tail -40 "$out/retroarch.log"
    exit 1
fi
if [ "$mode" != plain ] && grep -q -i -E "unavailable|lacks .*save state" "$out/retroarch.log"; then
    echo "FAIL: RetroArch did not enable $mode:"
    grep -i -E "unavailable|lacks" "$out/retroarch.log"
    exit 1
fi

if [ "$mode" = frontrot ] && ! grep -q "SET_ROTATION: [123]" "$out/retroarch.log"; then
    echo "FAIL: the core did not ask RetroArch to rotate"
    exit 1
fi

echo "cabinet $sysname $headless_rotate -snapframes $frame (from the same zip)"
"$cabinet" "$sysname" $headless_rotate -noreadconfig -rompath "$out/roms" -video none -snapframes "$((frame - 1)),$frame,$((frame + 1))" \
    -snapshot_directory "$out/snap" -nvram_directory "$out/nvram" -seconds_to_run $((frame / 60 + 2)) > "$out/cabinet.log" 2>&1 ||
    { cat "$out/cabinet.log"; exit 1; }
"$compare" "$out/snap/$sysname/$frame.png" "$out/retroarch.png" || exit 1
# The frames around it differ, so the match also proves the frame numbering.
for k in $((frame - 1)) $((frame + 1)); do
    if "$compare" --show 0 "$out/snap/$sysname/$k.png" "$out/retroarch.png" > /dev/null; then
        echo "FAIL: frame $k is the same picture: choose a frame where the picture changes"
        exit 1
    fi
done
echo "frames $((frame - 1)) and $((frame + 1)) differ from it"
