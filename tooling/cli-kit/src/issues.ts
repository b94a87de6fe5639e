/** A validation problem: where (the path into the document) and why. zod's issues have this shape. */
export interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** Validation problems in one line: `path: why; path: why` (`(document)` for the whole). */
export function describeIssues(issues: readonly Issue[]): string {
  return issues
    .map((i) => `${i.path.map(String).join('.') || '(document)'}: ${i.message}`)
    .join('; ');
}
