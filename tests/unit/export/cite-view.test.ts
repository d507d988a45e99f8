// The citation a reader copies from the panel.
import { describe, expect, it } from 'vitest';
import { citeView } from '../../../src/lib/export/cite-view';

describe('citeView', () => {
  it('names the subject, the dataset version, the link and the day', () => {
    expect(citeView({ subject: 'George Orwell', title: 'Influence Atlas: the anti-Stalinist left', version: '0.1.0+abcd1234', url: 'http://127.0.0.1:4173/?node=george-orwell', date: new Date('2026-11-26T23:30:00Z') }))
      .toBe('“George Orwell”, in Influence Atlas: the anti-Stalinist left, dataset version 0.1.0+abcd1234, http://127.0.0.1:4173/?node=george-orwell (accessed 2026-11-26).');
  });
});
