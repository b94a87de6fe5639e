/**
 * Weekly publication: the public figures of a week frozen as a versioned snapshot, served to
 * public callers instead of the live data; a correction imported afterwards leaves the published
 * week as it was until a restatement (a new version with a reason) is published; both versions
 * can be read. On generated data, on PGlite and PostgreSQL.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES, generateAndLoad, importDirectory } from '@img-groningen/db';
import {
  DRIVERS,
  createTestDatabase,
  serverUrl,
  type TestDatabase,
} from '@img-groningen/db/testing';
import {
  PUBLISHED_PROCEDURES,
  createCaller,
  inputKey,
  isoWeekDates,
  lastEndedWeek,
  publishWeek,
} from '../src/index';

// The week published: the busiest week for decisions in the data (so a correction moves the
// rounded public figures), chosen when the data are there.
let WEEK = '';
let monday = '';
let sunday = '';

type Progress = Awaited<ReturnType<ReturnType<typeof createCaller>['progress']['weekly']>>;
/** Decisions in a week over all schemes (the unrounded sum of the rounded cells is enough here). */
const outflowIn = (progress: Progress, week: string) =>
  progress.series.reduce(
    (sum, s) => sum + (s.weeks.find((w) => w.week === week)?.outflow.value ?? 0),
    0,
  );

/** A correction export: the decisions of the week happened a week earlier than first reported. */
async function correctionMovingDecisions(
  db: TestDatabase,
): Promise<{ dir: string; moved: number }> {
  const rows = await db.handle.query<Record<string, string | null>>(
    `select id::text, application_id::text, (event_date - 7)::text as event_date, registered_on::text,
            from_status, to_status
       from status_events
      where to_status = 'besluit' and event_date between $1 and $2
      order by id`,
    [monday, sunday],
  );
  // More than a rounding step, so the rounded public figures must move.
  expect(rows.length).toBeGreaterThan(5);
  const columns = Object.keys(ENTITIES.find((e) => e.table === 'status_events')!.columns);
  const dir = await mkdtemp(join(tmpdir(), 'img-correction-'));
  await writeFile(
    join(dir, 'status_events.csv'),
    [columns.join(','), ...rows.map((r) => columns.map((c) => r[c] ?? '').join(','))].join('\n') +
      '\n',
  );
  return { dir, moved: rows.length };
}

describe('ISO weeks', () => {
  it('knows the dates of a week and the last week ended by a date', () => {
    expect(isoWeekDates('2026-W47')).toEqual({ monday: '2026-11-16', sunday: '2026-11-22' });
    expect(isoWeekDates('2021-W01')).toEqual({ monday: '2021-01-04', sunday: '2021-01-10' });
    expect(isoWeekDates('2020-W53')).toEqual({ monday: '2020-12-28', sunday: '2021-01-03' });
    expect(() => isoWeekDates('2021-W53')).toThrow(/2021 has weeks W01 to W52/);
    expect(() => isoWeekDates('2026-47')).toThrow(/YYYY-Www/);
    expect(lastEndedWeek('2026-11-22')).toBe('2026-W47'); // a Sunday: its own week
    expect(lastEndedWeek('2026-11-23')).toBe('2026-W47');
    expect(lastEndedWeek('2026-11-28')).toBe('2026-W47');
    expect(lastEndedWeek('2021-01-02')).toBe('2020-W52');
  });
});

describe.each(DRIVERS)('weekly publication on %s', (driver) => {
  const skip = driver === 'postgres' && !serverUrl();
  let db: TestDatabase;
  beforeAll(async () => {
    if (skip) return;
    db = await createTestDatabase(driver);
    await generateAndLoad(db.handle, { applications: 4_000, seed: 11 });
    const [busiest] = await db.handle.query<{ week: string }>(
      `select to_char(event_date, 'IYYY-"W"IW') as week from status_events
        where to_status = 'besluit' and event_date <= '2026-11-22' group by 1 order by count(*) desc, 1 limit 1`,
    );
    WEEK = busiest!.week;
    ({ monday, sunday } = isoWeekDates(WEEK));
  }, 120_000);
  afterAll(async () => {
    await db?.drop();
  });
  const live = () => createCaller({ db: db.handle });
  const asPublic = (publication: { week?: string; version?: number } = {}) =>
    createCaller({ db: db.handle, publication });

  it.skipIf(skip)('serves the live figures while nothing is published', async () => {
    const figures = await asPublic().progress.weekly({ year: 2025 });
    expect(figures.asOf).toBe('2026-11-22');
    expect((await asPublic().publications.list()).current).toBeNull();
  });

  it.skipIf(skip)('refuses weeks that cannot be published', async () => {
    await expect(publishWeek(db.handle, '2026-W48')).rejects.toThrow(
      /ends on 2026-11-29, after the data's date 2026-11-22/,
    );
    await expect(publishWeek(db.handle, '2026-W60')).rejects.toThrow(/W01 to W53/);
    expect(await asPublic().publications.list()).toEqual({ current: null, publications: [] });
  });

  it.skipIf(skip)(
    'publishes every public figure of the week at its grains and serves them to the public',
    async () => {
      const publication = await publishWeek(db.handle, WEEK, { who: 'test' });
      const municipalities = (
        await db.handle.query<{ code: string }>('select code from municipalities')
      ).map((m) => m.code);
      const year = Number(WEEK.slice(0, 4));
      const years = Array.from({ length: year - 2018 + 1 }, (_, i) => 2018 + i);
      const expected = PUBLISHED_PROCEDURES.reduce(
        (n, p) => n + new Set(p.inputs({ municipalities, years }).map((i) => inputKey(i))).size,
        0,
      );
      expect(publication).toMatchObject({ week: WEEK, version: 1, asOf: sunday, reason: null });
      expect(publication.answers).toBe(expected);

      // The public gets exactly what the live computation gave on the week's Sunday.
      const asked = { year, scheme: 'VES', municipality: 'GM0014' } as const;
      expect(await asPublic().progress.weekly(asked)).toEqual(
        await live().progress.weekly({ ...asked, asOf: sunday }),
      );
      expect(await asPublic().leadTimes.ageing({ area: 'rand' })).toEqual(
        await live().leadTimes.ageing({ area: 'rand', asOf: sunday }),
      );
      expect(await asPublic().objections.summary()).toEqual(
        await live().objections.summary({ asOf: sunday }),
      );
      // basis defaults to gross: the same question, the same stored answer.
      expect(await asPublic().leadTimes.weekly({ year })).toEqual(
        await asPublic().leadTimes.weekly({ year, basis: 'gross' }),
      );
      const list = await asPublic().publications.list();
      expect(list.current).toMatchObject({ week: WEEK, version: 1, restatement: false });
    },
    120_000,
  );

  it.skipIf(skip)('refuses public questions outside the published grains', async () => {
    await expect(asPublic().progress.weekly({ year: 2025, asOf: '2025-06-01' })).rejects.toThrow(
      /asOf: public figures are the published weeks/,
    );
    await expect(
      asPublic().progress.weekly({
        year: Number(WEEK.slice(0, 4)),
        municipality: 'GM0014',
        area: 'kern',
      }),
    ).rejects.toThrow(/not published for .*published: a year; optionally a scheme/);
    await expect(asPublic({ week: '2018-W02' }).meta.info()).rejects.toThrow(
      /week 2018-W02 has not been published/,
    );
    await expect(asPublic({ week: WEEK, version: 7 }).meta.info()).rejects.toThrow(
      /has no version 7/,
    );
  });

  it.skipIf(skip)(
    'is never changed in place: the database refuses updates and deletes',
    async () => {
      await expect(db.handle.query(`update publications set week = '2026-W46'`)).rejects.toThrow(
        /never changed or removed/,
      );
      await expect(db.handle.query(`delete from publication_answers`)).rejects.toThrow(
        /never changed or removed/,
      );
      await expect(db.handle.query(`truncate publications cascade`)).rejects.toThrow(
        /never changed or removed/,
      );
    },
  );

  it.skipIf(skip)(
    'keeps the published week through a correction until a restatement; both versions can be read',
    async () => {
      const published = await asPublic().progress.weekly({ year: Number(WEEK.slice(0, 4)) });
      await expect(publishWeek(db.handle, WEEK)).rejects.toThrow(/a restatement needs a reason/);
      await expect(publishWeek(db.handle, WEEK, { reason: 'checked again' })).rejects.toThrow(
        /the same as in version 1: there is nothing to restate/,
      );

      const { dir, moved } = await correctionMovingDecisions(db);
      try {
        const summary = await importDirectory(db.handle, dir, { who: 'test', asOf: '2026-11-22' });
        expect(summary.rejections).toEqual([]);
        expect(summary.totals).toMatchObject({ updated: moved, rejected: 0 });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      const corrected = await live().progress.weekly({
        year: Number(WEEK.slice(0, 4)),
        asOf: sunday,
      });
      expect(outflowIn(corrected, WEEK)).toBeLessThan(outflowIn(published, WEEK));
      const weekBefore = lastEndedWeek(monday);
      expect(outflowIn(corrected, weekBefore)).toBeGreaterThan(outflowIn(published, weekBefore));
      // Published W is unchanged by the import.
      expect(await asPublic().progress.weekly({ year: Number(WEEK.slice(0, 4)) })).toEqual(
        published,
      );

      const restated = await publishWeek(db.handle, WEEK, {
        who: 'test',
        reason: 'decision dates corrected by the source register',
      });
      expect(restated).toMatchObject({ week: WEEK, version: 2 });
      expect(await asPublic().progress.weekly({ year: Number(WEEK.slice(0, 4)) })).toEqual(
        corrected,
      );
      expect(
        await asPublic({ week: WEEK }).progress.weekly({ year: Number(WEEK.slice(0, 4)) }),
      ).toEqual(corrected);
      expect(
        await asPublic({ week: WEEK, version: 1 }).progress.weekly({
          year: Number(WEEK.slice(0, 4)),
        }),
      ).toEqual(published);
      const list = await asPublic().publications.list();
      expect(list.current).toMatchObject({
        week: WEEK,
        version: 2,
        restatement: true,
        reason: 'decision dates corrected by the source register',
      });
      expect(list.publications.map((p) => [p.week, p.version])).toEqual([
        [WEEK, 2],
        [WEEK, 1],
      ]);
    },
    120_000,
  );
});
