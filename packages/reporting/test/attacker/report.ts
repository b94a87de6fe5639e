/**
 * The attacker as a command: publishes the last week of a generated data set in an embedded
 * database (or reads a publication's answers from a JSON file) and prints what each channel
 * recovers. `pnpm --filter @img-groningen/reporting attack [--applications N] [--seed S]
 * [--answers FILE] [--save FILE] [--channels derived|all]`; `--save` writes the answers read, for
 * `--answers` on the next run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDatabase, generateAndLoad, migrate } from '@img-groningen/db';
import { publishWeek } from '../../src/index';
import { publishedAnswers } from './answers';
import { attack, type Answer, type Channels } from './attacks';

const WEEK = '2026-W47';
const { values } = parseArgs({
  // `pnpm attack -- --seed 7` passes the `--` on.
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    save: { type: 'string' },
    applications: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '5' },
    answers: { type: 'string' },
    channels: { type: 'string', default: 'all' },
  },
});

async function answersOf(): Promise<Answer[]> {
  if (values.answers) return JSON.parse(readFileSync(values.answers, 'utf8')) as Answer[];
  const db = await createDatabase();
  try {
    await migrate(db);
    await generateAndLoad(db, {
      applications: Number(values.applications),
      seed: Number(values.seed),
    });
    const publication = await publishWeek(db, WEEK, { who: 'attacker' });
    return await publishedAnswers(db, publication.id);
  } finally {
    await db.close();
  }
}

const answers = await answersOf();
if (values.save) writeFileSync(values.save, JSON.stringify(answers));
const started = Date.now();
const result = attack(answers, { week: WEEK, channels: values.channels as Channels });
const byWay = new Map<string, number>();
for (const r of result.recovered) {
  const way = r.how.replace(/[0-9.,–]+/g, '#');
  byWay.set(way, (byWay.get(way) ?? 0) + 1);
}
console.log(
  `${answers.length} answers, ${result.counts} counts known, ${Date.now() - started} ms: ` +
    `${result.recovered.length} counts from 1 to 9 recovered, ${result.individualValues.length} percentiles of few cases, ` +
    `${result.contradictions.length} contradictions`,
);
for (const [way, n] of [...byWay].sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${way}`);
for (const r of result.recovered.slice(0, 10))
  console.log(`  e.g. ${r.key} = ${r.value} (${r.how})`);
for (const v of result.individualValues.slice(0, 5)) console.log(`  e.g. ${v}`);
for (const c of result.contradictions.slice(0, 5)) console.log(`  e.g. ${c}`);
