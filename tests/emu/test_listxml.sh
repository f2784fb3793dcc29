#!/bin/sh
# listxml_dtd_valid:    test_listxml.sh dtd CABINET
#   the whole -listxml output is valid against the DTD it carries (MAME 0.251's)
# listxml_mame_compare: test_listxml.sh compare CABINET GOLDEN_DIR
#   the shared systems match MAME 0.251's listing (tests/emu/compare_listxml.py)
# Exits 77 (skipped, shown by ctest) when xmllint or python3 is missing.
mode=$1 cab=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
"$cab" -listxml > "$tmp/list.xml" || { echo "cabinet -listxml failed"; exit 1; }
case $mode in
dtd)
    command -v xmllint >/dev/null || { echo "SKIP: xmllint not installed (Debian libxml2-utils)"; exit 77; }
    grep -q '^<!DOCTYPE mame \[' "$tmp/list.xml" || { echo "no DOCTYPE"; exit 1; }
    xmllint --valid --noout "$tmp/list.xml" || exit 1
    # -nodtd: same listing, no declaration and no DTD
    "$cab" -listxml -nodtd > "$tmp/nodtd.xml" || exit 1
    sed -n '/^<mame /,$p' "$tmp/list.xml" | cmp - "$tmp/nodtd.xml" || { echo "-nodtd differs beyond the DTD"; exit 1; }
    echo "valid against MAME 0.251's DTD: $(grep -c '<machine ' "$tmp/list.xml") machines"
    ;;
compare)
    command -v python3 >/dev/null || { echo "SKIP: python3 not installed"; exit 77; }
    python3 "$(dirname "$0")/compare_listxml.py" "$3/mame0251.xml" "$tmp/list.xml" "$3/known_differences.txt"
    ;;
*) exit 2 ;;
esac
