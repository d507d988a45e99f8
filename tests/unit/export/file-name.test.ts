// Download names for exported files.
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/lib/export/file-name';

const date = new Date('2026-11-26T12:00:00Z');

describe('exportFileName', () => {
  it('puts the focused node and the day in the name', () => {
    expect(exportFileName({ focus: 'George Orwell', date, ext: 'png' })).toBe('influence-atlas-george-orwell-2026-11-26.png');
  });

  it('leaves the focus out when there is none', () => {
    expect(exportFileName({ focus: null, date, ext: 'svg' })).toBe('influence-atlas-2026-11-26.svg');
    expect(exportFileName({ focus: '«—»', date, ext: 'csv' })).toBe('influence-atlas-2026-11-26.csv');
  });

  it('folds diacritics and letters such as ł to plain ASCII', () => {
    expect(exportFileName({ focus: 'Władysław Gomułka', date, ext: 'png' })).toBe('influence-atlas-wladyslaw-gomulka-2026-11-26.png');
    expect(exportFileName({ focus: 'André Breton', date, ext: 'json' })).toBe('influence-atlas-andre-breton-2026-11-26.json');
    expect(exportFileName({ focus: 'Rosa Luxemburg / Spartakus!!', date, ext: 'png' })).toBe('influence-atlas-rosa-luxemburg-spartakus-2026-11-26.png');
  });

  it('keeps a node id as it is', () => {
    expect(exportFileName({ focus: 'independent-labour-party', date, ext: 'png' })).toBe('influence-atlas-independent-labour-party-2026-11-26.png');
  });

  it('cuts a long focus to 60 characters without a dangling hyphen', () => {
    const name = exportFileName({ focus: 'International Revolutionary Marxist Centre (London Bureau) of 1932 to 1940', date, ext: 'png' });
    const slug = name.replace(/^influence-atlas-/, '').replace(/-2026-11-26\.png$/, '');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug.startsWith('international-revolutionary-marxist-centre-london')).toBe(true);
  });

  it('dates the file by the UTC day', () => {
    expect(exportFileName({ focus: null, date: new Date('2026-11-26T23:30:00-05:00'), ext: 'png' })).toBe('influence-atlas-2026-11-27.png');
  });
});
