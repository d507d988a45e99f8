// Types for the parser factories of graphology-gexf and graphology-graphml, imported by path so a
// Worker can give them @xmldom/xmldom's DOMParser (their browser entries use the page's).
declare module 'graphology-gexf/common/parser.js' {
  const createParserFunction: (DOMParser: unknown, Document: unknown) => (Graph: unknown, source: unknown, options?: object) => unknown;
  export default createParserFunction;
}
declare module 'graphology-graphml/common/parser.js' {
  const createParserFunction: (DOMParser: unknown, Document: unknown) => (Graph: unknown, source: unknown, options?: object) => unknown;
  export default createParserFunction;
}
