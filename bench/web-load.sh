#!/usr/bin/env bash
# Web load: the website over a generated register of 10,000 modifications and 200,000 events (SQLite),
# each endpoint under 50 concurrent connections with wrk, against a trivial endpoint of the same app in
# the same run. Prints a Markdown table (requests/s, p99 latency, ratio to the trivial endpoint) for
# bench/results/web-load.md. Target: each at least 25% of the trivial endpoint, p99 under 100 ms.
#   bench/web-load.sh [seconds per endpoint, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
port=5180
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install wrk)" >&2; exit 1; }

dotnet build bench/SecChange.Benchmarks -c Release -warnaserror -nologo -v q 2>&1 | tail -n 1 >&2
dotnet build src/SecChange.Web -c Release -warnaserror -nologo -v q 2>&1 | tail -n 1 >&2
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

dotnet bench/SecChange.Benchmarks/bin/Release/net10.0/SecChange.Benchmarks.dll --write-register "$work/register.db" >&2
dotnet src/SecChange.Web/bin/Release/net10.0/secchange-web.dll --db "$work/register.db" --urls "$base" --demo false >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.5; done
curl -sf "$base/healthz" >/dev/null || { cat "$work/server.log" >&2; exit 1; }

# Anonymous visitors see WHITE records only: the modification pages are WHITE ones of the generated register.
white=$(sqlite3 "$work/register.db" "SELECT reference FROM modifications WHERE classification = 'White' ORDER BY number")
first_white=$(head -n 1 <<<"$white")
# A request with a fresh nonce in its query string always misses the page cache: the cost of rendering.
lua="$work/uncached.lua"
{
  echo "local paths = {"
  while read -r ref; do echo "  \"/modifications/$ref\","; done <<<"$white"
  echo "}"
  echo 'request = function() return wrk.format(nil, paths[math.random(#paths)] .. "?n=" .. math.random(1000000000)) end'
} >"$lua"
register_lua="$work/register-uncached.lua"
echo 'request = function() return wrk.format(nil, "/?stage=Refine&n=" .. math.random(1000000000)) end' >"$register_lua"

# name|path|lua script: the trivial endpoint first (the floor every other figure is a ratio to).
endpoints=(
  "trivial endpoint|/healthz|"
  "API: modifications, filtered|/api/v1/modifications?stage=Refine&limit=50|"
  "register page, filtered|/?stage=Refine|"
  "register page, first page|/|"
  "modification page|/modifications/$first_white|"
  "register page, filtered, never cached|/?stage=Refine&n=...|$register_lua"
  "modification page, any of $(wc -l <<<"$white") WHITE ones, never cached|/modifications/...?n=...|$lua"
)

echo "| Endpoint | Path | Requests/s | p99 latency | Ratio to trivial |"
echo "|---|---|---:|---:|---:|"
floor=""
for entry in "${endpoints[@]}"; do
  IFS='|' read -r name path script <<<"$entry"
  probe=${path//.../}; probe=${probe//\?n=/}; probe=${probe//&n=/}
  [ -z "$script" ] || probe=/healthz
  status=$(curl -s -o /dev/null -w '%{http_code}' "$base$probe")
  if [ "$status" != 200 ]; then
    echo "| $name | \`$path\` | HTTP $status | | |"
    continue
  fi
  args=(-t2 -c50 --latency)
  [ -z "$script" ] || args+=(-s "$script")
  wrk "${args[@]}" -d3s "$base$path" >/dev/null # warm up
  out=$(wrk "${args[@]}" -d"${seconds}s" "$base${path//.../}")
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
  [ -z "$floor" ] && floor=$rps
  ratio=$(awk -v a="$rps" -v b="$floor" 'BEGIN { printf "%.0f%%", 100 * a / b }')
  echo "| $name | \`$path\` | $rps | $p99 | $ratio${errors:+ ($errors errors)} |"
done
echo
echo "50 connections, 2 wrk threads, ${seconds} s per endpoint after a 3 s warm-up; server and wrk on the same $(nproc)-core machine; load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
