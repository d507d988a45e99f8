// Writes the current graph view as a standalone vector SVG (for print, Inkscape and browsers).

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
}

/** Everything the SVG shows: the viewport, what is drawn in it and the caption band below. */
export interface Scene {
  width: number;
  height: number;
  background: string | null;
  nodes: SceneNode[];
  edges: SceneEdge[];
  caption: string[];
}

const STYLE = {
  fontFamily: 'sans-serif',
  labelSize: 14,
  labelColor: '#222222',
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
export function renderSvg(scene: Scene): string {
  const { width, height } = scene;
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) {
    throw new Error(`export/svg: width and height must be positive numbers (got ${width}×${height})`);
  }
  const band = scene.caption.length ? STYLE.captionPadding * 2 + scene.caption.length * STYLE.captionLineHeight : 0;
  const total = height + band;
  const radii = new Map<string, number>();
  for (const node of scene.nodes) {
    const key = pointKey(node.x, node.y);
    radii.set(key, Math.max(radii.get(key) ?? 0, node.size));
  }

  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(width)}" height="${num(total)}" viewBox="0 0 ${num(width)} ${num(total)}">`,
    `<title>${xml(scene.caption[0] ?? STYLE.fallbackTitle)}</title>`,
    scene.background === null ? '' : `<rect id="background" x="0" y="0" width="${num(width)}" height="${num(total)}"${paint('fill', scene.background)}/>`,
    '<g id="edges">',
    ...scene.edges.map((edge) => edgeSvg(edge, radii.get(pointKey(edge.x2, edge.y2)) ?? 0)),
    '</g>',
    '<g id="nodes">',
    ...scene.nodes.map(nodeSvg),
    '</g>',
    `<g id="labels" font-family="${STYLE.fontFamily}" font-size="${STYLE.labelSize}" fill="${STYLE.labelColor}" stroke="${STYLE.haloColor}" stroke-width="${STYLE.haloWidth}" stroke-linejoin="round" paint-order="stroke">`,
    ...scene.nodes.map(labelSvg),
    '</g>',
    captionSvg(scene.caption, width, height),
    '</svg>',
    '',
  ].filter((line) => line !== '').join('\n');
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

function labelSvg(node: SceneNode): string {
  const text = node.label === null ? '' : clean(node.label).trim();
  if (!text) return '';
  // Where the label placement put it on screen (label-placement.ts): beside, above, below or at a
  // corner of the node.
  const at = node.labelAt ?? 'right';
  const side = node.size + STYLE.labelGap;
  const corner = node.size * 0.7 + STYLE.labelGap;
  const [dx, dy, align] = ({
    right: [side, STYLE.labelSize / 3, 'start'], left: [-side, STYLE.labelSize / 3, 'end'],
    above: [0, -side - STYLE.labelSize / 3, 'middle'], below: [0, side + STYLE.labelSize, 'middle'],
    'above-right': [corner, -corner - STYLE.labelSize / 3, 'start'], 'below-right': [corner, corner + STYLE.labelSize, 'start'],
    'above-left': [-corner, -corner - STYLE.labelSize / 3, 'end'], 'below-left': [-corner, corner + STYLE.labelSize, 'end'],
  } as const)[at];
  const x = node.x + dx;
  const y = node.y + dy;
  const anchor = align === 'start' ? '' : ` text-anchor="${align}"`;
  return `<text data-id="${xml(node.id)}" x="${num(x)}" y="${num(y)}"${anchor}>${xml(text)}</text>`;
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

/** Prints a number with at most 2 decimals (and never "-0" or "NaN"). */
function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Number.isFinite(rounded) && rounded !== 0 ? String(rounded) : '0';
}

function pointKey(x: number, y: number): string {
  return `${num(x)},${num(y)}`;
}

/** Writes a colour as a fill or stroke attribute; alpha becomes an opacity, which Inkscape reads. */
function paint(attribute: 'fill' | 'stroke', color: string): string {
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
function xml(text: string): string {
  return clean(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Drops control characters (tabs and line breaks become spaces) and lone surrogates. */
function clean(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x09 || code === 0x0a || code === 0x0d) out += ' ';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) continue;
    else out += char;
  }
  return out;
}
