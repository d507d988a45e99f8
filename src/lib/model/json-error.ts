// Where a dataset file's JSON goes wrong, and where each of its values is. Positions come from
// jsonc-parser's scanner and parser, never from searching the text; every step is linear in the
// file's size, and nothing here throws, whatever the text.
import { createScanner, parseTree, printParseErrorCode, type JSONScanner, type ParseError } from 'jsonc-parser';

/** Deepest nesting accepted. The dataset needs about 6; jsonc-parser and zod recurse per level. */
export const MAX_DEPTH = 64;

const PARSE_OPTIONS = { allowTrailingComma: false, disallowComments: true };

// jsonc-parser's SyntaxKind is a const enum, which isolated modules cannot import.
const OPEN_BRACE = 1, CLOSE_BRACE = 2, OPEN_BRACKET = 3, CLOSE_BRACKET = 4, COMMA = 5, STRING = 10, END = 17;

/** What each jsonc-parser error code means, in an editor's words. */
const PHRASES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':' after a property name",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'unexpected text after the end of the data',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'incomplete number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'control character inside a string',
};

/** A file's text, read: its value and where each top-level item lies, or where it first breaks. */
export type JsonRead =
  | { ok: true; value: unknown; root: number; items: ItemStarts | null }
  | { ok: false; offset: number; message: string };

/** Where each item of the top-level array starts (its offset in the text). */
export type ItemStarts = number[];

interface Structure { root: number; items: ItemStarts; tooDeep?: number }

/**
 * One pass over text that JSON.parse accepted: the offset of the root value, the start of each
 * top-level item, and where nesting first passes MAX_DEPTH. The text is valid, so brackets and
 * string quotes are all there is to follow; strings are skipped with indexOf, which is fast.
 */
function structureOfValid(text: string): Structure {
  const items: ItemStarts = [];
  let depth = 0;
  let root = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x2c || c === 0x3a) continue;
    if (root < 0) root = i;
    if (c === 0x7b || c === 0x5b) {
      if (depth === 1) items.push(i);
      if (++depth > MAX_DEPTH) return { root, items, tooDeep: i };
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    } else {
      const start = i;
      if (c === 0x22) i = stringEnd(text, i);
      else while (i + 1 < text.length && !SCALAR_END.has(text.charCodeAt(i + 1))) i++;
      if (depth === 1) items.push(start);
    }
  }
  return { root: Math.max(root, 0), items };
}

// Whitespace, ',', ':', ']' and '}' end a number or a literal.
const SCALAR_END = new Set([0x20, 0x0a, 0x0d, 0x09, 0x2c, 0x3a, 0x5d, 0x7d]);

/** Offset of the quote closing the string that opens at `open` (one not escaped by a backslash). */
function stringEnd(text: string, open: number): number {
  for (let close = text.indexOf('"', open + 1); close > 0; close = text.indexOf('"', close + 1)) {
    let slashes = 0;
    while (text.charCodeAt(close - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return close;
  }
  return text.length;
}

/**
 * Where nesting first passes MAX_DEPTH in text that may be broken, counted over jsonc-parser's
 * own tokens. It pops only a matching bracket, so its depth is never below the recursive parser's:
 * text it lets through cannot overflow the stack.
 */
function tooDeepForParser(text: string): number | undefined {
  const scanner = createScanner(text, true);
  const open: number[] = [];
  for (let token: number = scanner.scan(); token !== END; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      open.push(token);
      if (open.length > MAX_DEPTH) return scanner.getTokenOffset();
    } else if ((token === CLOSE_BRACE || token === CLOSE_BRACKET) && open[open.length - 1] === token - 1) {
      open.pop();
    }
  }
  return undefined;
}

const TOO_DEEP = `nested deeper than ${MAX_DEPTH} levels (the dataset needs about 6)`;

/** Parses one file's text. Broken text is described by its first error, at its offset. */
export function readJson(text: string): JsonRead {
  let value: unknown;
  try {
    // The platform's parser gives the values (it is fast, and a "__proto__" key stays a plain
    // key); jsonc-parser only says where things are.
    value = JSON.parse(text);
  } catch (error) {
    const deep = tooDeepForParser(text);
    if (deep !== undefined) return { ok: false, offset: deep, message: TOO_DEEP };
    const errors: ParseError[] = [];
    parseTree(text, errors, PARSE_OPTIONS);
    if (errors.length === 0) return { ok: false, offset: 0, message: error instanceof Error ? error.message : String(error) };
    const code = printParseErrorCode(errors[0].error);
    return { ok: false, offset: errors[0].offset, message: `${PHRASES[code] ?? code} (${code})` };
  }
  const found = structureOfValid(text);
  if (found.tooDeep !== undefined) return { ok: false, offset: found.tooDeep, message: TOO_DEEP };
  const items = Array.isArray(value) && found.items.length === value.length ? found.items : null;
  return { ok: true, value, root: found.root, items };
}

/** 1-based line and column (in UTF-16 code units) of offsets in one text. */
class TextPositions {
  private starts: number[] | null = null;

  constructor(private readonly text: string) {}

  /** Line starts are found once, on the first lookup; each lookup is then a binary search. */
  at(offset: number): { line: number; column: number } {
    const starts = this.starts ?? (this.starts = lineStarts(this.text));
    let low = 0, high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** Answers "where is this value?" for one file that was read: line starts found once, items seeked. */
export class JsonPlaces {
  private readonly lines: TextPositions;
  private scanner: JSONScanner | null = null;

  constructor(private readonly text: string, private readonly read: { root: number; items: ItemStarts | null }) {
    this.lines = new TextPositions(text);
  }

  /** Line and column of any offset in the file. */
  at(offset: number): { line: number; column: number } {
    return this.lines.at(offset);
  }

  /** Where the top-level value starts. */
  root(): { line: number; column: number } {
    return this.lines.at(this.read.root);
  }

  /**
   * Where the value at `path` in item `index` is, or the deepest part of the path that exists (the
   * object, when a field is missing); with `key`, that property's name. It walks jsonc-parser's
   * tokens from the item's start, so a lookup costs one pass over that item at most.
   */
  item(index: number, path: readonly PropertyKey[], key?: string): { line: number; column: number } | undefined {
    const items = this.read.items;
    if (!items || index < 0 || index >= items.length) return undefined;
    const scanner = this.scanner ?? (this.scanner = createScanner(this.text, true));
    scanner.setPosition(items[index]);
    let token: number = scanner.scan();
    let at = scanner.getTokenOffset();
    const steps = key === undefined ? path : [...path, key];
    for (let i = 0; i < steps.length; i++) {
      const segment = steps[i];
      let next: { name: number; value: number } | undefined;
      if (token === OPEN_BRACE && typeof segment === 'string') next = property(scanner, segment);
      else if (token === OPEN_BRACKET && typeof segment === 'number') next = element(scanner, segment);
      if (!next) break;
      at = key !== undefined && i === steps.length - 1 ? next.name : next.value;
      scanner.setPosition(next.value);
      token = scanner.scan();
    }
    return this.lines.at(at);
  }
}

// These walk text that JSON.parse accepted, so every bracket is matched.

/** Skips the value whose first token was just scanned. */
function skipValue(scanner: JSONScanner, token: number): void {
  if (token !== OPEN_BRACE && token !== OPEN_BRACKET) return;
  for (let depth = 1; depth > 0;) {
    const next: number = scanner.scan();
    if (next === OPEN_BRACE || next === OPEN_BRACKET) depth++;
    else if (next === CLOSE_BRACE || next === CLOSE_BRACKET || next === END) depth--;
  }
}

/** Offsets of the name and value of the object's property `key`, the scanner just past its `{`. */
function property(scanner: JSONScanner, key: string): { name: number; value: number } | undefined {
  let found: { name: number; value: number } | undefined;
  for (let token: number = scanner.scan(); token === STRING; token = scanner.scan()) {
    const name = scanner.getTokenOffset();
    const matches = scanner.getTokenValue() === key;
    scanner.scan(); // ':'
    const first: number = scanner.scan();
    // JSON.parse keeps the last of repeated keys, so the walk does too.
    if (matches) found = { name, value: scanner.getTokenOffset() };
    skipValue(scanner, first);
    if ((scanner.scan() as number) !== COMMA) break;
  }
  return found;
}

/** Offset of the array's item `index`, the scanner just past its `[`. */
function element(scanner: JSONScanner, index: number): { name: number; value: number } | undefined {
  for (let i = 0, token: number = scanner.scan(); token !== CLOSE_BRACKET && token !== END; i++, token = scanner.scan()) {
    if (i === index) return { name: scanner.getTokenOffset(), value: scanner.getTokenOffset() };
    skipValue(scanner, token);
    if ((scanner.scan() as number) !== COMMA) break;
  }
  return undefined;
}
