// Reads a source's `author` string ("Harvey Klehr and John Earl Haynes", "Gregor Benton (ed.)",
// "Chen Duxiu; edited and translated by Gregor Benton", "Ford Foundation") into the names a
// bibliography format wants: authors, editors and translators, each a person (family and given
// names) or a literal name. It guesses only where a wrong guess is unlikely: anything that does
// not look like a personal name in Western order stays literal, as written.

/** A person's name in parts, or a name kept as written (a body, a pseudonym with a note, a family-first name). */
export type SourceName = { family: string; given?: string; particle?: string } | { literal: string };

/** The names of a source by role. */
export interface SourceNames {
  authors: SourceName[];
  editors: SourceName[];
  translators: SourceName[];
}

/** Lowercase words that belong to a family name ("Marcel van der Linden"). */
const PARTICLES = new Set(['van', 'der', 'den', 'de', 'von', 'du', 'da', 'di', 'la', 'le', 'del', 'della', 'dos', 'das', 'ten', 'ter', 'zu']);

/** Words that make a name a body's, not a person's. */
const BODY_WORDS = new Set([
  'Academy', 'Archive', 'Archives', 'Association', 'Bureau', 'Center', 'Centre', 'Commission', 'Committee', 'Congress',
  'Corporation', 'Council', 'Department', 'Foundation', 'Government', 'Governments', 'Institute', 'Institut', 'Library',
  'Ministry', 'Museum', 'Office', 'Party', 'Press', 'Society', 'Studies', 'Trust', 'Union', 'University', 'World',
]);

/**
 * Personal names the data writes family name first (Chinese and Vietnamese usage): splitting them
 * at the last word would invert them, so they stay as written.
 */
const FAMILY_NAME_FIRST = new Set(['Chen Duxiu', 'Zheng Chaolin', 'Wang Fanxi', 'Ngo Van']);

const WORD = /^\p{Lu}[\p{L}'’-]*\.?$/u;
const INITIALS = /^(?:\p{Lu}\.)+$/u;

/** A person's name in parts when it looks like one in Western order ("C.L.R. James", "S. Sándor John"); null otherwise. */
export function personName(text: string): SourceName | null {
  const name = text.trim().replace(/\s+/g, ' ');
  if (FAMILY_NAME_FIRST.has(name) || /[\d()[\],;:+&/]/.test(name)) return null;
  const tokens = name.split(' ');
  if (tokens.length < 2 || tokens.length > 5 || tokens[0] === 'The') return null;
  if (tokens.some((t) => BODY_WORDS.has(t) || !(WORD.test(t) || INITIALS.test(t) || PARTICLES.has(t)))) return null;
  const last = tokens[tokens.length - 1];
  if (INITIALS.test(last) || PARTICLES.has(last) || PARTICLES.has(tokens[0])) return null;
  let split = tokens.length - 1;
  while (split > 1 && PARTICLES.has(tokens[split - 1])) split--;
  const particle = tokens.slice(split, tokens.length - 1).join(' ');
  return { family: last, given: tokens.slice(0, split).join(' '), ...(particle ? { particle } : {}) };
}

/** "A and B" as two persons when both are; otherwise the whole as one literal name. */
function namesIn(segment: string): SourceName[] {
  const text = segment.trim();
  if (!text) return [];
  const parts = text.split(/\s+and\s+/);
  const people = parts.map(personName);
  if (people.every((p) => p !== null)) return people as SourceName[];
  return [{ literal: text }];
}

const EDITORS = /\s*\((?:ed|eds)\.\)$/;
const ROLES: [RegExp, ('editors' | 'translators')[]][] = [
  [/^edited and translated by\s+/i, ['editors', 'translators']],
  [/^translated and edited by\s+/i, ['editors', 'translators']],
  [/^edited by\s+/i, ['editors']],
  [/^translated by\s+/i, ['translators']],
];

/**
 * The names of an `author` string: segments separated by ";", each "A", "A and B", or "edited
 * by …" / "translated by …" for the roles after the first. A final "(ed.)" or "(eds.)" makes the
 * names before it editors.
 */
export function sourceNames(author: string | undefined): SourceNames {
  const names: SourceNames = { authors: [], editors: [], translators: [] };
  if (!author || !author.trim()) return names;
  let main: string[] = [];
  for (const segment of author.split(';').map((s) => s.trim()).filter(Boolean)) {
    const role = ROLES.find(([pattern]) => pattern.test(segment));
    if (!role) {
      main.push(segment);
      continue;
    }
    const people = namesIn(segment.replace(role[0], ''));
    for (const r of role[1]) names[r].push(...people);
  }
  const edited = main.length > 0 && EDITORS.test(main[main.length - 1]);
  if (edited) main = main.map((s) => s.replace(EDITORS, ''));
  const people = main.flatMap(namesIn);
  if (edited) names.editors.unshift(...people);
  else names.authors.push(...people);
  return names;
}
