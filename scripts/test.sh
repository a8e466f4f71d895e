#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with tests, runs the whole suite with CTest.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages "${HELPDESK_PACKAGES[@]}" openssl
build_project -DHELPDESK_BUILD_TESTS=ON

log "running tests"
cd "$HELPDESK_BUILD"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 600 "$@"
