/**
 * The reference rows that hand-made test data build on: every scheme, one municipality with one
 * object (id 1), and optionally the data set's "as of" date.
 */
import type { DatabaseHandle } from '../client';
import { SCHEMES } from '../generate/reference';

const PLACES = {
  /** A core-area object in Loppersum (Eemsdelta). */
  eemsdelta: {
    municipality: ['GM1979', 'Eemsdelta'],
    object: ['9919AA', 'Loppersum', 245_000, 593_000, 1950, 'kern'],
  },
  /** An edge object in the city of Groningen. */
  groningen: {
    municipality: ['GM0014', 'Groningen'],
    object: ['9711AA', 'Groningen', 233_000, 582_000, 1930, 'rand'],
  },
} as const;

export async function seedReference(
  handle: DatabaseHandle,
  { place, asOf }: { place: keyof typeof PLACES; asOf?: string },
): Promise<void> {
  for (const s of SCHEMES) {
    await handle.query(
      `insert into schemes (code, name_nl, name_en, opened_on, is_final, objection_term_weeks) values ($1, $2, $3, $4, $5, $6)`,
      [s.code, s.nameNl, s.nameEn, s.openedOn, s.isFinal, s.objectionTermWeeks],
    );
  }
  const { municipality, object } = PLACES[place];
  await handle.query(
    `insert into municipalities (code, name, province) values ($1, $2, 'Groningen')`,
    [...municipality],
  );
  await handle.query(
    `insert into objects (id, street, house_number, postcode, city, x_rd, y_rd, construction_year, municipality_code, area)
     values (1, 'Kerkstraat', 1, $1, $2, $3, $4, $5, $6, $7)`,
    [...object.slice(0, 5), municipality[0], object[5]],
  );
  if (asOf)
    await handle.query(`insert into dataset_info (key, value) values ('as_of', $1)`, [asOf]);
}
