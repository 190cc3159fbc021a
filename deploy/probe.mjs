// Kubernetes probe for a subgraph: its /healthz and /readyz are served over mutual TLS only, and
// the kubelet's httpGet probe presents no client certificate, so the pod asks itself with the
// operations client certificate instead. Plain node (no tsx): a probe runs every few seconds.
//   node deploy/probe.mjs <url> <servername> <ca file> <cert file> <key file>
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import process from 'node:process';

const [url, servername, caFile, certFile, keyFile] = process.argv.slice(2);
if (keyFile === undefined) {
  process.stderr.write('usage: probe.mjs <url> <servername> <ca> <cert> <key>\n');
  process.exit(2);
}
const probe = request(url, {
  servername,
  ca: readFileSync(caFile),
  cert: readFileSync(certFile),
  key: readFileSync(keyFile),
  timeout: 2_000,
});
probe.on('response', (response) => {
  response.resume();
  process.exit(response.statusCode === 200 ? 0 : 1);
});
probe.on('timeout', () => probe.destroy(new Error('probe timed out')));
probe.on('error', (error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
probe.end();
