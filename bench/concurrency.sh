#!/usr/bin/env bash
# Concurrent writers: starts N `secchange` processes at once against one register and counts how many
# succeed (exit 0), how many report a conflict (exit 4) and how many fail otherwise, with the wall time.
#   bench/concurrency.sh [sqlite|postgres|both] [N]          (default: both, N=16)
# PostgreSQL needs SECCHANGE_TEST_POSTGRES (a server connection string); the script makes its own
# schema and drops it at the end. Results are printed as a Markdown table (commit them under bench/results/).
# Batches:
#   raise        N raises of new Draft Proposals (independent writes: all must succeed, distinct numbers)
#   csc-outcome  N/2 CSC outcomes on N/2 different Draft Proposals (independent writes: all must succeed)
#   same-mod     N/2 amendments of ONE modification, each with --if-version 1 (a real conflict:
#                exactly one succeeds, the others exit 4)
#   first-use    6 first raises at once on an empty database (schema creation must be serialised)
set -uo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}
n=${2:-16}
half=$((n / 2))
# SECCHANGE_CLI runs an already built secchange instead of building this tree's.
cli=${SECCHANGE_CLI:-src/SecChange.Cli/bin/Release/net10.0/secchange}
[ -n "${SECCHANGE_CLI:-}" ] || dotnet build src/SecChange.Cli -c Release -warnaserror 2>&1 | tail -n 1 >&2
work=$(mktemp -d)
schemas=()
trap 'rm -rf "$work"; for s in "${schemas[@]}"; do psql "$PGURL" -qc "DROP SCHEMA IF EXISTS $s CASCADE" >/dev/null 2>&1; done' EXIT

# Starts "$@ <i>" for i in 1..count at once; prints "count | ok | conflicts | other | seconds".
batch() {
  local count=$1; shift
  local dir="$work/batch$RANDOM"
  mkdir -p "$dir"
  local start end
  start=$(date +%s.%N)
  for i in $(seq 1 "$count"); do
    ( "$@" "$i" >"$dir/out.$i" 2>"$dir/err.$i"; echo $? >"$dir/rc.$i" ) &
  done
  wait
  end=$(date +%s.%N)
  local ok=0 conflict=0 other=0
  for i in $(seq 1 "$count"); do
    case $(cat "$dir/rc.$i") in
      0) ok=$((ok + 1)) ;;
      4) conflict=$((conflict + 1)) ;;
      *) other=$((other + 1)); sed 's/^/    /' "$dir/err.$i" | head -n 2 >&2 ;;
    esac
  done
  printf '%s | %s | %s | %s | %.2f' "$count" "$ok" "$conflict" "$other" "$(echo "$end - $start" | bc)"
}

raise() { "$cli" "${store[@]}" raise --title "Concurrent raise $1" --proposer "Load test" --party DCC --on 2021-01-04; }
outcome() { "$cli" "${store[@]}" csc-outcome "DP$((100 + $1))" --outcome ready-to-convert --route refinement --meeting "CSC 23" --on 2021-01-26; }
amend() { "$cli" "${store[@]}" amend DP200 --title "Amended by writer $1" --if-version 1 --on 2021-01-05; }
first() { "$cli" "${store[@]}" raise --title "First use $1" --proposer "Load test" --party DCC --on 2021-01-04; }

run() {
  local name=$1
  # N/2 Draft Proposals (DP101...) for the CSC outcomes and DP200 for the amendments.
  for i in $(seq 1 "$half"); do
    "$cli" "${store[@]}" raise --title "Outcome target $i" --proposer "Load test" --party DCC --on 2021-01-04 --number $((100 + i)) >/dev/null || exit 1
  done
  "$cli" "${store[@]}" raise --title "Amendment target" --proposer "Load test" --party DCC --on 2021-01-04 --number 200 >/dev/null || exit 1
  echo "| $name | raise | $(batch "$n" raise) |"
  local numbers
  numbers=$("$cli" "${store[@]}" list --json | grep -o '"reference": *"DP[0-9]*"' | sort -u | wc -l)
  echo "| $name | csc-outcome (different DPs) | $(batch "$half" outcome) |"
  echo "| $name | amend --if-version 1 (same DP) | $(batch "$half" amend) |"
  echo "$name: $numbers distinct references after the raises (expected $((half + 1 + n)))" >&2
}

echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo
echo "| database | batch | writers | succeeded | conflicts (exit 4) | other failures | seconds |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
if [ "$which" = sqlite ] || [ "$which" = both ]; then
  store=(--db "$work/first.db"); echo "| SQLite | first use (empty file) | $(batch 6 first) |"
  store=(--db "$work/register.db"); run SQLite
fi
if [ "$which" = postgres ] || [ "$which" = both ]; then
  PGURL=$(echo "${SECCHANGE_TEST_POSTGRES:?set SECCHANGE_TEST_POSTGRES}" | sed -E 's/Host=([^;]*);Username=([^;]*);Password=([^;]*);Database=([^;]*)/postgresql:\/\/\2:\3@\1\/\4/')
  for kind in first register; do
    schema="bench_${kind}_$$"; schemas+=("$schema")
    psql "$PGURL" -qc "CREATE SCHEMA $schema" >/dev/null
  done
  # Generous connect and command timeouts: on a loaded 2-core machine a cold process can take longer than
  # Npgsql's defaults (15 s, 30 s) just to open its connection, which would measure the machine, not the locking.
  pg="$SECCHANGE_TEST_POSTGRES;Timeout=60;Command Timeout=120"
  store=(--postgres "$pg;Search Path=bench_first_$$"); echo "| PostgreSQL | first use (empty schema) | $(batch 6 first) |"
  store=(--postgres "$pg;Search Path=bench_register_$$"); run PostgreSQL
fi
