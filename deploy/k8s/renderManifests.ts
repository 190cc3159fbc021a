import { stringify } from 'yaml';
import { gatewayManifests } from './gatewayManifests.ts';
import { DEPLOY } from './deploySettings.ts';
import { namespaceManifest } from './namespaceManifest.ts';
import { networkPolicies } from './networkPolicies.ts';
import { registryManifests } from './registryManifests.ts';
import { subgraphManifests } from './subgraphManifests.ts';

/** Any kubernetes-models object: validates against its schema and serialises as the API reads it. */
export interface Manifest {
  readonly apiVersion: string;
  readonly kind: string;
  validate(): void;
  toJSON(): unknown;
}

/** Every manifest of the window, by the file it is rendered to in deploy/k8s/rendered/. */
export function allManifests(): Record<string, readonly Manifest[]> {
  return {
    'namespace.yaml': [namespaceManifest()],
    'gateway.yaml': gatewayManifests(),
    ...Object.fromEntries(
      DEPLOY.subgraphs.map((listing) => [
        `subgraph-${listing.name}.yaml`,
        subgraphManifests(listing),
      ]),
    ),
    'schema-registry.yaml': registryManifests(),
    'network-policies.yaml': networkPolicies(),
  };
}

const HEADER =
  '# Rendered by `npm run deploy:render` from deploy/k8s/*.ts: edit those, not this file.\n';

/** One multi-document YAML file, each object validated first. */
export function renderYaml(manifests: readonly Manifest[]): string {
  return (
    HEADER +
    manifests
      .map((manifest) => {
        manifest.validate();
        return stringify(manifest.toJSON(), { lineWidth: 0 });
      })
      .join('---\n')
  );
}
