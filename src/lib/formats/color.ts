// Colours from files: only `#rgb`, `#rrggbb`, `#rrggbbaa` or `rgb()/rgba()` with numbers in range are
// kept, written back as `#rrggbb` or `rgba(r,g,b,a)`; anything else (a name, markup, a script) is not a colour.

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*(\d*\.?\d+)\s*)?\)$/i;

const hex2 = (n: number) => n.toString(16).padStart(2, '0');

/** The colour in a canonical form, or null when the value is not a colour. */
export function parseColor(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const text = value.trim();
  const hex = HEX.exec(text);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1].slice(0, 6);
    return `#${h.toLowerCase()}`;
  }
  const rgb = RGB.exec(text);
  if (!rgb) return null;
  const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map(Number);
  if (r > 255 || g > 255 || b > 255) return null;
  const a = rgb[4] === undefined ? 1 : Number(rgb[4]);
  if (!(a >= 0 && a <= 1)) return null;
  return a === 1 ? `#${hex2(r)}${hex2(g)}${hex2(b)}` : `rgba(${r},${g},${b},${a})`;
}

/** The colour from separate red, green and blue numbers (GraphML's r, g, b keys), or null. */
export function colorFromRgb(r: unknown, g: unknown, b: unknown): string | null {
  const parts = [r, g, b].map(Number);
  if (!parts.every((v) => Number.isInteger(v) && v >= 0 && v <= 255)) return null;
  return `#${parts.map(hex2).join('')}`;
}
