/**
 * Splits CSV text (RFC 4180: fields may be quoted, a quote inside is doubled, a quoted field may
 * span lines) into records with the line each starts on. Lines without a quote — nearly all of
 * an export — are split on commas directly; quoted ones go through a small state machine.
 */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** The fields of one record's text (quotes balanced), or null when a quote is not closed. */
function parseQuoted(text: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
    i++;
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}

const quotes = (line: string) => {
  let n = 0;
  for (let i = line.indexOf('"'); i !== -1; i = line.indexOf('"', i + 1)) n++;
  return n;
};

/** Records in order; `unclosed` is set when the text ends inside a quoted field. */
export function* csvRecords(text: string): Generator<CsvRecord, { unclosed: number | null }> {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line === '') continue;
    if (!line.includes('"')) {
      yield { line: i + 1, fields: line.split(',') };
      continue;
    }
    // A quoted field may go on over the next lines: gather until the quotes balance.
    const start = i;
    let record = line;
    while (quotes(record) % 2 === 1 && i + 1 < lines.length)
      record += `\n${lines[++i]!.replace(/\r$/, '')}`;
    const fields = quotes(record) % 2 === 0 ? parseQuoted(record) : null;
    if (!fields) return { unclosed: start + 1 };
    yield { line: start + 1, fields };
  }
  return { unclosed: null };
}
