#!/usr/bin/env bash
# System packages the e2e run needs: headless Chromium (drives VS Code's web workbench on the
# offline path), xvfb (xvfb-run, for desktop VS Code on a machine without a display) and strace
# (diagnosing hangs). Installed without recommends, so the two that xvfb-run and screenshots need
# from them are named: xauth (xvfb-run calls it) and a font.
# Idempotent: apt is skipped entirely when all of them are already installed.
set -euo pipefail

packages=(chromium xvfb xauth fonts-dejavu-core strace)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "e2e-setup: ${packages[*]} already installed"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi

export DEBIAN_FRONTEND=noninteractive
echo "e2e-setup: installing ${missing[*]}"
start=$(date +%s)
timeout 300 $SUDO apt-get update -q
timeout 600 $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" \
  -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold
echo "e2e-setup: done in $(( $(date +%s) - start ))s; $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium version unknown')"
