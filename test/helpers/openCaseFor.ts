import type { RunningSystem } from './startSystem.ts';

const OPEN = `mutation OpenForRead($input: OpenCaseInput!) { openCase(input: $input) { reference } }`;

let opened = 0;

/**
 * Opens a case for `fin` at the operator's centre through the gateway, as a window does, and
 * resolves the purpose that operator then cites to read the citizen:
 * `SERVICE_APPLICATION:<reference>`. For tests that read citizens other than the demo ones
 * (whose seeded cases caseOf names).
 */
export async function openCaseFor(
  system: Pick<RunningSystem, 'query'>,
  operatorToken: string,
  fin: string,
  serviceCode = 'REF-01',
): Promise<string> {
  opened += 1;
  const result = await system.query<{ openCase: { reference: string } }>(OPEN, {
    token: operatorToken,
    // Writes are not bound to a case: this one opens the case the reads will cite.
    headers: { 'x-dost-purpose': 'SERVICE_APPLICATION:APP-OPENING' },
    variables: {
      input: {
        idempotencyKey: `open-for-read-${String(process.pid)}-${String(opened)}`,
        fin,
        serviceCode,
      },
    },
  });
  const reference = result.data?.openCase.reference;
  if (reference === undefined) {
    throw new Error(`could not open a case for ${fin}: ${JSON.stringify(result.errors)}`);
  }
  return `SERVICE_APPLICATION:${reference}`;
}
