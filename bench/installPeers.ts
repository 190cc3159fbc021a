import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The gateways the bench compares with, (d) and (f), live in bench/package.json, apart from the
// project's install: `npm run bench` installs them here on first use, and again whenever
// bench/package-lock.json is newer than the install (npm ci writes its own lock copy).
const bench = fileURLToPath(new URL('.', import.meta.url));
const lock = `${bench}package-lock.json`;
const installed = `${bench}node_modules/.package-lock.json`;
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.log('Installing the bench peers (bench/package.json) …');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', bench], { stdio: 'inherit' });
}
