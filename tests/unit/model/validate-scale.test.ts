// The validator at scale: a hundred thousand problems are listed, each with its line and column,
// in time that grows with the files' size (the line lookup used to search the text per problem).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseDataFiles, type DataFile } from '../../../src/lib/model/validate';

const FIXTURE = join(__dirname, '../../fixtures/mini');
const NAMES = ['people.json', 'periodicals.json', 'organizations.json', 'works.json', 'events.json', 'relations.json', 'sources.json'];

/** The mini fixture plus `count` relations to nodes that do not exist: one problem each. */
function badRelations(count: number): DataFile[] {
  return NAMES.map((name) => {
    const items = JSON.parse(readFileSync(join(FIXTURE, name), 'utf8')) as Record<string, unknown>[];
    if (name === 'relations.json') {
      const model = items[0];
      for (let i = 0; i < count; i++) items.push({ ...model, id: `bad-${i}`, target: `missing-${i}` });
    }
    return { name, text: JSON.stringify(items, null, 2) };
  });
}

describe('validator at scale', () => {
  it('lists 100,000 problems with their positions in well under 5 seconds', () => {
    const files = badRelations(100_000);
    // CPU time, not wall time: the build machine is shared, and waiting for a core is not work.
    const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
    const started = cpu();
    const lines = parseDataFiles(files).problems.map(formatProblem);
    const elapsed = cpu() - started;
    // Measured at about 2.5 s of CPU in-process on the 2-core build machine (`npm run validate` on
    // the same files, process start-up included: about 3 s). The quadratic search took minutes.
    expect(elapsed).toBeLessThan(5000);
    expect(lines).toHaveLength(100_000);
    const text = files[5].text;
    const at = text.indexOf('"missing-99999"');
    const before = text.slice(0, at).split('\n');
    expect(lines.at(-1)).toBe(`relations.json:${before.length}:${before.at(-1)!.length + 1}: bad-99999: target: unknown node 'missing-99999'`);
  });

  it('does not overflow the stack with more problems than arguments a call can take', () => {
    const files = badRelations(0);
    // 150,000 items that fail the schema: 150,000 problems from one file.
    files[6] = { name: 'sources.json', text: JSON.stringify([...JSON.parse(files[6].text), ...Array.from({ length: 150_000 }, (_, i) => ({ id: `s-${i}`, type: 'blog', title: 't' }))]) };
    const { problems } = parseDataFiles(files);
    expect(problems).toHaveLength(150_000);
    expect(problems[0]).toMatchObject({ file: 'sources.json', id: 's-0', field: 'type', line: 1 });
  });
});
