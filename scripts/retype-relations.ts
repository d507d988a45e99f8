// Re-types relations from their evidence (issue 9), in two steps:
//   npx tsx scripts/retype-relations.ts --list    every candidate with its evidence and bios, and its decision
//   npx tsx scripts/retype-relations.ts --apply   applies scripts/retype-decisions.ts to data/
// Candidates are every `repressed` and `married_to` relation, every relation whose notes speak of an
// expulsion, a suspension or a partner, and every `member_of` pointing at a body whose bio calls it a
// circle, current, tendency, label or school. Applying is idempotent: a relation already re-typed
// (its old id in `formerIds`) is left alone, so the step can be run again after merging other edits.
// The relations file stays sorted by id and formatted as JSON.stringify(array, null, 2) + "\n"; the
// seed ledger's files are rewritten to name the new ids.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AtlasNode, AtlasRelation } from '../src/lib/model/types';
import { LEDGER_DIR } from '../src/lib/model/seed-ledger';
import { KEPT, RETYPES, SPLITS, type AddedEdge } from './retype-decisions';
import { ROOT } from './read-data';

const DATA = join(ROOT, 'data');
const RELATIONS_PATH = join(DATA, 'relations.json');
const NODE_FILES = ['people', 'organizations', 'periodicals', 'works', 'events'].map((f) => `${f}.json`);

type Stored = AtlasRelation & { formerIds?: string[] };

const INFORMAL = /\b(loose|circle|current|tendency|label|school|milieu)\b/i;
const DISCIPLINE_OR_COUPLE = /expel|expuls|suspend|partner|companion|common-law|lovers?\b/i;

const readRelations = (): Stored[] => JSON.parse(readFileSync(RELATIONS_PATH, 'utf8')) as Stored[];
const nodes = new Map<string, AtlasNode>(NODE_FILES.flatMap((f) => JSON.parse(readFileSync(join(DATA, f), 'utf8')) as AtlasNode[]).map((n) => [n.id, n]));

/** Why a relation is a candidate for another type, or null. */
function candidacy(r: Stored): string | null {
  if (r.relation === 'repressed' || r.relation === 'married_to') return r.relation;
  if (r.relation === 'member_of' && INFORMAL.test(nodes.get(r.target)?.bio ?? '')) return 'member_of an informal body?';
  if (DISCIPLINE_OR_COUPLE.test(r.evidence.map((e) => e.note).join(' ')) && ['split_from', 'opposed'].includes(r.relation)) return 'notes speak of discipline';
  return null;
}

const decided = new Map<string, string>([
  ...RETYPES.map((d) => [d.id, `→ ${d.to}${d.reverse ? ' (reversed)' : ''}: ${d.why}`] as const),
  ...SPLITS.map((d) => [d.id, `split, adding ${d.add.relation}: ${d.why}`] as const),
  ...Object.entries(KEPT).map(([id, why]) => [id, `kept: ${why}`] as const),
]);

function list(): void {
  const relations = readRelations();
  let open = 0;
  for (const r of relations) {
    const reason = candidacy(r);
    if (!reason) continue;
    const decision = decided.get(r.id) ?? r.formerIds?.map((f) => decided.get(f)).find(Boolean);
    if (!decision) open++;
    console.log(`\n## ${r.id}  [${reason}] ${JSON.stringify(r.years)} ${r.confidence}`);
    for (const e of r.evidence) console.log(`  - (${e.source}; ${e.locator}) ${e.note}`);
    for (const end of [r.source, r.target]) console.log(`  ${end}: ${nodes.get(end)?.bio.slice(0, 240) ?? '(no node)'}`);
    console.log(`  DECISION ${decision ?? 'none yet'}`);
  }
  console.log(`\n${open} candidate(s) without a decision.`);
  process.exitCode = open > 0 ? 1 : 0;
}

/** The first free `source--relation--target` id, with `--2`, `--3` for a further assertion of the triple. */
function freeId(taken: Set<string>, source: string, relation: string, target: string): string {
  const base = `${source}--${relation}--${target}`;
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}--${n}`;
    if (!taken.has(id)) return id;
  }
}

function apply(): void {
  const relations = readRelations();
  const former = new Set(relations.flatMap((r) => r.formerIds ?? []));
  const taken = new Set([...relations.map((r) => r.id), ...former]);
  const renamed = new Map<string, string>();
  const counts = new Map<string, number>();
  const added: Stored[] = [];
  const count = (what: string) => counts.set(what, (counts.get(what) ?? 0) + 1);

  const sameAct = (r: Stored, source: string, relation: string, target: string, years: Stored['years']) =>
    r.source === source && r.relation === relation && r.target === target && JSON.stringify(r.years) === JSON.stringify(years);
  /** Adds the second act's relation, with the evidence of the first, unless an earlier run did. */
  const addEdge = (from: Stored, add: AddedEdge) => {
    const [source, target] = add.reverse ? [from.target, from.source] : [from.source, from.target];
    if (relations.some((r) => sameAct(r, source, add.relation, target, add.years))) return;
    const id = freeId(taken, source, add.relation, target);
    taken.add(id);
    added.push({ id, source, relation: add.relation, target, years: add.years, confidence: from.confidence, evidence: from.evidence });
    count(`added ${add.relation}`);
  };

  for (const d of RETYPES) {
    const index = relations.findIndex((r) => r.id === d.id);
    if (index < 0) {
      if (!former.has(d.id)) throw new Error(`retype: no relation '${d.id}' and none that was once it`);
      continue;
    }
    const old = relations[index];
    const [source, target] = d.reverse ? [old.target, old.source] : [old.source, old.target];
    const id = freeId(taken, source, d.to, target);
    taken.add(id);
    // The usual key order, with formerIds beside the id it explains.
    const retyped: Stored = {
      id, formerIds: [...(old.formerIds ?? []), d.id], source, relation: d.to, target, years: d.years ?? old.years,
      confidence: old.confidence, evidence: old.evidence.map((e, i) => (d.notes?.[i] ? { ...e, note: d.notes[i] } : e)),
    };
    relations[index] = retyped;
    renamed.set(d.id, id);
    count(`${old.relation} → ${d.to}`);
    if (d.add) addEdge(old, d.add);
  }
  for (const d of SPLITS) {
    const old = relations.find((r) => r.id === d.id);
    if (!old) throw new Error(`retype: no relation '${d.id}' to split`);
    if (d.years) old.years = d.years;
    addEdge(old, d.add);
  }
  const all = [...relations, ...added].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  writeFileSync(RELATIONS_PATH, `${JSON.stringify(all, null, 2)}\n`);

  let ledgerEdits = 0;
  const dir = join(DATA, LEDGER_DIR);
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const path = join(dir, name);
    const entries = JSON.parse(readFileSync(path, 'utf8')) as { encoded?: { relations?: string[] } }[];
    let changed = false;
    for (const entry of entries) {
      const ids = entry.encoded?.relations;
      if (!ids) continue;
      ids.forEach((id, i) => {
        const now = renamed.get(id);
        if (now) { ids[i] = now; changed = true; ledgerEdits++; }
      });
    }
    if (changed) writeFileSync(path, `${JSON.stringify(entries, null, 2)}\n`);
  }
  for (const [what, n] of [...counts].sort()) console.log(`${String(n).padStart(3)}  ${what}`);
  console.log(`${renamed.size} relation(s) renamed, ${added.length} added, ${ledgerEdits} ledger reference(s) updated.`);
}

if (process.argv.includes('--apply')) apply();
else list();
