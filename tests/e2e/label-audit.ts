// Checks the labels drawn now, for the end-to-end tests: every drawn label's box against every other
// label and every other node's disc, with the positions read from the renderer.
import type { Page } from 'playwright-core';

/** What the audit found: label count and the collisions, by node. */
export interface Audit { labels: number; overlaps: string[]; covered: string[]; misfits: string[]; forced: string[] }

/** Checks the labels drawn now: pairs that overlap, labels over another node's disc, text wider than its box. */
export async function audit(page: Page): Promise<Audit> {
  return page.evaluate(() => {
    type Box = { node: string; x: number; y: number; width: number; height: number; forced: boolean; text: string };
    const w = window as unknown as { __atlas: {
      labels(): Box[];
      renderer: {
        getGraph(): { forEachNode(f: (n: string) => void): void };
        getNodeDisplayData(n: string): { x: number; y: number; size: number; hidden?: boolean; label?: string | null; highlighted?: boolean; zIndex?: number } | undefined;
        framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
        scaleSize(s: number): number;
        getSettings(): { labelSize: number; labelFont: string; labelWeight: string };
      };
    } };
    const { renderer } = w.__atlas;
    const labels = w.__atlas.labels();
    const overlaps: string[] = [];
    const covered: string[] = [];
    const misfits: string[] = [];
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i];
        const b = labels[j];
        if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) overlaps.push(`${a.node} × ${b.node}`);
      }
    }
    const discs: { node: string; x: number; y: number; r: number }[] = [];
    // Every drawn node counts, but those faded behind a focus (zIndex 0): names may pass over them.
    renderer.getGraph().forEachNode((node) => {
      const data = renderer.getNodeDisplayData(node);
      if (!data || data.hidden || data.zIndex === 0) return;
      const p = renderer.framedGraphToViewport(data);
      discs.push({ node, x: p.x, y: p.y, r: renderer.scaleSize(data.size) });
    });
    // Only the selected or hovered node's name may be drawn where no free place exists ("forced").
    const forced = labels.filter((l) => l.forced && !renderer.getNodeDisplayData(l.node)?.highlighted).map((l) => l.node);
    for (const label of labels) {
      if (label.forced) continue;
      for (const d of discs) {
        if (d.node === label.node) continue;
        const nx = Math.max(label.x, Math.min(d.x, label.x + label.width));
        const ny = Math.max(label.y, Math.min(d.y, label.y + label.height));
        if ((nx - d.x) ** 2 + (ny - d.y) ** 2 < d.r * d.r - 0.5) covered.push(`${label.node} over ${d.node}`);
      }
    }
    const settings = renderer.getSettings();
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    for (const label of labels) {
      // The text drawn: the name, or the name shortened with an ellipsis to fit its box.
      const text = label.text;
      if (context.measureText(text).width > label.width) misfits.push(label.node);
    }
    return { labels: labels.length, overlaps, covered, misfits, forced };
  });
}

