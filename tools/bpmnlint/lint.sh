#!/usr/bin/env bash
# Lints every BPMN in processes/ with the rules Camunda Modeler applies (bpmnlint:recommended and Camunda 7.24
# compatibility). Run by `mvn verify`; needs Node.js and npm (the npm registry), and fails without them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
command -v npm >/dev/null || { echo "ERROR: npm not found: Node.js 18+ is needed to lint the BPMN files" >&2; exit 1; }
if [[ ! -x "$here/node_modules/.bin/bpmnlint" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
shopt -s nullglob
models=("$root"/processes/*.bpmn)
if (( ${#models[@]} == 0 )); then
  echo "bpmnlint: no BPMN files in processes/"
  exit 0
fi
cd "$here"
./node_modules/.bin/bpmnlint --config .bpmnlintrc "${models[@]}"
echo "bpmnlint: ${#models[@]} model(s) clean"
