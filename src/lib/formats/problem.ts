// What is wrong with a file a user opened, located as precisely as its parser allows: the file, the
// line and column, the element (or CSV column, or JSON path), what was found and what was expected.
// Collected, never thrown, and capped so a hostile file cannot flood the page.

/** One problem (or, as a warning, something the import changed and says so). */
export interface FormatProblem {
  file: string;
  line?: number;
  column?: number;
  /** The element, column or path: `<node id="a">`, `column "year"`, `nodes[3].key`. */
  where?: string;
  message: string;
}

/** More problems than this from one import are summarised in one last line. */
export const MAX_PROBLEMS = 200;

/** `file:line:column: where: message`, the same shape as the dataset validator's. */
export function formatProblem(p: FormatProblem): string {
  const at = p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : '';
  return `${p.file}${at}: ${p.where ?? '-'}: ${p.message}`;
}

/** Long values are cut so a problem stays one readable line (a 1 MB label is named, not printed). */
export function shown(value: string, max = 40): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  const flat = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return `"${flat.length > max ? `${flat.slice(0, max)}…` : flat}"`;
}

/** Collects problems for one file, up to MAX_PROBLEMS, counting the rest. */
export class ProblemList {
  readonly items: FormatProblem[] = [];
  extra = 0;
  constructor(readonly file: string) {}

  add(message: string, at: { line?: number; column?: number; where?: string } = {}): void {
    if (this.items.length < MAX_PROBLEMS) this.items.push({ file: this.file, ...at, message });
    else this.extra++;
  }

  get size(): number { return this.items.length + this.extra; }

  /** The problems as lines, with a last line for those left out. */
  lines(): string[] {
    const lines = this.items.map(formatProblem);
    if (this.extra > 0) lines.push(`${this.file}: … and ${this.extra} more problems`);
    return lines;
  }
}

/** Names every JavaScript object already has: ids and attribute names that break plain-object maps. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);
