#!/usr/bin/env bash
# The whole test suite: type check, content check, unit tests, production build, e2e in Chromium.
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
step "构建静态站点 (next build)"
npx next build
step "端到端测试 (Playwright + Debian Chromium)"
npx playwright test
