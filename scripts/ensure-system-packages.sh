#!/usr/bin/env bash
# Make sure system commands exist, installing their Debian packages when we can.
# Usage: ensure-system-packages.sh COMMAND:PACKAGE ...
set -euo pipefail

missing=()
for pair in "$@"; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian packages: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

echo "error: missing ${missing[*]}; install them with: sudo apt-get install ${missing[*]}" >&2
echo "       (the browser tests drive Debian's /usr/bin/chromium; PDF tests use pdftoppm)" >&2
exit 1
