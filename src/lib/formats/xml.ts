// What the GEXF and GraphML readers share: their streaming parse (XmlStream, over saxes), a refusal
// of any DOCTYPE with an internal subset — entity declarations are how "billion laughs" expansion and
// external entities (reading other files or URLs) get in, and neither format needs them; saxes
// itself knows only the five predefined entities and reports any other reference — a count of
// elements made before parsing, and the line of an offset.
import { SaxesParser } from 'saxes';
import type { Place } from './foreign';
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

/** An element's name without its namespace prefix (`viz:color` is `color`). */
export function localOf(name: string): string {
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

/** Thrown from a handler to end the parse (a refusal already said in the problems). */
export class StopParse extends Error {}

/**
 * The streaming parse both readers run: saxes with positions, the start (line and column of the
 * `<`) of the element being opened, the text gathered for one element at a time, and any XML error
 * reported as a located problem that ends the parse. The readers set `opentag` and `closetag`
 * (calling `closed` from the latter).
 */
export class XmlStream {
  readonly parser = new SaxesParser<{ position: true; xmlns: false }>({ position: true, xmlns: false });
  private line = 1;
  private column = 1;
  private capture: { depth: number; text: string; done: (text: string) => void } | null = null;

  constructor(private readonly problems: ProblemList) {
    const parser = this.parser;
    parser.on('opentagstart', (tag) => {
      // saxes is just past the name: the '<' is name.length + 1 columns back (a name has no newline).
      this.line = parser.line;
      this.column = Math.max(1, parser.column - tag.name.length - 1);
    });
    parser.on('text', (t) => { if (this.capture) this.capture.text += t; });
    parser.on('cdata', (t) => { if (this.capture) this.capture.text += t; });
    parser.on('error', (error) => {
      const m = /^(\d+):(\d+): ([\s\S]*)$/.exec(error.message);
      let message = (m ? m[3] : error.message).slice(0, 200);
      if (/^undefined entity/.test(message)) message = 'undefined entity: expected only &amp; &lt; &gt; &quot; &apos; or a numeric reference such as &#233;';
      problems.add(`not well-formed XML: ${message}`, m ? { line: Number(m[1]), column: Number(m[2]) } : {});
      throw new StopParse();
    });
  }

  /** Where the element being opened starts, for a problem. */
  place(name: string, label = ''): Place {
    return { line: this.line, column: this.column, where: `<${localOf(name)}${label}>` };
  }

  /** Checks the root element (`tag`, just opened) is `<expected>`, else says so and ends the parse; its place. */
  root(tag: { name: string }, expected: string): Place {
    const place = this.place(tag.name);
    const name = localOf(tag.name);
    if (name !== expected) {
      this.problems.add(`the root element is <${name}>: expected <${expected}>`, place);
      throw new StopParse();
    }
    return place;
  }

  /** True while some element's text is being gathered. */
  get capturing(): boolean { return this.capture !== null; }

  /** Gathers the text content of the element opened at `depth`; `done` gets it when it closes. */
  gather(depth: number, done: (text: string) => void): void {
    this.capture = { depth, text: '', done };
  }

  /** To be called when the element at `depth` closes. */
  closed(depth: number): void {
    if (this.capture && depth === this.capture.depth) {
      this.capture.done(this.capture.text);
      this.capture = null;
    }
  }

  /** Parses the whole text; false when it was refused (the problem is said). */
  run(text: string, problems: ProblemList): boolean {
    try {
      this.parser.write(text).close();
      return true;
    } catch (error) {
      if (!(error instanceof StopParse)) problems.add(`not well-formed XML: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
      return false;
    }
  }
}
