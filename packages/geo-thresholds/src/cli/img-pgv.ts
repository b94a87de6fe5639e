#!/usr/bin/env node
/**
 * img-pgv: the maximum PGV (1 % exceedance) per address from a quake catalogue, with the quake
 * that caused it, its distance and the 2 and 5 mm/s flags. CSV in, CSV or NDJSON out, streamed.
 * Bad rows are reported on stderr with their line and column; the others are still processed.
 * Exit status: 0 all rows done, 1 some rows rejected, 2 input unreadable or unusable. (It gives
 * figures, not a verdict: 0 is the positive answer, every address answered.)
 */
import { readFileSync } from 'node:fs';
import {
  EXIT,
  fail,
  parseCli,
  readLines,
  runMain,
  writeOut,
  usageOf,
} from '@img-groningen/cli-kit';
import { addressReader, isRowError } from '../addresses.js';
import { parseCatalogue } from '../catalogue.js';
import { IMG_MODEL } from '../gmm/models.js';
import { MODELS } from '../gmm/tno-models.js';
import { PgvIndex } from '../pgv.js';
import { BASELINE_SURVEY_PGV, EFFECT_AREA_PGV } from '../thresholds.js';

const USAGE = `usage: img-pgv [addresses.csv | -] [--catalogue FILE] [--model ID] [--format csv|ndjson]

  addresses   CSV with id and x,y (RD New) or lat,lon (WGS84); optional construction_year, vs30
  --catalogue quake catalogue CSV (default: the KNMI Groningen list shipped with this package)
  --model     ${Object.keys(MODELS).join(', ')} (default ${IMG_MODEL.id})
  --format    csv (default) or ndjson

exit status: 0 every row done; 1 some rows rejected (reported on stderr with line and column);
2 usage error or input that cannot be used`;

const NAME = 'img-pgv';

// Typed out: a call ends the command only if its type says `never` where it is declared.
const usage: (message: string) => never = usageOf(NAME, USAGE);

async function main() {
  const { values, positionals } = parseCli({
    name: NAME,
    usage: USAGE,
    moduleUrl: import.meta.url,
    options: {
      catalogue: { type: 'string' },
      model: { type: 'string' },
      format: { type: 'string' },
    },
  });
  const format = values.format ?? 'csv';
  if (format !== 'csv' && format !== 'ndjson')
    usage(`--format must be csv or ndjson, got '${format}'`);
  const model = values.model ? MODELS[values.model] : IMG_MODEL;
  if (!model) usage(`unknown model '${values.model}'`);

  let catalogueText: string;
  try {
    catalogueText = readFileSync(values.catalogue ?? shippedCatalogue(), 'utf8');
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

  let reader: ReturnType<typeof addressReader> | null = null;
  let rejected = 0;
  for await (const { line, number: lineNumber } of readLines(NAME, positionals[0] ?? '-')) {
    if (!reader) {
      reader = addressReader(line);
      if ('error' in reader) usage(`addresses line 1: ${reader.error.message}`);
      // Said once, by the names the user gave (the model's own message speaks of `site.vs30`).
      if (model.needsVs30 && !reader.columns.includes('vs30'))
        usage(`--model ${model.id} needs a vs30 column (m/s) in the addresses`);
      if (format === 'csv')
        await writeOut(
          'id,pgv_mm_s,event_id,event_time,distance_km,pgv_at_least_2,pgv_at_least_5\n',
        );
      continue;
    }
    if ('error' in reader) continue;
    const row = reader.read(line, lineNumber);
    if (isRowError(row)) {
      rejected++;
      process.stderr.write(
        `addresses line ${row.line}: ${row.field ? `${row.field}: ` : ''}${row.message}\n`,
      );
      continue;
    }
    if (model.needsVs30 && row.vs30 === null) {
      rejected++;
      process.stderr.write(
        `addresses line ${row.line}: vs30: vs30 is missing (--model ${model.id} needs it, m/s)\n`,
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
    await writeOut(text);
  }
  if (!reader) fail(NAME, 'the addresses file is empty');
  if (rejected > 0) {
    process.stderr.write(`img-pgv: ${rejected} row(s) rejected\n`);
    process.exitCode = EXIT.negative;
  }
}

/** The KNMI list shipped with the package: beside `src/cli` from source, beside `dist/bin` built. */
function shippedCatalogue(): URL {
  return new URL('../../data/knmi_groningen_events_1991-2022.csv', import.meta.url);
}

runMain(NAME, main);
