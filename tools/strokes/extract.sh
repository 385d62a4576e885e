#!/usr/bin/env bash
# Regenerates src/main/resources/congress/strokes.txt from the npm package cnchar-order (MIT).
# Needs node and npm with access to the npm registry; the package is unpacked in a temporary folder, never committed.
set -euo pipefail
VERSION="${CNCHAR_ORDER_VERSION:-3.2.6}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "cnchar-order@$VERSION" >/dev/null && tar xzf "cnchar-order-$VERSION.tgz")
node "$HERE/extract.js" "$WORK/package" "$ROOT/src/main/resources/congress/strokes.txt"
