#!/usr/bin/env bash
# Runs each benchmark program under fibra and python3, checks that the outputs are equal and
# prints the wall times and the fibra/python3 ratio (below 1.00: fibra is faster).
#   benches/programs/run.sh [FIBRA_BINARY]          (default: target/release/fibra, built)
#   PROGRAMS="nbody richards" benches/programs/run.sh
# Exits 1 if any program's output differs or fibra fails.
set -uo pipefail
cd "$(dirname "$0")/../.."
FIBRA=${1:-}
if [ -z "$FIBRA" ]; then
  cargo build --release -p fibra-cli >&2 || exit 1
  FIBRA=target/release/fibra
fi
PROGRAMS=${PROGRAMS:-$(cd benches/programs && ls *.py | sed 's/\.py$//')}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
now() { date +%s.%N; }
status=0
printf '%-16s %9s %9s %7s  %s\n' program fibra_s python3_s ratio output
for p in $PROGRAMS; do
  f=benches/programs/$p.py
  t0=$(now); "$FIBRA" "$f" >"$tmp/fibra.out" 2>"$tmp/fibra.err"; frc=$?; t1=$(now)
  python3 "$f" >"$tmp/py.out" 2>"$tmp/py.err"; prc=$?; t2=$(now)
  if [ $frc -ne 0 ]; then
    verdict="FIBRA FAILED (exit $frc): $(tail -n 1 "$tmp/fibra.err")"; status=1
  elif [ $prc -ne 0 ]; then
    verdict="PYTHON3 FAILED (exit $prc)"; status=1
  elif cmp -s "$tmp/fibra.out" "$tmp/py.out"; then
    verdict=same
  else
    verdict="DIFFERENT: $(diff "$tmp/py.out" "$tmp/fibra.out" | sed -n 2p | cut -c1-60)"; status=1
  fi
  awk -v n="$p" -v a="$t0" -v b="$t1" -v c="$t2" -v s="$verdict" \
    'BEGIN { fb=b-a; py=c-b; printf "%-16s %9.2f %9.2f %7.2f  %s\n", n, fb, py, fb/py, s }'
done
exit $status
