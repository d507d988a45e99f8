// @vitest-environment jsdom
// The search combobox: suggestions with kinds, keyboard choice, and an honest "no match".
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import SearchBox from '../../../src/components/SearchBox.svelte';
import { fixtureAtlas } from './fixture-atlas';

async function setup() {
  const onselect = vi.fn();
  const workspace = fixtureAtlas().workspace!;
  await workspace.loadSearch();
  render(SearchBox, { workspace, onselect });
  return { onselect, input: screen.getByRole('combobox', { name: 'Search' }) };
}

describe('SearchBox', () => {
  it('suggests by alias and names the kind and the alias that matched', async () => {
    const { input } = await setup();
    await fireEvent.input(input, { target: { value: 'bronstein' } });
    const option = screen.getAllByRole('option')[0];
    expect(option).toHaveTextContent('Leon Trotsky');
    expect(option).toHaveTextContent('Person');
    expect(option).toHaveTextContent('Bronstein');
    expect(input).toHaveAttribute('aria-expanded', 'true');
  });

  it('chooses with the arrow keys and Enter', async () => {
    const { input, onselect } = await setup();
    await fireEvent.input(input, { target: { value: 'homage' } });
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input).toHaveAttribute('aria-activedescendant', 'search-input-suggestion-0');
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(onselect).toHaveBeenCalledWith('homage-to-catalonia');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('says when nothing matches, and Escape closes the list', async () => {
    const { input, onselect } = await setup();
    await fireEvent.input(input, { target: { value: 'zzzzqqq' } });
    expect(screen.getByRole('listbox')).toHaveTextContent('No match for “zzzzqqq”');
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(onselect).not.toHaveBeenCalled();
    await fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});
