#!/usr/bin/env bash
# npm test: everything, in the order a failure is cheapest to find.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$*"; }
started=$(date +%s)

step "browsers"; bash scripts/ensure-browsers.sh
step "typecheck"; npx tsc --noEmit -p .
step "lint"; npx eslint . && npx prettier --check . --log-level warn
step "dead code (knip)"; npx knip --no-progress
step "unit tests"; npx vitest run
step "build (production, both browsers)"; npx wxt build && npx wxt build -b firefox
# Any warning fails: the add-on stores review them (no innerHTML assignment: modules/no-inner-html.ts).
step "web-ext lint (Firefox build)"; npx web-ext lint --source-dir .output/firefox-mv2 --self-hosted --warnings-as-errors --output text
step "build (e2e variant, both browsers)"; LECTERN_E2E=1 npx wxt build && LECTERN_E2E=1 npx wxt build -b firefox
step "end-to-end (Chromium and Firefox ESR)"; npx playwright test
step "extraction quality guard"; node scripts/eval.mjs

echo
echo "all tests passed in $(( $(date +%s) - started )) s"
