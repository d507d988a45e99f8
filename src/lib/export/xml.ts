// Writing XML by hand, safely: every piece of text from the data goes through `xmlEscape`, which
// drops what XML 1.0 cannot carry at all and escapes what it would misread. The GEXF and GraphML
// writers build their markup only from fixed names and these escaped values.

/**
 * Characters XML 1.0 forbids even as character references (§2.2 Char): C0 controls other than
 * tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. They are dropped.
 */
// eslint-disable-next-line no-control-regex -- matching the control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;',
  // As references, so a parser's attribute-value and line-end normalisation leaves them as they were.
  '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};

// Tests without the g flag (no lastIndex to carry over), so that most text, which needs nothing, is
// returned as it is without building a new string.
const HAS_FORBIDDEN = new RegExp(FORBIDDEN.source);
const SPECIAL = /[&<>"'\t\n\r]/g;
const HAS_SPECIAL = new RegExp(SPECIAL.source);

/** Text that XML 1.0 can carry: the forbidden characters removed. */
export function xmlSafeText(text: string): string {
  return HAS_FORBIDDEN.test(text) ? text.replace(FORBIDDEN, '') : text;
}

/** Escapes text for an attribute value or element content; the result contains no markup. */
export function xmlEscape(value: string | number | boolean): string {
  const text = xmlSafeText(String(value));
  return HAS_SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ENTITIES[c]) : text;
}

/** One element with its attributes (undefined and null ones left out), empty or with children. */
export function xmlElement(name: string, attributes: Record<string, string | number | boolean | null | undefined>, children?: string): string {
  let open = `<${name}`;
  for (const key in attributes) {
    const value = attributes[key];
    if (value !== undefined && value !== null) open += ` ${key}="${xmlEscape(value)}"`;
  }
  return children === undefined ? `${open}/>` : `${open}>${children}</${name}>`;
}

/** A number as XML Schema's float and double read it; null for NaN and infinities, which have no place in a file. */
export function xmlNumber(value: number | null | undefined): string | null {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}
