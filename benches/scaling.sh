#!/usr/bin/env bash
# Thread scaling of the benches/threads workloads in both builds (release).
#
#   benches/scaling.sh [N]        T = 1..N threads (default: nproc)
#   FIBRA_BENCHES="cpu_threads shared_read" benches/scaling.sh 4
#   SKIP_BUILD=1 benches/scaling.sh   reuse target/release and target/gil-release
#   TS="1 2 4 8 16" benches/scaling.sh   only these thread counts (the first is the base)
#   FIBRA_BIN=... FIBRA_GIL_BIN=...     use these binaries (e.g. carried to another machine)
#   SCALE=4 benches/scaling.sh       4x the work (all but depscan, whose 2nd argument is a tree)
#
# Prints, per workload and build, the wall time at each T and the speedup over T=1
# (time(1) / time(T): the work is fixed, so 2.00 is perfect scaling on 2 cores), then the
# single-thread ratio default/gil (below 1.00: the free-threaded build is faster).
# Each time is the best of REPS runs (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-$(nproc)}
REPS=${REPS:-3}
BENCHES=${FIBRA_BENCHES:-"cpu_threads shared_read shared_counter alloc_churn depscan"}
if [ -z "${SKIP_BUILD:-}" ]; then
  cargo build --release -p fibra-cli >&2
  cargo build --release -p fibra-cli --features gil --target-dir target/gil-release >&2
fi
DEFAULT=${FIBRA_BIN:-target/release/fibra}
GIL=${FIBRA_GIL_BIN:-target/gil-release/release/fibra}
[ -x "$DEFAULT" ] && [ -x "$GIL" ] || { echo "missing release binaries" >&2; exit 1; }
TS=${TS:-$(seq "$N")}

now() { date +%s.%N; }
# best wall time of REPS runs of: $1 (binary) $2 (script) $3 (T) $4 (scale argument, or empty)
best() {
  local b=999999 t0 t1 d
  for _ in $(seq "$REPS"); do
    t0=$(now)
    "$1" "$2" "$3" $4 >/dev/null
    t1=$(now)
    d=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    b=$(awk -v x="$b" -v y="$d" 'BEGIN { print (y < x) ? y : x }')
  done
  echo "$b"
}

printf '%-15s %-8s' workload build
for T in $TS; do printf ' %8s %6s' "T=$T" "x"; done
printf '\n'
declare -A ONE
for bench in $BENCHES; do
  script=benches/threads/$bench.py
  for build in default gil; do
    bin=$DEFAULT; [ "$build" = gil ] && bin=$GIL
    printf '%-15s %-8s' "$bench" "$build"
    base=""
    for T in $TS; do
      scale=${SCALE:-}; [ "$bench" = depscan ] && scale=""
      t=$(best "$bin" "$script" "$T" "$scale")
      [ -z "$base" ] && base=$t
      sp=$(awk -v a="$base" -v b="$t" 'BEGIN { printf "%.2f", a / b }')
      printf ' %7ss %6s' "$t" "$sp"
    done
    ONE[$bench,$build]=$base
    printf '\n'
  done
done
printf '\nsingle-thread ratio default/gil (T=1):\n'
for bench in $BENCHES; do
  awk -v n="$bench" -v d="${ONE[$bench,default]}" -v g="${ONE[$bench,gil]}" \
    'BEGIN { printf "  %-15s %6.3fs / %6.3fs = %.2f\n", n, d, g, d / g }'
done
