// Writes an exported picture as a standalone vector SVG (for print, Inkscape and browsers; the PNG
// and PDF exports are drawn from this same file): one map or a grid of panels, then the legend and
// caption band below them.
import type { Footer } from './footer';
import { clean, num, paint, xml } from './svg-values';

/** A node as drawn, in viewport pixels; `size` is the radius, borders run inward from the rim. */
export interface SceneNode {
  id: string;
  x: number;
  y: number;
  size: number;
  color: string;
  border?: { color: string; width: number }[];
  label: string | null;
  /** Where the label sits around the node, as the label placement chose (right when absent). */
  labelAt?: 'right' | 'left' | 'above' | 'below' | 'above-right' | 'below-right' | 'above-left' | 'below-left';
  /** The label's box as the placement measured it: the text starts 2.5 px into it, on its middle line. */
  box?: { x: number; y: number; width: number; height: number };
  kind: string;
}

/** An edge as drawn, in viewport pixels; `curvature` 0 is straight, else as @sigma/edge-curve. */
export interface SceneEdge {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  directed: boolean;
  curvature: number;
  /** The relation key (member_of, …), for the legend. */
  relation?: string;
  /** The relation's label as placed: centred at (x, y), turned by `angle` (radians), its box `width` wide. */
  label?: { text: string; x: number; y: number; angle: number; width: number };
}

/** The font labels are written in (and were measured in, when nodes carry boxes). */
export interface SceneFont {
  family: string;
  size: number;
  weight: string;
  /** False when the font has no bold face (the PDF embeds one face): titles stay regular. */
  bold?: boolean;
}

/** One map of a small-multiples poster, at (x, y) on the page, with a title and a subtitle. */
export interface ScenePanel {
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
  subtitle: string;
  /** Where the map starts below the panel's top (the titles sit above it). */
  mapTop: number;
  nodes: SceneNode[];
  edges: SceneEdge[];
}

/** A region behind the nodes (a current or community), as drawn live: rings in picture pixels, filled even-odd. */
export interface SceneRegion {
  label: string;
  /** '#rrggbb': filled translucent, outlined a little stronger (as region-layer.ts draws it). */
  color: string;
  /** Flat x, y lists; outer rings and holes alike. */
  rings: number[][];
}

/** Everything the SVG shows: the viewport, what is drawn in it and the caption band below. */
export interface Scene {
  width: number;
  height: number;
  background: string | null;
  nodes: SceneNode[];
  edges: SceneEdge[];
  caption: string[];
  font?: SceneFont;
  /** The font of relation labels (the label font, smaller, when absent). */
  edgeFont?: SceneFont;
  /** Regions behind the nodes, drawn under the relations (none when the view draws none). */
  regions?: SceneRegion[];
  /** Small multiples: panels drawn instead of `nodes` and `edges`. */
  panels?: ScenePanel[];
  /** The legend and caption band under the map, laid out (footer.ts); replaces the plain caption. */
  footer?: Footer;
  /** The document's printed size ("210mm"); the drawing keeps its own units in the viewBox. */
  outer?: { width: string; height: string };
}

/** How label halos are drawn: a stroke under the text, or (for PDF, whose text has no paint order) a white box. */
export interface SvgOptions { halo?: 'stroke' | 'box' }

const STYLE = {
  fontFamily: 'sans-serif',
  labelSize: 14,
  labelColor: '#222222',
  edgeLabelColor: '#444444',
  labelGap: 3,
  haloColor: '#ffffff',
  haloWidth: 3,
  captionSize: 12,
  captionLineHeight: 18,
  captionPadding: 10,
  captionColor: '#333333',
  captionRule: '#cccccc',
  arrowMinLength: 6,
  arrowLengthToWidth: 4,
  arrowWidenessToLength: 0.45,
  fallbackTitle: 'Influence Atlas',
};

/** Renders a scene as an SVG document string. */
export function renderSvg(scene: Scene, options: SvgOptions = {}): string {
  const { width, height } = scene;
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) {
    throw new Error(`export/svg: width and height must be positive numbers (got ${width}×${height})`);
  }
  const band = scene.footer ? scene.footer.height
    : scene.caption.length ? STYLE.captionPadding * 2 + scene.caption.length * STYLE.captionLineHeight : 0;
  const total = height + band;
  const font = scene.font ?? { family: STYLE.fontFamily, size: STYLE.labelSize, weight: 'normal' };
  const halo = options.halo ?? 'stroke';
  const fonts = { label: font, edge: scene.edgeFont ?? { ...font, size: Math.round(font.size * 0.85) } };
  const maps = scene.panels
    ? scene.panels.flatMap((panel, i) => panelSvg(panel, i, fonts, halo))
    : mapSvg({ id: '', x: 0, y: 0, width, height, nodes: scene.nodes, edges: scene.edges, regions: scene.regions ?? [] }, fonts, halo);
  const size = scene.outer ?? { width: num(width), height: num(total) };

  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${xml(size.width)}" height="${xml(size.height)}" viewBox="0 0 ${num(width)} ${num(total)}">`,
    `<title>${xml(scene.caption[0] ?? STYLE.fallbackTitle)}</title>`,
    scene.background === null ? '' : `<rect id="background" x="0" y="0" width="${num(width)}" height="${num(total)}"${paint('fill', scene.background)}/>`,
    ...maps,
    scene.footer ? footerSvg(scene.footer, width, height, font.family) : captionSvg(scene.caption, width, height),
    '</svg>',
    '',
  ].filter((line) => line !== '').join('\n');
}

interface MapArea { id: string; x: number; y: number; width: number; height: number; nodes: SceneNode[]; edges: SceneEdge[]; regions?: SceneRegion[] }

/** The live region style (region-layer.ts): fill and outline opacity, outline width. */
const REGION_STYLE = { fill: 0.12, outline: 0.55, width: 1.5 };

/** A ring as a soft closed path through its edge midpoints, bent at its vertices (as region-layer.ts smooths it). */
function ringPath(ring: readonly number[]): string {
  const n = ring.length / 2;
  if (n < 3) return '';
  const mid = (i: number) => {
    const a = i % n, b = (i + 1) % n;
    return `${num((ring[2 * a] + ring[2 * b]) / 2)} ${num((ring[2 * a + 1] + ring[2 * b + 1]) / 2)}`;
  };
  const parts = [`M${mid(n - 1)}`];
  for (let i = 0; i < n; i++) parts.push(`Q${num(ring[2 * i])} ${num(ring[2 * i + 1])} ${mid(i)}`);
  return `${parts.join('')}Z`;
}

function regionSvg(region: SceneRegion): string {
  const d = region.rings.map(ringPath).join('');
  if (!d) return '';
  const color = /^#[0-9a-f]{6}$/i.test(region.color) ? region.color : '#888888';
  return `<path d="${d}" fill="${color}" fill-opacity="${REGION_STYLE.fill}" fill-rule="evenodd" stroke="${color}" stroke-opacity="${REGION_STYLE.outline}" stroke-width="${REGION_STYLE.width}" stroke-linejoin="round"><title>${xml(region.label)}</title></path>`;
}
interface Fonts { label: SceneFont; edge: SceneFont }

/** One map: relations, nodes and labels, clipped to its area (relations to nodes off the page stop at its edge). */
function mapSvg(map: MapArea, fonts: Fonts, halo: 'stroke' | 'box'): string[] {
  const font = fonts.label;
  const radii = new Map<string, number>();
  for (const node of map.nodes) {
    const key = pointKey(node.x, node.y);
    radii.set(key, Math.max(radii.get(key) ?? 0, node.size));
  }
  const clip = `clip${map.id}`;
  const suffix = map.id ? `-${map.id}` : '';
  const style = (f: SceneFont, color: string) => `font-family="${xml(f.family)}" font-size="${num(f.size)}" font-weight="${xml(f.weight)}" fill="${color}"`;
  const haloStroke = halo === 'stroke'
    ? ` stroke="${STYLE.haloColor}" stroke-width="${STYLE.haloWidth}" stroke-linejoin="round" paint-order="stroke"` : '';
  return [
    // The clip rectangle is in the group's own (translated) coordinates.
    `<clipPath id="${clip}"><rect x="0" y="0" width="${num(map.width)}" height="${num(map.height)}"/></clipPath>`,
    `<g clip-path="url(#${clip})"${map.x || map.y ? ` transform="translate(${num(map.x)} ${num(map.y)})"` : ''}>`,
    map.regions?.length ? `<g id="regions${suffix}" class="regions">${map.regions.map(regionSvg).join('')}</g>` : '',
    `<g id="edges${suffix}">`,
    ...map.edges.map((edge) => edgeSvg(edge, radii.get(pointKey(edge.x2, edge.y2)) ?? 0)),
    '</g>',
    `<g id="nodes${suffix}">`,
    ...map.nodes.map(nodeSvg),
    '</g>',
    halo === 'box' ? `<g id="label-halos${suffix}" fill="${STYLE.haloColor}" fill-opacity="0.85">${map.nodes.map(haloBoxSvg).join('')}${map.edges.map((e) => edgeHaloSvg(e, fonts.edge.size)).join('')}</g>` : '',
    `<g id="labels${suffix}" class="labels" ${style(font, STYLE.labelColor)}${haloStroke}>`,
    ...map.nodes.map((node) => labelSvg(node, font.size)),
    '</g>',
    map.edges.some((e) => e.label) ? `<g id="edge-labels${suffix}" class="edge-labels" ${style(fonts.edge, STYLE.edgeLabelColor)}${haloStroke}>` : '',
    ...map.edges.map((edge) => edgeLabelSvg(edge, fonts.edge.size)),
    map.edges.some((e) => e.label) ? '</g>' : '',
    '</g>',
  ].filter((line) => line !== '');
}

/** A small-multiples panel: a light frame, its title and counts, and its map below them. */
function panelSvg(panel: ScenePanel, index: number, fonts: Fonts, halo: 'stroke' | 'box'): string[] {
  const font = fonts.label;
  const map: MapArea = { id: `p${index}`, x: panel.x, y: panel.y + panel.mapTop, width: panel.width, height: panel.height - panel.mapTop, nodes: panel.nodes, edges: panel.edges };
  return [
    `<g class="panel" data-title="${xml(panel.title)}">`,
    `<rect x="${num(panel.x + 0.5)}" y="${num(panel.y + 0.5)}" width="${num(panel.width - 1)}" height="${num(panel.height - 1)}" fill="none" stroke="${STYLE.captionRule}" stroke-width="1"/>`,
    `<text class="panel-title" x="${num(panel.x + 8)}" y="${num(panel.y + 19)}" font-family="${xml(font.family)}" font-size="15" font-weight="${font.bold === false ? 'normal' : 'bold'}" fill="${STYLE.captionColor}">${xml(panel.title)}</text>`,
    `<text class="panel-counts" x="${num(panel.x + 8)}" y="${num(panel.y + 34)}" font-family="${xml(font.family)}" font-size="11" font-weight="normal" fill="#666666">${xml(panel.subtitle)}</text>`,
    ...mapSvg(map, fonts, halo),
    '</g>',
  ];
}
function edgeSvg(edge: SceneEdge, targetRadius: number): string {
  const dx = edge.x2 - edge.x1;
  const dy = edge.y2 - edge.y1;
  const length = Math.hypot(dx, dy);
  if (!(length > 0)) return '';
  const curved = edge.curvature !== 0;
  // Same control point as @sigma/edge-curve's label drawer: the midpoint pushed along the normal.
  const cx = (edge.x1 + edge.x2) / 2 + dy * edge.curvature;
  const cy = (edge.y1 + edge.y2) / 2 - dx * edge.curvature;
  let end = { x: edge.x2, y: edge.y2 };
  let arrow = '';
  if (edge.directed) {
    // The arrow points along the curve's tangent at the target, its tip on the target's rim.
    const tx = curved ? edge.x2 - cx : dx;
    const ty = curved ? edge.y2 - cy : dy;
    const t = Math.hypot(tx, ty);
    const ux = tx / t;
    const uy = ty / t;
    const arrowLength = Math.max(STYLE.arrowMinLength, edge.width * STYLE.arrowLengthToWidth);
    const half = arrowLength * STYLE.arrowWidenessToLength;
    const tip = { x: edge.x2 - ux * targetRadius, y: edge.y2 - uy * targetRadius };
    end = { x: tip.x - ux * arrowLength, y: tip.y - uy * arrowLength };
    const corners = [tip, { x: end.x - uy * half, y: end.y + ux * half }, { x: end.x + uy * half, y: end.y - ux * half }];
    arrow = `<path class="arrowhead" data-edge="${xml(edge.id)}" d="M ${corners.map((p) => `${num(p.x)} ${num(p.y)}`).join(' L ')} Z"${paint('fill', edge.color)}/>`;
  }
  const stroke = `${paint('stroke', edge.color)} stroke-width="${num(edge.width)}"`;
  const line = curved
    ? `<path class="edge" data-id="${xml(edge.id)}" d="M ${num(edge.x1)} ${num(edge.y1)} Q ${num(cx)} ${num(cy)} ${num(end.x)} ${num(end.y)}" fill="none"${stroke}/>`
    : `<line class="edge" data-id="${xml(edge.id)}" x1="${num(edge.x1)}" y1="${num(edge.y1)}" x2="${num(end.x)}" y2="${num(end.y)}"${stroke}/>`;
  return arrow ? `${line}\n${arrow}` : line;
}

function nodeSvg(node: SceneNode): string {
  const centre = `data-id="${xml(node.id)}" cx="${num(node.x)}" cy="${num(node.y)}"`;
  const parts = [`<circle class="node" ${centre} r="${num(node.size)}"${paint('fill', node.color)}/>`];
  // Rings run inward from the rim, as @sigma/node-border draws them, so the node keeps its size.
  let inset = 0;
  for (const ring of node.border ?? []) {
    const r = node.size - inset - ring.width / 2;
    inset += ring.width;
    if (r <= 0 || !(ring.width > 0)) continue;
    parts.push(`<circle class="node-border" ${centre} r="${num(r)}" fill="none"${paint('stroke', ring.color)} stroke-width="${num(ring.width)}"/>`);
  }
  return parts.join('\n');
}

function labelSvg(node: SceneNode, size: number): string {
  const text = node.label === null ? '' : clean(node.label).trim();
  if (!text) return '';
  let x: number;
  let y: number;
  let align: 'start' | 'middle' | 'end' = 'start';
  if (node.box) {
    // Where the placement measured it: 2.5 px into the box, on its middle line (as label-layer.ts draws).
    x = node.box.x + 2.5;
    y = node.box.y + node.box.height / 2 + size / 3;
  } else {
    // Beside, above, below or at a corner of the node, as the label placement chose (label-placement.ts).
    const at = node.labelAt ?? 'right';
    const side = node.size + STYLE.labelGap;
    const corner = node.size * 0.7 + STYLE.labelGap;
    const [dx, dy, anchor] = ({
      right: [side, size / 3, 'start'], left: [-side, size / 3, 'end'],
      above: [0, -side - size / 3, 'middle'], below: [0, side + size, 'middle'],
      'above-right': [corner, -corner - size / 3, 'start'], 'below-right': [corner, corner + size, 'start'],
      'above-left': [-corner, -corner - size / 3, 'end'], 'below-left': [-corner, corner + size, 'end'],
    } as const)[at];
    x = node.x + dx;
    y = node.y + dy;
    align = anchor;
  }
  const anchor = align === 'start' ? '' : ` text-anchor="${align}"`;
  return `<text data-id="${xml(node.id)}" x="${num(x)}" y="${num(y)}"${anchor}>${xml(text)}</text>`;
}

/** A relation's label, turned along it; written from its start so no reader has to measure it. */
function edgeLabelSvg(edge: SceneEdge, size: number): string {
  const text = edge.label ? clean(edge.label.text).trim() : '';
  if (!edge.label || !text) return '';
  const { x, y, angle, width } = edge.label;
  return `<text data-edge="${xml(edge.id)}" transform="translate(${num(x)} ${num(y)}) rotate(${num((angle * 180) / Math.PI)})" x="${num(-(width - 4) / 2)}" y="${num(size / 3)}">${xml(text)}</text>`;
}

/** A white box behind a relation's label (the PDF's halo), turned with it. */
function edgeHaloSvg(edge: SceneEdge, size: number): string {
  if (!edge.label || !clean(edge.label.text).trim()) return '';
  const { x, y, angle, width } = edge.label;
  return `<rect transform="translate(${num(x)} ${num(y)}) rotate(${num((angle * 180) / Math.PI)})" x="${num(-width / 2)}" y="${num(-(size + 2) / 2)}" width="${num(width)}" height="${num(size + 2)}" rx="2"/>`;
}

/** A white box behind a label (the PDF's halo). */
function haloBoxSvg(node: SceneNode): string {
  if (!node.box || node.label === null || !clean(node.label).trim()) return '';
  const { x, y, width, height } = node.box;
  return `<rect x="${num(x)}" y="${num(y + 1)}" width="${num(width)}" height="${num(height - 2)}" rx="2"/>`;
}

/** The legend and caption band, laid out by footer.ts, below the map. */
function footerSvg(footer: Footer, width: number, top: number, family: string): string {
  const at = (y: number) => num(top + y);
  return [
    `<g id="footer" font-family="${xml(family)}">`,
    `<line x1="0" y1="${num(top + 0.5)}" x2="${num(width)}" y2="${num(top + 0.5)}" stroke="${STYLE.captionRule}" stroke-width="1"/>`,
    ...footer.lines.map((l) => `<line x1="${num(l.x1)}" y1="${at(l.y1)}" x2="${num(l.x2)}" y2="${at(l.y2)}"${paint('stroke', l.color)} stroke-width="${num(l.width)}"/>`),
    ...footer.discs.map((d) => nodeSvg({ id: '', x: d.x, y: top + d.y, size: d.r, color: d.color, border: d.border, label: null, kind: '' }).replace(/ data-id=""/g, '').replace(/class="node(-border)?"/g, 'class="legend-swatch$1"')),
    ...footer.texts.map((t) => `<text x="${num(t.x)}" y="${at(t.y)}" font-size="${num(t.size)}" font-weight="${t.bold ? 'bold' : 'normal'}"${paint('fill', t.color)}>${xml(t.text)}</text>`),
    '</g>',
  ].join('\n');
}

function captionSvg(lines: string[], width: number, height: number): string {
  if (!lines.length) return '';
  const texts = lines.map((line, i) => {
    const y = height + STYLE.captionPadding + i * STYLE.captionLineHeight + STYLE.captionSize;
    return `<text x="${STYLE.captionPadding}" y="${num(y)}">${xml(line)}</text>`;
  });
  return [
    `<g id="caption" font-family="${STYLE.fontFamily}" font-size="${STYLE.captionSize}" fill="${STYLE.captionColor}">`,
    `<line x1="0" y1="${num(height + 0.5)}" x2="${num(width)}" y2="${num(height + 0.5)}" stroke="${STYLE.captionRule}" stroke-width="1"/>`,
    ...texts,
    '</g>',
  ].join('\n');
}

function pointKey(x: number, y: number): string {
  return `${num(x)},${num(y)}`;
}
