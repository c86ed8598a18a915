#!/usr/bin/env bash
# Installs what the end-to-end tests need, once per machine: Debian's chromium (Playwright cannot
# download its own browser here), a CJK font, ripgrep and the Kerberos headers code-server's native
# modules build against, then code-server and playwright-core into test/e2e/node_modules — never into the
# root workspace. See ../../../shared/TOOLCHAIN.md ("VS Code end to end without a desktop VS Code").
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
# Without a CJK font the screenshots show boxes instead of 任务、指标.
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "e2e install: apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${need_apt[@]}"
fi

if [ -x node_modules/.bin/code-server ] && [ -d node_modules/playwright-core ] && [ -d node_modules/@vscode/test-electron ]; then
  echo "e2e install: code-server, playwright-core and @vscode/test-electron already installed"
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

echo "e2e install: npm install (code-server 4.100.3 builds native modules; this takes a few minutes)"
TMPDIR="$seed" npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --no-audit --no-fund --foreground-scripts
echo "e2e install: done"
