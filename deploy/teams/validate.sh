#!/usr/bin/env bash
# CI check of the Teams app package: installs the pinned validator, then builds and validates the
# package offline with a sample bot id (the real id is filled in at deploy time).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
./package.sh 00000000-0000-4000-8000-000000000000
