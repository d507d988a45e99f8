// Page presets: the pixel sizes a reader asks for, and the printed sizes SVG and PDF declare.
import { describe, expect, it } from 'vitest';
import { outerSize, pageById, PAGES, pixelSize } from '../../../src/lib/export/page';

describe('page presets', () => {
  it('give a 1920 × 1080 slide, A4 at 300 dpi both ways, and a 1080 × 1080 square', () => {
    const px = (id: string) => {
      const page = pageById(id);
      return pixelSize(page.layout!.width, page.layout!.height, page.pixelRatio!);
    };
    expect(px('slide')).toEqual({ width: 1920, height: 1080 });
    expect(px('a4-portrait')).toEqual({ width: 2480, height: 3508 });
    expect(px('a4-landscape')).toEqual({ width: 3508, height: 2480 });
    expect(px('square')).toEqual({ width: 1080, height: 1080 });
  });

  it('declare millimetres for print and layout pixels otherwise; an unknown id is the screen', () => {
    expect(outerSize(pageById('a4-portrait'), 793.7, 1122.5)).toEqual({ width: '210mm', height: '297mm' });
    expect(outerSize(pageById('slide'), 1280, 720)).toEqual({ width: '1280', height: '720' });
    expect(pageById('nonsense')).toBe(PAGES[0]);
    expect(PAGES[0].layout).toBeNull();
    expect(new Set(PAGES.map((p) => p.label)).size).toBe(PAGES.length);
  });
});
