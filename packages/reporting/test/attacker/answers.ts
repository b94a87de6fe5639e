/** A publication's answers as anyone can read them: procedure, input and answer, parsed. */
import type { DatabaseHandle } from '@img-groningen/db';
import type { Answer } from './attacks';

export async function publishedAnswers(
  db: DatabaseHandle,
  publicationId: number,
): Promise<Answer[]> {
  const rows = await db.query<{ procedure: string; input: string; answer: unknown }>(
    `select procedure, input, answer from publication_answers where publication_id = $1`,
    [publicationId],
  );
  return rows.map((r) => ({
    procedure: r.procedure,
    input: (JSON.parse(r.input) ?? {}) as Answer['input'],
    // The answer column may come back as text or already parsed, depending on the driver.
    answer: typeof r.answer === 'string' ? (JSON.parse(r.answer) as unknown) : r.answer,
  }));
}
