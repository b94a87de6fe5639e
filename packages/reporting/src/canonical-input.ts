/**
 * A procedure's input as canonical JSON: keys sorted, undefined values and the `omit`ted keys
 * left out, '{}' for no input. The key of a stored or kept answer (the inputs are flat objects).
 */
export function canonicalInput(input: unknown, omit: readonly string[] = []): string {
  if (input === undefined || input === null) return '{}';
  const entries = Object.entries(input as Record<string, unknown>).filter(
    ([k, v]) => v !== undefined && !omit.includes(k),
  );
  return JSON.stringify(Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b))));
}
