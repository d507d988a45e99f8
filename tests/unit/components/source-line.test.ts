// @vitest-environment jsdom
// A cited source in the evidence view: the seed's numbered references are spelled out, once each,
// even when a locator repeats one (a duplicate key used to throw and blank the panel).
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SourceLine from '../../../src/components/SourceLine.svelte';
import type { Source } from '../../../src/lib/model/types';

const sources = new Map<string, Source>([
  ['wp-anti-stalinist-left', { id: 'wp-anti-stalinist-left', type: 'web', title: 'Anti-Stalinist left', url: 'https://en.wikipedia.org/wiki/Anti-Stalinist_left' }],
  ['wp-ref-42', { id: 'wp-ref-42', type: 'reference', citation: 'Vérité, La (21 October 1936).' }],
  ['wp-ref-43', { id: 'wp-ref-43', type: 'reference', citation: 'Another reference.' }],
  ['bad-link', { id: 'bad-link', type: 'web', title: 'Not a web address', url: 'javascript:alert(1)' }],
]);

describe('SourceLine', () => {
  it('spells out a reference named twice only once', () => {
    const { container } = render(SourceLine, { sources, id: 'wp-anti-stalinist-left', locator: '§ Spain; ref. 42, 42' });
    expect([...container.querySelectorAll('.ref')].map((r) => r.textContent)).toEqual(['Seed ref. 42: Vérité, La (21 October 1936).']);
  });

  it('spells out each reference of a range, in order', () => {
    const { container } = render(SourceLine, { sources, id: 'wp-anti-stalinist-left', locator: 'refs. 42–43, 42' });
    expect([...container.querySelectorAll('.ref')].map((r) => r.textContent?.slice(0, 12))).toEqual(['Seed ref. 42', 'Seed ref. 43']);
  });

  it('links only web addresses', () => {
    const { container } = render(SourceLine, { sources, id: 'bad-link', locator: 'p. 1' });
    expect(container.querySelector('a')).toBeNull();
    expect(container).toHaveTextContent('Not a web address');
  });
});
