// Finds where JSON text first goes wrong, because V8's JSON.parse messages on node 20 often give
// no position. A small recursive-descent scanner (RFC 8259 grammar), used only after parse fails.

export interface JsonErrorLocation {
  line: number;
  column: number;
  message: string;
}

/** Returns the line/column and a short reason for the first syntax error, or null when valid. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  let i = 0;
  const fail = (message: string): never => {
    throw Object.assign(new Error(message), { at: i });
  };
  const ws = () => { while (i < text.length && ' \t\n\r'.includes(text[i])) i++; };
  const literal = (word: string) => { if (text.startsWith(word, i)) i += word.length; else fail(`unexpected ${describe()}`); };
  const describe = () => (i >= text.length ? 'end of file' : `character '${text[i]}'`);
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail('control character inside a string');
      i++;
    }
    if (i >= text.length) fail('unterminated string');
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail(`unexpected ${describe()}`);
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++; ws();
      if (text[i] === '}') { i++; return; }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe()}`);
        string(); ws();
        if (text[i] !== ':') fail(`expected ':' after a property name, found ${describe()}`);
        i++; value(); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return; }
        fail(`expected ',' or '}' after a property value, found ${describe()}`);
      }
    } else if (c === '[') {
      i++; ws();
      if (text[i] === ']') { i++; return; }
      for (;;) {
        value(); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return; }
        fail(`expected ',' or ']' after an array item, found ${describe()}`);
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c >= '0' && c <= '9')) number();
    else fail(`unexpected ${describe()}`);
  };
  try {
    value(); ws();
    if (i < text.length) fail(`unexpected ${describe()} after the end of the data`);
    return null;
  } catch (error) {
    const at = (error as { at: number }).at;
    const before = text.slice(0, at).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1, message: (error as Error).message };
  }
}
