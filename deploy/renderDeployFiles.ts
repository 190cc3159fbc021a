import { format, resolveConfig } from 'prettier';
import { buildDashboard } from './grafana/buildDashboard.ts';
import { allManifests, renderYaml } from './k8s/renderManifests.ts';

/**
 * Every generated file under deploy/, by its path from the repository root, formatted as
 * `prettier --check` expects: the Kubernetes manifests and the Grafana dashboard.
 */
export async function renderDeployFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const [file, manifests] of Object.entries(allManifests())) {
    files[`deploy/k8s/rendered/${file}`] = renderYaml(manifests);
  }
  files['deploy/grafana/dost-one-window.json'] = JSON.stringify(buildDashboard());
  const formatted: Record<string, string> = {};
  for (const [path, text] of Object.entries(files)) {
    const options = (await resolveConfig(path)) ?? {};
    formatted[path] = await format(text, { ...options, filepath: path });
  }
  return formatted;
}
