#!/usr/bin/env bash
# Single-thread kernels: wall time of fibra (release build) against python3, one run each,
# interleaved so both see the same machine load. Usage: benches/compare.sh [FIBRA_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
FIBRA=${1:-}
if [ -z "$FIBRA" ]; then
  cargo build --release -p fibra-cli >&2
  FIBRA=target/release/fibra
fi
now() { date +%s.%N; }
printf '%-18s %10s %10s %8s\n' kernel fibra_s python3_s ratio
for f in benches/kernels/*.py; do
  t0=$(now); "$FIBRA" "$f" >/tmp/fibra_out.txt; t1=$(now)
  python3 "$f" >/tmp/py_out.txt; t2=$(now)
  same=ok; cmp -s /tmp/fibra_out.txt /tmp/py_out.txt || same=DIFFERENT-OUTPUT
  awk -v n="$(basename "$f" .py)" -v a="$t0" -v b="$t1" -v c="$t2" -v s="$same" \
    'BEGIN { fb=b-a; py=c-b; printf "%-18s %10.3f %10.3f %8.2f %s\n", n, fb, py, fb/py, (s=="ok"?"":s) }'
done
