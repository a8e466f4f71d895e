#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The libFuzzer targets (issue 16), built with clang, ASan and UBSan in build-fuzz/:
#
#   bash scripts/fuzz.sh SECONDS [TARGET...]     # each target for SECONDS (default: the quick set)
#   FUZZ_RUNS=10000000 bash scripts/fuzz.sh 0 fuzz_framing   # a fixed number of executions
#   FUZZ_SEED=1 ...: the same mutations every time (the test command's run is repeatable)
#   FUZZ_TIMEOUT=600: seconds one input may take (default 10; long for a run that may be paused)
#   FUZZ_SANITIZE=undefined: UBSan only, in build-fuzz-undefined/ (twice the speed for a long run;
#   its corpus can then be replayed under ASan: FUZZ_RUNS=0 FUZZ_CORPUS=DIR bash scripts/fuzz.sh 0 T)
#
# Every target starts from its seed corpus in tests/fuzz/corpus/<target>/ (inputs found to add
# coverage go to build-fuzz/corpus/<target>/, not into the source tree). A crash, a leak-free
# sanitizer report or a timeout fails the run and leaves the input in build-fuzz/.
# scripts/test.sh runs the quick set (the targets that need neither the whole server nor the
# client) for a few seconds each.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

seconds="${1:-20}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_framing fuzz_databaseurl fuzz_clusterpayload fuzz_mailparser)

install_packages clang libclang-rt-14-dev
sanitize="${FUZZ_SANITIZE:-address,undefined}"
FUZZ_BUILD="$HELPDESK_ROOT/build-fuzz"
[ "$sanitize" = "address,undefined" ] || FUZZ_BUILD="$HELPDESK_ROOT/build-fuzz-${sanitize//,/-}"
if [ ! -f "$FUZZ_BUILD/build.ninja" ]; then
    log "configuring the fuzz targets ($sanitize) in $FUZZ_BUILD"
    CXX=clang++ cmake -S "$HELPDESK_ROOT" -B "$FUZZ_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DHELPDESK_FUZZ=ON -DHELPDESK_FUZZ_SANITIZE="$sanitize" -DHELPDESK_BUILD_TESTS=OFF \
        -DHELPDESK_BUILD_CLIENT=OFF >/dev/null
fi
log "building ${targets[*]}"
if ! cmake --build "$FUZZ_BUILD" --target "${targets[@]}" -- -j"$(nproc)" >"$FUZZ_BUILD/last-build.log" 2>&1; then
    tail -n 40 "$FUZZ_BUILD/last-build.log" >&2
    exit 1
fi

# A small quarantine and short allocation stacks: with ASan's defaults the memory of a long
# run grows with every distinct allocation stack (not a leak of ours) until -rss_limit_mb.
export ASAN_OPTIONS="detect_leaks=0:halt_on_error=1:quarantine_size_mb=16:malloc_context_size=2"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
for target in "${targets[@]}"; do
    corpus="${FUZZ_CORPUS:-$FUZZ_BUILD/corpus/$target}"
    # A seeded run starts from the checked-in seeds only, in an empty corpus directory: with
    # the inputs earlier runs added, the same seed mutates other inputs, and a run that passes
    # here could fail on a fresh clone (it did: stop 21's CI).
    if [ -n "${FUZZ_SEED:-}" ]; then
        corpus="$FUZZ_BUILD/corpus-seed-$FUZZ_SEED/$target"
        rm -rf "$corpus"
    fi
    mkdir -p "$corpus"
    seeds=()
    [ -d "$HELPDESK_ROOT/tests/fuzz/corpus/$target" ] && seeds+=("$HELPDESK_ROOT/tests/fuzz/corpus/$target")
    [ "$target" = fuzz_mailparser ] && seeds+=("$HELPDESK_ROOT/tests/data/mail")
    limit=(-max_total_time="$seconds")
    [ -n "${FUZZ_RUNS:-}" ] && limit=(-runs="$FUZZ_RUNS")
    [ -n "${FUZZ_SEED:-}" ] && limit+=(-seed="$FUZZ_SEED")
    log "$target: ${FUZZ_RUNS:-$seconds s}"
    (cd "$FUZZ_BUILD" && "./tests/fuzz/$target" "${limit[@]}" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 \
        -print_final_stats=1 "$corpus" "${seeds[@]}" 2>"$FUZZ_BUILD/$target.log") || {
        tail -n 60 "$FUZZ_BUILD/$target.log" >&2
        log "$target FAILED (input saved in $FUZZ_BUILD)"
        exit 1
    }
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$FUZZ_BUILD/$target.log" | tr '\n' ' ' >&2
    echo >&2
done
