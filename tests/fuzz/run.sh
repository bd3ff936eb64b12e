#!/bin/sh
# Builds the libFuzzer targets with clang, the core and io libraries instrumented with
# AddressSanitizer + UndefinedBehaviorSanitizer, and runs each target for SECONDS (default
# 60, two targets at a time) from its seed corpus in tests/fuzz/corpus/. New inputs go to BUILD/corpus-*, crashes
# to BUILD/crash-*; the exit code is non-zero on the first finding.
#   tests/fuzz/run.sh [SECONDS] [BUILD_DIR]
set -eu
cd "$(dirname "$0")/../.."
SECONDS_EACH=${1:-60}
BUILD=${2:-build-fuzz}
SANITIZE="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
# -O2 with line tables only: findings still name file and line, and the compiler skips the full
# debug information of RelWithDebInfo (types, variables), the slow part of its build.
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=None \
    -DLATENTLAB_NATIVE=OFF -DLATENTLAB_BUILD_TESTS=OFF -DLATENTLAB_BUILD_BENCH=OFF \
    -DLATENTLAB_FUZZ=ON "-DCMAKE_CXX_FLAGS=$SANITIZE -O2 -gline-tables-only -fno-omit-frame-pointer" >/dev/null
cmake --build "$BUILD" --target fuzz_csv fuzz_config_json fuzz_session fuzz_set fuzz_mtx fuzz_h5ad
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Two targets at a time (one core each), each for its full SECONDS.
fuzz() {
    target=$1
    work="$BUILD/corpus-$target"
    mkdir -p "$work"
    "$BUILD/tests/fuzz/fuzz_$target" -max_total_time="$SECONDS_EACH" -max_len=65536 \
        -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$BUILD/" \
        "$work" "tests/fuzz/corpus/$target" 2>"$BUILD/fuzz_$target.log"
}
report() {
    target=$1
    status=$2
    echo "== fuzz_$target for ${SECONDS_EACH}s"
    if [ "$status" -ne 0 ]; then
        tail -n 60 "$BUILD/fuzz_$target.log"
        exit 1
    fi
    grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "$BUILD/fuzz_$target.log" | tail -n 2
}
for pair in "csv config_json" "session set" "mtx h5ad"; do
    set -- $pair
    fuzz "$1" & first=$!
    fuzz "$2" & second=$!
    status1=0; wait "$first" || status1=$?
    status2=0; wait "$second" || status2=$?
    report "$1" "$status1"
    report "$2" "$status2"
done
