#!/usr/bin/env bash
# The whole test suite: type check, content check, unit tests, production build (with its post-build
# steps, e.g. the per-page CSP of scripts/csp.mjs), e2e in Chromium against nginx (deploy/nginx.conf):
# functional, security headers and CSP, privacy (network), accessibility (axe, 长辈版).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-chromium.sh

step() { printf '\n== %s ==\n' "$1"; }
step "类型检查 (tsc)"
npx tsc --noEmit
step "内容检查"
npx tsx scripts/check-content.ts
step "单元测试 (vitest)"
npx vitest run
step "构建静态站点 (npm run build: next build 和构建后步骤)"
npm run build
step "端到端测试 (Playwright + Debian Chromium，nginx 按 deploy/nginx.conf 提供站点)"
npx playwright test
