/**
 * @img-groningen/vocabulary/issues — what is wrong with an input, in words: one problem a line,
 * each naming the field's path and why (`facts.object.constructionYear: must be a whole year,
 * got "abc"`). The domain packages' parse functions throw an {@link InputError} with these lines
 * and the problems themselves; their commands print the same problems.
 *
 * No zod at run time (it reads only the shape of zod's issues), so that the commands, which
 * compile this in, do not carry zod where their package does not depend on it.
 *
 * @packageDocumentation
 */

/**
 * A validation problem as zod reports it: where (the path into the input) and why, with the
 * details of its code. zod/mini carries no messages of its own ("Invalid input"): the details
 * say why then.
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
  /** The value found; zod reports it when parsing with `{ reportInput: true }`. */
  input?: unknown;
}

/** One problem of an input, for programs and for people. */
export interface InputProblem {
  /** The field, from the top of the input; `[]` for the input as a whole. */
  path: (string | number)[];
  /** zod's issue code: `invalid_type`, `invalid_value`, `unrecognized_keys`, `too_small`, … */
  code: string;
  /** Why, in words, with the value found where known: `must be one of "natural", "legal", got "robot"`. */
  message: string;
}

const GENERIC = 'Invalid input';
const TYPES: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
};
/** A value shown in a message is cut here: an input may hold a line of megabytes. */
const SHOWN_CHARS = 40;

/** The value found, briefly: `"abc"`, `12`, `null`, `an object`. */
function shown(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1)}…` : text;
}

/** Why, in words: the schema's own message, or one made from the issue's code. */
function why(issue: Issue): string {
  if (issue.message && issue.message !== GENERIC) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected ? `expected ${TYPES[issue.expected] ?? issue.expected}` : issue.message;
    case 'invalid_value':
      return issue.values
        ? issue.values.length === 1
          ? `must be ${JSON.stringify(issue.values[0])}`
          : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
        : issue.message;
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

/**
 * The problems of an input, one per field: an unknown field is a problem of its own, at its
 * own path (a typo in an optional field would otherwise silently leave the fact unknown).
 */
export function inputProblems(issues: readonly Issue[]): InputProblem[] {
  return issues.flatMap((issue): InputProblem[] => {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const code = issue.code ?? 'custom';
    if (code === 'unrecognized_keys')
      return (issue.keys ?? []).map((key) => ({
        path: [...path, key],
        code,
        message: 'unknown field',
      }));
    let message = why(issue);
    if ('input' in issue)
      message =
        issue.input === undefined && code === 'invalid_type'
          ? `missing (${message})`
          : `${message}, got ${shown(issue.input)}`;
    return [{ path, code, message }];
  });
}

/** One problem in words: `root.path.to.field: why` (the root alone for the input as a whole). */
export function describeProblem(problem: InputProblem, root = ''): string {
  const where = [...(root ? [root] : []), ...problem.path].join('.');
  return `${where || '(document)'}: ${problem.message}`;
}

/**
 * Validation problems in one line, `path: why; path: why`, for a command's message about a
 * document or an NDJSON line.
 */
export function describeIssues(issues: readonly Issue[]): string {
  return inputProblems(issues)
    .map((p) => describeProblem(p))
    .join('; ');
}

/**
 * Input that does not fit the schema: the message has one line per problem (`facts.kvk.number:
 * KVK number: 8 digits, got "abc"`); `issues` holds the problems themselves.
 */
export class InputError extends Error {
  /** Every problem, with its path, code and reason. */
  readonly issues: readonly InputProblem[];

  constructor(message: string, issues: readonly InputProblem[] = []) {
    super(message);
    this.name = 'InputError';
    this.issues = issues;
  }
}

/** What `parseInput` needs of a schema: zod's `safeParse`. */
export interface SafeParser<T> {
  /** The data, or the issues; with `reportInput`, each issue holds the value found. */
  safeParse(
    input: unknown,
    params?: { reportInput?: boolean },
  ): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };
}

/**
 * Validates `input` against a zod schema: the data, or an {@link InputError} (or the subclass
 * given) whose message names every problem under `root` (`facts`, `invoice`).
 */
export function parseInput<T>(
  schema: SafeParser<T>,
  input: unknown,
  root: string,
  ErrorClass: new (message: string, issues: readonly InputProblem[]) => InputError = InputError,
  /** A first line saying what was being read, when the root alone does not. */
  heading?: string,
): T {
  // Parse plainly first: asking for the input in each issue takes zod off its compiled fast path
  // (a third slower), and only a refused input needs it, for the message.
  const plain = schema.safeParse(input);
  if (plain.success) return plain.data;
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const problems = inputProblems(result.error.issues);
  const lines = problems.map((p) => describeProblem(p, root));
  throw new ErrorClass((heading ? [heading, ...lines] : lines).join('\n'), problems);
}
