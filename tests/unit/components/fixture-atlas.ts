// Builds an AtlasState from the small fixture dataset, for component tests.
import { join } from 'node:path';
import { readDataFiles } from '../../../scripts/read-data';
import { compileAtlas } from '../../../src/lib/build/compile-atlas';
import { AtlasState } from '../../../src/lib/state/atlas.svelte';

export function fixtureAtlas(): AtlasState {
  const result = compileAtlas(readDataFiles(join(__dirname, '../../fixtures/mini')), 'test-version');
  if (!result.ok) throw new Error('fixture dataset should compile');
  const atlas = new AtlasState();
  atlas.setAtlas(result.atlas);
  return atlas;
}
