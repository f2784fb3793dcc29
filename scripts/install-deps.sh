#!/bin/sh
# Installs the Debian packages Cabinet's build and tests need, only when
# some are missing. Runs apt-get as root, or through sudo.
set -e
pkgs="build-essential cmake pkg-config zlib1g-dev libzip-dev libarchive-dev zstd libexpat1-dev libpng-dev libcjson-dev libmd-dev
      libsdl2-dev libsdl2-mixer-dev z80asm xa65 xvfb xauth python3 retroarch dbus libxml2-utils"
# `install-deps.sh fuzz` adds what the libFuzzer targets need.
[ "$1" = fuzz ] && pkgs="$pkgs clang libclang-rt-14-dev"
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "Installing:$missing"
if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends $missing
