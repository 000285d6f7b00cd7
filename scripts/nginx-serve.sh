#!/usr/bin/env bash
# Serves the static export (out/) with nginx and deploy/nginx.conf, in the foreground, as any user.
#   bash scripts/nginx-serve.sh [PORT]        (default 3100; or $PORT)
#   bash scripts/nginx-serve.sh --check       only test the configuration (nginx -t)
# Installs Debian's nginx when missing (like scripts/ensure-chromium.sh does for chromium).
# The run directory /tmp/ybmbz-nginx-PORT is nginx's prefix: a copy of deploy/*.conf listening on
# PORT, a link to out/, the pid file, temp files and logs (logs/access.log, logs/ without queries).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO="$(pwd)"

CHECK=""
if [ "${1:-}" = "--check" ]; then CHECK=1; shift; fi
PORT="${1:-${PORT:-3100}}"
case "$PORT" in (*[!0-9]*|'') echo "nginx-serve: 端口必须是数字：$PORT" >&2; exit 2;; esac
ROOT="${NGINX_ROOT:-$REPO/out}"

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  echo "正在安装 Debian nginx（端到端测试需要）…" >&2
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  # The package's own service is not needed (and cannot start without systemd): only the binary.
  $SUDO apt-get install -y -qq nginx libnginx-mod-http-brotli-static >/dev/null
fi
# deploy/nginx.conf loads Debian's brotli_static module (serves the .br files of the build).
BROTLI_MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if [ ! -f "$BROTLI_MODULE" ]; then
  echo "正在安装 Debian libnginx-mod-http-brotli-static（提供预压缩的 .br 文件）…" >&2
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq libnginx-mod-http-brotli-static >/dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$NGINX" ] || { echo "nginx-serve: 安装 nginx 失败" >&2; exit 1; }

if [ -z "$CHECK" ] && [ ! -f "$ROOT/index.html" ]; then
  echo "nginx-serve: 没有找到静态站点 $ROOT/index.html：请先运行 npm run build" >&2
  exit 1
fi

RUN="/tmp/ybmbz-nginx-$PORT"
rm -rf "$RUN"
mkdir -p "$RUN/conf" "$RUN/logs" "$RUN/tmp"
cp deploy/nginx.conf deploy/security-headers.conf deploy/mime.types "$RUN/conf/"
sed -i "s/listen 127\.0\.0\.1:3100\b/listen 127.0.0.1:$PORT/" "$RUN/conf/nginx.conf"
grep -q "listen 127.0.0.1:$PORT;" "$RUN/conf/nginx.conf" || { echo "nginx-serve: deploy/nginx.conf 里没有 listen 127.0.0.1:3100" >&2; exit 1; }
ln -s "$ROOT" "$RUN/out"

if [ -n "$CHECK" ]; then
  exec "$NGINX" -p "$RUN" -c "$RUN/conf/nginx.conf" -e stderr -t
fi
echo "医保明白纸（nginx）：http://localhost:$PORT" >&2
exec "$NGINX" -p "$RUN" -c "$RUN/conf/nginx.conf" -e stderr
