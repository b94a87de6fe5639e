/**
 * The public dashboard in real headless Chromium against the real API on the embedded database:
 * every public page shows real figures at 360 and 1280 px, axe-core finds no WCAG 2.0/2.1 A or
 * AA violation on any page in Dutch or English, and a chart's CSV download holds exactly the
 * table shown on screen.
 */
import { readFile } from 'node:fs/promises';
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, settled, startSite, type Site } from './harness';

const PAGES = [
  { path: '/', heading: /Overzicht|Overview/, figure: '[data-testid=total-received]' },
  { path: '/voortgang', heading: /Voortgang|Progress/, figure: '[data-chart^=voortgang] canvas' },
  {
    path: '/doorlooptijden',
    heading: /Doorlooptijden|Lead times/,
    figure: '[data-testid=realized]',
  },
  {
    path: '/bezwaren',
    heading: /Bezwaren|Objections/,
    figure: '[data-chart=bezwaren-per-fase] canvas',
  },
  {
    path: '/gemeenten',
    heading: /Gemeenten|Municipalities/,
    figure: '[data-testid=municipalities-Groningen] a',
  },
  {
    path: '/gemeenten/GM0014',
    heading: /Groningen/,
    figure: '[data-chart=aanvragen-GM0014] canvas',
  },
  { path: '/verantwoording', heading: /Verantwoording|Methodology/, figure: '.methodology h2' },
  {
    path: '/open-gegevens',
    heading: /Open data/,
    figure: '[data-testid=datasets] a[href$=".csv"]',
  },
  { path: '/toegankelijkheid', heading: /Toegankelijkheid|Accessibility/, figure: 'main h2' },
];
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let site: Site;
beforeAll(async () => {
  site = await startSite();
}, 240_000);
afterAll(async () => {
  await site?.stop();
});

const nl = new Intl.NumberFormat('nl-NL');

describe.each([360, 1280])('public pages at %i px', (width) => {
  it('show real figures from the API on every page, with the publication stamp', async () => {
    const { page, problems } = await openPage(site, width);
    const api = (await (await fetch(`${site.base}/trpc/applications.perScheme`)).json()) as {
      result: { data: { totals: { received: { value: number } } } };
    };
    for (const p of PAGES) {
      await page.goto(`${site.base}${p.path}`);
      await settled(page);
      await expect
        .poll(() => page.locator('main h1').innerText(), { timeout: 10_000 })
        .toMatch(p.heading);
      expect(await page.locator(p.figure).count(), p.path).toBeGreaterThan(0);
      expect(await page.getByTestId('publication').innerText()).toMatch(/week 47 van 2026/);
      // Nothing sticks out at the side: usable at this width.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${p.path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    }
    await page.goto(site.base);
    await settled(page);
    expect(await page.getByTestId('total-received').innerText()).toBe(
      nl.format(api.result.data.totals.received.value),
    );
    // Every download link on the open-data page works as it is.
    await page.goto(`${site.base}/open-gegevens`);
    await settled(page);
    for (const href of await page
      .locator('[data-testid=datasets] a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
      expect((await fetch(href)).status, href).toBe(200);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);
});

describe.each(['nl', 'en'] as const)('accessibility in %s', (language) => {
  it('has no WCAG 2.0/2.1 A or AA violations on any page, also with a table shown', async () => {
    const { page, problems } = await openPage(site, 1280, language);
    for (const p of [...PAGES, { path: '/bestaat-niet' }]) {
      await page.goto(`${site.base}${p.path}`);
      await settled(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      // The first chart as a table too: its markup is checked as well.
      const toggle = page.locator('[data-chart] button[aria-expanded=false]').first();
      if ((await toggle.count()) > 0) await toggle.click();
      await page.addScriptTag({ content: axe.source });
      const result = await page.evaluate(
        (tags) =>
          (window as unknown as { axe: typeof axe }).axe.run(document, {
            runOnly: { type: 'tag', values: tags },
          }),
        WCAG,
      );
      const violations = result.violations.map(
        (v) => `${p.path}: ${v.id} (${v.nodes.length}×) ${v.nodes[0]?.target.join(' ')}`,
      );
      expect(violations).toEqual([]);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000);
});

describe.each([360, 1280])('a chart card at %i px', (width) => {
  it('downloads as CSV exactly the figures its table shows', async () => {
    const { page } = await openPage(site, width);
    await page.goto(site.base);
    await settled(page);
    const card = page.locator('[data-chart=aanvragen-per-regeling]');
    await card.getByRole('button', { name: 'Toon als tabel' }).click();
    const table = card.locator('table');
    await expect.poll(() => table.locator('caption').innerText()).toBe('Aanvragen per regeling');
    const header = await table.locator('thead th').allInnerTexts();
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim())),
      );
    expect(rows.length).toBeGreaterThan(5);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: /Download/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('aanvragen-per-regeling.csv');
    const csv = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\n');
    expect(csv[0]).toBe(header.join(','));
    // On screen nl-NL numbers ("7.235"), in the file plain ones ("7235"); "<10" in both.
    expect(csv.slice(1).map((line) => line.split(','))).toEqual(
      rows.map(([name, ...cells]) => [name, ...cells.map((c) => c.replace(/\./g, ''))]),
    );
    await page.context().close();
  }, 60_000);
});

describe('time charts', () => {
  it('mark felt quakes and scheme openings, and print with the filters chosen', async () => {
    const { page, problems } = await openPage(site, 1280);
    await page.goto(`${site.base}/voortgang?regeling=MAATWERK&jaar=2019`);
    await settled(page);
    const marks = await page.locator('[data-chart=voortgang] .annotations li').allInnerTexts();
    expect(marks).toContain('2019-W21 Aardbeving ML 3,4, Westerwijtwerd');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-filters').innerText()).toBe(
      'Gekozen: Regeling: Maatwerkprocedure fysieke schade; Jaar: 2019',
    );
    expect(await page.locator('header.site nav').isVisible()).toBe(false);
    expect(await page.locator('select').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByTestId('print-filters').isVisible()).toBe(false);
    // The chart as a picture: a PNG file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-chart=voortgang]').getByRole('button', { name: /PNG/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('voortgang.png');
    const png = await readFile((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(5_000);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);
});

describe('the keyboard', () => {
  it('reaches the skip link first, and opens a chart as a table', async () => {
    const { page } = await openPage(site, 1280);
    await page.goto(site.base);
    await settled(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Naar de inhoud',
    );
    await page.keyboard.press('Enter');
    // From the main content, Tab until the first chart's toggle has the focus.
    let label = '';
    for (let i = 0; i < 30 && label !== 'Toon als tabel'; i++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(label).toBe('Toon als tabel');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-chart=aanvragen-per-regeling] table').count()).toBe(1);
    await page.context().close();
  }, 60_000);
});

describe('filters', () => {
  it('are kept in the URL, so a view can be shared and survives a reload', async () => {
    const { page, problems } = await openPage(site, 1280);
    await page.goto(`${site.base}/voortgang`);
    await settled(page);
    await page.getByLabel('Regeling').selectOption('VES');
    await page.getByLabel('Jaar').selectOption('2025');
    await expect.poll(() => new URL(page.url()).search).toBe('?regeling=VES&jaar=2025');
    await settled(page);
    const title = page.locator('[data-chart=voortgang] h2');
    await expect
      .poll(() => title.innerText())
      .toBe('Instroom, uitstroom en werkvoorraad per week: Vaste vergoeding, 2025');
    // The shared address opens the same view, and its table covers that year only.
    const shared = page.url();
    const { page: other } = await openPage(site, 360);
    await other.goto(shared);
    await settled(other);
    expect(await other.getByLabel('Regeling').inputValue()).toBe('VES');
    expect(await other.getByLabel('Jaar').inputValue()).toBe('2025');
    await other
      .locator('[data-chart=voortgang]')
      .getByRole('button', { name: 'Toon als tabel' })
      .click();
    const weeks = await other.locator('[data-chart=voortgang] tbody th').allInnerTexts();
    expect(weeks.length).toBeGreaterThan(40);
    expect(weeks.every((w) => w.startsWith('2025-W'))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
    await other.context().close();
  }, 60_000);
});
