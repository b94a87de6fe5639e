import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkUblInvoice } from '../check.js';
import { Invoice } from '../model.js';
import { validateInvoice } from '../validate.js';
import { ublToInvoice } from './to-model.js';
import { UblError, parseUbl } from './xml.js';

const examples = new URL('../../test/peppol/examples/', import.meta.url);

describe('safe XML', () => {
  const timed = (work: () => unknown) => {
    const started = performance.now();
    let error: unknown;
    try {
      work();
    } catch (e) {
      error = e;
    }
    return { error: error as UblError, ms: performance.now() - started };
  };

  it('rejects an external entity (XXE), quickly and clearly', () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE Invoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Invoice><ID>&xxe;</ID></Invoice>';
    const { error, ms } = timed(() => parseUbl(xxe));
    expect(error).toBeInstanceOf(UblError);
    expect(error.code).toBe('dtd-not-allowed');
    expect(error.message).toMatch(/external entities/);
    expect(ms).toBeLessThan(1_000);
  });

  it('rejects entity expansion ("billion laughs") without expanding anything', () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      '<!ENTITY lol "lol">',
      ...Array.from(
        { length: 9 },
        (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`,
      ),
      ']>',
      '<Invoice><ID>&lol9;</ID></Invoice>',
    ].join('\n');
    const { error, ms } = timed(() => parseUbl(lol));
    expect(error.code).toBe('dtd-not-allowed');
    expect(ms).toBeLessThan(1_000);
  });

  it('rejects a document over the size limit before reading it', () => {
    // As bytes, the way an upload arrives: refused on its length, before any parsing.
    const big = new Uint8Array(11 * 1024 * 1024).fill(0x20);
    const { error, ms } = timed(() => parseUbl(big));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/at most 10485760/);
    expect(ms).toBeLessThan(1_000);
    expect(timed(() => parseUbl('<Invoice/>', 5)).error.code).toBe('too-large');
  });

  it('rejects malformed XML with the line, and other documents', () => {
    expect(timed(() => parseUbl('<Invoice><ID>1</Invoice>')).error.code).toBe('malformed');
    expect(timed(() => parseUbl('<Order><ID>1</ID></Order>')).error.code).toBe('not-ubl');
  });
});

describe('the Peppol example documents', () => {
  const files = readdirSync(examples).filter((f) => f.endsWith('.xml'));
  it.each(files)('%s parses, and its lines, VAT and totals add up', (file) => {
    const xml = readFileSync(new URL(file, examples), 'utf8');
    const invoice = Invoice.parse(ublToInvoice(parseUbl(xml)));
    expect(invoice.lines.length).toBeGreaterThan(0);
    expect(validateInvoice(invoice).filter((f) => f.ruleId === 'FAC-X1')).toEqual([]);
    expect(invoice.totals.exclVatCents! + invoice.totals.vatCents!).toBe(
      invoice.totals.inclVatCents,
    );
    // The examples are valid Peppol documents: none of our Peppol rules fires.
    const peppol = checkUblInvoice(xml).findings.filter(
      (f) => f.ruleId.startsWith('PEPPOL') && f.severity === 'error',
    );
    expect(peppol).toEqual([]);
  });
});

describe('utf8Length (the size limit without Buffer, so the entry runs in a browser)', () => {
  it('counts UTF-8 bytes as Buffer does', async () => {
    const { utf8Length } = await import('./xml.js');
    for (const text of ['', 'abc', 'é', '€ 1.000', 'ǅ𝄞x', '\ud800', 'a\udc00b', '<a>ẞ</a>'])
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});
