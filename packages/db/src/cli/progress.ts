import cliProgress from 'cli-progress';
import type { LoadProgress } from '../load/load';

/**
 * A progress bar on a terminal; on a pipe (CI, logs) a line every tenth of the way, so the
 * log stays short.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr) {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: ' {bar} {percentage}% | {value}/{total} rows | {phase} {table}',
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(p: LoadProgress) {
        if (!started) {
          bar.start(p.estimatedRows, 0, { phase: p.phase, table: p.table });
          started = true;
        }
        bar.setTotal(Math.max(p.estimatedRows, p.rows));
        bar.update(p.rows, { phase: p.phase, table: p.table });
      },
      stop: () => bar.stop(),
    };
  }
  let nextTenth = 1;
  let lastPhase = '';
  return {
    update(p: LoadProgress) {
      const share = p.rows / Math.max(1, p.estimatedRows);
      if (
        (p.phase === 'copy' && share >= nextTenth / 10) ||
        (p.phase !== 'copy' && p.phase !== lastPhase)
      ) {
        stream.write(
          `  ${p.phase} ${Math.min(100, Math.round(share * 100))}% (${p.rows} rows)${p.table ? ` ${p.table}` : ''}\n`,
        );
        while (share >= nextTenth / 10) nextTenth++;
      }
      lastPhase = p.phase;
    },
    stop() {},
  };
}
