/**
 * A cache of public tRPC answers. The public figures change only when the data or the
 * publications change, so an answer is kept until the served fingerprint (`dataset_info`, the
 * latest import, the data version that every write raises, the latest publication) changes; the
 * fingerprint is read at most once a second, and at once after a write through the same handle.
 * Only anonymous GETs of the public procedures with status 200 are kept; a hit carries an ETag
 * and a matching If-None-Match gets 304. Concurrent misses for the same URL wait for the first instead of computing it again.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SERVED_FINGERPRINT_SQL, trustedRead, type DatabaseHandle } from '@img-groningen/db';

export interface ResponseCacheOptions {
  /** Procedure paths whose anonymous answers may be kept. */
  publicPaths: ReadonlySet<string>;
  maxEntries?: number;
  maxBytes?: number;
  /** How long a read fingerprint is trusted, ms. */
  versionTtlMs?: number;
}

interface Entry {
  version: string;
  body: Buffer;
  contentType: string;
  etag: string;
}

export interface ResponseCache {
  /** Serves from the cache or calls `produce`, keeping its answer when it may. */
  handle(req: IncomingMessage, res: ServerResponse, produce: () => void): void;
  readonly stats: { hits: number; misses: number };
}

export function createResponseCache(
  db: DatabaseHandle,
  {
    publicPaths,
    maxEntries = 2_000,
    maxBytes = 64 << 20,
    versionTtlMs = 1_000,
  }: ResponseCacheOptions,
): ResponseCache {
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<void>>();
  const stats = { hits: 0, misses: 0 };
  let bytes = 0;
  let seen: string | null = null;

  /** The served fingerprint, read at most once per `versionTtlMs` (see `trustedRead`). */
  async function currentVersion(): Promise<string> {
    const value = await trustedRead(
      db,
      'served-fingerprint',
      async () =>
        (await db.query<{ fingerprint: string | null }>(SERVED_FINGERPRINT_SQL))[0]?.fingerprint ??
        '',
      versionTtlMs,
    );
    // Answers of an older version are never served again: free their memory.
    if (seen !== null && seen !== value) {
      entries.clear();
      bytes = 0;
    }
    seen = value;
    return value;
  }

  function cacheable(req: IncomingMessage): boolean {
    if (req.method !== 'GET' || req.headers.authorization) return false;
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/trpc\//, '');
    return publicPaths.has(path);
  }

  function send(req: IncomingMessage, res: ServerResponse, entry: Entry) {
    const headers = {
      'content-type': entry.contentType,
      etag: entry.etag,
      'cache-control': 'public, max-age=60',
    };
    if (req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, headers);
    res.end(entry.body);
  }

  function store(key: string, entry: Entry) {
    entries.delete(key);
    entries.set(key, entry);
    bytes += entry.body.length;
    // Oldest first out.
    for (const [k, e] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      entries.delete(k);
      bytes -= e.body.length;
    }
  }

  /** Lets `produce` answer, keeping a copy of a 200 answer. */
  function capture(res: ServerResponse, produce: () => void, done: (entry: Entry | null) => void) {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const collect = (chunk: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      collect(chunk);
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      collect(chunk);
      const body = Buffer.concat(chunks);
      done(
        res.statusCode === 200
          ? {
              version: '',
              body,
              contentType: String(res.getHeader('content-type') ?? 'application/json'),
              etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
            }
          : null,
      );
      return (end as (...a: unknown[]) => ServerResponse)(chunk, ...rest);
    }) as typeof res.end;
    produce();
  }

  async function serve(req: IncomingMessage, res: ServerResponse, produce: () => void) {
    let v: string;
    try {
      v = await currentVersion();
    } catch {
      // The database is away: let the procedure answer (503) as it would without a cache.
      produce();
      return;
    }
    const key = req.url ?? '';
    const hit = entries.get(key);
    if (hit && hit.version === v) {
      stats.hits++;
      send(req, res, hit);
      return;
    }
    const pending = inFlight.get(key);
    if (pending) {
      await pending;
      const after = entries.get(key);
      if (after && after.version === v) {
        stats.hits++;
        send(req, res, after);
        return;
      }
    }
    stats.misses++;
    let finish!: () => void;
    inFlight.set(key, new Promise<void>((resolve) => (finish = resolve)));
    capture(res, produce, (entry) => {
      if (entry) store(key, { ...entry, version: v });
      inFlight.delete(key);
      finish();
    });
  }

  return {
    stats,
    handle(req, res, produce) {
      if (!cacheable(req)) {
        produce();
        return;
      }
      serve(req, res, produce).catch(() => {
        if (!res.headersSent) produce();
      });
    },
  };
}
