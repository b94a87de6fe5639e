/**
 * While PostgreSQL cannot be reached every procedure answers SERVICE_UNAVAILABLE (HTTP 503), and
 * answers again once it is back, without restarting anything. The "restart" is a TCP proxy in
 * front of the test server that we close and reopen.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, generateAndLoad, type DatabaseHandle } from '@img-groningen/db';
import { createTestDatabase, serverUrl, type TestDatabase } from '@img-groningen/db/testing';
import { createCaller } from '../src/index';

describe.skipIf(!serverUrl())('database availability (PostgreSQL)', () => {
  let database: TestDatabase;
  let proxy: Server | null = null;
  let port = 0;
  const sockets = new Set<Socket>();
  let handle: DatabaseHandle;

  const startProxy = (target: URL) =>
    new Promise<void>((resolve) => {
      proxy = createServer((client) => {
        const upstream = connect(Number(target.port), target.hostname);
        sockets.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        const close = () => (client.destroy(), upstream.destroy());
        client.on('error', close).on('close', close);
        upstream.on('error', close).on('close', close);
      });
      proxy.listen(port, '127.0.0.1', () => {
        port = (proxy!.address() as { port: number }).port;
        resolve();
      });
    });
  const stopProxy = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      sockets.clear();
      proxy!.close(() => resolve());
    });

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    await generateAndLoad(database.handle, { applications: 1_000, seed: 1 });
    const target = new URL(database.url!);
    await startProxy(target);
    const viaProxy = new URL(database.url!);
    viaProxy.host = `127.0.0.1:${port}`;
    handle = await createDatabase({ url: viaProxy.toString(), maxConnections: 2 });
  });
  afterAll(async () => {
    await handle?.close().catch(() => undefined);
    if (proxy?.listening) await stopProxy();
    await database?.drop();
  });

  it('answers 503 while the database is down and recovers when it returns', async () => {
    const api = createCaller({ db: handle });
    await expect(api.applications.perScheme()).resolves.toBeDefined();

    await stopProxy();
    await expect(api.applications.perScheme()).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
    });
    await expect(api.progress.weekly({ year: 2025 })).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
    });

    await startProxy(new URL(database.url!));
    const started = Date.now();
    let answer: unknown = null;
    while (!answer && Date.now() - started < 5_000) {
      answer = await api.applications.perScheme().catch(() => null);
      if (!answer) await new Promise((r) => setTimeout(r, 100));
    }
    expect(answer).not.toBeNull();
  });
});
