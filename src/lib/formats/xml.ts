// A safe XML parse for GEXF and GraphML, usable in a Worker (which has no DOMParser): @xmldom/xmldom
// with positions on every element. A DOCTYPE with an internal subset is refused before parsing:
// entity declarations are how "billion laughs" expansion and external entities (reading other files
// or URLs) get in, and neither format needs them. xmldom itself only knows the five predefined
// entities, so any other reference is reported, never expanded.
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import type { ProblemList } from './problem';

export type { Document, Element };

/** Line (1-based) of an offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Where the element `<name` occurs for the `limit + 1`-th time, or -1: a count made before parsing,
 * so a file declaring absurdly many attributes is refused without building its whole document.
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

/** Parses XML text; problems go to `problems` with their line and column. Null when unusable. */
export function parseXml(text: string, problems: ProblemList): Document | null {
  if (!refuseDoctype(text, problems)) return null;
  let failed = false;
  const parser = new DOMParser({
    onError(level, message, context) {
      if (level === 'warning') return;
      const locator = (context as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)?.locator;
      problems.add(`not well-formed XML: ${message.replace(/^\[xmldom \w+\]\s*/, '').slice(0, 200)}`,
        { line: locator?.lineNumber || undefined, column: locator?.columnNumber || undefined });
      failed = true;
      if (level === 'fatalError') throw new Error(message);
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(text, 'application/xml');
  } catch {
    if (!failed) problems.add('not well-formed XML');
    return null;
  }
  return failed ? null : doc;
}

/** The child elements of an element with a local name (namespace prefixes ignored: `viz:color` is `color`). */
export function children(parent: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && localName(child as Element) === name) out.push(child as Element);
  }
  return out;
}

/** The first child element with a local name, or null. */
export function child(parent: Element, name: string): Element | null {
  for (let c = parent.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && localName(c as Element) === name) return c as Element;
  return null;
}

/** An element's name without its namespace prefix. */
export function localName(element: Element): string {
  const name = element.localName ?? element.tagName;
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

/** Where an element starts, for a problem. */
export function at(element: Element, label = ''): { line?: number; column?: number; where: string } {
  const e = element as Element & { lineNumber?: number; columnNumber?: number };
  return { line: e.lineNumber, column: e.columnNumber, where: `<${localName(element)}${label}>` };
}

/** An attribute's value, or null when absent (xmldom answers '' for absent attributes). */
export function attr(element: Element, name: string): string | null {
  return element.hasAttribute(name) ? element.getAttribute(name) : null;
}
