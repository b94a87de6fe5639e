// Worker threads do not inherit tsx's loader from the main thread: register it, then load the
// TypeScript worker. (A bundled build points the pool at a compiled worker instead.)
const { register } = await import('tsx/esm/api');
register();
await import('./worker.ts');
