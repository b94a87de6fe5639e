/**
 * The management pages in real headless Chromium: the OIDC login (authorization code with PKCE)
 * through the demo issuer's login page, then the objection deadlines with their filter in the
 * URL, the contractors' committed work and the outreach table, all from the API with the
 * login's token; no WCAG 2.0/2.1 A or AA violations on them, in Dutch and English.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, settled, startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await startSite();
}, 240_000);
afterAll(async () => {
  await site?.stop();
});

/** Logs in from a management page through the demo issuer; back on that page afterwards. */
async function logIn(page: Page, path: string) {
  await page.goto(`${site.base}${path}`);
  await page.getByTestId('login').click();
  await page.waitForURL(/\/oidc\/interaction\//);
  await page.fill('input[name=login]', 'j.jansen');
  await page.fill('input[name=password]', 'demo');
  await page.click('[type=submit]');
  await page.waitForURL(`${site.base}${path}`);
  await settled(page);
}

describe('management pages', () => {
  it('ask for a login, then show the objections at risk and overdue, filtered by the URL', async () => {
    const { page, problems } = await openPage(site, 1280);
    await page.goto(`${site.base}/beheer/bezwaren`);
    await settled(page);
    expect(await page.locator('[data-testid=deadlines]').count()).toBe(0);
    await logIn(page, '/beheer/bezwaren');
    problems.length = 0; // what the demo issuer's own page did is not ours
    expect(await page.getByText('Ingelogd als j.jansen.').count()).toBe(1);
    const statuses = await page
      .locator('[data-testid=deadlines] tbody tr td:nth-child(7)')
      .allInnerTexts();
    expect(statuses.length).toBeGreaterThan(0);
    expect(
      statuses.every((s) => s === 'Termijn verstreken' || s === 'Termijn binnen 14 dagen'),
    ).toBe(true);
    await page.getByLabel('Toon').selectOption('overdue');
    await expect.poll(() => new URL(page.url()).search).toBe('?toon=overdue');
    await settled(page);
    const overdue = await page
      .locator('[data-testid=deadlines] tbody tr td:nth-child(7)')
      .allInnerTexts();
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((s) => s === 'Termijn verstreken')).toBe(true);

    await page.goto(`${site.base}/beheer/aannemers`);
    await settled(page);
    expect(await page.getByTestId('market').innerText()).toMatch(/\d+ aannemers, van wie \d+/);
    expect(await page.locator('[data-testid=continuity] tbody tr').count()).toBeGreaterThan(10);
    expect(await page.locator('[data-chart=herstelvraag] canvas').count()).toBe(1);
    // Only the contractors under 6 months, then one of them by name: both kept in the URL.
    await page.getByLabel('Alleen minder dan 6 maanden werk').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('signaal')).toBe('1');
    const flagged = page.locator('[data-testid=continuity] tbody tr');
    expect(await flagged.count()).toBeGreaterThan(0);
    for (const cell of await flagged.locator('td:nth-child(2)').allInnerTexts())
      expect(cell).toMatch(/minder dan 6 maanden/);
    const name = await flagged.first().locator('th').innerText();
    await page.getByLabel('Aannemer', { exact: true }).fill(name);
    await expect.poll(() => new URL(page.url()).searchParams.get('aannemer')).toBe(name);
    expect(await flagged.locator('th').allInnerTexts()).toEqual([name]);

    await page.goto(`${site.base}/beheer/bereik`);
    await settled(page);
    expect(await page.locator('[data-testid=outreach] tbody tr').count()).toBeGreaterThan(5);
    expect(problems).toEqual([]);

    // Logged out, the figures are gone and the login is offered again.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    expect(await page.getByTestId('login').count()).toBe(1);
    await page.context().close();
  }, 120_000);

  it('drill down from a week to exactly that week, Monday to Sunday, for every scheme', async () => {
    const { page, problems } = await openPage(site, 360);
    await logIn(page, '/beheer/voortgang?regeling=VES&jaar=2025');
    problems.length = 0;
    await page.getByLabel('Gemeente').selectOption('GM0014');
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?regeling=VES&jaar=2025&gemeente=GM0014');
    await settled(page);
    const row = page.locator('[data-testid=weeks] tbody tr', { hasText: '2025-W30' });
    const inflow = await row.locator('td').first().innerText();
    await row.getByRole('link', { name: '2025-W30' }).click();
    await page.waitForURL(/\/beheer\/week\/2025-W30\?regeling=VES&gemeente=GM0014/);
    await settled(page);
    expect(await page.getByTestId('week-range').innerText()).toBe(
      'Van maandag 21 juli 2025 tot en met zondag 27 juli 2025, zoals nu bekend.',
    );
    const chosen = page.locator('[data-testid=week] tbody tr.chosen');
    expect(await chosen.locator('th').innerText()).toBe('Vaste vergoeding');
    expect(await chosen.locator('td').first().innerText()).toBe(inflow);
    expect(await page.locator('[data-testid=week] tbody tr').count()).toBeGreaterThan(3);
    expect(await page.locator('[data-testid=week] caption').innerText()).toBe(
      'Alle regelingen in week 2025-W30, Groningen',
    );
    // Back to the list keeps the filters.
    await page.getByRole('link', { name: /Voortgang per week/ }).click();
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?regeling=VES&gemeente=GM0014&jaar=2025');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it.each(['nl', 'en'] as const)(
    'have no WCAG 2.0/2.1 A or AA violations (%s)',
    async (language) => {
      const { page } = await openPage(site, 1280, language);
      await logIn(page, '/beheer');
      for (const path of [
        '/beheer',
        '/beheer/voortgang',
        '/beheer/week/2026-W40',
        '/beheer/bezwaren',
        '/beheer/aannemers',
        '/beheer/bereik',
      ]) {
        await page.goto(`${site.base}${path}`);
        await settled(page);
        await page.addScriptTag({ content: axe.source });
        const result = await page.evaluate(() =>
          (window as unknown as { axe: typeof axe }).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          }),
        );
        expect(
          result.violations.map((v) => `${path}: ${v.id} ${v.nodes[0]?.target.join(' ')}`),
        ).toEqual([]);
      }
      await page.context().close();
    },
    120_000,
  );
});
