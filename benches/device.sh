#!/usr/bin/env bash
# The many-core measurement, run on a lent 16-core machine with binaries built elsewhere:
#   .devcarry/fibra, .devcarry/fibra-gil (release builds), .devcarry/embed_threads{,-gil}
# Writes the thread-scaling table (T = 1..16) of benches/threads in both builds and the
# embedding example's host-thread scaling to $OUT (or stdout).
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-/tmp}
C=.devcarry
{
  echo "== machine: $(nproc) cores, $(uname -r)"
  echo "== thread scaling (benches/threads), best of ${REPS:-3}"
  SKIP_BUILD=1 FIBRA_BIN=$C/fibra FIBRA_GIL_BIN=$C/fibra-gil \
    TS="${TS:-1 2 4 8 12 16}" REPS=${REPS:-3} bash benches/scaling.sh 16
  for b in embed_threads embed_threads-gil; do
    if [ -x "$C/$b" ]; then
      echo "== $b"
      timeout 120 "$C/$b" 2>&1 | tail -5
    fi
  done
} 2>&1 | tee "$OUT/scaling.txt"
