# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the benchmark scripts: the generated database of N tickets in WORKDIR/tickets-N,
# made by helpdesk-gen once and reused by later runs (its `complete` marker says it is whole).
#   ensure_generated GEN_BINARY DATA_DIR TICKETS
ensure_generated() {
    local gen_bin=$1 data_dir=$2 tickets=$3
    if [[ ! -f $data_dir/complete ]]; then
        rm -rf "$data_dir"
        mkdir -p "$data_dir"
        "$gen_bin" --data-dir "$data_dir" --tickets "$tickets"
        touch "$data_dir/complete"
    else
        echo "reusing $data_dir"
    fi
}
