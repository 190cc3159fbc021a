import { main } from '@dost/conformance/cli';
import { readEnv } from '@dost/platform/env.ts';
import { finFromIndex } from '../seed/synthetic/finFromIndex.ts';
import { MANY_KEYS } from '@dost/conformance';

// npm run agency:conformance -- --url <subgraph-url> [options]: the package's dost-conformance,
// with one default only this repository can give: the development seed's first citizens
// (DOST_SEED, as `npm start` wrote them; the first five are the demo citizens).
const { seed, seedCitizens } = readEnv();
process.exitCode = await main(process.argv.slice(2), {
  defaultFins: () =>
    Array.from({ length: Math.min(MANY_KEYS, seedCitizens) }, (_, index) =>
      finFromIndex(index, seed),
    ),
});
