import { fileURLToPath } from 'node:url';
import { buildDist } from './build/buildDist.ts';

// `npm run build`: bundles the production processes into dist/ (plain JavaScript for node).
// With --if-stale (what `npm start` passes) it builds only when the sources changed.
const root = fileURLToPath(new URL('..', import.meta.url));
const force = !process.argv.includes('--if-stale');
const started = performance.now();
if (await buildDist({ root, force })) {
  console.log(`Built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
