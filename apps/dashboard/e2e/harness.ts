/**
 * End-to-end set-up: the dashboard built with Vite, the real API host (apps/api) on an embedded
 * PGlite database with generated demo data (its last week published), and Debian's Chromium
 * driven by playwright-core. `CHROMIUM_PATH` names another browser binary.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';

const dashboardDir = fileURLToPath(new URL('..', import.meta.url));
const apiDir = fileURLToPath(new URL('../../api', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DEMO_APPLICATIONS = 20_000;

export interface Site {
  base: string;
  browser: Browser;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startSite(): Promise<Site> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `no browser at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  const outDir = await mkdtemp(join(tmpdir(), 'img-dashboard-'));
  await build({ root: dashboardDir, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  // The embedded database, whatever DATABASE_URL the test run has for the database tests.
  const { DATABASE_URL: _server, ...environment } = process.env;
  const api: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: {
      ...environment,
      PGLITE_DATA_DIR: 'memory',
      DEMO_APPLICATIONS: String(DEMO_APPLICATIONS),
      DEMO_SEED: '3',
      DASHBOARD_DIR: outDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  api.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  api.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const deadline = Date.now() + 180_000;
  while (!log.includes('IMG reporting:')) {
    if (api.exitCode !== null || Date.now() > deadline) {
      api.kill();
      throw new Error(`the API did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    base: `http://127.0.0.1:${port}`,
    browser,
    async stop() {
      await browser.close();
      api.kill();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

/** A page at a width, in a language, that fails the test on any script error or failed request. */
export async function openPage(
  site: Site,
  width: number,
  language: 'nl' | 'en' = 'nl',
): Promise<{ page: Page; problems: string[] }> {
  const context = await site.browser.newContext({
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
  await context.addInitScript((lang) => localStorage.setItem('img-language', lang), language);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  return { page, problems };
}

/** Waits until nothing on the page is loading any more. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => !/Cijfers worden geladen|Loading the figures/.test(document.body.innerText),
  );
}

/**
 * Lets the test read a chart's chart.js instance as `window.chartOf(id)` (the card's
 * `data-chart`): found through the Vue app's component tree, where vue-chartjs exposes it. The
 * dashboard itself gets no test hook for it. Call before the page is opened.
 */
export async function exposeCharts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    interface Node {
      component?: {
        exposed?: { chart?: { value?: { canvas: HTMLCanvasElement } } };
        subTree: Node;
      };
      children?: unknown;
      suspense?: { activeBranch: Node };
    }
    (window as unknown as { chartOf: (id: string) => unknown }).chartOf = (id: string) => {
      const app = (
        document.querySelector('#app') as unknown as {
          __vue_app__: { _instance: { subTree: Node } };
        }
      ).__vue_app__;
      const found: { canvas: HTMLCanvasElement }[] = [];
      const visit = (node: Node | null | undefined): void => {
        if (!node || typeof node !== 'object') return;
        const chart = node.component?.exposed?.chart?.value;
        if (chart) found.push(chart);
        if (node.component) visit(node.component.subTree);
        if (Array.isArray(node.children)) node.children.forEach((c) => visit(c as Node));
        if (node.suspense) visit(node.suspense.activeBranch);
      };
      visit(app._instance.subTree);
      return found.find(
        (c) => (c.canvas.closest('[data-chart]') as HTMLElement | null)?.dataset.chart === id,
      );
    };
  });
}
