#!/bin/sh
# ROM sets in 7z and in zips whose entries use zstd, lzma or bzip2 (issue 22):
# each verifies, runs frame- and audio-identical to the folder set, and is
# identified by -romident; a truncated archive is a clear error (hostile
# archives: the `archive` fuzz target).
# usage: test_archives.sh CABINET MAKE_7Z PYTHON3
set -u
cabinet=$1 make7z=$2 python=$3
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail=0
bad() { echo "FAIL: $*"; fail=1; }
bundled=$(dirname "$cabinet")/roms
[ -d "$bundled/cabpac" ] || { echo "SKIPPED: the bundled cabpac set is not built"; exit 77; }
want=$("$cabinet" cabpac -rompath "$bundled" -video none -str 1 -framehash | grep sha1)

check_set() { # FOLDER: holds cabpac.zip or cabpac.7z
    "$cabinet" -verifyroms cabpac -rompath "$1" >v.txt 2>&1
    [ $? = 0 ] && grep -q "romset cabpac is good" v.txt || bad "$1: -verifyroms: $(head -2 v.txt | tr '\n' ' ')"
    got=$("$cabinet" cabpac -rompath "$1" -video none -str 1 -framehash | grep sha1)
    [ "$got" = "$want" ] || bad "$1: the run differs from the folder set's"
}

mkdir -p 7z && "$make7z" 7z/cabpac.7z "$bundled"/cabpac/* || bad "make_7z failed"
check_set 7z
"$cabinet" -romident 7z/cabpac.7z >o.txt 2>e.txt
[ $? = 0 ] && [ "$(grep -c '= cabpac\.' o.txt)" = "$(ls "$bundled/cabpac" | wc -l)" ] \
    || bad "-romident on the 7z: $(head -3 o.txt e.txt | tr '\n' ' ')"
for method in 0 12 14 93; do
    if [ $method = 93 ] && ! command -v zstd >/dev/null; then
        bad "zstd not installed (scripts/install-deps.sh installs it)"
        continue
    fi
    mkdir -p m$method
    "$python" "$src/tests/tools/make_method_zip.py" m$method/cabpac.zip $method "$bundled"/cabpac/* || bad "zip $method"
    check_set m$method
done

# A truncated 7z: a clear error naming it, exit 2 (files missing), no crash.
mkdir -p bad && "$make7z" bad/cabpac.7z "$bundled"/cabpac/* || bad "make_7z failed"
size=$(wc -c <bad/cabpac.7z)
head -c $((size / 2)) bad/cabpac.7z >bad/t.7z && mv bad/t.7z bad/cabpac.7z
"$cabinet" cabpac -rompath bad -video none -str 1 >o.txt 2>e.txt
rc=$?
[ $rc = 2 ] && grep -q "bad/cabpac.7z: " e.txt || bad "truncated 7z: exit $rc, $(head -c 300 e.txt)"
[ $fail = 0 ] && echo "archives: all checks passed"
exit $fail
