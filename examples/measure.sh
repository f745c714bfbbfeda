#!/usr/bin/env bash
# Runs each example at 1 and 2 threads under fibra (default build), fibra (gil build) and
# python3, one run each, checks that every run printed the same stdout, and prints the wall
# times each example reports (on stderr) as a markdown table.
#   examples/measure.sh [EXAMPLE...]     (default: depscan mandelbrot feeds wordfreq)
# Binaries: FIBRA (default target/release/fibra), FIBRA_GIL (default target/gil/release/fibra).
set -uo pipefail
cd "$(dirname "$0")/.."
FIBRA=${FIBRA:-target/release/fibra}
FIBRA_GIL=${FIBRA_GIL:-target/gil/release/fibra}
EXAMPLES=${*:-depscan mandelbrot feeds wordfreq}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ex in $EXAMPLES; do
  echo "### $ex"
  echo
  echo "| interpreter | 1 thread (s) | 2 threads (s) | speedup |"
  echo "|---|---|---|---|"
  for interp in fibra fibra-gil python3; do
    case $interp in
      fibra) bin=$FIBRA ;; fibra-gil) bin=$FIBRA_GIL ;; python3) bin=python3 ;;
    esac
    t=()
    for n in 1 2; do
      "$bin" "examples/$ex.py" "$n" >"$tmp/$interp-$n.out" 2>"$tmp/err" || { echo "$interp $ex $n FAILED: $(tail -n1 "$tmp/err")" >&2; status=1; }
      t+=("$(tail -n1 "$tmp/err" | sed -n 's/.*threads, \([0-9.]*\) s$/\1/p')")
      if ! cmp -s "$tmp/$interp-$n.out" "$tmp/python3-1.out" 2>/dev/null && [ -e "$tmp/python3-1.out" ]; then
        echo "OUTPUT DIFFERS: $interp $ex $n" >&2; status=1
      fi
    done
    awk -v i="$interp" -v a="${t[0]:-0}" -v b="${t[1]:-0}" \
      'BEGIN { printf "| %s | %.2f | %.2f | %.2fx |\n", i, a, b, (b > 0 ? a / b : 0) }'
  done
  # Outputs of the fibra runs are compared once python3 has run.
  for f in "$tmp"/fibra-*.out; do
    cmp -s "$f" "$tmp/python3-1.out" || { echo "OUTPUT DIFFERS from python3: $(basename "$f") ($ex)" >&2; status=1; }
  done
  cmp -s "$tmp/python3-2.out" "$tmp/python3-1.out" || { echo "python3 output depends on the thread count ($ex)" >&2; status=1; }
  rm -f "$tmp"/*.out
  echo
done
exit $status
