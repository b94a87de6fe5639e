import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAndLoad } from '@img-groningen/db';
import { createTestDatabase, type TestDatabase } from '@img-groningen/db/testing';
import { createApiServer } from '../src/server';

describe('the cache of public answers', () => {
  let database: TestDatabase;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    await generateAndLoad(database.handle, { applications: 500, seed: 4 });
    server = createApiServer({ db: database.handle });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await database.drop();
  });

  it('keeps an answer with an ETag until the data change, and answers 304 to it', async () => {
    const url = `${base}/trpc/meta.info`;
    const first = await fetch(url);
    const firstBody = await first.text();
    const second = await fetch(url);
    expect(await second.text()).toBe(firstBody);
    const etag = second.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    expect((await fetch(url, { headers: { 'if-none-match': etag! } })).status).toBe(304);

    // A new data set (here: another as-of date) is served within a second of the change.
    await database.handle.query(`update dataset_info set value = '2026-11-21' where key = 'as_of'`);
    await new Promise((r) => setTimeout(r, 1_100));
    const changed = (await (await fetch(url)).json()) as { result: { data: { dataAsOf: string } } };
    expect(changed.result.data.dataAsOf).toBe('2026-11-21');
    await database.handle.query(`update dataset_info set value = '2026-11-22' where key = 'as_of'`);
  });

  it('keeps nothing for a request with credentials, nor a refused input', async () => {
    const url = `${base}/trpc/applications.perScheme`;
    await fetch(url);
    const withToken = await fetch(url, { headers: { authorization: 'Bearer x' } });
    expect(withToken.headers.get('etag')).toBeNull();
    const bad = `${base}/trpc/progress.weekly?input=${encodeURIComponent('{"year":1900}')}`;
    expect((await fetch(bad)).status).toBe(400);
    const again = await fetch(bad);
    expect(again.status).toBe(400);
    expect(again.headers.get('etag')).toBeNull();
  });
});
