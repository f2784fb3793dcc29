#!/bin/sh
# run_suite.sh CPUTEST CPU DIR: runs every *.json.gz in DIR through cputest.
# Exits 77 (ctest: skipped) with a visible message when DIR is absent.
cputest=$1 cpu=$2 dir=$3
if [ ! -d "$dir" ]; then
    echo "SKIPPED: $cpu conformance vectors not found at $dir"
    exit 77
fi
set -- "$dir"/*.json.gz
if [ ! -e "$1" ]; then
    echo "SKIPPED: no *.json.gz files in $dir"
    exit 77
fi
exec "$cputest" "$cpu" "$@"
