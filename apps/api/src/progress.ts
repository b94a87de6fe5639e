import type { LoadProgress } from '@img-groningen/db';

/** A one-line progress bar on a terminal, a line per quarter otherwise. */
export function progressLine(stream: NodeJS.WriteStream = process.stdout) {
  let lastQuarter = -1;
  return (p: LoadProgress) => {
    const share = Math.min(1, p.rows / Math.max(1, p.estimatedRows));
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      stream.write(
        `\r  [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(share * 100)}% ${p.phase}${p.phase === 'done' ? '\n' : '   '}`,
      );
      return;
    }
    const quarter = Math.floor(share * 4);
    if (quarter > lastQuarter || p.phase === 'done') {
      stream.write(`  ${Math.round(share * 100)}% ${p.phase}\n`);
      lastQuarter = quarter;
    }
  };
}
