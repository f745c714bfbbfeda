#!/usr/bin/env bash
# The measurement run on a lent many-core machine, with binaries built elsewhere and carried
# in .devcarry/ (release builds, debug info stripped):
#   fibra, fibra-gil            this tree's default and `gil` builds
#   fibra-base, fibra-base-gil  (optional) an earlier commit's builds, for before/after rows
#   embed_threads, embed_threads-gil  the embedding example (crates/fibra-vm/examples)
# Writes everything to $OUT/device.txt (or /tmp). Sections:
#   1. 2 cores (taskset -c 0,1): benches/threads at T=1,2, default and gil (and base);
#   2. 1 core: the single-thread kernels, default/gil ratio (and base);
#   3. 2 cores: the examples at 1 and 2 threads; the embedding example;
#   4. all cores: benches/threads at T=1..16 (default; gil at the ends), with the work
#      multiplied by SCALE (default 4: at T=16 the 1x runs last ~0.05 s, start-up included);
#   5. all cores: what counting shared items costs (item_reads, shared vs own items) and
#      nested-function calls from every thread (closure_read), T=1 and T=16;
#   6. all cores, long runs (cpu_threads x16, shared_read x8: T=16 runs last ~1 s, so
#      start-up weighs nothing), T=1..16; then shared_read's controls at T=1 and T=16:
#      each thread with its own tables ("own"), and tables small enough for a core's own
#      cache (N=1000), which tell what sharing costs from what the machine gives;
#   7. all cores, the machine's own ceiling (weak scaling, work x4 per thread or process):
#      one process; 16 processes at once; one process with 16 threads. Throughput over one
#      process: 16 * t(1) / t(16 processes) is what the cores give to independent
#      interpreters (frequency, shared caches, hyperthreads), 16 * t(1) / t(16 threads)
#      what Fibra's threads get of it. Two rounds, interleaved.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-/tmp}
C=.devcarry
REPS=${REPS:-3}
TWO="taskset -c 0,1"
ONE="taskset -c 2"
have() { [ -x "$C/$1" ]; }
SECTIONS=${SECTIONS:-"1 2 3 4 5"}
want() { [[ " $SECTIONS " == *" $1 "* ]]; }

now() { date +%s.%N; }
# best wall time of REPS runs of the command
best() {
  local b=999999 t0 t1 d
  for _ in $(seq "$REPS"); do
    t0=$(now)
    "$@" >/dev/null 2>&1
    t1=$(now)
    d=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    b=$(awk -v x="$b" -v y="$d" 'BEGIN { print (y < x) ? y : x }')
  done
  echo "$b"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

BUILDS="fibra"
have fibra-gil && BUILDS="$BUILDS fibra-gil"
have fibra-base && BUILDS="$BUILDS fibra-base"
have fibra-base-gil && BUILDS="$BUILDS fibra-base-gil"
WORK=${WORK:-"cpu_threads shared_read shared_counter alloc_churn depscan"}
KERNELS=${KERNELS:-"fib loops method_calls nbody dict_str sort_key"}

{
  echo "== machine: $(nproc) cores, $(uname -r), REPS=$REPS"
  echo
  if want 1; then
  echo "== 1. two cores (taskset -c 0,1): wall time at T=1 and T=2, speedup T1/T2"
  printf '%-15s %-15s %8s %8s %6s\n' workload build T=1 T=2 x
  for w in $WORK; do
    for b in $BUILDS; do
      t1=$(best $TWO "$C/$b" "benches/threads/$w.py" 1)
      t2=$(best $TWO "$C/$b" "benches/threads/$w.py" 2)
      printf '%-15s %-15s %7ss %7ss %6s\n' "$w" "$b" "$t1" "$t2" "$(ratio "$t1" "$t2")"
    done
  done
  fi
  if want 2; then
  echo
  echo "== 2. one core (taskset -c 2): single-thread kernels"
  printf '%-14s' kernel
  for b in $BUILDS; do printf ' %15s' "$b"; done
  printf ' %12s\n' default/gil
  declare -A K
  for k in $KERNELS; do
    printf '%-14s' "$k"
    for b in $BUILDS; do
      K[$k,$b]=$(best $ONE "$C/$b" "benches/kernels/$k.py")
      printf ' %14ss' "${K[$k,$b]}"
    done
    printf ' %12s\n' "$(ratio "${K[$k,fibra]}" "${K[$k,fibra-gil]}")"
  done
  for pair in "fibra fibra-gil" "fibra-base fibra-base-gil" "fibra fibra-base"; do
    set -- $pair
    have "$1" && have "$2" || continue
    g=$(for k in $KERNELS; do echo "${K[$k,$1]} ${K[$k,$2]}"; done |
      awk '{ s += log($1 / $2); n++ } END { printf "%.3f", exp(s / n) }')
    echo "geomean $1/$2: $g"
  done
  fi
  if want 3; then
  echo
  echo "== 3. two cores: examples (wall time the example reports), 1 and 2 threads"
  for ex in depscan mandelbrot feeds wordfreq; do
    for b in fibra fibra-gil; do
      r=""
      for n in 1 2; do
        r="$r $($TWO "$C/$b" "examples/$ex.py" "$n" 2>&1 >/dev/null | sed -n 's/.*threads, \([0-9.]*\) s$/\1/p' | tail -n1)"
      done
      set -- $r
      printf '%-11s %-10s T=1 %6ss T=2 %6ss x %s\n' "$ex" "$b" "${1:-?}" "${2:-?}" "$( [ -n "${1:-}" ] && [ -n "${2:-}" ] && ratio "$1" "$2")"
    done
  done
  for b in embed_threads embed_threads-gil; do
    if have "$b"; then
      echo "-- $b (2 cores)"
      timeout 120 $TWO "$C/$b" 2>&1 | tail -4
    fi
  done
  fi
  if want 4; then
  echo
  echo "== 4. all $(nproc) cores: speedup over T=1 (default build; gil at T=16)"
  TS=${TS:-"1 2 4 8 16"}
  SCALE=${SCALE:-4}
  # depscan's second argument is its tree, not a scale
  scaled() { if [ "$1" = depscan ]; then echo; else echo "$SCALE"; fi; }
  echo "(work x$SCALE, except depscan)"
  printf '%-15s' workload
  for t in $TS; do printf ' %8s' "T=$t"; done
  printf ' %10s\n' "gil T=16"
  for w in $WORK; do
    printf '%-15s' "$w"
    base=""
    for t in $TS; do
      x=$(REPS=2 best "$C/fibra" "benches/threads/$w.py" "$t" $(scaled "$w"))
      [ -z "$base" ] && base=$x
      printf ' %7sx' "$(ratio "$base" "$x")"
    done
    if have fibra-gil; then
      g1=$(REPS=1 best "$C/fibra-gil" "benches/threads/$w.py" 1 $(scaled "$w"))
      g16=$(REPS=1 best "$C/fibra-gil" "benches/threads/$w.py" 16 $(scaled "$w"))
      printf ' %9sx\n' "$(ratio "$g1" "$g16")"
    else
      printf '\n'
    fi
  done
  fi
  if want 5; then
  echo
  echo "== 5. all $(nproc) cores: shared items and nested calls (default build, work x${SCALE:-4})"
  printf '%-22s %8s %8s %6s\n' workload T=1 T=16 x
  for w in "item_reads shared" "item_reads own" "closure_read"; do
    set -- $w
    a=$(REPS=2 best "$C/fibra" "benches/threads/$1.py" 1 "${SCALE:-4}" ${2:-})
    b=$(REPS=2 best "$C/fibra" "benches/threads/$1.py" 16 "${SCALE:-4}" ${2:-})
    printf '%-22s %7ss %7ss %6s\n' "$w" "$a" "$b" "$(ratio "$a" "$b")"
  done
  fi
  if want 6; then
  echo
  echo "== 6. all $(nproc) cores, long runs (default build, best of ${REPS6:-2}): wall time, speedup"
  TS=${TS:-"1 2 4 8 16"}
  for w in "cpu_threads 16" "shared_read 8"; do
    set -- $w
    printf '%-22s' "$1 x$2"
    base=""
    for t in $TS; do
      x=$(REPS=${REPS6:-2} best "$C/fibra" "benches/threads/$1.py" "$t" "$2")
      [ -z "$base" ] && base=$x
      printf ' T=%s %6ss %6sx' "$t" "$x" "$(ratio "$base" "$x")"
    done
    printf '\n'
  done
  for v in "shared 20000" "own 20000" "shared 1000" "own 1000"; do
    a=$(REPS=${REPS6:-2} best "$C/fibra" benches/threads/shared_read.py 1 8 $v)
    b=$(REPS=${REPS6:-2} best "$C/fibra" benches/threads/shared_read.py 16 8 $v)
    printf '%-22s T=1 %6ss T=16 %6ss %6sx\n' "shared_read $v" "$a" "$b" "$(ratio "$a" "$b")"
  done
  fi
  if want 7; then
  echo
  echo "== 7. all $(nproc) cores: 16 processes against 16 threads (work x4 each), throughput over 1 process"
  procs() { for _ in $(seq 16); do "$C/fibra" "benches/threads/$1.py" 1 4 >/dev/null & done; wait; }
  for w in cpu_threads shared_read; do
    for round in 1 2; do
      a=$(REPS=1 best "$C/fibra" "benches/threads/$w.py" 1 4)
      p=$(REPS=1 best procs "$w")
      t=$(REPS=1 best "$C/fibra" "benches/threads/$w.py" 16 64)
      printf '%-12s round %s: 1 process %6ss, 16 processes %6ss (%5sx), 16 threads %6ss (%5sx)\n' \
        "$w" "$round" "$a" "$p" "$(ratio "$(awk -v a="$a" 'BEGIN { print 16 * a }')" "$p")" \
        "$t" "$(ratio "$(awk -v a="$a" 'BEGIN { print 16 * a }')" "$t")"
    done
  done
  fi
} 2>&1 | tee "$OUT/device.txt"
