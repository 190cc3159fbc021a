import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateClients } from './codegen/generateClients.ts';

// `npm run codegen`: clients/schema.graphql (the gateway's API schema), then the typed
// documents and the trusted-document manifest in clients/generated/, from
// clients/operations/*.graphql. Commit the output; a test fails while it is stale.
const root = new URL('../', import.meta.url);
for (const file of await generateClients()) {
  const target = fileURLToPath(new URL(file.path, root));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.content);
  console.log(`Wrote ${file.path}`);
}
