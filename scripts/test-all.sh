#!/usr/bin/env bash
# `npm test`: every test. Typecheck, jest (unit, property, LibreOffice, robustness), then the
# browser end-to-end test against the production build. Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-test-tools.sh || exit 1

echo "== typecheck"
npx tsc --noEmit -p . || { echo "0 passed, 1 failed"; exit 1; }

echo "== jest"
mkdir -p .cache
npx jest --ci --json --outputFile=.cache/jest-results.json
jest_status=$?
read -r j_passed j_failed < <(node -e '
  const r = require("./.cache/jest-results.json");
  console.log(r.numPassedTests, r.numFailedTests + r.numRuntimeErrorTestSuites);' 2>/dev/null || echo "0 1")

echo "== browser end to end"
# Builds the add-in first unless E2E_SKIP_BUILD=1 (.ci/run has just built it).
npx tsx test/e2e/run-e2e.ts | tee .cache/e2e.log
e2e_status=${PIPESTATUS[0]}
read -r e_passed e_failed < <(grep -Eo '^[0-9]+ passed, [0-9]+ failed' .cache/e2e.log | tail -1 | awk '{print $1, $3}')
e_passed=${e_passed:-0}; e_failed=${e_failed:-1}

total_passed=$((j_passed + e_passed))
total_failed=$((j_failed + e_failed))
[ "$jest_status" -ne 0 ] && [ "$total_failed" -eq 0 ] && total_failed=1
[ "$e2e_status" -ne 0 ] && [ "$total_failed" -eq 0 ] && total_failed=1
echo "${total_passed} passed, ${total_failed} failed"
[ "$total_failed" -eq 0 ]
