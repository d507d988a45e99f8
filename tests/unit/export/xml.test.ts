// XML escaping for the GEXF and GraphML writers: markup characters become entities, line ends and
// tabs become references (so parsers keep them), and what XML 1.0 cannot carry is dropped.
import { describe, expect, it } from 'vitest';
import { xmlElement, xmlEscape, xmlNumber } from '../../../src/lib/export/xml';

describe('xml', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    [']]>', ']]&gt;'],
    [`"it's"`, '&quot;it&apos;s&quot;'],
    ['tab\tline\nreturn\r', 'tab&#9;line&#10;return&#13;'],
    ['bell\u0007null\u0000', 'bellnull'],
    ['lone \ud800 high, lone \udc00 low', 'lone  high, lone  low'],
    ['pair \ud83d\ude00 kept, é kept', 'pair \ud83d\ude00 kept, é kept'],
    ['\ufffe\uffff', ''],
  ])('escapes %j as %j', (text, escaped) => expect(xmlEscape(text)).toBe(escaped));

  it('writes only the attributes that have a value, escaped', () => {
    expect(xmlElement('node', { id: 'a"b', label: undefined, start: null, end: 0 })).toBe('<node id="a&quot;b" end="0"/>');
    expect(xmlElement('data', { key: 'k' }, 'x')).toBe('<data key="k">x</data>');
  });

  it('writes finite numbers and refuses NaN and infinities', () => {
    expect([xmlNumber(-12.5), xmlNumber(3e-7), xmlNumber(0)]).toEqual(['-12.5', '3e-7', '0']);
    expect([xmlNumber(Number.NaN), xmlNumber(Infinity), xmlNumber(-Infinity), xmlNumber(null)]).toEqual([null, null, null, null]);
  });
});
