#!/usr/bin/env node
// The package ships TypeScript source, run by tsx with no build step, as @dost/subgraph-kit is.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
