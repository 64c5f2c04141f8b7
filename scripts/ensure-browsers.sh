#!/usr/bin/env bash
# Installs Debian's Chromium and Firefox ESR when they are missing (Playwright's own browser
# downloads cannot reach the internet here), and epubcheck (Java), which checks every EPUB the
# tests write (about 10 s where Java is already there). Needs root, or sudo without a password.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
[ -f /usr/share/java/epubcheck.jar ] || missing+=(epubcheck)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing ${missing[*]} from Debian's packages ..."
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo -n"; else
    echo "error: ${missing[*]} missing and not root: run 'apt-get install -y chromium firefox-esr epubcheck' as root" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
