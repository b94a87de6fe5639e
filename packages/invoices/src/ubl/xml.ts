/**
 * Safe XML reading for UBL: no DTD at all (so no external entities and no entity expansion,
 * the "billion laughs"), a size limit, and a clear error for each refusal. Then a small
 * element API over fast-xml-parser's tree: namespaces dropped, text kept as text.
 */
import { SaxesParser } from 'saxes';

/** The largest UBL document accepted by default, in bytes. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Why a UBL document could not be read. */
export type UblErrorCode = 'too-large' | 'dtd-not-allowed' | 'malformed' | 'not-ubl';

/** A UBL document that cannot be read: not XML, unsafe, too large or not an invoice. */
export class UblError extends Error {
  constructor(
    readonly code: UblErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UblError';
  }
}

/** An element with a fixed shape (fast to build and to read): local name, attributes, text, children. */
export class Node {
  text: string | undefined = undefined;
  readonly children: Node[] = [];
  /** This element's descendants are `all[start, end)` of its document. */
  start = 0;
  end = 0;
  constructor(
    readonly name: string,
    readonly attributes: Readonly<Record<string, string>> | undefined,
    readonly all: Node[],
  ) {}
}

// TextDecoder is in every browser and in Node, but in no ES lib; Buffer is Node's alone and is
// not used, so that this entry runs in a browser.
declare const TextDecoder: new (label: string) => { decode(bytes: Uint8Array): string };

/** The length of a string in UTF-8 bytes, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

const localName = (qualified: string) => {
  const colon = qualified.indexOf(':');
  return colon === -1 ? qualified : qualified.slice(colon + 1);
};

/**
 * Reads XML with saxes, a strict, conformant parser (every well-formedness error is an
 * error), into an element tree. Namespace prefixes are dropped: UBL's element names are unique
 * by local name within an invoice. Returns a document node whose children are the root element.
 */
export function parseXml(input: string | Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Node {
  const bytes = typeof input === 'string' ? utf8Length(input) : input.byteLength;
  if (bytes > maxBytes)
    throw new UblError(
      'too-large',
      `the document is ${bytes} bytes; at most ${maxBytes} are accepted`,
    );
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
  // A DTD is how XXE and entity expansion get in; UBL never needs one.
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    throw new UblError(
      'dtd-not-allowed',
      'a DOCTYPE or ENTITY declaration is not allowed (external entities and entity expansion are refused)',
    );
  const all: Node[] = [];
  const root = new Node('#document', undefined, all);
  const stack: Node[] = [root];
  const parser = new SaxesParser({ xmlns: false, position: false });
  let error: Error | null = null;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    let attributes: Record<string, string> | undefined;
    const raw = tag.attributes as Record<string, string>;
    for (const name in raw) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      (attributes ??= {})[localName(name)] = raw[name]!;
    }
    const element = new Node(localName(tag.name), attributes, all);
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
    all.push(element);
    element.start = all.length;
  });
  const addText = (value: string) => {
    const current = stack[stack.length - 1]!;
    // UBL has no mixed content: the whitespace between elements is layout, not text.
    if (current.text === undefined && value.trim() === '') return;
    current.text = current.text === undefined ? value : current.text + value;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const element = stack.pop()!;
    if (element.text !== undefined) element.text = element.text.trim();
    element.end = all.length;
  });
  try {
    parser.write(text).close();
  } catch (e) {
    error ??= e as Error;
  }
  if (error) throw new UblError('malformed', `not well-formed XML: ${(error as Error).message}`);
  root.end = all.length;
  return root;
}

export const children = (node: Node | undefined, name: string): Node[] =>
  node ? node.children.filter((c) => c.name === name) : [];
export const child = (node: Node | undefined, name: string): Node | undefined =>
  node?.children.find((c) => c.name === name);
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
export const textOf = (node: Node | undefined): string | undefined =>
  node?.text ? node.text : undefined;
export const text = (node: Node | undefined, ...path: string[]) => textOf(at(node, ...path));
export const attr = (node: Node | undefined, name: string): string | undefined =>
  node?.attributes?.[name];

/** Every element below `node`, in document order. */
export function elements(node: Node): Node[] {
  return node.all.slice(node.start, node.end);
}

/** A parsed UBL document: its kind and its root element. */
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

/** Reads a UBL invoice or credit note safely (no DTD, a size limit) into a document tree. */
export function parseUbl(input: string | Uint8Array, maxBytes = DEFAULT_MAX_BYTES): UblDocument {
  return ublRoot(parseXml(input, maxBytes));
}
