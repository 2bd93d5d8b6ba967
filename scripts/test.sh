#!/usr/bin/env bash
# Builds the solution and runs every test project; ends with the totals on a line of their own.
# PostgreSQL storage tests run when SECCHANGE_TEST_POSTGRES holds a connection string (CI sets it).
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
# The DUIS responses are checked with the npm package @smartdcc/duis-parser (pinned in package-lock.json).
parser=tests/SecChange.Dcc.Endpoint.Tests/duis-parser-check
if [ ! -d "$parser/node_modules" ] && command -v npm >/dev/null 2>&1; then
  (cd "$parser" && npm ci --no-audit --no-fund --loglevel=error) || echo "warning: npm ci failed in $parser"
fi
dotnet build SecChange.slnx -c Release -warnaserror 2>&1 | tail -n 3 || true
dotnet test SecChange.slnx -c Release --no-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=0; failed=0; skipped=0
while IFS= read -r line; do
  p=$(sed -n 's/.*Passed: *\([0-9]\+\).*/\1/p' <<<"$line"); f=$(sed -n 's/.*Failed: *\([0-9]\+\).*/\1/p' <<<"$line")
  s=$(sed -n 's/.*Skipped: *\([0-9]\+\).*/\1/p' <<<"$line")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0}))
done < <(grep -E '^(Passed|Failed)! +- ' "$log")
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
