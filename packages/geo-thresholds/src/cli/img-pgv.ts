#!/usr/bin/env node
/**
 * img-pgv: the maximum PGV (1 % exceedance) per address from a quake catalogue, with the quake
 * that caused it, its distance and the 2 and 5 mm/s flags. CSV in, CSV or NDJSON out, streamed.
 * Bad rows are reported on stderr with their line; the others are still processed.
 * Exit status: 0 all rows done, 1 some rows rejected, 2 input unreadable or unusable.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { addressReader, isRowError } from '../addresses';
import { parseCatalogue } from '../catalogue';
import { IMG_MODEL, MODELS } from '../gmm/models';
import { PgvIndex } from '../pgv';
import { BASELINE_SURVEY_PGV, EFFECT_AREA_PGV } from '../thresholds';

const USAGE = `usage: img-pgv [addresses.csv | -] [--catalogue FILE] [--model ID] [--format csv|ndjson]

  addresses   CSV with id and x,y (RD New) or lat,lon (WGS84); optional construction_year, vs30
  --catalogue quake catalogue CSV (default: the KNMI Groningen list shipped with this package)
  --model     ${Object.keys(MODELS).join(', ')} (default ${IMG_MODEL.id})
  --format    csv (default) or ndjson`;

function usage(message: string): never {
  process.stderr.write(`img-pgv: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        catalogue: { type: 'string' },
        model: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const format = values.format ?? 'csv';
  if (format !== 'csv' && format !== 'ndjson')
    usage(`--format must be csv or ndjson, got '${format}'`);
  const model = values.model ? MODELS[values.model] : IMG_MODEL;
  if (!model) usage(`unknown model '${values.model}'`);

  const cataloguePath =
    values.catalogue ?? new URL('../../data/knmi_groningen_events_1991-2022.csv', import.meta.url);
  let catalogueText: string;
  try {
    catalogueText = readFileSync(cataloguePath, 'utf8');
  } catch (error) {
    usage(`cannot read the catalogue: ${(error as Error).message}`);
  }
  const catalogue = parseCatalogue(catalogueText);
  for (const e of catalogue.errors)
    process.stderr.write(
      `catalogue line ${e.line}: ${e.field ? `${e.field}: ` : ''}${e.message}\n`,
    );
  if (catalogue.events.length === 0) usage('the catalogue has no usable events');
  const index = new PgvIndex(catalogue.events, { model });

  const source =
    positionals[0] && positionals[0] !== '-' ? createReadStream(positionals[0]) : process.stdin;
  source.on('error', (error: Error) => usage(`cannot read the addresses: ${error.message}`));
  const lines = createInterface({ input: source, crlfDelay: Infinity });
  let reader: ReturnType<typeof addressReader> | null = null;
  let lineNumber = 0;
  let rejected = 0;
  const out = process.stdout;
  for await (const line of lines) {
    lineNumber++;
    if (!reader) {
      reader = addressReader(line);
      if ('error' in reader) usage(`addresses line 1: ${reader.error.message}`);
      if (format === 'csv')
        out.write('id,pgv_mm_s,event_id,event_time,distance_km,pgv_at_least_2,pgv_at_least_5\n');
      continue;
    }
    if (line.trim() === '' || 'error' in reader) continue;
    const row = reader.read(line, lineNumber);
    if (isRowError(row)) {
      rejected++;
      process.stderr.write(
        `addresses line ${row.line}: ${row.field ? `${row.field}: ` : ''}${row.message}\n`,
      );
      continue;
    }
    let result;
    try {
      result = index.maxPgv(row.point, {
        after: row.constructionYear === null ? undefined : { year: row.constructionYear },
        site: row.vs30 === null ? {} : { vs30: row.vs30 },
      });
    } catch (error) {
      rejected++;
      process.stderr.write(`addresses line ${row.line}: ${(error as Error).message}\n`);
      continue;
    }
    const pgv = result ? Number(result.pgv.toFixed(3)) : null;
    const record = {
      id: row.id,
      pgv_mm_s: pgv,
      event_id: result?.event.id ?? null,
      event_time: result?.event.time ?? null,
      distance_km: result ? Number(result.distanceKm.toFixed(3)) : null,
      pgv_at_least_2: result !== null && result.pgv >= EFFECT_AREA_PGV,
      pgv_at_least_5: result !== null && result.pgv >= BASELINE_SURVEY_PGV,
    };
    const text =
      format === 'ndjson'
        ? `${JSON.stringify(record)}\n`
        : `${/[",]/.test(record.id) ? `"${record.id.replace(/"/g, '""')}"` : record.id},${pgv ?? ''},${record.event_id ?? ''},${record.event_time ?? ''},${record.distance_km ?? ''},${record.pgv_at_least_2},${record.pgv_at_least_5}\n`;
    if (!out.write(text)) await new Promise((resolve) => out.once('drain', resolve));
  }
  if (!reader) usage('the addresses file is empty');
  if (rejected > 0) {
    process.stderr.write(`img-pgv: ${rejected} row(s) rejected\n`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`img-pgv: ${(error as Error).message}\n`);
  process.exit(2);
});
