import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DEMO_CASES } from '../../seed/synthetic/demoCases.ts';
import { REGISTRY_SUBGRAPHS } from '../../subgraphs/catalog.ts';
import {
  familiesIn,
  GATEWAY_FAMILIES,
  SUBGRAPH_FAMILIES,
  total,
} from '../helpers/metricFamilies.ts';

/**
 * After a run of the suite: every test system (test/helpers/startSystem.ts) scraped /metrics
 * on each of its processes as it closed, after all of its file's traffic, and left the text
 * in `scrapesDir`. This file runs in the config's second group (vitest.config.ts,
 * `sequence.groupOrder` 1), once every file of the first has finished, and checks the
 * families over those scrapes: every family on every process, the traffic counted, and no
 * personal data. The first group keeps its parallelism; this group is one file.
 *
 * It checks what the files run beside it left: with `npx vitest run` that is the whole suite;
 * run alone, no system has closed, and it fails saying so rather than pass on nothing.
 */
const dir = inject('scrapesDir');
const scrapes = existsSync(dir)
  ? readdirSync(dir).map((file) => ({
      kind: file.split('.')[0] ?? '',
      text: readFileSync(join(dir, file), 'utf8'),
    }))
  : [];
const of = (kind: string) => scrapes.filter((s) => s.kind === kind).map((s) => s.text);

describe('/metrics on every process after the suite', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the scrapes the suite left', () => {
    expect(
      scrapes.length,
      'no test system closed before this file: run it with the suite',
    ).toBeGreaterThan(0);
  });

  it('every gateway served every family, and counted the suite traffic', () => {
    const gateways = of('gateway');
    expect(gateways.length).toBeGreaterThan(0);
    for (const text of gateways) {
      const found = familiesIn(text);
      for (const family of GATEWAY_FAMILIES) expect(found, family).toContain(family);
    }
    const sum = (series: string) => gateways.reduce((n, text) => n + total(text, series), 0);
    expect(sum('dost_gateway_requests_total')).toBeGreaterThan(0);
    expect(sum('dost_gateway_request_duration_seconds_count')).toBe(
      sum('dost_gateway_requests_total'),
    );
    expect(sum('dost_gateway_subgraph_call_duration_seconds_count')).toBeGreaterThan(0);
    expect(sum('dost_gateway_audit_commit_duration_seconds_count')).toBeGreaterThan(0);
    expect(sum('dost_gateway_audit_batch_size_count')).toBeGreaterThan(0);
    expect(sum('dost_gateway_supergraph_info')).toBe(gateways.length);
  });

  it.each(Object.keys(REGISTRY_SUBGRAPHS))(
    'every %s subgraph served every family, and counted requests and statements',
    (name) => {
      const texts = of(name);
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) {
        const found = familiesIn(text);
        for (const family of SUBGRAPH_FAMILIES) expect(found, family).toContain(family);
      }
      const sum = (series: string) => texts.reduce((n, text) => n + total(text, series), 0);
      expect(sum('dost_subgraph_requests_total')).toBeGreaterThan(0);
      expect(sum('dost_subgraph_request_duration_seconds_count')).toBe(
        sum('dost_subgraph_requests_total'),
      );
    },
  );

  it('no scrape names a demo citizen or a case', () => {
    for (const { text } of scrapes) {
      for (const [fin, reference] of Object.entries(DEMO_CASES)) {
        expect(text).not.toContain(fin);
        expect(text).not.toContain(reference);
      }
    }
  });
});
