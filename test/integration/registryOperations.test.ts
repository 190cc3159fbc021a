import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startRegistryService,
  type RunningRegistryService,
} from '../helpers/startRegistryService.ts';
import { testDialects } from '../helpers/testDatabases.ts';

const PEOPLE = readFileSync(new URL('../../schema/people.graphql', import.meta.url), 'utf8');
/** people.graphql without `Citizen.fullName`, which every one-window screen reads. */
const WITHOUT_FULL_NAME = PEOPLE.replace(/\n\s*"[^"\n]*"\n\s*fullName: String!/, '');

// With no DOST_REGISTRY_OPERATIONS, the registry protects what the gateways serve: the trusted
// documents, published ones first, else the committed manifest. Before this, it protected
// nothing unless told, so an agency's check passed a change that broke every front-end screen.
describe.each(testDialects())(
  'the registry protects the served trusted documents on $name',
  (dialect) => {
    let service: RunningRegistryService;
    let token: string;

    const check = async (sdl: string) => {
      const response = await fetch(new URL('v1/check', service.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ name: 'people', sdl, allowBreaking: true }),
      });
      expect(response.status).toBe(200);
      return JSON.stringify(await response.json());
    };

    beforeAll(async () => {
      expect(WITHOUT_FULL_NAME).not.toBe(PEOPLE);
      service = await startRegistryService(dialect);
      token = await service.token({ sub: 'dost-ci', subgraphs: ['people'], scope: 'check' });
    });
    afterAll(async () => {
      await service.close();
    });

    it('refuses a change that breaks a committed trusted document, naming it', async () => {
      const answer = await check(WITHOUT_FULL_NAME);
      expect(answer).toContain('CitizenSummary');
      expect(answer).toContain('Cannot query field \\"fullName\\" on type \\"Citizen\\".');
    });

    it('follows the newest published manifest once there is one', async () => {
      const recorded = await service.test.registry.manifests.recordManifest({
        documents: { onlyFin: 'query OnlyFin($fin: FIN!) { citizen(fin: $fin) { fin } }' },
        basedOn: null,
        publishedBy: 'test',
      });
      expect(recorded).toBeTruthy();
      const answer = await check(WITHOUT_FULL_NAME);
      expect(answer).not.toContain('CitizenSummary');
      expect(answer).not.toContain('Cannot query field');
    });
  },
);
