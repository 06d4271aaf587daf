#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Seconds from start to the first epoch event and to "done" for the same small run under each
# launcher: local, ssh to a loopback sshd, Slurm on a loopback one-node cluster (started and
# stopped by the bench, as root). Target: at most 5 s extra for ssh and for Slurm.
# Usage: bench/run-launchers.sh [PEOPLE] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${BUILD_DIR:-build}")
people=${1:-200}
rounds=${2:-3}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/masklens/bench-launchers-$people
[ -f "$cache/data/train/train.csv" ] || "$build/cli/masklens-cli" synth --out "$cache/data" --people "$people" --eval-people 0 --force >/dev/null
"$build/bench/bench_launchers" "$build/cli/masklens-cli" "$build/model/masklens-train" \
  "$cache/data" "$cache/cache" "$rounds"
