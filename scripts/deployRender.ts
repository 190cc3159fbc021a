import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDeployFiles } from '../deploy/renderDeployFiles.ts';

// `npm run deploy:render`: writes deploy/k8s/rendered/*.yaml and the Grafana dashboard from
// deploy/**/*.ts (test/unit/deployManifests.test.ts fails while the committed files differ).
const root = fileURLToPath(new URL('..', import.meta.url));
for (const [path, text] of Object.entries(await renderDeployFiles())) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
  console.log(`Wrote ${path}`);
}
