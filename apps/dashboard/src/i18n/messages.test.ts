import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from './messages';

/** Every key path to a text in a message tree. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  );
}

/** The literal keys the components ask for: t('a.b') (dynamic ones end in a dot). */
function usedKeys(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return usedKeys(path);
    if (!/\.(vue|ts)$/.test(entry.name) || entry.name.endsWith('.test.ts')) return [];
    return [...readFileSync(path, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z.]+)'/g)].map((m) => m[1]!);
  });
}

describe('the messages', () => {
  it('have the same keys in Dutch and English', () => {
    expect(keys(messages.en).sort()).toEqual(keys(messages.nl).sort());
  });

  it('have a text for every key the pages use', () => {
    const known = new Set(keys(messages.nl));
    const used = usedKeys(join(import.meta.dirname, '..'));
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((k) => !known.has(k))).toEqual([]);
  });
});
