// CSV exports: quoting that survives commas, quotes and newlines; no spreadsheet formulas; citations.
import { describe, expect, it } from 'vitest';
import { csvCell, nodesCsv, relationsCsv } from '../../../src/lib/export/csv';
import { fixtureAtlas } from '../components/fixture-atlas';

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-1', "'-1"],
  ])('quotes %j as %s', (value, cell) => expect(csvCell(value)).toBe(cell));

  it('writes every visible relation with readable ends and full citations', () => {
    const atlas = fixtureAtlas();
    const rows = parseCsv(relationsCsv(atlas.graph!, atlas.visibility.edges, atlas.workspace!.texts!, atlas.workspace!.sources));
    expect(rows[0]).toEqual(['id', 'source_id', 'source', 'relation', 'target_id', 'target', 'start', 'end', 'confidence', 'evidence',
      'relation_key', 'family', 'directed']);
    expect(rows).toHaveLength(1 + 5);
    const member = rows.find((r) => r[0] === 'george-orwell--member_of--poum')!;
    expect(member.slice(2, 9)).toEqual(['George Orwell', 'Member of', 'poum', 'POUM', '1936', '1937', 'likely']);
    expect(member.slice(10)).toEqual(['member_of', 'membership', 'true']);
    expect(member[9]).toMatch(/^Wikipedia contributors \(2025\)\. Anti-Stalinist left\..* — § The consolidation of Stalin's rule; ref\. 42: Fixture only/);
  });

  it('writes nodes with years, lists and the relation count', () => {
    const atlas = fixtureAtlas();
    const rows = parseCsv(nodesCsv(atlas.graph!, ['leon-trotsky'], atlas.workspace!.texts!));
    expect(rows[1].slice(0, 8)).toEqual(['leon-trotsky', 'Leon Trotsky', 'person', '1879–1940', 'Russia; Soviet Union; Mexico',
      'trotskyism; left-opposition', 'Lev Davidovich Bronstein; Bronstein; Trotskii', '2']);
  });

  it('writes each node\'s years, place, size and colour as plain numbers, for Gephi\'s spreadsheet import', () => {
    const atlas = fixtureAtlas();
    const graph = atlas.graph!;
    graph.setNodeAttribute('leon-trotsky', 'x', -12.5); // a negative number is a number, not a formula
    const rows = parseCsv(nodesCsv(graph, ['leon-trotsky', 'homage-to-catalonia'], atlas.workspace!.texts!, new Map([['leon-trotsky', 7.5]])));
    expect(rows[0].slice(9)).toEqual(['start', 'end', 'x', 'y', 'size', 'color', 'pagerank', 'betweenness', 'community', 'names']);
    const trotsky = rows.find((r) => r[0] === 'leon-trotsky')!;
    expect(trotsky.slice(9, 15)).toEqual(['1879', '1940', '-12.5', String(graph.getNodeAttribute('leon-trotsky', 'y')), '7.5', '#4e79a7']);
    const book = rows.find((r) => r[0] === 'homage-to-catalonia')!;
    expect(book.slice(9, 11)).toEqual(['1938', '']); // a work has a year, not an end
    expect(book[13]).toBe(''); // no size given
    expect(trotsky[18]).toBe(''); // one name all his life
  });

  it('writes a node\'s names over time with their years', () => {
    const atlas = fixtureAtlas();
    const graph = atlas.graph!;
    graph.setNodeAttribute('poum', 'names', [{ label: 'POUM', from: 1935 }]);
    const rows = parseCsv(nodesCsv(graph, ['poum'], atlas.workspace!.texts!));
    expect(rows[1][18]).toBe('POUM, 1935–c. 1980');
  });
});
