import { Namespace } from 'kubernetes-models/v1';
import { DEPLOY } from './deploySettings.ts';

/**
 * The window's namespace, with the Pod Security "restricted" standard enforced: the API server
 * itself then refuses a pod that could run as root or escalate, whatever a later edit says.
 */
export function namespaceManifest(): Namespace {
  return new Namespace({
    metadata: {
      name: DEPLOY.namespace,
      labels: {
        'pod-security.kubernetes.io/enforce': 'restricted',
        'pod-security.kubernetes.io/enforce-version': 'latest',
      },
    },
  });
}
