// Types for graphology-gexf and graphology-graphml modules imported by path: the parser factories (the
// tests give them @xmldom/xmldom's DOMParser, as a reference for the streaming readers) and
// graphology-gexf's value parser (the GEXF reader types attvalues with it).
declare module 'graphology-gexf/common/parser.js' {
  const createParserFunction: (DOMParser: unknown, Document: unknown) => (Graph: unknown, source: unknown, options?: object) => unknown;
  export default createParserFunction;
}
declare module 'graphology-graphml/common/parser.js' {
  const createParserFunction: (DOMParser: unknown, Document: unknown) => (Graph: unknown, source: unknown, options?: object) => unknown;
  export default createParserFunction;
}
declare module 'graphology-gexf/common/helpers.js' {
  /** graphology-gexf's typing of an attvalue by its declared type (string, integer, double, boolean, liststring…). */
  export function parseValue(type: string, value: string): unknown;
}
