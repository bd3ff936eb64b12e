#!/bin/sh
# Test launcher for the sanitizers' pass (tests/sanitizers/run.sh): runs one test and, only if
# it failed because LeakSanitizer's own stop-the-world tracer crashed at exit ("Tracer caught
# signal", "LeakSanitizer has encountered a fatal error") after every QtTest check had passed
# and no leak or sanitizer error was reported, runs it once more. The tracer crashes when a
# thread (Mesa's llvmpipe, OpenMP, Qt's pool) ends while LeakSanitizer suspends the process;
# that is a failure of the tool, not a finding. Any other failure, a leak report, an ASan or
# UBSan error, a failed check, or the same crash twice, fails the test as before.
#   rerun_if_lsan_crashed.sh TEST_EXECUTABLE [ARGS...]
log=$(mktemp)
trap 'rm -f "$log"' EXIT
attempt() {
    "$@" >"$log" 2>&1
    status=$?
    cat "$log"
    return $status
}
attempt "$@" && exit 0
status=$?
grep -q 'LeakSanitizer has encountered a fatal error' "$log" || exit $status
grep -qE 'ERROR: (LeakSanitizer|AddressSanitizer)|runtime error:|^FAIL!' "$log" && exit $status
grep -qE '^Totals: [0-9]+ passed, 0 failed' "$log" || exit $status
echo "== LeakSanitizer's tracer crashed at exit after every check passed; running $1 once more"
attempt "$@"
