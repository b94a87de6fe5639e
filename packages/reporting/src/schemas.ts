import { z } from 'zod';

/** An ISO calendar date (YYYY-MM-DD), a real day, read in Europe/Amsterdam. */
export const isoDate = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });
