// Reading a source's author string into names for a bibliography: persons split only where it
// is safe, bodies and family-first names kept as written, editors and translators by their role.
import { describe, expect, it } from 'vitest';
import { personName, sourceNames } from '../../../src/lib/export/source-names';

describe('source names', () => {
  it('splits personal names in Western order at the family name, particles with it', () => {
    expect(personName('Isaac Deutscher')).toEqual({ family: 'Deutscher', given: 'Isaac' });
    expect(personName('C.L.R. James')).toEqual({ family: 'James', given: 'C.L.R.' });
    expect(personName('S. Sándor John')).toEqual({ family: 'John', given: 'S. Sándor' });
    expect(personName('Marcel van der Linden')).toEqual({ family: 'Linden', given: 'Marcel', particle: 'van der' });
    expect(personName('Margarete Buber-Neumann')).toEqual({ family: 'Buber-Neumann', given: 'Margarete' });
  });

  it('keeps as written what is not a personal name in that order', () => {
    for (const name of ['Ford Foundation', 'The New Leader', 'Wikipedia contributors', 'TVP World', 'ABC Q+A',
      'Bruno R. [Bruno Rizzi]', 'Freedom Press (selection)', 'Library of Congress, Recorded Sound Research Center',
      'Chen Duxiu', 'Zheng Chaolin', 'Ngo Van', 'Trotsky', 'Leon']) {
      expect(personName(name), name).toBeNull();
    }
  });

  it('reads several names, and the roles of editors and translators', () => {
    expect(sourceNames('Harvey Klehr and John Earl Haynes').authors).toEqual([
      { family: 'Klehr', given: 'Harvey' }, { family: 'Haynes', given: 'John Earl' }]);
    expect(sourceNames('Victor Alba; Stephen Schwartz').authors.length).toBe(2);
    // "and" inside a body's name does not split it.
    expect(sourceNames('Governments of Germany and the USSR')).toEqual({ authors: [{ literal: 'Governments of Germany and the USSR' }], editors: [], translators: [] });
    expect(sourceNames('Werner Röder; Herbert A. Strauss (eds.)')).toEqual({
      authors: [], editors: [{ family: 'Röder', given: 'Werner' }, { family: 'Strauss', given: 'Herbert A.' }], translators: [],
    });
    expect(sourceNames('Chen Duxiu; edited and translated by Gregor Benton')).toEqual({
      authors: [{ literal: 'Chen Duxiu' }], editors: [{ family: 'Benton', given: 'Gregor' }], translators: [{ family: 'Benton', given: 'Gregor' }],
    });
    expect(sourceNames('Julius Braunthal; translated by Peter Ford and Kenneth Mitchell').translators).toEqual([
      { family: 'Ford', given: 'Peter' }, { family: 'Mitchell', given: 'Kenneth' }]);
    expect(sourceNames(undefined)).toEqual({ authors: [], editors: [], translators: [] });
    expect(sourceNames(' ; ')).toEqual({ authors: [], editors: [], translators: [] });
  });
});
