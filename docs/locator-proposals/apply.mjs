// Applies second-reader verdicts to data/relations.json and data/sources.json, one item at a time,
// skipping (and reporting) any item whose evidence no longer matches what the readers saw.
import { readFileSync, writeFileSync } from 'node:fs';
const [,, root, verdictFile, vetoFile] = process.argv;
const relPath = `${root}/data/relations.json`, srcPath = `${root}/data/sources.json`;
const relations = JSON.parse(readFileSync(relPath, 'utf8'));
const sources = JSON.parse(readFileSync(srcPath, 'utf8'));
const verdicts = JSON.parse(readFileSync(verdictFile, 'utf8'));
const veto = vetoFile ? JSON.parse(readFileSync(vetoFile, 'utf8')) : {};
const byId = new Map(relations.map((r) => [r.id, r]));
const srcById = new Map(sources.map((s) => [s.id, s]));
const isP = (l) => !l || /passim|whole text|title page|whole/i.test(l);
const TYPES = new Set(['book', 'article', 'chapter', 'web', 'primary', 'reference']);
const log = { applied: [], skipped: [] };
for (const v of verdicts) {
  const key = `${v.relation}#${v.index}`;
  const skip = (why) => log.skipped.push(`${key}: ${why}`);
  if (v.verdict !== 'accept') { skip(`rejected: ${v.reason.slice(0, 80)}`); continue; }
  if (veto[key]) { skip(`vetoed: ${veto[key]}`); continue; }
  const r = byId.get(v.relation);
  const ev = r?.evidence?.[v.index];
  if (!ev) { skip('no such evidence item'); continue; }
  if (!isP(ev.locator)) { skip(`locator is now "${ev.locator}"`); continue; }
  if (!v.locator || v.locator.length < 1) { skip('no locator'); continue; }
  if (!v.newSource) {
    ev.locator = v.locator;
    if (v.note && v.note !== 'keep') { skip('in-book locator with a new note: look by hand'); ev.locator = 'passim'; continue; }
    log.applied.push(`${key}: locator ${v.locator}`);
    continue;
  }
  const ns = { ...v.newSource };
  const sameUrl = !srcById.has(ns.id) && sources.find((s) => s.url === ns.url);
  if (sameUrl) ns.id = sameUrl.id;
  if (r.evidence.some((e, i) => i !== v.index && e.source === ns.id)) { skip(`relation already cites ${ns.id}`); continue; }
  if (!v.note || v.note === 'keep' || v.note.length < 10) { skip('replacement without a new note'); continue; }
  if (!/^https?:\/\//.test(ns.url ?? '')) { skip('newSource without an http(s) url'); continue; }
  const have = srcById.get(ns.id);
  if (have) {
    if (have.url !== ns.url) { skip(`source id ${ns.id} exists with another url`); continue; }
  } else {
    if (!TYPES.has(ns.type)) { skip(`source type ${ns.type}`); continue; }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(ns.id)) { skip(`source id ${ns.id} not a slug`); continue; }
    const s = { id: ns.id, type: ns.type };
    if (ns.author) s.author = ns.author;
    if (ns.title) s.title = ns.title;
    const year = v.year ?? ns.year;
    if (Number.isInteger(year)) s.year = year;
    if (ns.publisher) s.publisher = ns.publisher;
    if (ns.journal) s.journal = ns.journal;
    s.url = ns.url;
    if (ns.revision) s.revision = String(ns.revision);
    if (!s.title) { skip('newSource without a title'); continue; }
    sources.push(s);
    srcById.set(s.id, s);
  }
  r.evidence[v.index] = { source: ns.id, locator: v.locator, note: v.note };
  log.applied.push(`${key}: -> ${ns.id} (${v.locator})`);
}

writeFileSync(relPath, JSON.stringify(relations, null, 2) + '\n');
writeFileSync(srcPath, JSON.stringify(sources, null, 2) + '\n');
console.log(`applied ${log.applied.length}, skipped ${log.skipped.length}`);
console.log(log.skipped.join('\n'));
writeFileSync(verdictFile.replace(/\.json$/, '.applied.log'), [...log.applied, '--', ...log.skipped].join('\n') + '\n');
