# Sourced by tools/mame_refs_{galaxian,mspacman,pacman}.sh after they set
# $here (the checkout): finds mame ($MAME, else on PATH, else
# /usr/games/mame) and the oracle Lua script ($MAME_ORACLE, default
# ../shared/mame-oracle beside the checkout), warns unless MAME is 0.251,
# and makes $tmp, a temp folder removed on exit.
oracle=${MAME_ORACLE:-$here/../shared/mame-oracle}
mame=${MAME:-$(command -v mame || echo /usr/games/mame)}
[ -x "$mame" ] || { echo "mame not found (set MAME=...)" >&2; exit 1; }
[ -f "$oracle/oracle.lua" ] || { echo "oracle.lua not found (set MAME_ORACLE=...)" >&2; exit 1; }
"$mame" -version | grep -q '^0\.251' || echo "warning: references are meant to come from MAME 0.251" >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
