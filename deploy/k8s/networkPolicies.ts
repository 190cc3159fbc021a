import { NetworkPolicy, type INetworkPolicyPeer } from 'kubernetes-models/networking.k8s.io/v1';
import { DEPLOY } from './deploySettings.ts';
import { partLabels } from './podParts.ts';
import { REGISTRY_PART } from './registryManifests.ts';
import { subgraphPart } from './subgraphManifests.ts';

const GATEWAY_PODS: INetworkPolicyPeer = {
  podSelector: { matchLabels: partLabels('dost-gateway') },
};

function namespacePeer(namespace: string): INetworkPolicyPeer {
  return {
    namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': namespace } },
  };
}

/** The Prometheus pods of the monitoring namespace: the only scraper of metrics ports. */
export const SCRAPER: INetworkPolicyPeer = {
  ...namespacePeer(DEPLOY.monitoringNamespace),
  podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } },
};

function policy(
  name: string,
  podLabels: Record<string, string>,
  ingress: NetworkPolicy['spec'],
): NetworkPolicy {
  return new NetworkPolicy({
    metadata: { name, namespace: DEPLOY.namespace },
    spec: { ...ingress, podSelector: { matchLabels: podLabels }, policyTypes: ['Ingress'] },
  });
}

/**
 * Ingress is denied to every pod of the namespace, then opened per part: the ingress controller
 * reaches the gateway's public port and the registry service; only the gateway reaches a
 * subgraph (and the scraper, whose `dost-ops` certificate has no gateway-signed identity, so it
 * reads /healthz, /readyz and /metrics and nothing else); only the scraper reaches the
 * gateway's metrics port.
 */
export function networkPolicies(): NetworkPolicy[] {
  const denyAll = new NetworkPolicy({
    metadata: { name: 'default-deny-ingress', namespace: DEPLOY.namespace },
    spec: { podSelector: {}, policyTypes: ['Ingress'] },
  });
  const gateway = policy('dost-gateway', partLabels('dost-gateway'), {
    podSelector: {},
    ingress: [
      {
        from: [namespacePeer(DEPLOY.ingressNamespace)],
        ports: [{ protocol: 'TCP', port: DEPLOY.gateway.port }],
      },
      { from: [SCRAPER], ports: [{ protocol: 'TCP', port: DEPLOY.gateway.metricsPort }] },
    ],
  });
  const subgraphs = DEPLOY.subgraphs.map(({ name, port }) =>
    policy(subgraphPart(name), partLabels(subgraphPart(name)), {
      podSelector: {},
      ingress: [{ from: [GATEWAY_PODS, SCRAPER], ports: [{ protocol: 'TCP', port }] }],
    }),
  );
  const registry = policy(REGISTRY_PART, partLabels(REGISTRY_PART), {
    podSelector: {},
    ingress: [
      {
        from: [namespacePeer(DEPLOY.ingressNamespace)],
        ports: [{ protocol: 'TCP', port: DEPLOY.registry.port }],
      },
    ],
  });
  return [denyAll, gateway, ...subgraphs, registry];
}
