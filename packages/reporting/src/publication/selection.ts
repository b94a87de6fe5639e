/** Which publication a public caller reads: the latest, or a named week and version. */
import { z } from 'zod';

export const isoWeek = z.string().regex(/^[0-9]{4}-W(0[1-9]|[1-4][0-9]|5[0-3])$/, {
  error: 'must be an ISO week such as 2026-W47',
});

export const PublicationSelection = z
  .object({
    week: isoWeek.optional(),
    version: z.coerce.number().int().min(1, { error: 'must be 1 or more' }).optional(),
  })
  .strict();
export type PublicationSelection = z.infer<typeof PublicationSelection>;
