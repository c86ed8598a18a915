#!/usr/bin/env bash
# Installs what the end-to-end tests need, once per machine, and says exactly what:
#  - from Debian (only those missing; no recommended packages, nothing installed upgraded):
#    chromium (Playwright cannot download its own browser here), ripgrep (code-server searches
#    with it), libkrb5-dev (code-server's native modules build against it), fonts-noto-cjk
#    (without a CJK font the screenshots show boxes instead of 任务、指标);
#  - from npm, into test/e2e/node_modules only (never the root workspace; about 300 MB with
#    native builds): code-server 4.100.3, playwright-core 1.65 and @vscode/test-electron 2.5, as
#    pinned in test/e2e/package.json and its lock file.
# code-server runs VS Code in a browser page that headless Chromium drives (test/e2e/run.mjs).
set -euo pipefail
cd "$(dirname "$0")"
log="$PWD/artifacts/install.log"
mkdir -p artifacts
: > "$log"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "e2e install: apt-get install --no-install-recommends --no-upgrade ${need_apt[*]} (details in $log)"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >>"$log" 2>&1
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends --no-upgrade "${need_apt[@]}" >>"$log" 2>&1 \
    || { tail -n 20 "$log" >&2; echo "e2e install: apt-get failed (see $log)" >&2; exit 1; }
else
  echo "e2e install: chromium, ripgrep, libkrb5-dev and fonts-noto-cjk are already installed"
fi

if [ -x node_modules/.bin/code-server ] && [ -d node_modules/playwright-core ] && [ -d node_modules/@vscode/test-electron ]; then
  echo "e2e install: code-server, playwright-core and @vscode/test-electron are already installed"
  exit 0
fi

# @vscode/ripgrep (a code-server dependency) downloads rg from GitHub in its postinstall, which
# this network refuses. It looks in $TMPDIR/vscode-ripgrep-cache-<version> first: seed that cache
# with Debian's rg so the postinstall finds it there.
seed=$(mktemp -d)
trap 'rm -rf "$seed"' EXIT
mkdir -p "$seed/vscode-ripgrep-cache-1.15.11"
cp "$(command -v rg)" "$seed/rg"
(cd "$seed" && tar czf vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz rg)

echo "e2e install: npm ci in test/e2e: code-server 4.100.3, playwright-core, @vscode/test-electron (native builds take a few minutes; details in $log)"
# Their install scripts build native modules; package.json's allowScripts names each one.
# code-server's postinstall.sh refuses to run as root ("Please pass --unsafe-perm") unless it sees
# npm_config_unsafe_perm in its environment: npm itself no longer reads the option, the script does.
TMPDIR="$seed" npm_config_unsafe_perm=true npm_config_yes=true \
  npm ci --no-audit --no-fund --foreground-scripts >>"$log" 2>&1 \
  || { tail -n 30 "$log" >&2; echo "e2e install: npm ci failed (see $log)" >&2; exit 1; }
echo "e2e install: done"
