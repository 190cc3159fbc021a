import { readFileSync } from 'node:fs';
import { parseManifestJson } from '../gateway/documents/loadManifest.ts';
import type { ScenarioId } from './benchSettings.ts';
import type { Scenario } from './scenarios.ts';

const NOT_GATEWAY_A =
  "trusted documents by id are this gateway's own; the others would parse the text anyway";

/**
 * `scenario` sent as a trusted document id instead of its text: the committed manifest's
 * document for `operationName` (clients/operations), which the gateway prepared at load, so
 * the gateway's CPU per request shows what parse, validation and planning cost beside it.
 */
export function sentById(scenario: Scenario, id: ScenarioId, operationName: string): Scenario {
  const manifest = parseManifestJson(
    readFileSync(new URL('../clients/generated/persisted-documents.json', import.meta.url), 'utf8'),
  );
  const found = Object.entries(manifest).find(([, text]) =>
    new RegExp(`\\bquery ${operationName}\\b`).test(text),
  );
  if (found === undefined) {
    throw new Error(`No ${operationName} in the manifest: add it to clients/operations.`);
  }
  return {
    ...scenario,
    id,
    title: `${scenario.title}, sent as its trusted document's id`,
    documentId: `sha256:${found[0]}`,
    notApplicable: {
      b: NOT_GATEWAY_A,
      c: NOT_GATEWAY_A,
      d: NOT_GATEWAY_A,
      e: "the floor is S1's",
      f: NOT_GATEWAY_A,
    },
  };
}
