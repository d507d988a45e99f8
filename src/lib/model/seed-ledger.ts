// The seed ledger: the seed article read statement by statement, kept as data in data/seed-ledger/.
// Each entry is either a statement (a claim the article makes) or an entity (a person, group,
// periodical, work or event it names), and says how the dataset answers it: encoded by named nodes
// and relations, excluded for a stated reason, or still open. Checking is pure and never throws;
// every problem points at its file, line and column, like the dataset's own.
import { z } from 'zod';
import { resolveRelationId, type FormerIds } from './former-ids';
import { JsonPlaces, readJson } from './json-error';
import type { Problem } from './types';

/** The folder under data/ that holds the ledger, one file per section of the seed. */
export const LEDGER_DIR = 'seed-ledger';

/** The seed's sections (revision 1305120687), in reading order, and the ledger file of each. */
export const LEDGER_SECTIONS: readonly { file: string; section: string; prefix: string }[] = [
  { file: '01-lead.json', section: 'Lead', prefix: 'lead' },
  { file: '02-revolutionary-era.json', section: 'Revolutionary era critiques (pre-1924)', prefix: 'rev' },
  { file: '03-stalins-rise.json', section: "After Stalin's rise to power (1924–1930)", prefix: 'rise' },
  { file: '04-consolidation.json', section: "The consolidation of Stalin's rule and responding to the rise of fascism in Europe (1930–1939)", prefix: 'cons' },
  { file: '05-mid-century.json', section: 'Mid-century critiques (1939–1953)', prefix: 'mid' },
  { file: '06-after-stalin.json', section: 'After the death of Stalin (1953–1967)', prefix: 'after' },
  { file: '07-castroist.json', section: 'Castroist critiques (1959–1968)', prefix: 'castro' },
  { file: '08-later.json', section: 'Later developments (1968–present)', prefix: 'later' },
  { file: '09-notable-figures.json', section: 'Notable figures', prefix: 'fig' },
  { file: '10-see-also.json', section: 'See also', prefix: 'see' },
  { file: '11-further-reading.json', section: 'Further reading', prefix: 'read' },
];

/** Why a statement or a named entity is not encoded. */
export const EXCLUSION_REASONS = {
  'off-topic': 'outside the story of the anti-Stalinist left (or a reference that does not support the sentence it follows)',
  'seed-wrong': 'the seed is mistaken here; `why` says what is right and on whose word',
  'too-vague': 'too vague to encode as a dated relation between named nodes',
  'not-a-claim': 'framing, a heading, a navigation line or a quotation that asserts nothing encodable',
  duplicate: 'says again what another ledger entry already records (`why` names it)',
} as const;

export type ExclusionReason = keyof typeof EXCLUSION_REASONS;

const reasons = Object.keys(EXCLUSION_REASONS) as [ExclusionReason, ...ExclusionReason[]];
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug');
const exclusion = z.strictObject({ reason: z.enum(reasons), why: z.string().trim().min(12, 'say why in a sentence') });
const answer = {
  excluded: exclusion.optional(),
  open: z.string().trim().min(1).optional(),
};
const common = {
  id: slug,
  paragraph: z.int().min(1).max(200),
  caption: z.boolean().optional(),
  refs: z.array(z.int().min(1).max(99)).max(20).optional(),
};

const statementSchema = z.strictObject({
  ...common,
  type: z.literal('statement'),
  claim: z.string().trim().min(12, 'paraphrase the claim in a sentence').max(600),
  encoded: z.strictObject({
    nodes: z.array(slug).max(40).default([]),
    relations: z.array(z.string().min(1).max(300)).max(40).default([]),
    // A doctrine is not a node (data/README.md, Kinds): a statement about one is carried by its current tag.
    currents: z.array(slug).max(10).default([]),
  }).optional(),
  ...answer,
});

const entitySchema = z.strictObject({
  ...common,
  type: z.literal('entity'),
  name: z.string().trim().min(1).max(200),
  node: slug.optional(),
  /** A named movement or doctrine that the dataset carries as a current tag, not as a node. */
  current: slug.optional(),
  ...answer,
});

const entrySchema = z.discriminatedUnion('type', [statementSchema, entitySchema]);

/** One checked ledger entry. */
export type LedgerEntry = z.infer<typeof entrySchema> & { section: string };

/** One file of the ledger, as read from data/seed-ledger/. */
export interface LedgerFile { name: string; text: string }

/**
 * What the ledger is checked against: the ids the dataset knows, and the ids relations had before
 * they were re-typed (an entry naming one is read as naming the relation that has it now).
 */
export interface LedgerContext {
  nodes: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  currents: ReadonlySet<string>;
  formerRelations?: FormerIds;
}

/** How much of the seed the dataset answers: statements and entities, encoded / excluded / open. */
export interface LedgerCoverage {
  statements: { encoded: number; excluded: number; open: number };
  entities: { encoded: number; excluded: number; open: number };
  bySection: { section: string; statements: number; entities: number; open: number }[];
}

export interface LedgerResult { entries: LedgerEntry[]; problems: Problem[]; coverage: LedgerCoverage }

const fieldOf = (path: readonly PropertyKey[]) =>
  path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[') || '-';

function statusOf(entry: z.infer<typeof entrySchema>): 'encoded' | 'excluded' | 'open' | null {
  if (entry.type === 'entity' && entry.node !== undefined && entry.current !== undefined) return null;
  const encoded = entry.type === 'statement' ? entry.encoded !== undefined : entry.node !== undefined || entry.current !== undefined;
  const given = [encoded, entry.excluded !== undefined, entry.open !== undefined].filter(Boolean).length;
  if (given !== 1) return null;
  return encoded ? 'encoded' : entry.excluded ? 'excluded' : 'open';
}

/**
 * Reads and checks the ledger files against the dataset's ids. Files must be the known section
 * files; each is a JSON array of entries whose ids start with the section's prefix and are unique.
 */
export function checkLedger(files: readonly LedgerFile[], context: LedgerContext): LedgerResult {
  const problems: Problem[] = [];
  const entries: LedgerEntry[] = [];
  const seen = new Map<string, string>();
  const coverage: LedgerCoverage = {
    statements: { encoded: 0, excluded: 0, open: 0 },
    entities: { encoded: 0, excluded: 0, open: 0 },
    bySection: [],
  };
  const known = new Map(LEDGER_SECTIONS.map((s) => [s.file, s]));
  for (const file of files) {
    const name = `${LEDGER_DIR}/${file.name}`;
    const section = known.get(file.name);
    if (!section) {
      problems.push({ file: name, id: '-', field: '-', message: `unexpected ledger file (expected one of ${[...known.keys()].join(', ')})` });
      continue;
    }
    const read = readJson(file.text);
    if (!read.ok) {
      const at = new JsonPlaces(file.text, { root: 0, items: null }).at(read.offset);
      problems.push({ file: name, id: '-', field: '-', message: `invalid JSON: ${read.message}`, line: at.line, column: at.column });
      continue;
    }
    const places = new JsonPlaces(file.text, read);
    if (!Array.isArray(read.value)) {
      const at = places.root();
      problems.push({ file: name, id: '-', field: '-', message: 'expected a JSON array of ledger entries', line: at.line, column: at.column });
      continue;
    }
    const tally = { section: section.section, statements: 0, entities: 0, open: 0 };
    read.value.forEach((raw: unknown, index) => {
      const ownId = raw !== null && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : `#${index}`;
      const report = (path: readonly PropertyKey[], message: string, key?: string) => {
        const at = places.item(index, path, key);
        problems.push({ file: name, id: ownId, field: fieldOf(key === undefined ? path : [...path, key]), message, line: at?.line, column: at?.column });
      };
      const parsed = entrySchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) report(issue.path, issue.message, issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined);
        return;
      }
      const entry = parsed.data;
      if (!entry.id.startsWith(`${section.prefix}-`)) report(['id'], `expected an id starting with '${section.prefix}-' in this section`);
      const first = seen.get(entry.id);
      if (first) report(['id'], `duplicate ledger id (first in ${first})`);
      else seen.set(entry.id, name);
      const status = statusOf(entry);
      if (!status) {
        report([], `give exactly one of ${entry.type === 'statement' ? "'encoded'" : "'node' (or 'current')"}, 'excluded' or 'open'`);
        return;
      }
      for (const ref of entry.refs ?? []) {
        if (!context.sources.has(`wp-ref-${ref}`)) report(['refs'], `reference ${ref} is not in sources.json (expected wp-ref-${ref})`);
      }
      if (entry.type === 'statement' && entry.encoded) {
        const { nodes, relations, currents } = entry.encoded;
        if (nodes.length + relations.length + currents.length === 0) report(['encoded'], 'name at least one node, relation or current that encodes the statement');
        currents.forEach((id, i) => { if (!context.currents.has(id)) report(['encoded', 'currents', i], `no current '${id}' in the vocabulary`); });
        nodes.forEach((id, i) => { if (!context.nodes.has(id)) report(['encoded', 'nodes', i], `no node '${id}' in the dataset`); });
        relations.forEach((id, i) => {
          const now = resolveRelationId(id, (r) => context.relations.has(r), context.formerRelations);
          if (now === null) report(['encoded', 'relations', i], `no relation '${id}' in the dataset`);
          else relations[i] = now;
        });
      }
      if (entry.type === 'entity' && entry.node && !context.nodes.has(entry.node)) report(['node'], `no node '${entry.node}' in the dataset`);
      if (entry.type === 'entity' && entry.current && !context.currents.has(entry.current)) report(['current'], `no current '${entry.current}' in the vocabulary`);
      const counts = entry.type === 'statement' ? coverage.statements : coverage.entities;
      counts[status]++;
      if (entry.type === 'statement') tally.statements++;
      else tally.entities++;
      if (status === 'open') tally.open++;
      entries.push({ ...entry, section: section.section });
    });
    coverage.bySection.push(tally);
  }
  return { entries, problems, coverage };
}

/** One line per kind of entry: "statements: 120 encoded, 30 excluded, 4 open (of 154)". */
export function formatCoverage(coverage: LedgerCoverage): string[] {
  const line = (label: string, c: { encoded: number; excluded: number; open: number }) =>
    `${label}: ${c.encoded} encoded, ${c.excluded} excluded, ${c.open} open (of ${c.encoded + c.excluded + c.open})`;
  return [line('Seed ledger statements', coverage.statements), line('Seed ledger entities', coverage.entities)];
}
