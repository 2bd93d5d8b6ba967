#!/usr/bin/env bash
# The DCC model on every core: DUIS requests per second on one core and on two, and a firmware campaign
# over a GB-scale fleet. One command; writes bench/results/dcc-scale.md.
#   bench/dcc-scale.sh [seconds-per-run] [rounds] [campaign-devices]     (default: 10 5 10000000)
# Cores are chosen with taskset (CPU affinity), not DOTNET_PROCESSOR_COUNT: affinity confines the whole
# process (worker threads, GC, JIT) to the cores, and .NET sizes its thread pool, GC and the model's
# partitions (one per core) from the affinity mask, whereas DOTNET_PROCESSOR_COUNT changes only what the
# runtime believes and leaves the GC and JIT free to use the other core, flattering the one-core figure.
# One-core and two-core runs alternate, so a noisy neighbour hits both; the ratio is of the medians.
# The DUIS runs use the server garbage collector, as the DUIS endpoint (an ASP.NET Core host) does by default, and
# warm up as long as they measure: with the workstation collector and a short warm-up, the one-core figure was a
# third of its steady state (the collector and the tiered compiler share the one core with the work).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
rounds=${2:-5}
devices=${3:-10000000}
out=bench/results/dcc-scale.md
dll=bench/SecChange.Dcc.Benchmarks/bin/Release/net10.0/SecChange.Dcc.Benchmarks.dll
command -v taskset >/dev/null || { echo "taskset (util-linux) is required" >&2; exit 2; }
[ "$(nproc --all)" -ge 2 ] || { echo "two cores are required" >&2; exit 2; }
dotnet build bench/SecChange.Dcc.Benchmarks -c Release -warnaserror 2>&1 | tail -n 1 >&2

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
one=(); two=(); lines=()
for round in $(seq 1 "$rounds"); do
  for cpus in 0 0,1; do
    line=$(DOTNET_gcServer=1 taskset -c "$cpus" dotnet "$dll" duis-throughput "$seconds")
    lines+=("round $round, cores $cpus: $line")
    rate=${line##*requests_per_second=}
    if [ "$cpus" = 0 ]; then one+=("$rate"); else two+=("$rate"); fi
    echo "round $round, cores $cpus: $rate requests/s" >&2
  done
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
m1=$(median "${one[@]}")
m2=$(median "${two[@]}")
ratio=$(awk -v a="$m1" -v b="$m2" 'BEGIN {printf "%.2f", b / a}')

echo "campaign over $devices Devices on both cores" >&2
campaign=$(taskset -c 0,1 dotnet "$dll" campaign "$devices")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$campaign"; }
secs=$(field seconds); peak=$(field peak_working_set_mib); count=$(field devices)
scale=$(awk -v d="$count" 'BEGIN {print 60000000 / d}')
proj_secs=$(awk -v s="$secs" -v k="$scale" 'BEGIN {printf "%.0f", s * k}')
proj_gib=$(awk -v m="$peak" -v k="$scale" 'BEGIN {printf "%.1f", m * k / 1024}')

{
  echo "# DCC model on every core: measured by bench/dcc-scale.sh"
  echo
  echo "Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(nproc --all) cores, $(dotnet --version | sed 's/^/SDK /')."
  echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) with \`bench/dcc-scale.sh $seconds $rounds $devices\`."
  echo "Load average (1, 5, 15 min) before: $load_before; after: $load_after."
  echo
  echo "| Measure | Result |"
  echo "|---|---:|"
  echo "| DUIS requests/s, 1 core (\`taskset -c 0\`, 1 partition), median of $rounds | $m1 |"
  echo "| DUIS requests/s, 2 cores (\`taskset -c 0,1\`, 2 partitions), median of $rounds | $m2 |"
  echo "| **2 cores / 1 core** (target ≥ 1.7) | **$ratio** |"
  echo "| Firmware campaign over $count Devices, 2 partitions: time | $secs s |"
  echo "| Same: peak working set | $peak MiB |"
  echo "| Projection to the GB fleet (60,000,000 Devices, linear): time | about $proj_secs s |"
  echo "| Projection: peak working set | about $proj_gib GiB |"
  echo
  echo "Each DUIS run: one worker thread and one partition per core, SR 11.2 requests (the DCC reference"
  echo "message ECS52) to 4096 different ESMEs of a 100,000-Device fleet, parsed, validated, authorised, run"
  echo "on the simulated Device and answered (synchronous I99 and asynchronous I0 written as DUIS XML),"
  echo "unsigned (signing adds three ECDSA operations per request: \`SecurityBenchmarks\`), with the server garbage"
  echo "collector as the DUIS endpoint host runs, after a warm-up as long as the run."
  echo "The campaign is seed 004's scenario (CPL removal, SR 11.1, SR 11.3 with a retry, SR 11.2 through"
  echo "the GPF and to unconfirmed meters, 20% of responses lost) under the November 2021 rule set."
  echo
  echo "Raw lines:"
  echo
  echo '```'
  printf '%s\n' "${lines[@]}"
  echo "campaign: $campaign"
  echo '```'
} >"$out"
echo "wrote $out" >&2
