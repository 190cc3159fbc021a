import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDostClient } from '@dost/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CitizenSummaryDocument } from '../../clients/generated/graphql.ts';
import { APP_DIST, ensureAppBuilt } from '../../scripts/lib/ensureAppBuilt.ts';
import {
  blockText,
  launchChromium,
  lookUp,
  openApp,
  signIn,
  type AppPage,
} from '../helpers/browserApp.ts';
import { startSystem, STAFF_PURPOSE, type RunningSystem } from '../helpers/startSystem.ts';
import { TRUSTED_MANIFEST } from '../helpers/trustedManifest.ts';

// `npm run screenshots` writes them to docs/screenshots/ (committed); `npm test` to a temp dir.
const SCREENSHOTS = inject('screenshotsDir') || mkdtempSync(join(tmpdir(), 'dost-shots-'));

describe('the one-window app in headless Chromium', () => {
  let system: RunningSystem;
  let browser: Browser;
  let origin: string;
  let operatorToken: string;
  const opened: AppPage[] = [];

  const open = async (token: string): Promise<Page> => {
    const app = await openApp(browser, origin);
    opened.push(app);
    await signIn(app.page, token);
    return app.page;
  };
  const screenshot = (page: Page, name: string) =>
    page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await ensureAppBuilt();
    system = await startSystem(
      { name: 'sqlite', url: undefined },
      {
        citizens: 40,
        // As in production: client roles send trusted-document ids only.
        gateway: {
          documents: { manifest: TRUSTED_MANIFEST, freeformRoles: [] },
          app: { dir: APP_DIST },
        },
      },
    );
    origin = new URL(system.gatewayUrl).origin;
    operatorToken = await system.token({ sub: 'op-17', role: 'operator', centre: 'baku-1' });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    // Nothing blocked by the CSP, no script error, and nothing fetched from anywhere else.
    for (const app of opened) {
      expect(app.problems).toEqual([]);
      expect(app.offOrigin).toEqual([]);
    }
    await browser?.close();
    await system?.close();
  });

  it('shows each demo citizen’s one-window summary to an operator', async () => {
    const signInPage = await openApp(browser, origin);
    opened.push(signInPage);
    await screenshot(signInPage.page, 'sign-in');
    await signIn(signInPage.page, operatorToken);
    const page = signInPage.page;
    await expect(page.locator('.top .who').innerText()).resolves.toContain('operator op-17');

    await lookUp(page, { fin: '5ZK7P2Q' });
    expect(await blockText(page, 'Identity')).toContain('5ZK7P2Q');
    expect(await blockText(page, 'Pension')).toMatch(
      /Labour pension \(old age\), active: \d+\.\d\d AZN/,
    );
    await screenshot(page, 'operator-window');

    await lookUp(page, { fin: '3HRT9WX' });
    const unemployment = await blockText(page, 'Unemployment');
    expect(unemployment).toMatch(/unemployed since .*insurance benefit \d+\.\d\d AZN/);
    expect(unemployment).toContain('Programme:');

    await lookUp(page, { fin: '7DMV4LA' });
    expect(await blockText(page, 'Disability')).toContain('degree II (70 %)');

    await lookUp(page, { fin: '2NXC8FE' });
    expect(await blockText(page, 'Disability')).toContain('child with limited health capacity');

    await lookUp(page, { fin: '9BQ6YTJ' });
    expect(await blockText(page, 'Identity')).toContain('9BQ6YTJ');
    expect(await blockText(page, 'Pension')).toContain('No pension or allowance.');
    expect(await blockText(page, 'Unemployment')).toContain('Not registered as a jobseeker.');
    expect(await blockText(page, 'Disability')).toContain('No disability established.');
    await expect(page.locator('.notice').count()).resolves.toBe(0);
  });

  it('shows a purpose the operator may not cite as refused, with the bases they may', async () => {
    const page = await open(operatorToken);
    await lookUp(page, { fin: '5ZK7P2Q', basis: 'SUPERVISORY_AUDIT', caseRef: 'AUD-2026-1' });
    const notice = await page.locator('.notice.refused').innerText();
    expect(notice).toContain('Refused');
    expect(notice).toContain('PURPOSE_REQUIRED');
    expect(await page.locator('.notice.refused .bases').innerText()).toBe('SERVICE_APPLICATION');
    await expect(page.locator('article.summary').count()).resolves.toBe(0);
    await screenshot(page, 'refused-purpose');
  });

  it('shows a citizen who read their data, paged, with each outcome', async () => {
    // One read through the app, then enough by the typed client for a second page.
    const operator = await open(operatorToken);
    await lookUp(operator, { fin: '5ZK7P2Q' });
    const client = createDostClient({
      url: system.gatewayUrl,
      token: () => operatorToken,
      purpose: () => STAFF_PURPOSE,
    });
    for (let read = 0; read < 10; read += 1) {
      const result = await client.execute(CitizenSummaryDocument, { fin: '5ZK7P2Q' });
      expect(result.ok).toBe(true);
    }

    const citizen = await open(await system.token({ sub: 'c-1', role: 'citizen', fin: '5ZK7P2Q' }));
    const log = citizen.locator('table.access-log tbody tr');
    await log.first().waitFor();
    expect(await log.count()).toBe(10);
    // The newest is this very read by the citizen, recorded before the answer left.
    expect(await log.first().innerText()).toMatch(/\tcitizen\t—\taudit, people\tdisclosed$/);
    const operatorRead = await log
      .filter({ hasText: 'operator, at baku-1, ref ' })
      .first()
      .innerText();
    expect(operatorRead).toContain(STAFF_PURPOSE);
    expect(operatorRead).toMatch(/\tdisclosed$/);
    await screenshot(citizen, 'citizen-access-log');

    await citizen.getByRole('button', { name: 'Older' }).click();
    await citizen.getByText('Page 2').waitFor();
    await log.first().waitFor();
    expect(await log.count()).toBeGreaterThanOrEqual(1);
    await citizen.getByRole('button', { name: 'Newer' }).click();
    await citizen.getByText('Page 1').waitFor();
    expect(await citizen.getByRole('button', { name: 'Newer' }).isDisabled()).toBe(true);
  });

  it('shows a partial answer when a registry is down, naming it', async () => {
    const page = await open(operatorToken);
    await system.restartSubgraph('pensions', {
      whileDown: async () => {
        await lookUp(page, { fin: '7DMV4LA' });
        expect(await page.locator('.notice.partial').innerText()).toContain('pensions');
        expect(await blockText(page, 'Pension')).toContain(
          'Not available: the pensions registry did not answer.',
        );
        // The other registries' blocks are still shown.
        expect(await blockText(page, 'Identity')).toContain('7DMV4LA');
        expect(await blockText(page, 'Disability')).toContain('degree II (70 %)');
        await screenshot(page, 'registry-down');
      },
    });
  });

  it('has the playground’s docs explorer say what to do before a token is set', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/graphql`);
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    const error = page.locator('.graphiql-doc-explorer-error');
    await error.waitFor();
    const hint = await error.evaluate((node) => getComputedStyle(node, '::after').content);
    expect(hint).toContain('npm run -s token');
    await context.close();
  });
});
