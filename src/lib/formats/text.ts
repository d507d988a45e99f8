// Bytes to text: a byte-order mark (UTF-8, UTF-16 LE/BE) wins, then an XML declaration's encoding,
// else UTF-8, strictly. Bytes that are not valid in the encoding are a problem at their line, never
// silently replaced, so a Latin-1 file mistaken for UTF-8 says so instead of showing "Ã©".

/** The text, or why it could not be read. */
export type DecodedText = { ok: true; text: string; encoding: string } | { ok: false; message: string; line?: number };

const BOMS: [number[], string][] = [[[0xef, 0xbb, 0xbf], 'utf-8'], [[0xff, 0xfe], 'utf-16le'], [[0xfe, 0xff], 'utf-16be']];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The encoding an XML declaration names in its first bytes (ASCII-compatible encodings only). */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const match = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return match ? match[1].toLowerCase() : null;
}

/** Where the first byte sequence invalid in UTF-8 starts, as a line number (1-based). */
function firstBadUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) { line++; continue; }
    if (b < 0x80) continue;
    const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    if (need < 0) return line;
    for (let k = 1; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return line;
    i += need;
  }
  return line;
}

/** Decodes a file's bytes. */
export function decodeText(bytes: Uint8Array): DecodedText {
  let encoding = 'utf-8';
  let start = 0;
  const bom = BOMS.find(([prefix]) => startsWith(bytes, prefix));
  if (bom) { encoding = bom[1]; start = bom[0].length; }
  else if (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0)) {
    return { ok: false, message: 'the file looks like UTF-16 without a byte-order mark: save it as UTF-8' };
  } else {
    const declared = declaredEncoding(bytes);
    if (declared && declared !== 'utf-8' && declared !== 'utf8') encoding = declared;
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    return { ok: false, message: `unknown encoding "${encoding.slice(0, 40)}" in the XML declaration: expected UTF-8` };
  }
  try {
    return { ok: true, text: decoder.decode(bytes.subarray(start)), encoding };
  } catch {
    const line = encoding === 'utf-8' ? firstBadUtf8Line(bytes.subarray(start)) : undefined;
    return { ok: false, line, message: `bytes that are not valid ${encoding.toUpperCase()}${encoding === 'utf-8' ? ' (is the file in Latin-1 or Windows-1252? save it as UTF-8)' : ''}` };
  }
}
