import { Deployment } from 'kubernetes-models/apps/v1';
import { Service, type IProbe } from 'kubernetes-models/v1';
import { DEPLOY, TERMINATION_GRACE_SECONDS } from './deploySettings.ts';
import {
  CONTAINER_SECURITY,
  fromSecret,
  partLabels,
  plain,
  POD_SECURITY,
  SCRATCH_MOUNTS,
  SCRATCH_VOLUMES,
} from './podParts.ts';

export const REGISTRY_PART = 'dost-schema-registry';

/**
 * The schema registry's HTTP service, where agencies' CI checks and publishes (`dost-schema`).
 * Gateways do not call it: they read its database. One replica is enough; its database holds
 * the state, so a second one only adds availability for publishing.
 */
export function registryManifests(): (Deployment | Service)[] {
  const labels = partLabels(REGISTRY_PART);
  const metadata = { name: REGISTRY_PART, namespace: DEPLOY.namespace, labels };
  const { port } = DEPLOY.registry;
  // It serves /healthz only: there is no readiness beyond the process answering.
  const health = (periodSeconds: number): IProbe => ({
    httpGet: { path: '/healthz', port: 'http' },
    periodSeconds,
    failureThreshold: 3,
  });
  const deployment = new Deployment({
    metadata,
    spec: {
      replicas: DEPLOY.registry.replicas,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          securityContext: POD_SECURITY,
          automountServiceAccountToken: false,
          terminationGracePeriodSeconds: TERMINATION_GRACE_SECONDS,
          containers: [
            {
              name: 'registry',
              image: DEPLOY.image,
              args: ['registry'],
              ports: [{ name: 'http', containerPort: port }],
              env: [
                plain('NODE_ENV', 'production'),
                plain('DOST_HOST', '0.0.0.0'),
                plain('DOST_REGISTRY_PORT', String(port)),
                fromSecret('DOST_DB_URL_SCHEMA_REGISTRY', 'dost-db-schema-registry', 'url'),
                fromSecret('DOST_REGISTRY_PUBLIC_KEY', 'dost-registry-key', 'public.jwk'),
              ],
              resources: {
                requests: { cpu: '100m', memory: '256Mi' },
                limits: { memory: '512Mi' },
              },
              livenessProbe: health(10),
              readinessProbe: health(5),
              securityContext: CONTAINER_SECURITY,
              volumeMounts: SCRATCH_MOUNTS,
            },
          ],
          volumes: SCRATCH_VOLUMES,
        },
      },
    },
  });
  const service = new Service({
    metadata,
    spec: { selector: labels, ports: [{ name: 'http', port, targetPort: 'http' }] },
  });
  return [deployment, service];
}
