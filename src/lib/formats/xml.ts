// What the GEXF and GraphML readers share before their streaming parse (saxes): a refusal of any
// DOCTYPE with an internal subset — entity declarations are how "billion laughs" expansion and
// external entities (reading other files or URLs) get in, and neither format needs them; saxes
// itself knows only the five predefined entities and reports any other reference — a count of
// elements made before parsing, and the line of an offset.
import type { ProblemList } from './problem';

/** Line (1-based) of an offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Where the element `<name` occurs for the `limit + 1`-th time, or -1: a count made before parsing,
 * so a file declaring absurdly many attributes is refused without reading it whole.
 */
export function beyondLimit(text: string, name: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf(`<${name}`); at !== -1; at = text.indexOf(`<${name}`, at + 1)) {
    const next = text.charCodeAt(at + name.length + 1);
    if (next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d || next === 0x2f || next === 0x3e) {
      if (++count > limit) return at;
    }
  }
  return -1;
}

/**
 * False (with the problem said) when the text has a DOCTYPE with an internal subset: entity
 * declarations are how "billion laughs" expansion and external entities get in.
 */
export function refuseDoctype(text: string, problems: ProblemList): boolean {
  const doctype = /<!DOCTYPE[^[>]*\[/i.exec(text.slice(0, 1_000_000));
  if (!doctype) return true;
  const entity = text.indexOf('<!ENTITY', doctype.index);
  problems.add('a DOCTYPE with an internal subset is not accepted: its entity declarations could expand without limit ("billion laughs") or read other files; remove the DOCTYPE',
    { line: lineAt(text, entity >= 0 ? entity : doctype.index), where: entity >= 0 ? '<!ENTITY>' : '<!DOCTYPE>' });
  return false;
}
