#!/bin/sh
# xvfb_run.sh COMMAND ARGS...: runs COMMAND under `xvfb-run -a` (a 1024x768
# screen) and exits with COMMAND's own status. xvfb-run's status can be its
# own (5 when removing its temporary directory fails after the command has
# ended), which a test must not take for the program's.
rc=$(mktemp) || exit 1
XVFB_RC=$rc xvfb-run -a -s "-screen 0 1024x768x24" sh -c '"$0" "$@"; echo $? >"$XVFB_RC"' "$@"
xr=$?
if [ -s "$rc" ]; then
    xr=$(cat "$rc")
elif [ $xr = 5 ]; then
    xr=1 # the command did not get to report its status
fi
rm -f "$rc"
exit "$xr"
