/**
 * The public dashboard in real headless Chromium against the real API on the embedded database:
 * every public page shows real figures at 360 and 1280 px, axe-core finds no WCAG 2.0/2.1 A or
 * AA violation on any page in Dutch or English, and a chart's CSV download holds exactly the
 * table shown on screen.
 */
import { readFile } from 'node:fs/promises';
import axe from 'axe-core';
import type { Locator, Page } from 'playwright-core';
import type { PublicCount, RouterOutputs } from '@img-groningen/reporting';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exposeCharts, openPage, settled, startSite, type Site } from './harness';

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

/** A public procedure's answer, straight from the API. */
async function query<T>(procedure: string, input?: object): Promise<T> {
  const search = input ? `?input=${encodeURIComponent(JSON.stringify(input))}` : '';
  const response = await fetch(`${site.base}/trpc/${procedure}${search}`);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

/** A chart card shown as a table: its header, its rows, and the lines of its CSV download. */
async function tableAndCsv(page: Page, card: Locator, showTable = 'Toon als tabel') {
  await card.getByRole('button', { name: showTable }).click();
  const table = card.locator('table');
  await table.waitFor();
  const header = await table.locator('thead th').allInnerTexts();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim())),
    );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('link', { name: /Download/ }).click(),
  ]);
  const csv = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\n');
  return { table, header, rows, csv, filename: download.suggestedFilename() };
}

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
    const { table, header, rows, csv, filename } = await tableAndCsv(page, card);
    expect(await table.locator('caption').innerText()).toBe('Aanvragen per regeling');
    expect(rows.length).toBeGreaterThan(5);
    expect(filename).toBe('aanvragen-per-regeling.csv');
    expect(csv[0]).toBe(header.join(','));
    // On screen nl-NL numbers ("7.235"), in the file plain ones ("7235"); "<10" in both, and a
    // protected count "afgeschermd" on screen, "x" in the file (as the open data write it).
    expect(csv.slice(1).map((line) => line.split(','))).toEqual(
      rows.map(([name, ...cells]) => [
        name,
        ...cells.map((c) => (c === 'afgeschermd' ? 'x' : c.replace(/\./g, ''))),
      ]),
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

describe('hidden counts', () => {
  type PerScheme = RouterOutputs['applications']['perScheme'];
  const MEASURES = ['received', 'decided', 'withdrawn', 'open'] as const;
  const MUNICIPALITY = 'GM0014';

  /** What a table cell and a CSV cell must say for a count from the API. */
  const onScreen = (c: PublicCount, language: 'nl' | 'en') =>
    c.suppressed
      ? c.reason === 'small'
        ? '<10'
        : language === 'nl'
          ? 'afgeschermd'
          : 'protected'
      : new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB').format(c.value);
  const inCsv = (c: PublicCount) =>
    c.suppressed ? (c.reason === 'small' ? '<10' : 'x') : String(c.value);

  it.each([
    ['nl', 'Toon als tabel'],
    ['en', 'Show as table'],
  ] as const)(
    'read "<10" when small and "afgeschermd" when protecting another, never "<10", in the table and the CSV (%s)',
    async (language, showTable) => {
      const api = await query<PerScheme>('applications.perScheme', {
        municipality: MUNICIPALITY,
      });
      const cells = api.schemes.map((s) => MEASURES.map((m) => s[m]));
      const reasons = cells.flat().map((c) => (c.suppressed ? c.reason : 'shown'));
      // The demo data have both kinds here; without them this test would prove nothing.
      expect(reasons).toContain('complementary');
      expect(reasons).toContain('small');
      const { page, problems } = await openPage(site, 1280, language);
      await page.goto(`${site.base}/gemeenten/${MUNICIPALITY}`);
      await settled(page);
      const card = page.locator(`[data-chart=aanvragen-${MUNICIPALITY}]`);
      const { rows, csv } = await tableAndCsv(page, card, showTable);
      expect(rows.map(([, ...row]) => row)).toEqual(
        cells.map((row) => row.map((c) => onScreen(c, language))),
      );
      expect(csv.slice(1).map((line) => line.split(',').slice(1))).toEqual(
        cells.map((row) => row.map(inCsv)),
      );
      // The description says both labels.
      const description = await card.locator(`#aanvragen-${MUNICIPALITY}-description`).innerText();
      expect(description).toContain('"<10"');
      expect(description).toContain(language === 'nl' ? '"afgeschermd"' : '"protected"');
      // What the labels mean is said below the table.
      const note = await card.locator(`#aanvragen-${MUNICIPALITY}-missing`).innerText();
      expect(note).toMatch(
        language === 'nl' ? /afgeschermd \(in de CSV: x\)/ : /protected \(in the CSV: x\)/,
      );
      expect(problems).toEqual([]);
      await page.context().close();
    },
    60_000,
  );

  it('show the withdrawn, and "in behandeling" as received less decided less withdrawn', async () => {
    const api = await query<PerScheme>('applications.perScheme');
    const { page } = await openPage(site, 1280);
    await page.goto(site.base);
    await settled(page);
    for (const m of MEASURES)
      expect(await page.getByTestId(`total-${m}`).innerText()).toBe(onScreen(api.totals[m], 'nl'));
    await page.context().close();
  }, 60_000);
});

describe('a weekly chart', () => {
  type Progress = RouterOutputs['progress']['weekly'];
  const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

  it('places the weeks by their dates and draws hidden counts as gaps, not zeros', async () => {
    const api = await query<Progress>('progress.weekly', {
      year: 2026,
      scheme: 'AVV',
      municipality: 'GM0014',
    });
    const weeks = api.series[0]!.weeks;
    const { page, problems } = await openPage(site, 1280);
    await exposeCharts(page);
    await page.goto(`${site.base}/gemeenten/GM0014?regeling=AVV&jaar=2026`);
    await settled(page);
    const seen = await page.evaluate(() => {
      interface Chart {
        scales: {
          x: {
            type: string;
            ticks: { value: number; label: string }[];
            getPixelForValue(v: number): number;
          };
        };
        data: { datasets: { data: (number | null)[] }[] };
        getDatasetMeta(i: number): { data: { x: number; skip: boolean }[] };
      }
      const chart = (window as unknown as { chartOf(id: string): Chart }).chartOf(
        'voortgang-GM0014',
      );
      const x = chart.scales.x;
      return {
        type: x.type,
        points: chart.getDatasetMeta(0).data.map((p) => ({ x: p.x, gap: p.skip })),
        inflow: chart.data.datasets[0]!.data,
        ticks: x.ticks.map((t) => ({
          day: t.value,
          label: t.label,
          x: x.getPixelForValue(t.value),
        })),
      };
    });
    expect(seen.type).toBe('linear');
    expect(seen.points).toHaveLength(weeks.length);
    // Every point sits where its Monday is: pixels proportional to days (7 days a week apart).
    const days = weeks.map((w) => dayOf(w.weekStart));
    const perDay = (seen.points.at(-1)!.x - seen.points[0]!.x) / (days.at(-1)! - days[0]!);
    seen.points.forEach((p, i) =>
      expect(p.x - seen.points[0]!.x).toBeCloseTo((days[i]! - days[0]!) * perDay, 3),
    );
    // The ticks are months, each at its own first day: between two weeks' points, as far along
    // as its day is past the Monday before it (a category axis has weeks as ticks).
    expect(seen.ticks.length).toBeGreaterThanOrEqual(3);
    for (const tick of seen.ticks) {
      const iso = new Date(tick.day * 86_400_000).toISOString().slice(0, 10);
      expect(iso.endsWith('-01'), iso).toBe(true);
      expect(tick.label).toBe(
        new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric' }).format(
          new Date(`${iso}T12:00:00Z`),
        ),
      );
      const before = days.filter((d) => d <= tick.day).length - 1;
      const between = seen.points[before]!.x + (tick.day - days[before]!) * perDay;
      expect(tick.x).toBeCloseTo(between, 3);
    }
    // A hidden count is a gap (no point, no line), never drawn as zero; this series has some.
    const hidden = weeks.map((w) => w.inflow.suppressed);
    expect(hidden.filter(Boolean).length).toBeGreaterThan(0);
    expect(seen.inflow).toEqual(weeks.map((w) => w.inflow.value));
    expect(seen.points.map((p) => p.gap)).toEqual(hidden);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);
});

describe('the methodology', () => {
  it.each([
    [
      'nl',
      [
        'Aantallen: "<10" en afronding',
        'Nullen naast verborgen aantallen',
        'Landelijke cijfers naast kern en rand',
        'Afgeschermde aantallen',
        'Aandelen',
        'Verhoudingen en gemiddelden',
        'Percentielen en medianen',
        'Bedragen',
      ],
    ],
    [
      'en',
      [
        'Counts: "<10" and rounding',
        'Zeros beside hidden counts',
        'National figures beside core and edge',
        'Protected counts',
        'Shares',
        'Rates and averages',
        'Percentiles and medians',
        'Amounts of money',
      ],
    ],
  ] as const)(
    'has the disclosure rules in a section of their own (%s)',
    async (language, titles) => {
      const { page } = await openPage(site, 1280, language);
      await page.goto(`${site.base}/verantwoording`);
      await settled(page);
      const rules = page.getByTestId('disclosure-rules');
      expect(await rules.locator('h3').allInnerTexts()).toEqual(titles);
      // The API's own texts of the rules, in the language shown.
      const meta = await query<{ methodology: { metric: string; nl: string; en: string }[] }>(
        'meta.info',
      );
      for (const metric of ['disclosure.complementary', 'disclosure.zero'])
        expect(await rules.innerText()).toContain(
          meta.methodology.find((m) => m.metric === metric)![language],
        );
      await page.context().close();
    },
    60_000,
  );
});
