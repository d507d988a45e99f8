// The bare GEXF page's only data code, the plain way a page opens a GEXF file: fetch the file ?file=
// names, parse it on the main thread with graphology-gexf (the browser's DOMParser), and give each
// node its degree, which the bare page sizes by. Sets `atlas:file-parsed` when the graph exists.
import Graph from 'graphology';
import { parse } from 'graphology-gexf/browser';

export async function loadGexf(): Promise<Graph> {
  const url = new URLSearchParams(location.search).get('file');
  if (!url) throw new Error('bare GEXF page: no ?file=');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const graph = parse(Graph, await response.text());
  performance.mark('atlas:file-parsed');
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'degree', graph.degree(node)));
  return graph;
}
