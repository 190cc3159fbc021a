#!/bin/sh
# Chooses the process this container runs. `exec` replaces the shell with node, so node is
# PID 1 and Kubernetes' SIGTERM reaches its onShutdown handler: the drain runs.
set -eu
# The application root (/srv/dost in the image): this script lives in its deploy/.
cd "$(dirname "$0")/.."
case "${1:-}" in
  gateway) exec node --import tsx gateway/index.ts ;;
  subgraph)
    if [ -z "${2:-}" ]; then echo "usage: subgraph <name>" >&2; exit 2; fi
    exec node --import tsx subgraphs/index.ts "$2" ;;
  registry) exec node --import tsx registry/index.ts ;;
  *)
    echo "usage: gateway | subgraph <name> | registry" >&2
    exit 2 ;;
esac
