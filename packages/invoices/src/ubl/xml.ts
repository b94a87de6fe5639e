/**
 * Safe XML reading for UBL: no DTD at all (so no external entities and no entity expansion,
 * the "billion laughs"), a size limit, and a clear error for each refusal. Then a small
 * element API over fast-xml-parser's tree: namespaces dropped, text kept as text.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export type UblErrorCode = 'too-large' | 'dtd-not-allowed' | 'malformed' | 'not-ubl';

export class UblError extends Error {
  constructor(
    readonly code: UblErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UblError';
  }
}

/** An element: child elements by local name (arrays), attributes with '@', text as '#text'. */
export type Node = { [name: string]: Node[] | string | undefined; '#text'?: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Entities only as XML defines them (&amp; &lt; …): a DTD never reaches the parser.
  processEntities: true,
  htmlEntities: false,
  alwaysCreateTextNode: true,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
});

export function parseXml(input: string | Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Node {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (bytes > maxBytes)
    throw new UblError(
      'too-large',
      `the document is ${bytes} bytes; at most ${maxBytes} are accepted`,
    );
  const text =
    typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: false }).decode(input);
  // A DTD is how XXE and entity expansion get in; UBL never needs one.
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    throw new UblError(
      'dtd-not-allowed',
      'a DOCTYPE or ENTITY declaration is not allowed (external entities and entity expansion are refused)',
    );
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new UblError(
      'malformed',
      `not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`,
    );
  return parser.parse(text) as Node;
}

export const children = (node: Node | undefined, name: string): Node[] =>
  (node?.[name] as Node[] | undefined) ?? [];
export const child = (node: Node | undefined, name: string): Node | undefined =>
  children(node, name)[0];
/** The first element along a path of local names. */
export function at(node: Node | undefined, ...path: string[]): Node | undefined {
  let current = node;
  for (const name of path) current = child(current, name);
  return current;
}
/** All elements along a path (every branch). */
export function all(node: Node | undefined, ...path: string[]): Node[] {
  let current: Node[] = node ? [node] : [];
  for (const name of path) current = current.flatMap((n) => children(n, name));
  return current;
}
export const textOf = (node: Node | undefined): string | undefined => {
  const t = node?.['#text'];
  return t === undefined || t === '' ? undefined : String(t);
};
export const text = (node: Node | undefined, ...path: string[]) => textOf(at(node, ...path));
export const attr = (node: Node | undefined, name: string): string | undefined =>
  node?.[`@${name}`] as string | undefined;

/** Visits every element below `node` with its local name. */
export function walk(node: Node, visit: (name: string, element: Node) => void): void {
  for (const [name, value] of Object.entries(node)) {
    if (name.startsWith('@') || name === '#text' || !Array.isArray(value)) continue;
    for (const element of value) {
      visit(name, element);
      walk(element, visit);
    }
  }
}

export interface UblDocument {
  kind: 'invoice' | 'creditNote';
  root: Node;
}

/** The Invoice or CreditNote element of a parsed document. */
export function ublRoot(tree: Node): UblDocument {
  const invoice = child(tree, 'Invoice');
  if (invoice) return { kind: 'invoice', root: invoice };
  const creditNote = child(tree, 'CreditNote');
  if (creditNote) return { kind: 'creditNote', root: creditNote };
  throw new UblError('not-ubl', 'the document is neither a UBL Invoice nor a CreditNote');
}

export function parseUbl(input: string | Uint8Array, maxBytes = DEFAULT_MAX_BYTES): UblDocument {
  return ublRoot(parseXml(input, maxBytes));
}
