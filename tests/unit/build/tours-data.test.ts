// The bundled tours (data/tours.json) meet the bar of the biographies: valid against the dataset,
// in the project's own words (no run of ten words shared with the seed), and each step shows on the
// map what its text argues from: followed through the app's own state, every claim is among the
// relations shown, and a connection's chain is made of the step's claims.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataFiles, readToursFile } from '../../../scripts/read-data';
import { shingleIndex, sharedRun } from '../../../src/lib/analysis/overlap';
import { compileAtlas } from '../../../src/lib/build/compile-atlas';
import { TOURS_FORMAT, type Tour } from '../../../src/lib/model/tour-types';
import { formatProblem } from '../../../src/lib/model/validate';
import { parseTours } from '../../../src/lib/model/validate-tours';
import { AtlasState } from '../../../src/lib/state/atlas.svelte';

const files = readDataFiles();
const compiled = compileAtlas(files, 'test');
if (!compiled.ok) throw new Error('the bundled dataset should compile');
const { tours, problems } = parseTours(readToursFile() ?? '[]', compiled.dataset);
const seed = readFileSync(join(__dirname, '../../fixtures/seed/anti-stalinist-left-1305120687.txt'), 'utf8');

describe('bundled tours', () => {
  it('pass the validator', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('are the three the issue asks for, of 5–8 steps each', () => {
    expect(tours.map((t) => t.id)).toEqual(['left-opposition-to-fourth-international', 'new-york-intellectuals', 'spain-and-the-poum']);
    for (const tour of tours) {
      expect(tour.steps.length).toBeGreaterThanOrEqual(5);
      expect(tour.steps.length).toBeLessThanOrEqual(8);
    }
  });

  it('share no run of 10 words with the seed article in any title, summary or step', () => {
    const index = shingleIndex(seed, 10);
    const copied: string[] = [];
    for (const tour of tours) {
      for (const [field, text] of [['title', tour.title], ['summary', tour.summary]] as const) {
        const run = sharedRun(text, index, 10);
        if (run) copied.push(`${tour.id} ${field}: "${run}"`);
      }
      tour.steps.forEach((step, i) => {
        for (const text of [step.title, step.text]) {
          const run = sharedRun(text, index, 10);
          if (run) copied.push(`${tour.id} step ${i + 1}: "${run}"`);
        }
      });
    }
    expect(copied).toEqual([]);
  });

  it('the overlap check catches a step copied from the seed, and lets a step in the project\'s words pass', () => {
    const index = shingleIndex(seed, 10);
    const copied = 'In Spain there were sharp conflicts between the Communists, on the one hand, and anarchists, Trotskyists and the POUM on the other.';
    expect(sharedRun(copied, index, 10)).toBe('there were sharp conflicts between the communists on the one');
    expect(sharedRun(tours[2].steps[0].text, index, 10)).toBeNull();
  });

  describe('followed in the app', () => {
    let atlas: AtlasState;
    beforeAll(async () => {
      atlas = new AtlasState();
      atlas.openAtlas(compiled.atlas);
      atlas.tours = { format: TOURS_FORMAT, version: atlas.version, tours };
      // The chain search is not on the first page: the app loads it when idle or on the first question.
      await atlas.loadChainSearch();
    });

    const steps = tours.flatMap((tour: Tour) => tour.steps.map((step, i) => [`${tour.id} step ${i + 1}`, tour, i] as const));
    it.each(steps)('%s shows its claims, its node and its chain', (_name, tour, i) => {
      atlas.goToStep(i, tour);
      const step = tour.steps[i];
      expect(atlas.tour).toEqual({ id: tour.id, step: i });
      const hidden = step.claims.filter((edge) => !atlas.visibility.edges.has(edge));
      expect(hidden, 'claims not on the map').toEqual([]);
      const selected = atlas.selection?.kind === 'node' ? atlas.selection.id : null;
      expect(selected).toBe(step.view.node ?? null);
      if (selected) expect(atlas.visibility.nodes.has(selected)).toBe(true);
      if (step.view.focus) expect(atlas.focus).toEqual({ id: step.view.node, depth: step.view.focus });
      for (const id of step.view.frame ?? []) expect(atlas.visibility.nodes.has(id), `framed ${id}`).toBe(true);
      if (step.view.path) {
        expect(atlas.path, 'a chain is found').not.toBeNull();
        expect(atlas.path!.edges.filter((edge) => !step.claims.includes(edge)), 'steps of the chain the text does not cite').toEqual([]);
      }
    });
  });
});
