// Builds an AtlasState from the small fixture dataset, for component and state tests.
import { join } from 'node:path';
import { readDataFiles } from '../../../scripts/read-data';
import { compileAtlas, type SerializedAtlas } from '../../../src/lib/build/compile-atlas';
import { AtlasState } from '../../../src/lib/state/atlas.svelte';

/** The fixture dataset compiled as the build would. */
export function fixtureSerialized(): SerializedAtlas {
  const result = compileAtlas(readDataFiles(join(__dirname, '../../fixtures/mini')), 'test-version');
  if (!result.ok) throw new Error('fixture dataset should compile');
  return result.atlas;
}

/** An explorer state with the fixture graph open (texts loaded). */
export function fixtureAtlas(): AtlasState {
  const atlas = new AtlasState();
  atlas.openAtlas(fixtureSerialized());
  return atlas;
}
