import { Deployment } from 'kubernetes-models/apps/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Service, type IProbe } from 'kubernetes-models/v1';
import {
  ALLOWED_CLIENTS,
  DEPLOY,
  subgraphHost,
  TERMINATION_GRACE_SECONDS,
} from './deploySettings.ts';
import {
  CONTAINER_SECURITY,
  fromSecret,
  partLabels,
  plain,
  POD_SECURITY,
  SCRATCH_MOUNTS,
  SCRATCH_VOLUMES,
  secretVolume,
  spreadOverNodes,
  TLS_DIR,
  TLS_FILES,
} from './podParts.ts';

/** The operations client certificate (`dost-ops`) the probe presents. */
const OPS_TLS_DIR = '/etc/dost/ops-tls';

/** The Deployment's name and the label NetworkPolicies select a subgraph by. */
export function subgraphPart(name: string): string {
  return `dost-subgraph-${name}`;
}

/**
 * Its /healthz and /readyz answer only over mutual TLS, which the kubelet's httpGet cannot do:
 * the pod probes itself with deploy/probe.mjs and the operations client certificate.
 */
function probe(
  name: string,
  port: number,
  path: '/healthz' | '/readyz',
  periodSeconds: number,
): IProbe {
  return {
    exec: {
      command: [
        'node',
        '/srv/dost/deploy/probe.mjs',
        `https://127.0.0.1:${port}${path}`,
        subgraphHost(name),
        `${TLS_DIR}/ca.crt`,
        `${OPS_TLS_DIR}/tls.crt`,
        `${OPS_TLS_DIR}/tls.key`,
      ],
    },
    periodSeconds,
    timeoutSeconds: 3,
    failureThreshold: 3,
  };
}

/**
 * One registry subgraph: its own Deployment, Service and disruption budget, its own database
 * (a Secret's URL), its own call key to check forwarded identities, and its server
 * certificate for mutual TLS. Each scales on its own: its database is the limit, not its CPU.
 */
export function subgraphManifests({
  name,
  port,
}: {
  readonly name: string;
  readonly port: number;
}): (Deployment | Service | PodDisruptionBudget)[] {
  const part = subgraphPart(name);
  const labels = { ...partLabels(part), 'dost.gov.az/role': 'subgraph' };
  const metadata = { name: part, namespace: DEPLOY.namespace, labels };
  const upper = name.toUpperCase();
  const deployment = new Deployment({
    metadata,
    spec: {
      replicas: DEPLOY.subgraphReplicas,
      selector: { matchLabels: partLabels(part) },
      template: {
        metadata: { labels },
        spec: {
          securityContext: POD_SECURITY,
          automountServiceAccountToken: false,
          terminationGracePeriodSeconds: TERMINATION_GRACE_SECONDS,
          topologySpreadConstraints: spreadOverNodes(part),
          containers: [
            {
              name,
              image: DEPLOY.image,
              args: ['subgraph', name],
              ports: [{ name: 'https', containerPort: port }],
              env: [
                plain('NODE_ENV', 'production'),
                plain('DOST_HOST', '0.0.0.0'),
                plain(`DOST_${upper}_PORT`, String(port)),
                plain(`DOST_${upper}_URL`, `https://${subgraphHost(name)}:${port}/graphql`),
                plain('DOST_TLS_ALLOWED_CLIENTS', ALLOWED_CLIENTS.join(',')),
                fromSecret(`DOST_DB_URL_${upper}`, `dost-db-${name}`, 'url'),
                // Its own call key alone: a Secret per subgraph, so no pod can read another's.
                fromSecret('DOST_INTERNAL_CALL_KEY', `dost-call-key-${name}`, 'key'),
                ...TLS_FILES,
              ],
              resources: {
                requests: { cpu: '250m', memory: '256Mi' },
                limits: { memory: '512Mi' },
              },
              startupProbe: { ...probe(name, port, '/healthz', 2), failureThreshold: 30 },
              livenessProbe: probe(name, port, '/healthz', 10),
              readinessProbe: probe(name, port, '/readyz', 5),
              lifecycle: { preStop: { sleep: { seconds: DEPLOY.preStopSeconds } } },
              securityContext: CONTAINER_SECURITY,
              volumeMounts: [
                ...SCRATCH_MOUNTS,
                { name: 'tls', mountPath: TLS_DIR, readOnly: true },
                { name: 'ops-tls', mountPath: OPS_TLS_DIR, readOnly: true },
              ],
            },
          ],
          volumes: [
            ...SCRATCH_VOLUMES,
            secretVolume('tls', `dost-tls-${name}`),
            secretVolume('ops-tls', 'dost-tls-ops'),
          ],
        },
      },
    },
  });
  // Named as the gateway calls it (<name>.dost.svc), the name its server certificate carries.
  const service = new Service({
    metadata: { ...metadata, name },
    spec: { selector: partLabels(part), ports: [{ name: 'https', port, targetPort: 'https' }] },
  });
  const budget = new PodDisruptionBudget({
    metadata,
    spec: { maxUnavailable: 1, selector: { matchLabels: partLabels(part) } },
  });
  return [deployment, service, budget];
}
