#!/usr/bin/env bash
# Playwright drives Debian's Chromium (browser downloads are not possible here): install it if missing.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
echo "正在安装 Debian chromium（端到端测试需要）…"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null
[ -x "$CHROMIUM" ] || { echo "安装 chromium 失败：$CHROMIUM 不存在" >&2; exit 1; }
