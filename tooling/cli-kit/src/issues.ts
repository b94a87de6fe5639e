/**
 * A validation problem: where (the path into the document) and why. zod's issues have this shape;
 * the optional details are those of zod's issue codes, used when the message itself is only the
 * generic "Invalid input" (zod/mini carries no messages of its own).
 */
export interface Issue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  expected?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  format?: string;
}

const GENERIC = 'Invalid input';

/** Why, in words: the issue's own message, or one made from its code when that says nothing. */
function why(issue: Issue): string {
  if (issue.message && issue.message !== GENERIC) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected ? `expected ${issue.expected}` : issue.message;
    case 'invalid_value':
      return issue.values
        ? `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
        : issue.message;
    case 'unrecognized_keys':
      return `unknown field${issue.keys?.length === 1 ? '' : 's'} ${(issue.keys ?? []).join(', ')}`;
    case 'too_small':
      return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`;
    case 'too_big':
      return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.format ? `must be a valid ${issue.format}` : issue.message;
    default:
      return issue.message;
  }
}

/** Validation problems in one line: `path: why; path: why` (`(document)` for the whole). */
export function describeIssues(issues: readonly Issue[]): string {
  return issues.map((i) => `${i.path.map(String).join('.') || '(document)'}: ${why(i)}`).join('; ');
}
