#!/usr/bin/env bash
# Builds the whole solution (benchmarks included) with warnings as errors and stops at the first
# failure, showing the errors; then runs every test project on exactly those binaries. The last line
# is the totals: N passed, N failed, N skipped.
# A test that needs what this machine lacks (PostgreSQL through SECCHANGE_TEST_POSTGRES; Node and npm
# for the DUIS parser check) is skipped and the reason printed; with CI=true it fails instead.
set -uo pipefail
cd "$(dirname "$0")/.."

build_log=$(mktemp); test_log=$(mktemp); skips=$(mktemp)
trap 'rm -f "$build_log" "$test_log" "$skips"' EXIT

# The DUIS responses are checked with the npm package @smartdcc/duis-parser (pinned in package-lock.json).
parser=tests/SecChange.Dcc.Endpoint.Tests/duis-parser-check
if [ ! -d "$parser/node_modules/@smartdcc/duis-parser" ] && command -v npm >/dev/null 2>&1; then
  (cd "$parser" && npm ci --no-audit --no-fund --loglevel=error) || echo "warning: npm ci failed in $parser"
fi

if ! dotnet build SecChange.slnx -c Release -warnaserror -nologo >"$build_log" 2>&1; then
  grep -E ': (error|warning) [A-Z]+[0-9]+' "$build_log" | sed 's/ \[[^]]*\]$//' | sort -u
  grep -qE ': (error|warning) [A-Z]+[0-9]+' "$build_log" || tail -n 30 "$build_log"
  echo "build failed: nothing was tested"
  exit 1
fi

# A test that hangs (a wait its code never ends) is stopped after 8 minutes and counted as failed, so a
# run always ends with its totals.
SECCHANGE_TEST_SKIPS="$skips" dotnet test SecChange.slnx -c Release --no-build --blame-hang-timeout 8m --blame-hang-dump-type none 2>&1 | tee "$test_log"
status=${PIPESTATUS[0]}

passed=0; failed=0; skipped=0
while IFS= read -r line; do
  p=$(sed -n 's/.*Passed: *\([0-9]\+\).*/\1/p' <<<"$line"); f=$(sed -n 's/.*Failed: *\([0-9]\+\).*/\1/p' <<<"$line")
  s=$(sed -n 's/.*Skipped: *\([0-9]\+\).*/\1/p' <<<"$line")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0}))
done < <(grep -E '^(Passed|Failed)! +- ' "$test_log")

if [ -s "$skips" ]; then
  echo "Skipped, and why:"
  sort "$skips" | uniq -c | sed 's/^ *\([0-9]*\) /  \1 × /'
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
