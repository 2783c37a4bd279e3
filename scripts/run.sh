#!/usr/bin/env bash
# README command 1: install what is missing, then serve the app on http://127.0.0.1:8080/
# (a development build that rebuilds when files change). Stop it with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
echo "Serving the Local Therapy Decision Aid on http://127.0.0.1:${PORT:-8080}/"
exec trunk serve --address 127.0.0.1 --port "${PORT:-8080}" "$@"
