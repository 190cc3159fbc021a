#!/bin/sh
# Chooses the process this container runs. `exec` replaces the shell with node, so node is
# PID 1 and Kubernetes' SIGTERM reaches its onShutdown handler: the drain runs. Each process is
# its esbuild bundle (npm run build, at image time): plain JavaScript, no compiler at run time.
set -eu
# The application root (/srv/dost in the image): this script lives in its deploy/.
cd "$(dirname "$0")/.."
case "${1:-}" in
  gateway) exec node dist/gateway.js ;;
  subgraph)
    if [ -z "${2:-}" ]; then echo "usage: subgraph <name>" >&2; exit 2; fi
    exec node dist/subgraph.js "$2" ;;
  registry) exec node dist/registry.js ;;
  *)
    echo "usage: gateway | subgraph <name> | registry" >&2
    exit 2 ;;
esac
