/**
 * Benchmark of the public overview in headless Chromium against the local API (embedded
 * database, demo data): the JavaScript it loads, gzip-compressed as served over the wire would
 * be, and the time from navigation until its key figures are on screen, over several cold loads
 * (a new browser context each: nothing cached), against the time to fetch the bare index.html
 * in the same run as the baseline. Limits (issue #8): 200 kB of JavaScript, figures within 1.5 s.
 */
import { gzipSync } from 'node:zlib';
import { openPage, startSite } from '../e2e/harness';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const LIMIT_KB = 200;
const LIMIT_MS = 1_500;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const site = await startSite();
  try {
    const toFigures: number[] = [];
    const baseline: number[] = [];
    let scriptBytes = 0;
    let scriptGzip = 0;
    for (let run = 0; run < RUNS; run++) {
      let started = performance.now();
      await (await fetch(`${site.base}/`)).text();
      baseline.push(performance.now() - started);

      const { page } = await openPage(site, 1280);
      const scripts: Promise<Buffer>[] = [];
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script') scripts.push(r.body());
      });
      started = performance.now();
      await page.goto(site.base);
      await page.getByTestId('total-received').waitFor();
      await page.locator('[data-chart=instroom-uitstroom] canvas').waitFor();
      toFigures.push(performance.now() - started);
      await page.waitForLoadState('networkidle');
      const bodies = await Promise.all(scripts);
      scriptBytes = bodies.reduce((s, b) => s + b.length, 0);
      scriptGzip = bodies.reduce((s, b) => s + gzipSync(b).length, 0);
      await page.context().close();
    }
    const kb = scriptGzip / 1024;
    console.log(
      `overview: JavaScript ${(scriptBytes / 1024).toFixed(1)} kB, ${kb.toFixed(1)} kB gzip (limit ${LIMIT_KB})${kb > LIMIT_KB ? '   OVER LIMIT' : ''}`,
    );
    console.log(
      `overview: figures on screen after median ${median(toFigures).toFixed(0)} ms, max ${Math.max(...toFigures).toFixed(0)} ms over ${RUNS} cold loads (limit ${LIMIT_MS})${median(toFigures) > LIMIT_MS ? '   OVER LIMIT' : ''}`,
    );
    console.log(
      `baseline: index.html alone median ${median(baseline).toFixed(1)} ms; ratio ${(median(toFigures) / median(baseline)).toFixed(0)}x`,
    );
  } finally {
    await site.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
