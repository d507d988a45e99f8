// The build step: determinism (same input, byte-identical output), and a sensible layout.
import { describe, expect, it } from 'vitest';
import { compileAtlas } from '../../../src/lib/build/compile-atlas';
import { readDataFiles } from '../../../scripts/read-data';
import { join } from 'node:path';

const files = readDataFiles(join(__dirname, '../../fixtures/mini'));

describe('compileAtlas', () => {
  it('gives byte-identical output for the same input', () => {
    const a = compileAtlas(files, 'test');
    const b = compileAtlas(files, 'test');
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(JSON.stringify(a.atlas)).toBe(JSON.stringify(b.atlas));
  });

  it('gives byte-identical output for the bundled dataset too', () => {
    const real = readDataFiles();
    const a = compileAtlas(real, 'v');
    const b = compileAtlas(real, 'v');
    if (!a.ok || !b.ok) throw new Error('the bundled dataset should compile');
    expect(JSON.stringify(a.atlas)).toBe(JSON.stringify(b.atlas));
  });

  it('gives every node a finite position and the metrics the app sizes nodes by', () => {
    const result = compileAtlas(files, 'test');
    if (!result.ok) throw new Error('fixture should compile');
    for (const node of result.atlas.nodes) {
      const a = node.attributes!;
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(a.degree).toBeGreaterThan(0);
      expect(a.pagerank).toBeGreaterThan(0);
      expect(Number.isInteger(a.community)).toBe(true);
    }
    const positions = new Set(result.atlas.nodes.map((n) => `${n.attributes!.x},${n.attributes!.y}`));
    expect(positions.size).toBe(result.atlas.nodes.length);
  });

  it('refuses to build invalid data and says why', () => {
    const broken = files.map((f) => (f.name === 'relations.json' ? { ...f, text: f.text.replace('"poum"', '"poumm"') } : f));
    const result = compileAtlas(broken, 'test');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ file: 'relations.json', field: 'target' });
  });
});
