import { SUBGRAPH_LIST } from '@dost/platform/subgraphList.ts';

/**
 * What the rendered manifests are made of: one place to change a replica count, a port or the
 * image. Ports and subgraph names come from the one list (`SUBGRAPH_LIST`), as for `npm start`.
 */
export const DEPLOY = {
  namespace: 'dost',
  image: 'registry.dost.gov.az/dost-one-window:0.1.0',
  /** The image's fixed non-root user (deploy/Dockerfile). */
  uid: 10001,
  gateway: {
    port: 4000,
    metricsPort: 9464,
    replicas: 3,
    maxReplicas: 12,
    cpuTargetPercent: 70,
  },
  subgraphs: SUBGRAPH_LIST,
  subgraphReplicas: 2,
  registry: { port: 4010, replicas: 1 },
  /** Where the cluster's ingress controller and Prometheus run (NetworkPolicy peers). */
  ingressNamespace: 'ingress-nginx',
  monitoringNamespace: 'monitoring',
  /**
   * `listen()`'s default drainTimeout (packages/platform/src/listen.ts): busy connections are
   * cut this long after SIGTERM. A test checks the two agree.
   */
  drainSeconds: 10,
  /** Sleep before SIGTERM so that Services stop routing to the pod before it stops accepting. */
  preStopSeconds: 5,
  /** After the drain: the gateway's final audit flush, checkpoint and witness write. */
  closeSeconds: 10,
} as const;

/** preStop, drain, close: the pod is killed only after all three could have run. */
export const TERMINATION_GRACE_SECONDS =
  DEPLOY.preStopSeconds + DEPLOY.drainSeconds + DEPLOY.closeSeconds;

/** The host name a subgraph's server certificate must carry (the gateway checks it). */
export function subgraphHost(name: string): string {
  return `${name}.${DEPLOY.namespace}.svc`;
}

/** The client certificate names a subgraph answers: the gateway, and the probe and scraper. */
export const ALLOWED_CLIENTS = ['dost-gateway', 'dost-ops'] as const;
