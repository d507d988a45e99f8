// The legend and caption band: entries wrap within the page, the caption comes last, nothing is lost.
import { describe, expect, it } from 'vitest';
import { layoutFooter, wrap, type TextMeasure } from '../../../src/lib/export/footer';
import { legendFor } from '../../../src/lib/export/legend';
import { FAMILY_COLORS, KIND_COLORS } from '../../../src/lib/render/palette';

// A monospace stand-in: every character is 0.6 em wide (bold 0.65 em).
const measure: TextMeasure = (text, size, weight) => text.length * size * (weight === 'bold' ? 0.65 : 0.6);
const legend = legendFor(['person', 'work', 'organization'], ['member_of', 'authored', 'influenced'], 'degree',
  [{ value: 2, radius: 4 }, { value: 10, radius: 8 }, { value: 50, radius: 15 }]);
const caption = ['Influence Atlas — the anti-Stalinist left · George Orwell', 'Filters: No filters', 'Dataset 1.0 · exported 2026-12-01'];

describe('legendFor', () => {
  it('lists the kinds and relation families drawn, in vocabulary order, with their colours and rings', () => {
    expect(legend.kinds.map((k) => k.label)).toEqual(['People', 'Organizations', 'Works']);
    expect(legend.kinds[0]).toEqual({ label: 'People', color: KIND_COLORS.person, rings: [] });
    expect(legend.kinds[2].rings[0]).toMatchObject({ color: KIND_COLORS.work });
    expect(legend.families.map((f) => f.color)).toEqual([FAMILY_COLORS.membership, FAMILY_COLORS.publishing, FAMILY_COLORS.ideas]);
    expect(legend.size?.title).toBe('Size: Degree (number of relations)');
    expect(legend.size?.entries.map((e) => e.label)).toEqual(['2', '10', '50']);
  });

  it('ignores relations outside the vocabulary and omits an empty size key', () => {
    const bare = legendFor(['nonsense'], ['not_a_relation'], null, []);
    expect(bare).toEqual({ kinds: [], families: [], size: null, regions: [] });
  });
});

describe('layoutFooter', () => {
  it('keeps every entry inside the page, wrapping to more rows on a narrower page', () => {
    const wide = layoutFooter({ width: 1600, legend, caption, measure });
    const narrow = layoutFooter({ width: 420, legend, caption, measure });
    expect(narrow.height).toBeGreaterThan(wide.height);
    for (const [footer, width] of [[wide, 1600], [narrow, 420]] as const) {
      for (const t of footer.texts) expect(t.x + measure(t.text, t.size, t.bold ? 'bold' : 'normal')).toBeLessThanOrEqual(width - 10 + 1e-6);
      for (const d of footer.discs) expect(d.x + d.r).toBeLessThanOrEqual(width - 10);
      for (const t of footer.texts) expect(t.y).toBeLessThan(footer.height);
    }
  });

  it('draws one swatch per kind, family and key value, and the caption after the legend, title in bold', () => {
    const footer = layoutFooter({ width: 900, legend, caption, measure });
    expect(footer.discs).toHaveLength(3 + 3);
    expect(footer.lines).toHaveLength(3);
    const captionTexts = footer.texts.filter((t) => t.size === 12);
    expect(captionTexts.map((t) => t.text)).toEqual(caption);
    expect(captionTexts.map((t) => t.bold)).toEqual([true, false, false]);
    const legendBottom = Math.max(...footer.discs.map((d) => d.y + d.r));
    expect(Math.min(...captionTexts.map((t) => t.y - t.size))).toBeGreaterThan(legendBottom);
    expect(layoutFooter({ width: 900, legend, caption, measure, bold: false }).texts.some((t) => t.bold)).toBe(false);
  });

  it('wraps a long caption line at spaces and takes no room when there is nothing to show', () => {
    const long = 'Filters: Hidden kinds: works, events · Hidden relations: Member of, Founded, Led, Edited, Author of · Minimum confidence: likely';
    const footer = layoutFooter({ width: 300, legend: null, caption: [long], measure });
    const lines = footer.texts.map((t) => t.text);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(long);
    expect(layoutFooter({ width: 300, legend: null, caption: [], measure }).height).toBe(0);
    expect(wrap('one', 1, (t) => t.length)).toEqual(['one']);
  });
});
