#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with tests, runs the whole suite with CTest.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages "${HELPDESK_PACKAGES[@]}" "${HELPDESK_TEST_PACKAGES[@]}"
build_project -DHELPDESK_BUILD_TESTS=ON

# Every integration test runs twice, on SQLite and (<name>_pg) on PostgreSQL: a throw-away
# cluster, stopped and deleted at the end whatever happens.
cluster_env="$(bash "$HELPDESK_ROOT/scripts/pg-test-cluster.sh" start)"
eval "$cluster_env"
trap 'bash "$HELPDESK_ROOT/scripts/pg-test-cluster.sh" stop "$HELPDESK_PG_CLUSTER"' EXIT
export HELPDESK_TEST_PG HELPDESK_TEST_PG_CTL HELPDESK_TEST_PG_STOP HELPDESK_TEST_PG_START HELPDESK_TEST_PG_CRASH
export HELPDESK_TEST_REQUIRE_PG=1

log "running tests"
cd "$HELPDESK_BUILD"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 600 "$@"

# A short fuzz run of the parsers that need neither the whole server nor the client (issue 16;
# clang, ASan and UBSan, in build-fuzz/): a crash fails the test command.
# Only for the whole suite: `scripts/test.sh -R NAME` runs just the tests asked for.
if [ $# -eq 0 ]; then
    # A fixed seed and count: the same inputs on every machine, so a red run is repeatable
    # (longer and random runs: scripts/fuzz.sh SECONDS, see docs/security.md).
    log "fuzzing the parsers briefly"
    FUZZ_SEED=1 FUZZ_RUNS=40000 bash "$HELPDESK_ROOT/scripts/fuzz.sh" 0
fi
