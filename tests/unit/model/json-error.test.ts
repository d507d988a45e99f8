// Reading a file's JSON: where broken text first goes wrong (line and column, from jsonc-parser),
// a guard against nesting that would overflow the parser's stack, and where each value is.
import { describe, expect, it } from 'vitest';
import { JsonPlaces, MAX_DEPTH, readJson } from '../../../src/lib/model/json-error';

/** Line and column of a failed read, or null when the text parsed. */
function failure(text: string): { line: number; column: number; message: string } | null {
  const read = readJson(text);
  if (read.ok) return null;
  return { ...new JsonPlaces(text, { root: 0, items: null }).at(read.offset), message: read.message };
}

describe('readJson', () => {
  it.each([
    ['[\n  {"id": "a",\n  "label": }\n]', 3, 12, /expected a value \(ValueExpected\)/],
    ['[\n  {"id": "a"}\n  {"id": "b"}\n]', 3, 3, /CommaExpected/],
    ['[{"id": "a",}]', 1, 13, /PropertyNameExpected/],
    ['[1,\n]', 2, 1, /ValueExpected/],
    ['[{id: "a"}]', 1, 3, /InvalidSymbol/],
    ['[\n  "unterminated', 2, 3, /UnexpectedEndOfString/],
    ['[1, 2]\nextra', 2, 1, /InvalidSymbol|EndOfFileExpected/],
    ['[/* note */ 1]', 1, 2, /comments are not allowed/],
    ['', 1, 1, /ValueExpected/],
  ])('locates the error in %j', (text, line, column, message) => {
    expect(failure(text)).toEqual({ line, column, message: expect.stringMatching(message) });
  });

  it('reads valid JSON and where each top-level item starts', () => {
    const text = '[\n  {"id": "a", "x": [1, {"y": "]}"}]},\n  "s\\"",\n  -1.5e3,\n  null\n]';
    const read = readJson(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value).toEqual(JSON.parse(text));
    expect(read.items!.map((at) => text.slice(at, at + 6))).toEqual(['{"id":', '"s\\"",', '-1.5e3', 'null\n]']);
  });

  it('keeps "__proto__" a plain key', () => {
    const read = readJson('[{"__proto__": {"polluted": true}}]');
    expect(read.ok && Object.keys((read.value as object[])[0])).toEqual(['__proto__']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it.each([
    ['100k nested arrays', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['100k nested arrays, broken', '['.repeat(100_000)],
    ['100k nested objects, broken', '{"a":'.repeat(100_000)],
    ['brackets the parser would not close', '[}'.repeat(100_000)],
    ['mixed', '[{"a": '.repeat(50_000) + '1'],
  ])('stops %s at the first level past the limit, without overflowing', (_name, text) => {
    const where = failure(text);
    expect(where?.message).toMatch(new RegExp(`nested deeper than ${MAX_DEPTH}`));
    expect(where?.line).toBe(1);
    // The 65th opening bracket, wherever the input puts it.
    let depth = 0, at = -1;
    for (let i = 0; i < text.length && at < 0; i++) if ('[{'.includes(text[i]) && ++depth > MAX_DEPTH) at = i;
    expect(where?.column).toBe(at + 1);
  });

  it('names the line of the bracket that goes too deep', () => {
    const text = '[\n'.repeat(200) + ']\n'.repeat(200);
    expect(failure(text)).toMatchObject({ line: MAX_DEPTH + 1, column: 1 });
  });

  it('accepts the nesting the dataset needs', () => {
    expect(readJson('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH)).ok).toBe(true);
  });

  it('never throws, whatever the text', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const alphabet = '[]{}",:\\ \n\t0123456789-+.eEtrufalsn/*\u2028\u0000é😀';
    const valid = JSON.stringify([{ id: 'a', years: { start: { year: 1900 } }, bio: 'x "y" z', list: [1, 2, [3]] }], null, 2);
    for (let n = 0; n < 2000; n++) {
      const text = n % 2 === 0
        ? Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
        : valid.slice(0, Math.floor(random() * valid.length)) + alphabet[Math.floor(random() * alphabet.length)];
      expect(() => readJson(text)).not.toThrow();
    }
  });
});

describe('JsonPlaces', () => {
  const text = '[\n  {\n    "id": "a",\n    "evidence": [{"source": "s"}, {"source": "t"}]\n  },\n  {"id": "b", "id": "c"}\n]';
  const read = readJson(text);
  if (!read.ok) throw new Error('fixture text should parse');
  const places = new JsonPlaces(text, read);

  it('points at a value by its path', () => {
    expect(places.item(0, ['evidence', 1, 'source'])).toEqual({ line: 4, column: 46 });
    expect(places.item(0, ['id'])).toEqual({ line: 3, column: 11 });
  });

  it('points at the deepest part that exists when a field is missing', () => {
    expect(places.item(0, ['years', 'end'])).toEqual({ line: 2, column: 3 });
    expect(places.item(0, ['evidence', 5, 'source'])).toEqual({ line: 4, column: 17 });
  });

  it('points at a property name, and at the last of repeated keys as JSON.parse reads them', () => {
    expect(places.item(0, [], 'evidence')).toEqual({ line: 4, column: 5 });
    expect(places.item(1, ['id'])).toEqual({ line: 6, column: 21 });
  });

  it('gives the root and any offset', () => {
    expect(places.root()).toEqual({ line: 1, column: 1 });
    expect(places.at(text.length - 1)).toEqual({ line: 7, column: 1 });
  });
});
