// The bibliography writers: known answers for each kind of source, hostile text escaped in BibTeX
// and carried intact in CSL-JSON, every bundled source written once and read back by a BibTeX
// parser and the CSL-JSON schema, and the Export menu's choice of the visible relations' sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/read-data';
import { bibtexEntry, bibtexKeys, texEscape, writeBibtex } from '../../../src/lib/export/bibtex';
import { relationSources } from '../../../src/lib/export/bibliography';
import { cslItem, writeCslJson } from '../../../src/lib/export/csl-json';
import { EXPORTS, type ExportContext } from '../../../src/lib/export/registry';
import type { TextsFile } from '../../../src/lib/model/atlas-files';
import type { Source } from '../../../src/lib/model/types';
import { fixtureAtlas } from '../components/fixture-atlas';

const bundled = JSON.parse(readFileSync(join(ROOT, 'data', 'sources.json'), 'utf8')) as Source[];
const readBib = (text: string) => parseBibtex(text, { sentenceCase: false, caseProtection: false });

const book: Source = { id: 'alba-schwartz-1988-spanish-marxism', type: 'book', author: 'Victor Alba; Stephen Schwartz',
  title: 'Spanish Marxism versus Soviet Communism: A History of the P.O.U.M.', year: 1988, publisher: 'Transaction Books' };
const chapter: Source = { id: 'van-der-linden-2022-london-bureau', type: 'chapter', author: 'Marcel van der Linden', title: 'The London Bureau',
  year: 2022, publisher: 'Cambridge University Press', journal: 'The Cambridge History of Socialism (ed. Marcel van der Linden)' };
const seed: Source = { id: 'wp-anti-stalinist-left', type: 'web', author: 'Wikipedia contributors', title: 'Anti-Stalinist left', year: 2025,
  publisher: 'Wikipedia, The Free Encyclopedia', url: 'https://en.wikipedia.org/w/index.php?title=Anti-Stalinist_left&oldid=1305120687', revision: '1305120687' };
const reference: Source = { id: 'wp-ref-24', type: 'reference', citation: '"Stalin banishes Trotsky". History. 21 July 2010.',
  note: 'Reference 24 of the seed article, as listed there.', year: 2010 };
const letter: Source = { id: 'berneri-1937-open-letter-montseny', type: 'primary', author: 'Camillo Berneri',
  title: 'Lettera aperta alla compagna Federica Montseny', year: 1937, journal: 'Guerra di Classe' };

describe('BibTeX', () => {
  it('writes each kind of source as its entry type (known answers)', () => {
    expect(bibtexEntry(book, 'alba')).toBe(`@book{alba,
  author = {Alba, Victor and Schwartz, Stephen},
  title = {{Spanish Marxism versus Soviet Communism: A History of the P.O.U.M.}},
  publisher = {Transaction Books},
  year = {1988}
}`);
    expect(bibtexEntry(chapter, 'vdl')).toBe(`@incollection{vdl,
  author = {van der Linden, Marcel},
  title = {{The London Bureau}},
  booktitle = {The Cambridge History of Socialism (ed. Marcel van der Linden)},
  publisher = {Cambridge University Press},
  year = {2022}
}`);
    expect(bibtexEntry(seed, 'seed')).toBe(`@online{seed,
  author = {{Wikipedia contributors}},
  title = {{Anti-Stalinist left}},
  organization = {Wikipedia, The Free Encyclopedia},
  year = {2025},
  version = {1305120687},
  url = {https://en.wikipedia.org/w/index.php?title=Anti-Stalinist_left&oldid=1305120687}
}`);
    expect(bibtexEntry(reference, 'ref24')).toBe(`@misc{ref24,
  year = {2010},
  note = {{"}Stalin banishes Trotsky{"}. History. 21 July 2010.},
  annote = {Reference 24 of the seed article, as listed there.}
}`);
    expect(bibtexEntry(letter, 'b')).toMatch(/^@article\{b,\n {2}author = \{Berneri, Camillo\},\n {2}title = .*\n {2}journal = \{Guerra di Classe\},/);
    expect(bibtexEntry({ ...letter, journal: undefined, publisher: 'Freedom Press' }, 'b')).toMatch(/^@book\{b,/);
    expect(bibtexEntry({ ...letter, journal: undefined }, 'b')).toMatch(/^@misc\{b,/);
  });

  it('escapes what TeX would read as a command, so a hostile title comes back as it was', () => {
    const hostile = 'Braces {x} and \\back\\slash: 100% A&B #1 "quoted" <script>alert(1)</script> $x_1^2~';
    expect(texEscape(hostile)).toBe('Braces \\{x\\} and \\textbackslash{}back\\textbackslash{}slash: 100\\% A\\&B \\#1 {"}quoted{"} '
      + '\\textless{}script\\textgreater{}alert(1)\\textless{}/script\\textgreater{} \\$x\\_1\\textasciicircum{}2\\textasciitilde{}');
    expect(texEscape('two\n\nparagraphs\tand\u0007 a bell')).toBe('two paragraphs and a bell');
    const source: Source = { id: 'hostile', type: 'book', author: 'Ann {Evil} O\'Hara and Ford & Sons', title: hostile, publisher: '} @book{injected,', year: 1999,
      url: 'https://example.org/a}b{c\\d e%20f' };
    const text = writeBibtex([source, book], ['Header with {braces} and } stray']);
    const read = readBib(text);
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => e.key)).toEqual(['hostile', 'alba-schwartz-1988-spanish-marxism']);
    const [entry] = read.entries;
    expect(entry.fields.title).toBe(hostile);
    expect(entry.fields.publisher).toEqual(['} @book{injected,']);
    // The address as a browser reads it (a backslash is a slash in an http URL), braces encoded.
    expect(entry.fields.url).toBe('https://example.org/a%7Db%7Bc/d%20e%20f');
    // Not two people: "Ford & Sons" is not a personal name, so the whole string stays one name.
    expect(entry.fields.author).toEqual([{ name: 'Ann {Evil} O\'Hara and Ford & Sons' }]);
  });

  it('gives unique, BibTeX-safe keys from the source ids', () => {
    expect([...bibtexKeys(['a b', 'a-b', 'a/b', '{}']).values()]).toEqual(['a-b', 'a-b-2', 'a-b-3', 'source']);
    expect(bibtexKeys(bundled.map((s) => s.id)).get('wp-ref-24')).toBe('wp-ref-24');
  });

  it('writes every bundled source once, and a BibTeX parser reads them all back', () => {
    const read = readBib(writeBibtex(bundled, ['all']));
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => e.key).sort()).toEqual(bundled.map((s) => s.id).sort());
    const byKey = new Map(read.entries.map((e) => [e.key, e]));
    for (const source of bundled) {
      const entry = byKey.get(source.id)!;
      if (source.title) expect(entry.fields.title, source.id).toBe(source.title.replace(/\s+/g, ' ').trim());
      if (source.citation) expect(entry.fields.note, source.id).toBe(source.citation);
      if (source.year !== undefined) expect(entry.fields.year, source.id).toBe(String(source.year));
    }
  });
});

describe('CSL-JSON', () => {
  it('types each kind of source and gives names in parts and the year as date-parts (known answers)', () => {
    expect(cslItem(chapter)).toEqual({
      id: 'van-der-linden-2022-london-bureau', type: 'chapter', title: 'The London Bureau',
      author: [{ family: 'Linden', given: 'Marcel', 'non-dropping-particle': 'van der' }],
      'container-title': 'The Cambridge History of Socialism (ed. Marcel van der Linden)', publisher: 'Cambridge University Press',
      issued: { 'date-parts': [[2022]] },
    });
    expect(cslItem(seed)).toEqual({
      id: 'wp-anti-stalinist-left', type: 'webpage', title: 'Anti-Stalinist left', author: [{ literal: 'Wikipedia contributors' }],
      'container-title': 'Wikipedia, The Free Encyclopedia', issued: { 'date-parts': [[2025]] }, version: '1305120687',
      URL: 'https://en.wikipedia.org/w/index.php?title=Anti-Stalinist_left&oldid=1305120687',
    });
    expect(cslItem(reference)).toEqual({ id: 'wp-ref-24', type: 'document', issued: { 'date-parts': [[2010]] },
      note: '"Stalin banishes Trotsky". History. 21 July 2010.', annote: 'Reference 24 of the seed article, as listed there.' });
    expect(cslItem(book).type).toBe('book');
    expect(cslItem(letter)).toMatchObject({ type: 'article-journal', 'container-title': 'Guerra di Classe' });
    expect(cslItem({ ...seed, url: 'javascript:alert(1)' }).URL).toBeUndefined();
  });

  it('writes every bundled source once, valid against the CSL-JSON schema, hostile text intact', () => {
    const hostile: Source = { id: 'hostile', type: 'article', title: '</script><b>"x"</b> \\ {y} %&#', author: 'A & B', journal: 'J', year: 2000 };
    const items = JSON.parse(writeCslJson([...bundled, hostile])) as { id: string; title?: string }[];
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'csl-1.0', 'csl-data.json'), 'utf8')));
    expect(validate(items), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate([{ id: 'x', type: 'blog-post' }])).toBe(false);
    expect(items.map((i) => i.id).sort()).toEqual([...bundled.map((s) => s.id), 'hostile'].sort());
    expect(items.at(-1)!.title).toBe(hostile.title);
  });
});

describe('the bibliography of the visible relations', () => {
  it('holds each source cited by their evidence once, in id order, numbers compared as numbers', () => {
    const sources = new Map([book, chapter, seed, reference, { ...reference, id: 'wp-ref-3' }].map((s) => [s.id, s]));
    const evidence = (...ids: string[]) => ids.map((source) => ({ source, locator: 'p. 1', note: 'supports the claim' }));
    const texts = { evidence: { e1: evidence('wp-ref-24', 'wp-anti-stalinist-left'), e2: evidence('wp-ref-3', 'wp-ref-24'), e3: evidence(book.id) } } as unknown as TextsFile;
    expect(relationSources(['e1', 'e2'], texts, sources).map((s) => s.id)).toEqual(['wp-anti-stalinist-left', 'wp-ref-3', 'wp-ref-24']);
    expect(relationSources([], texts, sources)).toEqual([]);
  });

  it('is offered by the Export menu, and writes what the time window shows', async () => {
    const formats = EXPORTS.filter((f) => f.section === 'bibliography');
    expect(formats.map((f) => [f.label, f.ext])).toEqual([['CSL-JSON', 'json'], ['BibTeX', 'bib']]);
    const atlas = fixtureAtlas();
    atlas.setYearWindow({ from: 1936, to: 1937 });
    const workspace = atlas.workspace!;
    // "Whole graph" is the data files' choice: the bibliography is of the visible relations whatever it says.
    const ctx: ExportContext = {
      graph: workspace.graph, texts: workspace.texts, sources: workspace.sources, visibility: atlas.visibility,
      caption: ['Influence Atlas', 'Filters: Years 1936–1937'], canvas: null,
      picture: { scale: 1, background: 'white', scope: 'view', page: 'screen', subject: 'view' }, data: { scope: 'whole' }, date: new Date('2026-03-04'),
      filters: atlas.filters, metric: atlas.size, sizes: atlas.sizes, curvature: workspace.curvature, byImportance: workspace.byImportance,
    };
    const [csl, bib] = await Promise.all(formats.map((f) => f.run(ctx)));
    expect((JSON.parse(await csl.text()) as { id: string }[]).map((i) => i.id)).toEqual(['wp-anti-stalinist-left']);
    const text = await bib.text();
    expect(text).toMatch(/^@comment\{Sources cited by the evidence of the 3 visible relations: 1 source\.\nInfluence Atlas\nFilters: Years 1936–1937\}/);
    expect(readBib(text).entries.map((e) => e.key)).toEqual(['wp-anti-stalinist-left']);
    await expect(formats[1].run({ ...ctx, texts: null })).rejects.toThrow(/evidence is still loading/);
  });
});
