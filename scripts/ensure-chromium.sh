#!/usr/bin/env bash
# Playwright drives Debian's Chromium (browser downloads are not possible here), and pages are looked at
# with the Chinese fonts real phones have (fonts-noto-cjk: text widths, screenshots and axe's checks
# depend on them): install whichever is missing.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "正在安装 Debian ${missing[*]}（端到端测试需要）…"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
[ -x "$CHROMIUM" ] || { echo "安装 chromium 失败：$CHROMIUM 不存在" >&2; exit 1; }
fc-list | grep -qi "Noto Sans CJK" || { echo "安装 fonts-noto-cjk 失败" >&2; exit 1; }
