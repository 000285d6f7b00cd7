#!/usr/bin/env bash
# Playwright drives Debian's Chromium (browser downloads are not possible here), and pages are looked at
# with the Chinese fonts real phones have (fonts-noto-cjk: text widths, screenshots and axe's checks
# depend on them): install whichever is missing.
#
# The font is looked for as a file, not through fontconfig's fc-list: a machine may have Chromium (and its
# library libfontconfig1) without the fontconfig tools, and then fc-list is absent even after the font is
# installed; and `fc-list | grep -q` fails under pipefail whenever grep's early exit cuts a long listing
# short (fc-list then dies of SIGPIPE). The tools (package fontconfig) are installed too when missing, so that the font cache is built
# once at install time instead of at every browser start.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
FONT_DIRS=(/usr/share/fonts /usr/local/share/fonts)

has_cjk_font() {
  local dir
  for dir in "${FONT_DIRS[@]}"; do
    [ -d "$dir" ] || continue
    if [ -n "$(find "$dir" -name 'NotoSansCJK*' -print -quit 2>/dev/null)" ]; then return 0; fi
  done
  return 1
}

missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
has_cjk_font || missing+=(fonts-noto-cjk)
command -v fc-cache >/dev/null 2>&1 || missing+=(fontconfig)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "正在安装 Debian ${missing[*]}（端到端测试需要）…"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
[ -x "$CHROMIUM" ] || { echo "安装 chromium 失败：$CHROMIUM 不存在" >&2; exit 1; }
has_cjk_font || { echo "安装 fonts-noto-cjk 失败：${FONT_DIRS[*]} 下没有 NotoSansCJK 字体文件" >&2; exit 1; }
