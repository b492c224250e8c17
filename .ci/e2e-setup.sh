#!/usr/bin/env bash
# System packages the offline e2e run needs: headless Chromium (drives VS Code's web workbench),
# xvfb (xvfb-run, for the desktop VS Code path) and strace (diagnosing hangs).
# Idempotent: apt is skipped entirely when all three are already installed.
set -euo pipefail

packages=(chromium xvfb strace)
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
