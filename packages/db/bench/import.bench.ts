/**
 * Benchmark: importing the source exports of 1,000,000 applications (all seven entity files,
 * 4.7 million status events) against PostgreSQL's own `COPY FROM` of the same files into the
 * same tables with their keys in place, in one transaction each, measured in the same run, runs
 * alternating. The import also validates every row, checks references and rebuilds the rollups.
 * Needs DATABASE_URL (`pnpm bench` starts a throwaway server).
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ENTITIES,
  copyStatement,
  createDatabase,
  createDataset,
  ensureReferenceTables,
  importDirectory,
  migrate,
  openSession,
  tableChecksums,
  writeCsvFiles,
  type DatabaseHandle,
} from '../src/index';
import { freshDatabase } from './database';
import { median, report } from './report';

const applications = Number(process.env.BENCH_APPLICATIONS ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 2);
const LIMIT_RATIO = 2;
const TABLES = ENTITIES.map((e) => e.table);

const empty = (handle: DatabaseHandle) =>
  handle.query(
    `truncate ${[...TABLES, 'aos_reports', 'samenloop_cases', 'import_log'].join(', ')} cascade`,
  );

async function copyFiles(handle: DatabaseHandle, files: Record<string, string>): Promise<number> {
  const session = await openSession(handle);
  const started = performance.now();
  try {
    await session.query('begin');
    for (const entity of ENTITIES)
      await session.query(
        copyStatement(entity.table, Object.keys(entity.columns), `'${files[entity.table]}'`, true),
      );
    await session.query('commit');
  } finally {
    await session.release();
  }
  return (performance.now() - started) / 1000;
}

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL is not set: run through `pnpm bench`');
  const handle = await createDatabase({
    url: await freshDatabase(adminUrl, 'img_bench_import'),
    maxConnections: 2,
  });
  await migrate(handle);
  const dir = await mkdtemp(join(tmpdir(), 'img-bench-import-'));
  await chmod(dir, 0o755);
  try {
    console.log(
      `import benchmark: ${applications.toLocaleString('en')} applications, ${runs} runs each, alternating`,
    );
    const dataset = createDataset({ applications, seed: 1 });
    const files = await writeCsvFiles(
      dir,
      dataset.tables.filter((t) => TABLES.includes(t.table)),
    );
    // The reference tables (schemes, municipalities, quakes) the import seeds into a new database.
    await ensureReferenceTables(handle);
    const ours: number[] = [];
    const again: number[] = [];
    const baseline: number[] = [];
    const checksums: string[] = [];
    for (let run = 0; run < runs; run++) {
      await empty(handle);
      baseline.push(await copyFiles(handle, files));
      checksums.push(JSON.stringify(await tableChecksums(handle, TABLES)));
      await empty(handle);
      let started = performance.now();
      const summary = await importDirectory(handle, dir, { who: 'bench' });
      ours.push((performance.now() - started) / 1000);
      if (summary.rejections.length)
        throw new Error(`rejections: ${summary.rejections[0]!.reason}`);
      checksums.push(JSON.stringify(await tableChecksums(handle, TABLES)));
      started = performance.now();
      await importDirectory(handle, dir, { who: 'bench' });
      again.push((performance.now() - started) / 1000);
      checksums.push(JSON.stringify(await tableChecksums(handle, TABLES)));
    }
    const ratio = median(ours) / median(baseline);
    const identical = checksums.every((c) => c === checksums[0]);
    console.log(
      `import (validate, references, upsert, rollups)   median ${median(ours).toFixed(1)} s  (runs: ${ours.map((s) => s.toFixed(1)).join(', ')})`,
    );
    console.log(
      `COPY FROM the same files, keys in place         median ${median(baseline).toFixed(1)} s`,
    );
    console.log(
      `ratio import / COPY ${ratio.toFixed(2)} (limit ${LIMIT_RATIO})${ratio > LIMIT_RATIO ? '   OVER LIMIT' : ''}`,
    );
    console.log(
      `the same files again (nothing changes)          median ${median(again).toFixed(1)} s`,
    );
    console.log(`content identical after COPY, import and re-import: ${identical}`);
    report('import', { applications, ours, baseline, again, ratio, identical });
  } finally {
    await rm(dir, { recursive: true, force: true });
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
