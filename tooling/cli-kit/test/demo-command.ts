// A tiny command built on the kit, for its tests: exit codes are the point.
import { EXIT, fail, parseCli, readJson, runMain } from '../src/index.js';

runMain('demo', () => {
  const { values, positionals } = parseCli({
    name: 'demo',
    usage: 'usage: demo FILE [--strict]',
    moduleUrl: import.meta.url,
    options: { strict: { type: 'boolean' } },
  });
  if (!positionals[0]) fail('demo', 'a file is needed', 'usage: demo FILE [--strict]');
  const doc = readJson('demo', positionals[0]) as { ok?: boolean };
  if (values.strict && doc.ok === undefined) throw new Error('ok: missing');
  process.exitCode = doc.ok ? EXIT.ok : EXIT.negative;
});
