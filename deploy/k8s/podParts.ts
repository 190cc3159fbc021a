import type {
  IContainer,
  IEnvVar,
  IPodSecurityContext,
  IPodSpec,
  IVolume,
} from 'kubernetes-models/v1';
import { DEPLOY } from './deploySettings.ts';

/** The labels that name one part of the window; Services, policies and budgets select on them. */
export function partLabels(part: string): Record<string, string> {
  return { 'app.kubernetes.io/name': part, 'app.kubernetes.io/part-of': 'dost-one-window' };
}

/** Pod level: never root, the runtime's default seccomp profile, no service account token. */
export const POD_SECURITY: IPodSecurityContext = {
  runAsNonRoot: true,
  runAsUser: DEPLOY.uid,
  runAsGroup: DEPLOY.uid,
  fsGroup: DEPLOY.uid,
  seccompProfile: { type: 'RuntimeDefault' },
};

/** Container level: read-only root, no privilege escalation, no capabilities. */
export const CONTAINER_SECURITY: NonNullable<IContainer['securityContext']> = {
  runAsNonRoot: true,
  runAsUser: DEPLOY.uid,
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
};

/**
 * The root file system is read-only: /tmp stays writable scratch for node and its libraries,
 * and DOST_DATA_DIR (unused with MySQL and secrets, but created at start) is scratch.
 */
export const SCRATCH_VOLUMES: IVolume[] = [
  { name: 'tmp', emptyDir: { sizeLimit: '256Mi' } },
  { name: 'data', emptyDir: { sizeLimit: '64Mi' } },
];
export const SCRATCH_MOUNTS: NonNullable<IContainer['volumeMounts']> = [
  { name: 'tmp', mountPath: '/tmp' },
  { name: 'data', mountPath: '/var/lib/dost' },
];

/** A variable whose value is one key of a Secret: key material never sits in a manifest. */
export function fromSecret(name: string, secret: string, key: string): IEnvVar {
  return { name, valueFrom: { secretKeyRef: { name: secret, key } } };
}

/** A plain variable. */
export function plain(name: string, value: string): IEnvVar {
  return { name, value };
}

/** A Secret mounted read-only as files (TLS certificates and keys, the JWKS). */
export function secretVolume(name: string, secret: string): IVolume {
  return { name, secret: { secretName: secret, defaultMode: 0o440 } };
}

/** Where the mutual-TLS files of a process are mounted, as `DOST_TLS_*_FILE` expect them. */
export const TLS_DIR = '/etc/dost/tls';

/** `DOST_TLS_{CA,CERT,KEY}_FILE` for a kubernetes.io/tls Secret holding ca.crt too. */
export const TLS_FILES: IEnvVar[] = [
  plain('DOST_TLS_CA_FILE', `${TLS_DIR}/ca.crt`),
  plain('DOST_TLS_CERT_FILE', `${TLS_DIR}/tls.crt`),
  plain('DOST_TLS_KEY_FILE', `${TLS_DIR}/tls.key`),
];

/** Pods of one Deployment spread over nodes, so that losing a node loses one replica. */
export function spreadOverNodes(part: string): NonNullable<IPodSpec['topologySpreadConstraints']> {
  return [
    {
      maxSkew: 1,
      topologyKey: 'kubernetes.io/hostname',
      whenUnsatisfiable: 'ScheduleAnyway',
      labelSelector: { matchLabels: partLabels(part) },
    },
  ];
}
