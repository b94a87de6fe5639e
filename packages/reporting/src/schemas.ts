import { z } from 'zod';

/** An ISO calendar date (YYYY-MM-DD), a real day, read in Europe/Amsterdam. */
export const isoDate = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });

/** A CBS municipality code, e.g. GM0014 (Groningen). */
export const municipalityCode = z
  .string()
  .regex(/^GM[0-9]{4}$/, { error: 'must be a CBS municipality code such as GM0014' });
