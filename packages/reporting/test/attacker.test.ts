/**
 * The attacker's test: a publication of generated data is read whole, as anyone can, and the ways
 * we know to recover a hidden count from 1 to 9 from the derived figures are tried (test/attacker:
 * shares × bases, averages × weeks, rates × bases, money ÷ the maximum per case, the sums within
 * each table, across grains — a country is the sum of its municipalities and of its two areas, all
 * schemes the sum of the schemes — and across weeks: a stock runs on from week to week). It must
 * find none, no percentile of so few cases that it is close to one case's own value, and no two
 * published figures that contradict each other. On the code before issue 15 it recovers
 * thousands; `pnpm --filter @img-groningen/reporting attack` says how, channel by channel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAndLoad } from '@img-groningen/db';
import {
  DRIVERS,
  createTestDatabase,
  serverUrl,
  type TestDatabase,
} from '@img-groningen/db/testing';
import { publishWeek } from '../src/index';
import { publishedAnswers } from './attacker/answers';
import { attack, type Answer } from './attacker/attacks';

/** The demo data's own date is Sunday 2026-11-22, the end of 2026-W47. */
const WEEK = '2026-W47';

describe.each(DRIVERS.flatMap((driver) => [5, 13].map((seed) => [driver, seed] as const)))(
  'the attacker on a publication (%s, seed %i)',
  (driver, seed) => {
    const skip = driver === 'postgres' && !serverUrl();
    let database: TestDatabase;
    let answers: Answer[] = [];
    beforeAll(async () => {
      if (skip) return;
      database = await createTestDatabase(driver);
      await generateAndLoad(database.handle, { applications: 5_000, seed });
      const publication = await publishWeek(database.handle, WEEK, { who: 'attacker test' });
      answers = await publishedAnswers(database.handle, publication.id);
    }, 600_000);
    afterAll(async () => {
      await database?.drop();
    });

    it.skipIf(skip)(
      'recovers no count from 1 to 9 and no single case’s value, across figures, grains and weeks, and finds no contradiction',
      () => {
        expect(answers.length).toBeGreaterThan(1_000);
        const { recovered, individualValues, contradictions, counts } = attack(answers, {
          week: WEEK,
          channels: 'all',
        });
        // The attacker had something to work with.
        expect(counts).toBeGreaterThan(10_000);
        expect(recovered.slice(0, 20), `${recovered.length} counts recovered`).toEqual([]);
        expect(individualValues.slice(0, 20), `${individualValues.length} percentiles`).toEqual([]);
        expect(contradictions.slice(0, 20), `${contradictions.length} contradictions`).toEqual([]);
      },
      300_000,
    );
  },
);
