import { readFileSync } from 'node:fs';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { NetworkPolicy, type INetworkPolicyPeer } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Namespace, Service, type IContainer, type IProbe } from 'kubernetes-models/v1';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { readEnv } from '@dost/platform/env.ts';
import { SUBGRAPH_LIST } from '@dost/platform/subgraphList.ts';
import { DEPLOY, TERMINATION_GRACE_SECONDS } from '../../deploy/k8s/deploySettings.ts';
import { renderDeployFiles } from '../../deploy/renderDeployFiles.ts';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

/** The committed YAML, each document rebuilt as its kubernetes-models class (which validates). */
const MODELS = {
  'v1/Namespace': Namespace,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
} as const;
type Model = InstanceType<(typeof MODELS)[keyof typeof MODELS]>;

const rendered = await renderDeployFiles();
const manifestFiles = Object.keys(rendered).filter((path) => path.endsWith('.yaml'));

function committedManifests(): Model[] {
  return manifestFiles.flatMap((path) =>
    parseAllDocuments(read(path)).map((document) => {
      const json = document.toJS() as { apiVersion: string; kind: string };
      const key = `${json.apiVersion}/${json.kind}`;
      if (!(key in MODELS)) throw new Error(`${path}: no model for ${key}`);
      return new MODELS[key as keyof typeof MODELS](json as never);
    }),
  );
}

const manifests = committedManifests();
const ofKind = <T extends Model>(model: new (...args: never[]) => T): T[] =>
  manifests.filter((m): m is T => m instanceof model);
const deployments = ofKind(Deployment);
const policies = ofKind(NetworkPolicy);
const deploymentNamed = (name: string): Deployment => {
  const found = deployments.find((d) => d.metadata?.name === name);
  if (found === undefined) throw new Error(`no Deployment ${name}`);
  return found;
};
const containerOf = (deployment: Deployment): IContainer => {
  const [container] = deployment.spec?.template.spec?.containers ?? [];
  if (container === undefined) throw new Error('no container');
  return container;
};

/** The path a probe asks for, whether the kubelet's httpGet or deploy/probe.mjs (exec). */
function probePath(probe: IProbe | undefined): string | undefined {
  if (probe?.httpGet !== undefined) return probe.httpGet.path;
  const url = probe?.exec?.command?.find((arg) => arg.startsWith('https://'));
  return url === undefined ? undefined : new URL(url).pathname;
}

describe('Kubernetes manifests (deploy/k8s)', () => {
  it('are committed as deploy/k8s/*.ts renders them (npm run deploy:render)', () => {
    for (const [path, text] of Object.entries(rendered)) expect(read(path), path).toBe(text);
  });

  it('validate against the Kubernetes schemas, every document of every file', () => {
    expect(manifests.length).toBeGreaterThan(20);
    for (const manifest of manifests) expect(() => manifest.validate()).not.toThrow();
  });

  it('catch an invalid manifest (the validation is not vacuous)', () => {
    const broken = new Deployment({
      metadata: { name: 'x' },
      spec: { replicas: 'three' as unknown as number, selector: {}, template: {} },
    });
    expect(() => broken.validate()).toThrow();
  });

  it('run every pod as the non-root image user, read-only, without privileges', () => {
    const dockerUser = /^USER (\d+):/m.exec(read('deploy/Dockerfile'))?.[1];
    expect(Number(dockerUser)).toBe(DEPLOY.uid);
    expect(deployments).toHaveLength(SUBGRAPH_LIST.length + 2);
    for (const deployment of deployments) {
      const pod = deployment.spec?.template.spec;
      expect(pod?.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: DEPLOY.uid });
      expect(pod?.automountServiceAccountToken).toBe(false);
      for (const container of pod?.containers ?? []) {
        expect(container.securityContext).toMatchObject({
          runAsNonRoot: true,
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
        });
      }
    }
    const namespace = ofKind(Namespace)[0];
    expect(namespace?.metadata?.labels?.['pod-security.kubernetes.io/enforce']).toBe('restricted');
  });

  it('probe liveness on /healthz and readiness on /readyz (the registry serves /healthz only)', () => {
    for (const deployment of deployments) {
      const container = containerOf(deployment);
      expect(probePath(container.livenessProbe)).toBe('/healthz');
      const ready = deployment.metadata?.name === 'dost-schema-registry' ? '/healthz' : '/readyz';
      expect(probePath(container.readinessProbe)).toBe(ready);
    }
  });

  it('give a pod longer to stop than preStop plus the drain of listen()', () => {
    const listenDefault = /drainTimeout = ([\d_]+)/.exec(read('packages/platform/src/listen.ts'));
    expect(Number(listenDefault?.[1]?.replaceAll('_', ''))).toBe(DEPLOY.drainSeconds * 1_000);
    for (const deployment of deployments) {
      const grace = deployment.spec?.template.spec?.terminationGracePeriodSeconds ?? 30;
      expect(grace).toBe(TERMINATION_GRACE_SECONDS);
      expect(grace).toBeGreaterThan(DEPLOY.drainSeconds + DEPLOY.preStopSeconds);
    }
  });

  it('scale the gateway on CPU with a disruption budget', () => {
    const gateway = deploymentNamed('dost-gateway');
    expect(gateway.spec?.replicas).toBeGreaterThanOrEqual(2);
    const [autoscaler] = ofKind(HorizontalPodAutoscaler);
    expect(autoscaler?.spec?.scaleTargetRef).toMatchObject({
      kind: 'Deployment',
      name: 'dost-gateway',
    });
    expect(autoscaler?.spec?.metrics?.[0]?.resource?.name).toBe('cpu');
    expect(containerOf(gateway).resources?.requests?.['cpu']).toBeDefined();
    const budget = ofKind(PodDisruptionBudget).find((b) => b.metadata?.name === 'dost-gateway');
    expect(budget?.spec?.selector?.matchLabels).toEqual(gateway.spec?.selector.matchLabels);
  });

  it('take every key, database URL and certificate from Secrets', () => {
    const sensitive = /KEY|SECRET|DB_URL|REDIS|WITNESS|JWKS$/;
    for (const deployment of deployments) {
      for (const variable of containerOf(deployment).env ?? []) {
        if (!sensitive.test(variable.name) || variable.name === 'DOST_REDIS_KEY_PREFIX') continue;
        // DOST_JWKS and DOST_TLS_*_FILE name files mounted from Secrets.
        if (variable.value?.startsWith('/etc/dost/') === true) continue;
        expect(variable.valueFrom?.secretKeyRef, variable.name).toBeDefined();
      }
      for (const volume of deployment.spec?.template.spec?.volumes ?? []) {
        expect(volume.secret ?? volume.emptyDir, volume.name).toBeDefined();
      }
    }
  });

  it('give each subgraph its own call key, and the internal secret to the gateway alone', () => {
    const secretOf = (deployment: Deployment, name: string) =>
      (containerOf(deployment).env ?? []).find((variable) => variable.name === name)?.valueFrom
        ?.secretKeyRef;
    for (const deployment of deployments) {
      const part = deployment.metadata?.name ?? '';
      const secret = secretOf(deployment, 'DOST_INTERNAL_SECRET');
      if (part === 'dost-gateway')
        expect(secret).toEqual({ name: 'dost-internal-secret', key: 'secret' });
      else expect(secret, part).toBeUndefined();
    }
    const callKeySecrets = new Set<string>();
    for (const { name } of SUBGRAPH_LIST) {
      const ref = secretOf(deploymentNamed(`dost-subgraph-${name}`), 'DOST_INTERNAL_CALL_KEY');
      expect(ref).toEqual({ name: `dost-call-key-${name}`, key: 'key' });
      callKeySecrets.add(ref?.name ?? '');
    }
    expect(callKeySecrets.size).toBe(SUBGRAPH_LIST.length);
  });

  it('give each process an environment readEnv accepts in production, as it expects', () => {
    // A stand-in for each Secret's value, of the form the variable takes.
    const secretValue = (secret: string, key: string): string => {
      if (key.endsWith('.jwk')) return '{"kty":"EC"}';
      if (secret === 'dost-redis') return 'redis://redis.example:6379';
      return `mysql://dost:secret@db.example:3306/${secret.replaceAll('-', '_')}`;
    };
    const envOf = (deployment: Deployment): Record<string, string> =>
      Object.fromEntries(
        (containerOf(deployment).env ?? []).map((variable) => {
          const ref = variable.valueFrom?.secretKeyRef;
          const value = ref === undefined ? variable.value : secretValue(ref.name ?? '', ref.key);
          return [variable.name, value ?? ''];
        }),
      );
    const gateway = readEnv(envOf(deploymentNamed('dost-gateway')));
    expect(gateway.nodeEnv).toBe('production');
    expect(gateway.metricsPort).toBe(DEPLOY.gateway.metricsPort);
    expect(gateway.redisUrl).toBeDefined();
    expect(gateway.auditCheckpoints.witness.kind).not.toBe('file');
    for (const { name, port } of SUBGRAPH_LIST) {
      expect(gateway.subgraphUrls[name]).toBe(
        `https://${name}.${DEPLOY.namespace}.svc:${String(port)}/graphql`,
      );
      const subgraph = readEnv(envOf(deploymentNamed(`dost-subgraph-${name}`)));
      expect(subgraph.subgraphPorts[name]).toBe(port);
      expect(subgraph.dbUrls[name]).toMatch(/^mysql:/);
      expect(subgraph.tlsAllowedClients).toEqual(['dost-gateway', 'dost-ops']);
    }
    const registry = readEnv(envOf(deploymentNamed('dost-schema-registry')));
    expect(registry.schemaRegistry?.port).toBe(DEPLOY.registry.port);
  });

  it('run the entrypoint command each Deployment names', () => {
    const entrypoint = read('deploy/entrypoint.sh');
    for (const deployment of deployments) {
      const [command] = containerOf(deployment).args ?? [];
      expect(entrypoint).toContain(`  ${String(command)})`);
    }
  });

  it('deny all ingress, then let only the gateway (and the scraper) reach each subgraph', () => {
    const denyAll = policies.find((p) => p.metadata?.name === 'default-deny-ingress');
    expect(denyAll?.spec?.podSelector).toEqual({});
    expect(denyAll?.spec?.ingress).toBeUndefined();
    const gatewayLabels = deploymentNamed('dost-gateway').spec?.template.metadata?.labels ?? {};
    for (const { name, port } of SUBGRAPH_LIST) {
      const deployment = deploymentNamed(`dost-subgraph-${name}`);
      const podLabels = deployment.spec?.template.metadata?.labels ?? {};
      const selecting = policies.filter((p) => {
        const wanted = p.spec?.podSelector?.matchLabels ?? {};
        return (
          Object.keys(wanted).length > 0 &&
          Object.entries(wanted).every(([k, v]) => podLabels[k] === v)
        );
      });
      expect(selecting, name).toHaveLength(1);
      const rules = selecting[0]?.spec?.ingress ?? [];
      expect(rules, name).toHaveLength(1);
      expect(rules[0]?.ports).toEqual([{ protocol: 'TCP', port }]);
      const peers: INetworkPolicyPeer[] = rules[0]?.from ?? [];
      const gatewayPeer = peers.filter((peer) => peer.namespaceSelector === undefined);
      expect(gatewayPeer).toEqual([{ podSelector: { matchLabels: expect.objectContaining({}) } }]);
      const selected = gatewayPeer[0]?.podSelector?.matchLabels ?? {};
      expect(Object.entries(selected).every(([k, v]) => gatewayLabels[k] === v)).toBe(true);
      // The other peer is the monitoring namespace's Prometheus, never a whole namespace.
      for (const peer of peers.filter((p) => p.namespaceSelector !== undefined)) {
        expect(peer.namespaceSelector?.matchLabels).toEqual({
          'kubernetes.io/metadata.name': DEPLOY.monitoringNamespace,
        });
        expect(peer.podSelector?.matchLabels).toEqual({ 'app.kubernetes.io/name': 'prometheus' });
      }
      // The gateway calls the Service by the name its server certificate carries.
      const service = ofKind(Service).find((s) => s.metadata?.name === name);
      expect(service?.spec?.selector).toEqual(deployment.spec?.selector.matchLabels);
    }
  });

  it("let only the scraper reach the gateway's metrics port", () => {
    const gatewayPolicy = policies.find((p) => p.metadata?.name === 'dost-gateway');
    const metricsRules = (gatewayPolicy?.spec?.ingress ?? []).filter((rule) =>
      rule.ports?.some((p) => p.port === DEPLOY.gateway.metricsPort),
    );
    expect(metricsRules).toHaveLength(1);
    expect(metricsRules[0]?.from?.[0]?.podSelector?.matchLabels).toEqual({
      'app.kubernetes.io/name': 'prometheus',
    });
  });
});
