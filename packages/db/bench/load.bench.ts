/**
 * Benchmark: generating and loading N applications (default 1,000,000) with their status events
 * into PostgreSQL, against PostgreSQL's own `COPY FROM` of the same rows from CSV files,
 * measured in the same run, runs alternating.
 *
 * Both sides reach the same end state in one transaction: tables emptied, rows copied, keys and
 * indexes rebuilt. A second baseline copies into the tables with their keys in place (what a
 * naive script does). Needs DATABASE_URL (`pnpm bench` starts a throwaway server).
 */
import { createReadStream } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DATA_TABLES,
  copyStatement,
  createDatabase,
  createDataset,
  dropStructure,
  loadTables,
  migrate,
  openSession,
  readStructure,
  refreshRollups,
  restoreStructure,
  tableChecksums,
  writeCsvFiles,
  type DatabaseHandle,
} from '../src/index';
import { freshDatabase } from './database';
import { report, median } from './report';

const applications = Number(process.env.BENCH_APPLICATIONS ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 2);
const seed = Number(process.env.BENCH_SEED ?? 1);
const LIMIT_SECONDS = 90;
const LIMIT_RATIO = 1.5;

/** Baseline: PostgreSQL reads the CSV files itself (server-side COPY), same transaction shape. */
const columnsOf = createDataset({ applications: 1 }).tables;

async function copyFromFiles(
  handle: DatabaseHandle,
  files: Record<string, string>,
  rebuildKeys: boolean,
  serverSide: boolean,
) {
  const session = await openSession(handle);
  const started = performance.now();
  try {
    await session.query('begin');
    await session.query(`set local maintenance_work_mem = '512MB'`);
    await session.query(`set local synchronous_commit = off`);
    await session.query(`truncate ${DATA_TABLES.map((t) => `"${t}"`).join(', ')}`);
    const structure = rebuildKeys ? await readStructure(session, DATA_TABLES) : null;
    if (structure) await dropStructure(session, structure);
    for (const table of DATA_TABLES) {
      const file = files[table]!;
      const dataset = columnsOf.find((t) => t.table === table)!;
      if (serverSide) {
        await session.query(copyStatement(table, dataset.columns, `'${file}'`, true));
      } else {
        await session.copyCsv(table, dataset.columns, createReadStream(file), undefined, {
          header: true,
        });
      }
    }
    if (structure) await restoreStructure(session, structure);
    // The same end state as the loader: the rollups rebuilt from the rows.
    await refreshRollups(session);
    await session.query('commit');
  } catch (error) {
    await session.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await session.release();
  }
  return (performance.now() - started) / 1000;
}

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl)
    throw new Error('DATABASE_URL is not set: run through `pnpm bench`, which starts PostgreSQL');
  const url = await freshDatabase(adminUrl, 'img_bench_load');
  const handle = await createDatabase({ url, maxConnections: 2 });
  await migrate(handle);
  const dir = await mkdtemp(join(tmpdir(), 'img-bench-csv-'));
  // The server reads the files as its own user.
  await chmod(dir, 0o755);
  try {
    console.log(
      `load benchmark: ${applications.toLocaleString('en')} applications, seed ${seed}, ${runs} runs each, alternating`,
    );
    let started = performance.now();
    const files = await writeCsvFiles(dir, createDataset({ applications, seed }).tables);
    console.log(
      `(CSV files for the baseline written in ${((performance.now() - started) / 1000).toFixed(1)} s, not counted)`,
    );

    // Server-side COPY reads files as the server's user; when it cannot, read them client-side.
    let serverSide = true;
    try {
      await handle.query(`select pg_stat_file($1)`, [files.schemes]);
    } catch {
      serverSide = false;
      console.log('(server cannot read the files: baseline streams them with COPY FROM STDIN)');
    }

    const ours: number[] = [];
    const baseline: number[] = [];
    const naive: number[] = [];
    let rows = 0;
    let events = 0;
    const checksums: string[] = [];
    for (let run = 0; run < runs; run++) {
      started = performance.now();
      const result = await loadTables(handle, createDataset({ applications, seed }).tables);
      ours.push((performance.now() - started) / 1000);
      rows = Object.values(result.rows).reduce((a, b) => a + b, 0);
      events = result.rows.status_events ?? 0;
      checksums.push(JSON.stringify(await tableChecksums(handle, DATA_TABLES)));

      baseline.push(await copyFromFiles(handle, files, true, serverSide));
      await handle.query(`analyze`);
      checksums.push(JSON.stringify(await tableChecksums(handle, DATA_TABLES)));
      naive.push(await copyFromFiles(handle, files, false, serverSide));
    }
    const identical = checksums.every((c) => c === checksums[0]);
    const ratio = median(ours) / median(baseline);
    report('db-load', {
      applications,
      statusEvents: events,
      rows,
      seconds: { ours, baselineCopyRebuildKeys: baseline, baselineCopyKeysInPlace: naive },
      medianSeconds: median(ours),
      ratioVsCopy: ratio,
      ratioVsCopyKeysInPlace: median(ours) / median(naive),
      identicalContent: identical,
      limits: { seconds: LIMIT_SECONDS, ratio: LIMIT_RATIO },
      pass: median(ours) <= LIMIT_SECONDS && ratio <= LIMIT_RATIO && identical,
    });
    console.log(
      `generate + load       median ${median(ours).toFixed(1)} s  (runs: ${ours.map((s) => s.toFixed(1)).join(', ')})`,
    );
    console.log(
      `COPY FROM CSV files   median ${median(baseline).toFixed(1)} s  (same end state: keys rebuilt after the copy)`,
    );
    console.log(`COPY, keys in place   median ${median(naive).toFixed(1)} s`);
    console.log(
      `ratio ours / COPY     ${ratio.toFixed(2)}  (limit ${LIMIT_RATIO}); rows ${rows.toLocaleString('en')}, status events ${events.toLocaleString('en')}`,
    );
    console.log(`content identical across all loads (row counts and checksums): ${identical}`);
    if (!identical || median(ours) > LIMIT_SECONDS || ratio > LIMIT_RATIO) process.exitCode = 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
