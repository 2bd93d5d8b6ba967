#!/usr/bin/env bash
# CLI start-up latency: the built `secchange` against an empty .NET console program (the floor), measured
# with hyperfine in the same run. Usage: bench/cli-latency.sh [label]  (writes bench/results/cli-latency-<label>.md)
set -euo pipefail
cd "$(dirname "$0")/.."
label="${1:-current}"
runs="${RUNS:-20}"
command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install -y hyperfine" >&2; exit 1; }

# SECCHANGE_CLI and SECCHANGE_FLOOR run already built programs instead of building this tree's.
floor=${SECCHANGE_FLOOR:-bench/EmptyConsole/bin/Release/net10.0/empty-console}
cli=${SECCHANGE_CLI:-src/SecChange.Cli/bin/Release/net10.0/secchange}
[ -n "${SECCHANGE_FLOOR:-}" ] || dotnet build bench/EmptyConsole -c Release -nologo -v q >/dev/null
[ -n "${SECCHANGE_CLI:-}" ] || dotnet build src/SecChange.Cli -c Release -nologo -v q >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The sample register, prepared once; each write run starts from a fresh copy of it.
"$cli" init --sample --db "$work/sample.db" >/dev/null
cp "$work/sample.db" "$work/write.db"

out="bench/results/cli-latency-$label.md"
raw="$work/hyperfine.md"
hyperfine --warmup 3 --runs "$runs" --style basic --export-markdown "$raw" \
  --command-name "empty console (floor)" "$floor" \
  --command-name "secchange list" "$cli list --db $work/sample.db" \
  --command-name "secchange show MP105" "$cli show MP105 --db $work/sample.db" \
  --command-name "secchange raise (write)" \
  --prepare "cp $work/sample.db $work/write.db; rm -f $work/write.db-wal $work/write.db-shm" \
  "$cli raise --db $work/write.db --title Bench --proposer Bench --on 2021-01-04" \
  > "$work/hyperfine.log"

# Ratios to the floor measured in this run: of the means, and of the minimums (steadier on a shared, loaded machine).
stat() { awk -F'|' -v name="$1" -v col="$2" 'index($2, name) {gsub(/ /,"",$col); split($col,a,"±"); print a[1]; exit}' "$raw"; }
floor_mean=$(stat "empty console" 3)
floor_min=$(stat "empty console" 4)
{
  echo "# CLI latency ($label)"
  echo
  echo "\`bench/cli-latency.sh $label\` on $(nproc) cores, $(dotnet --version) SDK, $(date -u +%Y-%m-%d), load average $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Sample register in SQLite; the write is \`raise\` on a fresh copy each run. Targets: reads within 5x, writes within 8x of the floor."
  echo
  cat "$raw"
  echo
  echo "| Command | Mean [ms] | Mean / floor | Min [ms] | Min / floor |"
  echo "|:---|---:|---:|---:|---:|"
  awk -F'|' -v fm="$floor_mean" -v fn="$floor_min" 'NR>2 {name=$2; gsub(/^ +| +$/,"",name); gsub(/`/,"",name); m=$3; gsub(/ /,"",m); split(m,a,"±"); n=$4; gsub(/ /,"",n); printf "| %s | %.1f | %.1fx | %.1f | %.1fx |\n", name, a[1], a[1]/fm, n, n/fn}' "$raw"
} > "$out"
cat "$out"
