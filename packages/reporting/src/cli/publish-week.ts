/**
 * img-publish-week: publishes the public figures of an ISO week as a new version (the first, or
 * a restatement with --reason) into PostgreSQL (--database-url or DATABASE_URL) or an embedded
 * PGlite database (--data-dir); --list shows what has been published.
 */
import { userInfo } from 'node:os';
import cliProgress from 'cli-progress';
import {
  DATABASE_OPTIONS,
  DATABASE_USAGE,
  createCli,
  openCliDatabase,
  parseCli,
} from '@img-groningen/db/cli';
import { PublicationError, listPublications, publishWeek } from '../publication/publish';
import { lastEndedWeek } from '../publication/iso-week';

const USAGE = `usage: img-publish-week WEEK [--reason TEXT] [--who NAME] [--database-url URL | --data-dir DIR]
       img-publish-week --list [--database-url URL | --data-dir DIR]
  WEEK               an ISO week such as 2026-W47, or 'last' for the last week ended in the data
  --reason TEXT      why a week already published is restated (required for a restatement)
  --who NAME         who publishes, for the audit log (default: the user name)
  --list             list the published weeks and versions
${DATABASE_USAGE}`;

const cli = createCli('img-publish-week', USAGE);

async function main() {
  const { values, positionals } = parseCli(cli, USAGE, {
    reason: { type: 'string' },
    who: { type: 'string' },
    list: { type: 'boolean' },
    ...DATABASE_OPTIONS,
  });
  if (!values.list && positionals.length !== 1) cli.fail('give exactly one week to publish');
  const db = await openCliDatabase(cli, values);
  try {
    if (values.list) {
      const all = await listPublications(db);
      if (all.length === 0) process.stdout.write('Nothing has been published yet.\n');
      for (const p of all)
        process.stdout.write(
          `${p.week} v${p.version}  as of ${p.asOf}  ${p.publishedAt}  ${p.who}  ${p.answers} answers  ${p.checksum.slice(0, 12)}${p.reason ? `  restated: ${p.reason}` : ''}\n`,
        );
      return;
    }
    let week = positionals[0]!;
    if (week === 'last') {
      const [info] = await db.query<{ value: string }>(
        `select value from dataset_info where key = 'as_of'`,
      );
      if (!info) cli.fail('the database holds no data to publish');
      week = lastEndedWeek(info!.value);
    }
    const bar = process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { stream: process.stderr, format: ' {bar} {value}/{total} figures', hideCursor: true },
          cliProgress.Presets.shades_classic,
        )
      : null;
    let started = false;
    const publication = await publishWeek(db, week, {
      reason: values.reason,
      who: values.who ?? userInfo().username,
      onProgress: (done, total) => {
        if (!bar) return;
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
    });
    bar?.stop();
    process.stdout.write(
      `Published ${publication.week} version ${publication.version} (as of ${publication.asOf}): ${publication.answers} answers, checksum ${publication.checksum}${publication.reason ? `\nRestatement: ${publication.reason}` : ''}\n`,
    );
  } catch (error) {
    if (error instanceof PublicationError) {
      process.stderr.write(`img-publish-week: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`img-publish-week: ${(error as Error).message}\n`);
  process.exit(1);
});
