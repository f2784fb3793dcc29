#!/bin/sh
# The core library (src/emu, cpu, sound, video, machine, drivers, util) has
# no writable static data: every device's state lives in its struct, so
# machines can run side by side. Lists any object in .data or .bss (constant
# tables sit in .rodata / .data.rel.ro); sanitizer bookkeeping is ignored.
lib=$1
if ! command -v objdump > /dev/null; then
    echo "SKIPPED: objdump (binutils) not found"
    exit 77
fi
table=$(objdump -t "$lib") || { echo "$lib: objdump failed"; exit 1; }
objects=$(printf '%s\n' "$table" | grep -c " O ")
if [ "$objects" -eq 0 ]; then
    echo "$lib: no data objects listed; nothing was checked"
    exit 1
fi
found=$(printf '%s\n' "$table" | awk '
    / O / && ($4 ~ /^\.(data|bss)/) && $4 !~ /^\.data\.rel\.ro/ {
        name = $NF
        if (name !~ /^_*(asan|ubsan|sancov|odr_asan)/ && name !~ /^\.L/) print $4, name
    }')
if [ -n "$found" ]; then
    echo "writable static data in $lib:"
    echo "$found"
    exit 1
fi
echo "no writable static data among $objects objects of $(basename "$lib")"
