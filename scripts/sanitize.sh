#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole test suite under sanitizers (issue 16), in a build tree of its own:
#
#   bash scripts/sanitize.sh address [CTEST-ARGS...]   # ASan + UBSan, in build-asan/
#   bash scripts/sanitize.sh thread  [CTEST-ARGS...]   # TSan, in build-tsan/
#
# Any report fails the test that caused it (halt_on_error; UBSan does not recover). Leaks are
# not reported: Qt's plugin loader and libpq keep allocations for the process's lifetime.
# Suppressions for reports inside system libraries are in tests/sanitizers/. Reports are written
# to BUILD/sanitizer-reports/ (one file per process, servers started by tests included); any
# file there fails the run.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

kind="${1:-address}"
shift || true
case "$kind" in
    address) flags="address,undefined" HELPDESK_BUILD="$HELPDESK_ROOT/build-asan" ;;
    thread) flags="thread" HELPDESK_BUILD="$HELPDESK_ROOT/build-tsan" ;;
    *) log "usage: sanitize.sh address|thread [ctest args]"; exit 2 ;;
esac
export HELPDESK_BUILD

install_packages "${HELPDESK_PACKAGES[@]}" "${HELPDESK_TEST_PACKAGES[@]}"
build_project -DHELPDESK_BUILD_TESTS=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DHELPDESK_SANITIZE=$flags"

suppressions="$HELPDESK_ROOT/tests/sanitizers"
# Reports go to files, one per process: a server a test started writes its stderr into the
# test's temporary directory, which is gone when the test ends.
reports="$HELPDESK_BUILD/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
export ASAN_OPTIONS="log_path=$reports/asan:detect_leaks=0:halt_on_error=1:abort_on_error=1:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="log_path=$reports/ubsan:halt_on_error=1:print_stacktrace=1:suppressions=$suppressions/ubsan.supp"
# Not ignore_noninstrumented_modules: it leaves threads started by QThread unchecked
# (tests/sanitizers/tsan_canary, a race TSan must report, shows it). tests/sanitizers/tsan.supp
# ignores only the libc calls made inside Qt's libraries, with its reasons; the hand-overs
# between our threads that pass through Qt are annotated (server/storage/handover.*).
# die_after_fork=0: QProcess starts the servers of the tests with clone(CLONE_VM|CLONE_VFORK)
# (forkfd), and the child runs intercepted libc calls in the parent's memory before it execs;
# TSan then takes the test process itself for the child of a multi-threaded fork and kills it
# at its next new thread ("starting new threads after multi-threaded fork is not supported").
export TSAN_OPTIONS="log_path=$reports/tsan:halt_on_error=1:second_deadlock_stack=1:die_after_fork=0:suppressions=$suppressions/tsan.supp"

cluster_env="$(bash "$HELPDESK_ROOT/scripts/pg-test-cluster.sh" start)"
eval "$cluster_env"
trap 'bash "$HELPDESK_ROOT/scripts/pg-test-cluster.sh" stop "$HELPDESK_PG_CLUSTER"' EXIT
export HELPDESK_TEST_PG HELPDESK_TEST_PG_CTL HELPDESK_TEST_PG_STOP HELPDESK_TEST_PG_START HELPDESK_TEST_PG_CRASH
export HELPDESK_TEST_REQUIRE_PG=1

log "running tests under -fsanitize=$flags"
cd "$HELPDESK_BUILD"
# Benchmarks' smoke runs are about speed, which sanitizers change tenfold.
status=0
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 1800 -LE bench "$@" || status=$?
if compgen -G "$reports/*" >/dev/null; then
    log "sanitizer reports (one file per process) in $reports:"
    ls "$reports" >&2
    [ "$status" -ne 0 ] || status=1 # a report in a process no test waited for
else
    log "no sanitizer report"
fi
exit "$status"
