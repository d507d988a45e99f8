// Search box behaviour: names, aliases, accents, typos and half-typed words find the right node.
import { describe, expect, it } from 'vitest';
import { createSearch, type SearchEntry } from '../../../src/lib/query/search';

const entries: SearchEntry[] = [
  { id: 'brownell', label: 'Sonia Orwell', kind: 'person', aliases: ['Sonia Brownell'] },
  { id: 'orwell', label: 'George Orwell', kind: 'person', aliases: ['Eric Blair', 'Eric Arthur Blair'] },
  { id: 'homage', label: 'Homage to Catalonia', kind: 'work', aliases: [] },
  { id: 'trotsky', label: 'Leon Trotsky', kind: 'person', aliases: ['Lev Davidovich Bronstein', 'Lev Trotskii'] },
  { id: 'sedov', label: 'Lev Sedov', kind: 'person', aliases: ['Leon Sedov'] },
  { id: 'sedova', label: 'Natalia Sedova', kind: 'person', aliases: ['Natalia Sedova Trotsky'] },
  { id: 'poum', label: 'POUM', kind: 'organization', aliases: ['Partido Obrero de Unificación Marxista', "Workers' Party of Marxist Unification"] },
  { id: 'psuc', label: 'PSUC', kind: 'organization', aliases: ['Partit Socialista Unificat de Catalunya'] },
  { id: 'pce', label: 'Communist Party of Spain', kind: 'organization', aliases: ['Partido Comunista de España'] },
  { id: 'pestana', label: 'Ángel Pestaña', kind: 'person', aliases: [] },
  { id: 'gomulka', label: 'Władysław Gomułka', kind: 'person', aliases: [] },
  { id: 'djilas', label: 'Milovan Djilas', kind: 'person', aliases: ['Milovan Đilas'] },
  { id: 'dewey', label: 'John Dewey', kind: 'person', aliases: [] },
  { id: 'dewey-commission', label: 'Dewey Commission', kind: 'event', aliases: ['Commission of Inquiry into the Charges Made against Leon Trotsky'] },
];

const { search } = createSearch(entries);
const ids = (query: string, limit?: number) => search(query, limit).map((s) => s.id);

describe('createSearch', () => {
  it('finds a person by surname, ahead of others sharing it (tie broken by label)', () => {
    expect(ids('orwell').slice(0, 2)).toEqual(['orwell', 'brownell']);
    expect(search('orwell')[0]).toEqual({ id: 'orwell', label: 'George Orwell', kind: 'person' });
  });

  it('ignores case and surrounding whitespace', () => {
    expect(ids('  ORWELL ')[0]).toBe('orwell');
  });

  it.each(['Bronstein', 'Trotskii', 'trotksy'])('finds Leon Trotsky from %j', (query) => {
    expect(ids(query)[0]).toBe('trotsky');
  });

  it('names the alias that matched when the label did not', () => {
    expect(search('Bronstein')[0].alias).toBe('Lev Davidovich Bronstein');
    expect(search('eric blair')[0]).toEqual({ id: 'orwell', label: 'George Orwell', kind: 'person', alias: 'Eric Blair' });
  });

  it('prefers a label match over an alias match', () => {
    const results = search('trotsky');
    expect(results[0]).toEqual({ id: 'trotsky', label: 'Leon Trotsky', kind: 'person' });
    expect(results.map((s) => s.id)).toContain('sedova');
    // Same length, same word: only the label boost puts Lev Sedov ahead of "Lev Trotskii".
    expect(search('lev').slice(0, 2)).toEqual([
      { id: 'sedov', label: 'Lev Sedov', kind: 'person' },
      { id: 'trotsky', label: 'Leon Trotsky', kind: 'person', alias: 'Lev Trotskii' },
    ]);
  });

  it('puts an exact label match first', () => {
    expect(ids('dewey commission')[0]).toBe('dewey-commission');
    expect(ids('John Dewey')[0]).toBe('dewey');
    // A name repeating the word scores higher, but typing a whole label means that node.
    const echo = createSearch([
      { id: 'chant', label: 'Echo, echo, echo', kind: 'work', aliases: [] },
      { id: 'echo', label: 'Echo', kind: 'periodical', aliases: [] },
    ]);
    expect(echo.search('echo').map((s) => s.id)).toEqual(['echo', 'chant']);
  });

  it.each(['Partido Obrero de Unificación Marxista', 'unificacion marxista'])('finds the POUM from %j', (query) => {
    expect(ids(query)[0]).toBe('poum');
  });

  it('ignores accents', () => {
    expect(ids('ang')).toEqual(['pestana']);
    expect(ids('PESTAÑA')[0]).toBe('pestana');
  });

  it('folds letters that have no combining mark (ł, đ)', () => {
    expect(search('gomulka')[0]).toMatchObject({ id: 'gomulka', label: 'Władysław Gomułka' });
    expect(ids('WŁADYSŁAW')[0]).toBe('gomulka');
    expect(ids('gomul')[0]).toBe('gomulka');
    expect(search('dil')[0]).toEqual({ id: 'djilas', label: 'Milovan Djilas', kind: 'person', alias: 'Milovan Đilas' });
  });

  it('matches a half-typed word', () => {
    expect(ids('dji')).toEqual(['djilas']);
    expect(ids('homa')[0]).toBe('homage');
  });

  it('does not fuzz short words', () => {
    expect(ids('pum')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(search('partido').length).toBeGreaterThan(1);
    expect(search('partido', 1)).toHaveLength(1);
    expect(search('commission', 0)).toEqual([]);
  });

  it('returns nothing for an empty or blank query', () => {
    expect(search('')).toEqual([]);
    expect(search('   ')).toEqual([]);
  });

  it('returns nothing when no name matches', () => {
    expect(search('zzzz')).toEqual([]);
  });
});
