// The JSON error locator names the line and column where a hand-edited file breaks.
import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../../src/lib/model/json-error';

describe('locateJsonError', () => {
  it.each([
    ['[\n  {"id": "a",\n  "label": }\n]', 3, /unexpected character '}'/],
    ['[\n  {"id": "a"}\n  {"id": "b"}\n]', 3, /expected ',' or ']'/],
    ['[{"id": "a",}]', 1, /property name/],
    ['[{id: "a"}]', 1, /property name/],
    ['[\n"unterminated', 2, /unterminated string/],
    ['[1, 2]\nextra', 2, /after the end/],
    ['', 1, /end of file/],
  ])('locates the error in %j', (text, line, message) => {
    const where = locateJsonError(text);
    expect(where?.line).toBe(line);
    expect(where?.message).toMatch(message);
  });

  it('returns null for valid JSON, agreeing with JSON.parse', () => {
    for (const text of ['[]', '{"a": [1, -2.5e3, true, false, null, "x\\"y"]}', ' "s" ']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(locateJsonError(text)).toBeNull();
    }
  });
});
