#!/usr/bin/env bash
# Single-thread cost of the free-threaded build: CPU time (user + sys) of each kernel in
# benches/kernels/ under the default and the `gil` release builds, best of REPS runs
# (default 5), interleaved so both builds see the same machine load; then the per-kernel
# ratio default/gil and its geometric mean (the issue's target: <= 1.10).
#
#   SKIP_BUILD=1 benches/kernels.sh
#   FIBRA_BIN=... FIBRA_GIL_BIN=... REPS=7 benches/kernels.sh
set -euo pipefail
cd "$(dirname "$0")/.."
REPS=${REPS:-5}
if [ -z "${SKIP_BUILD:-}" ]; then
  cargo build --release -p fibra-cli >&2
  cargo build --release -p fibra-cli --features gil --target-dir target/gil-release >&2
fi
DEFAULT=${FIBRA_BIN:-target/release/fibra}
GIL=${FIBRA_GIL_BIN:-target/gil-release/release/fibra}
[ -x "$DEFAULT" ] && [ -x "$GIL" ] || { echo "missing release binaries" >&2; exit 1; }

# CPU seconds (user + sys) of one run: $1 binary, $2 script. Measured with getrusage
# (microseconds) rather than /usr/bin/time, whose 10 ms steps are 5% of a 0.2 s kernel.
cpu() {
  python3 - "$1" "$2" <<'PY'
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%.4f" % (r.ru_utime + r.ru_stime))
PY
}

printf '%-14s %9s %9s %7s\n' kernel default gil ratio
logsum=0; n=0
for f in benches/kernels/*.py; do
  bd=999; bg=999
  for _ in $(seq "$REPS"); do
    d=$(cpu "$DEFAULT" "$f"); g=$(cpu "$GIL" "$f")
    bd=$(awk -v x="$bd" -v y="$d" 'BEGIN { print (y < x) ? y : x }')
    bg=$(awk -v x="$bg" -v y="$g" 'BEGIN { print (y < x) ? y : x }')
  done
  r=$(awk -v a="$bd" -v b="$bg" 'BEGIN { printf "%.3f", a / b }')
  printf '%-14s %8.3fs %8.3fs %7.3f\n' "$(basename "$f" .py)" "$bd" "$bg" "$r"
  logsum=$(awk -v s="$logsum" -v r="$r" 'BEGIN { print s + log(r) }'); n=$((n + 1))
done
awk -v s="$logsum" -v n="$n" 'BEGIN { printf "geomean default/gil: %.3f\n", exp(s / n) }'
