#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by run.sh and test.sh: install what is missing, configure and build.
set -euo pipefail

HELPDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HELPDESK_BUILD="${HELPDESK_BUILD:-$HELPDESK_ROOT/build}"

HELPDESK_PACKAGES=(
    cmake g++ ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev libgl-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-translations-l10n libargon2-dev qtkeychain-qt6-dev libgmime-3.0-dev libcurl4-openssl-dev
    libxml2-dev
)
# Only the test command needs these: certificates for the TLS tests, and a PostgreSQL to
# start throw-away clusters from (the demo runs on SQLite).
HELPDESK_TEST_PACKAGES=(openssl postgresql postgresql-contrib python3-aiosmtpd)

log() { printf '==> %s\n' "$*" >&2; }

# Installs the given Debian packages that are not installed yet; silent when none are missing.
install_packages() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    log "installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

# Configures (once) and builds the Release tree; quiet when nothing changed.
build_project() {
    if [ ! -f "$HELPDESK_BUILD/build.ninja" ]; then
        log "configuring in $HELPDESK_BUILD"
        cmake -S "$HELPDESK_ROOT" -B "$HELPDESK_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
    fi
    log "building"
    local output="$HELPDESK_BUILD/last-build.log"
    if ! cmake --build "$HELPDESK_BUILD" -- -j"$(nproc)" >"$output" 2>&1; then
        grep -vE '^\[[0-9]+/[0-9]+\] ' "$output" | tail -n 60 >&2
        log "build failed (full log: $output)"
        return 1
    fi
    grep -iE 'warning:' "$output" | head -n 20 >&2 || true
}
