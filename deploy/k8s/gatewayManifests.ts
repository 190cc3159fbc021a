import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Service } from 'kubernetes-models/v1';
import { DEPLOY, subgraphHost, TERMINATION_GRACE_SECONDS } from './deploySettings.ts';
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

const GATEWAY = 'dost-gateway';
const JWKS_DIR = '/etc/dost/jwks';

/**
 * The gateway: stateless apart from Redis (rate limits) and the audit database, so it scales
 * out on CPU. Keys come from Secrets: the internal-call secret, the checkpoint key pair, the
 * identity provider's JWKS, its client certificate for mutual TLS, and the database, witness
 * and Redis URLs.
 */
export function gatewayManifests(): (
  Deployment | Service | HorizontalPodAutoscaler | PodDisruptionBudget
)[] {
  const labels = partLabels(GATEWAY);
  const metadata = { name: GATEWAY, namespace: DEPLOY.namespace, labels };
  const { port, metricsPort } = DEPLOY.gateway;
  const deployment = new Deployment({
    metadata,
    spec: {
      replicas: DEPLOY.gateway.replicas,
      selector: { matchLabels: labels },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels },
        spec: {
          securityContext: POD_SECURITY,
          automountServiceAccountToken: false,
          terminationGracePeriodSeconds: TERMINATION_GRACE_SECONDS,
          topologySpreadConstraints: spreadOverNodes(GATEWAY),
          containers: [
            {
              name: 'gateway',
              image: DEPLOY.image,
              args: ['gateway'],
              ports: [
                { name: 'http', containerPort: port },
                { name: 'metrics', containerPort: metricsPort },
              ],
              env: [
                plain('NODE_ENV', 'production'),
                plain('DOST_HOST', '0.0.0.0'),
                plain('DOST_GATEWAY_PORT', String(port)),
                plain('DOST_METRICS_PORT', String(metricsPort)),
                plain('DOST_METRICS_HOST', '0.0.0.0'),
                plain('DOST_FREEFORM_ROLES', 'none'),
                ...DEPLOY.subgraphs.map(({ name, port: subgraphPort }) =>
                  plain(
                    `DOST_${name.toUpperCase()}_URL`,
                    `https://${subgraphHost(name)}:${subgraphPort}/graphql`,
                  ),
                ),
                plain('DOST_JWKS', `${JWKS_DIR}/jwks.json`),
                fromSecret('DOST_INTERNAL_SECRET', 'dost-internal-secret', 'secret'),
                fromSecret('DOST_INTERNAL_PRIVATE_KEY', 'dost-internal-key', 'private.jwk'),
                fromSecret('DOST_INTERNAL_PUBLIC_KEY', 'dost-internal-key', 'public.jwk'),
                fromSecret('DOST_DB_URL_AUDIT', 'dost-db-audit-writer', 'url'),
                fromSecret('DOST_DB_URL_SCHEMA_REGISTRY', 'dost-db-schema-registry', 'url'),
                fromSecret('DOST_AUDIT_WITNESS', 'dost-audit-witness', 'url'),
                fromSecret('DOST_REDIS_URL', 'dost-redis', 'url'),
                ...TLS_FILES,
              ],
              resources: {
                requests: { cpu: '500m', memory: '384Mi' },
                limits: { memory: '768Mi' },
              },
              startupProbe: {
                httpGet: { path: '/healthz', port: 'http' },
                periodSeconds: 2,
                failureThreshold: 30,
              },
              livenessProbe: {
                httpGet: { path: '/healthz', port: 'http' },
                periodSeconds: 10,
                failureThreshold: 3,
              },
              // 503 without a supergraph, a writable audit store or any registry; 200 degraded.
              readinessProbe: {
                httpGet: { path: '/readyz', port: 'http' },
                periodSeconds: 5,
                failureThreshold: 2,
              },
              lifecycle: {
                preStop: { sleep: { seconds: DEPLOY.preStopSeconds } },
              },
              securityContext: CONTAINER_SECURITY,
              volumeMounts: [
                ...SCRATCH_MOUNTS,
                { name: 'tls', mountPath: TLS_DIR, readOnly: true },
                { name: 'jwks', mountPath: JWKS_DIR, readOnly: true },
              ],
            },
          ],
          volumes: [
            ...SCRATCH_VOLUMES,
            secretVolume('tls', 'dost-tls-gateway'),
            secretVolume('jwks', 'dost-client-jwks'),
          ],
        },
      },
    },
  });
  const service = new Service({
    metadata,
    spec: {
      selector: labels,
      ports: [
        { name: 'http', port, targetPort: 'http' },
        { name: 'metrics', port: metricsPort, targetPort: 'metrics' },
      ],
    },
  });
  const autoscaler = new HorizontalPodAutoscaler({
    metadata,
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: GATEWAY },
      minReplicas: DEPLOY.gateway.replicas,
      maxReplicas: DEPLOY.gateway.maxReplicas,
      metrics: [
        {
          type: 'Resource',
          resource: {
            name: 'cpu',
            target: { type: 'Utilization', averageUtilization: DEPLOY.gateway.cpuTargetPercent },
          },
        },
      ],
    },
  });
  // A voluntary disruption (node drain, upgrade) takes one gateway at a time.
  const budget = new PodDisruptionBudget({
    metadata,
    spec: { maxUnavailable: 1, selector: { matchLabels: labels } },
  });
  return [deployment, service, autoscaler, budget];
}
