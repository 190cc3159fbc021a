import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_CASES } from '../../seed/synthetic/demoCases.ts';

/** Debian's chromium package; .ci/run installs it when it is missing. */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless Chromium; a missing browser fails the test that asked for it (never a skip). */
export function launchChromium(): Promise<Browser> {
  // As root (CI), Chromium refuses to start with its sandbox.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
}

export interface AppPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  readonly problems: readonly string[];
  /** Requests that left for any origin but the gateway's (and were cut off). */
  readonly offOrigin: readonly string[];
}

/**
 * A fresh page on the app, offline: every request to another origin is aborted and recorded,
 * so the app passes only if it needs nothing but the gateway.
 */
export async function openApp(browser: Browser, gatewayOrigin: string): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const problems: string[] = [];
  const offOrigin: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === gatewayOrigin) await route.continue();
    else {
      offOrigin.push(url);
      await route.abort();
    }
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    // Chromium logs every 4xx as an error; the GraphQL endpoint's refusals are expected.
    const refusal = new URL(message.location().url || gatewayOrigin).pathname === '/graphql';
    if (message.type() === 'error' && !refusal) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${gatewayOrigin}/app/`);
  return { page, context, problems, offOrigin };
}

/** Pastes a token into the sign-in form. */
export async function signIn(page: Page, token: string): Promise<void> {
  await page.getByLabel('Token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * States a purpose and looks a citizen up in the operator's window; resolves once answered.
 * The case cited is, unless given, the demo citizen's seeded open case at baku-1.
 */
export async function lookUp(
  page: Page,
  { fin, basis = 'SERVICE_APPLICATION', caseRef = demoCaseOf(fin) }: LookupInput,
): Promise<void> {
  await page.getByLabel('Legal basis').selectOption(basis);
  await page.getByLabel('Case reference').fill(caseRef);
  await page.getByLabel('FIN').fill(fin);
  await page.getByRole('button', { name: 'Look up' }).click();
  await page.locator(`article[aria-label="Summary for ${fin}"], .notice.refused`).first().waitFor();
}

function demoCaseOf(fin: string): string {
  return Object.entries(DEMO_CASES).find(([demo]) => demo === fin)?.[1] ?? 'APP-2026-000000';
}

export interface LookupInput {
  readonly fin: string;
  readonly basis?: string;
  readonly caseRef?: string;
}

/** The text of the summary's block with this heading (Identity, Pension, …). */
export function blockText(page: Page, title: string): Promise<string> {
  return page
    .locator('section.block')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) })
    .innerText();
}
