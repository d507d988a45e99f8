// Writing values into an SVG document safely: numbers without noise, colours Inkscape reads, and
// text escaped (and cleaned of characters XML cannot hold), so no data can break or script the file.

/** Prints a number with at most 2 decimals (and never "-0" or "NaN"). */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Number.isFinite(rounded) && rounded !== 0 ? String(rounded) : '0';
}

/** Writes a colour as a fill or stroke attribute; alpha becomes an opacity, which Inkscape reads. */
export function paint(attribute: 'fill' | 'stroke', color: string): string {
  const value = clean(color).trim();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value)?.[1];
  const rgba = /^rgba\(\s*([^,]+),\s*([^,]+),\s*([^,]+),\s*([\d.]+)\s*\)$/i.exec(value);
  let base = value;
  let alpha = 1;
  if (hex && (hex.length === 4 || hex.length === 8)) {
    const full = hex.length === 4 ? [...hex].map((c) => c + c).join('') : hex;
    base = `#${full.slice(0, 6)}`;
    alpha = parseInt(full.slice(6), 16) / 255;
  } else if (rgba) {
    base = `rgb(${rgba[1].trim()},${rgba[2].trim()},${rgba[3].trim()})`;
    alpha = Math.min(1, Number(rgba[4]));
  }
  const opacity = alpha < 1 ? ` ${attribute}-opacity="${num(alpha)}"` : '';
  return ` ${attribute}="${xml(base)}"${opacity}`;
}

/** Escapes text for XML content and attributes, after dropping characters XML cannot hold. */
export function xml(text: string): string {
  return clean(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Drops control characters (tabs and line breaks become spaces) and lone surrogates. */
export function clean(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x09 || code === 0x0a || code === 0x0d) out += ' ';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) continue;
    else out += char;
  }
  return out;
}
