// What each top-level field of a data file means, for the data package's Table Schemas; the long
// form, with the reasons behind each rule, is data/README.md.
import type { RowShape } from './json-schemas';

export const FIELD_DESCRIPTIONS: Record<RowShape, Record<string, string>> = {
  node: {
    id: 'Stable lowercase ASCII slug of the preferred English name; unique across all node files.',
    label: 'The name as a reader expects it, with diacritics.',
    kind: 'person, organization, periodical, work or event (one per file).',
    aliases: 'Birth names, pen names, party names, transliterations, abbreviations, names in the original language.',
    years: 'Born–died, founded–dissolved, first–last year, or year of publication: {start: {year, qualifier?}, end?: {year, qualifier?} | "present"}.',
    countries: 'Countries, named as they were at the time.',
    currents: 'Tags of the currents the node is usually placed in (data/README.md lists them).',
    bio: 'Two to five sentences written for this project.',
    bioSources: 'The sources of the biography: [{source, locator}], source being an id of sources.json.',
  },
  relation: {
    id: 'source--relation--target, with --2, --3 for another assertion of the same triple.',
    formerIds: 'Ids the relation was published under before it was re-typed or turned round; links naming one still reach it.',
    source: 'The id of the node the relation is read from.',
    target: 'The id of the node the relation is read to.',
    relation: 'The type of relation, from the vocabulary in data/README.md.',
    years: 'When the relation held: {start?, end?}, each {year, qualifier?}; open when absent.',
    confidence: 'certain, likely or possible (data/README.md says what each means).',
    evidence: 'One or more {source, locator, note}: the id of a source, where in it, and what it supports.',
  },
  source: {
    id: 'author-year-short-title; wp-anti-stalinist-left is the seed article and wp-ref-N its numbered references.',
    type: 'book, article, chapter, web, primary (a text by an actor of the story) or reference (a numbered reference of the seed).',
    author: 'Authors, editors or the body responsible, as printed; several are separated by ";" or "and".',
    title: 'The title (a source needs a title or a citation).',
    citation: 'For a numbered reference of the seed: the reference as the article lists it.',
    year: 'Year of publication.',
    publisher: 'The publisher, or for a web page the site that publishes it.',
    journal: 'The periodical an article appeared in, or the book that holds a chapter.',
    url: 'An http(s) address where it can be read.',
    revision: 'The revision of a wiki page that was read.',
    note: 'What the project says about the source: which edition or part was read, and why it is cited.',
  },
  'seed-ledger-entry': {
    id: 'The section\'s prefix and a number, unique across the ledger.',
    paragraph: 'The paragraph of the section in the seed text, counted from 1.',
    caption: 'True for an image caption.',
    refs: 'The numbers of the seed\'s references that the statement cites.',
    type: 'statement (a claim of the article) or entity (a person, group, periodical, work or event it names).',
    claim: 'For a statement: the claim paraphrased in the project\'s own words.',
    encoded: 'For a statement: the nodes, relations and current tags that encode it.',
    name: 'For an entity: the name as the article gives it.',
    node: 'For an entity: the id of the node that stands for it.',
    current: 'For an entity that is a movement or doctrine: the current tag that carries it.',
    excluded: 'Why the statement or entity is not encoded: {reason, why}.',
    open: 'What is still to be done, when the entry is neither encoded nor excluded.',
  },
};
