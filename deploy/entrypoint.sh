#!/bin/sh
# Chooses the process this container runs. `exec` makes node PID 1's direct replacement, so
# SIGTERM from Kubernetes reaches its onShutdown handler and the drain runs.
set -eu
cd /srv/dost
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
