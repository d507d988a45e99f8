// @vitest-environment jsdom
// The legend is the filter: counts per kind, toggles that hide, and one Reset.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Legend from '../../../src/components/Legend.svelte';
import ListView from '../../../src/components/ListView.svelte';
import { fixtureAtlas } from './fixture-atlas';

describe('Legend', () => {
  it('counts each kind and hides one when unticked, then Reset restores all', async () => {
    const atlas = fixtureAtlas();
    render(Legend, { atlas });
    expect(screen.getByText('Showing 5 of 5 nodes, 5 of 5 relations.')).toBeInTheDocument();
    const works = screen.getByRole('checkbox', { name: /Works/ });
    expect(works.closest('label')).toHaveTextContent('1');
    await fireEvent.click(works);
    expect(atlas.filters.hiddenKinds).toEqual(['work']);
    expect(atlas.visibility.nodes.has('homage-to-catalonia')).toBe(false);
    expect(await screen.findByText('Showing 4 of 5 nodes, 3 of 5 relations.')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(atlas.filters.hiddenKinds).toEqual([]);
  });

  it('hides uncertain relations with the minimum confidence', async () => {
    const atlas = fixtureAtlas();
    render(Legend, { atlas });
    await fireEvent.change(screen.getByRole('combobox', { name: 'Minimum confidence' }), { target: { value: 'certain' } });
    expect(atlas.visibility.edges.has('george-orwell--member_of--poum')).toBe(false);
    expect(atlas.visibility.edges.has('george-orwell--authored--homage-to-catalonia')).toBe(true);
  });
});

describe('Legend size key', () => {
  it('draws discs at the radius the map gives nodes of that value, and follows the chosen metric', async () => {
    const atlas = fixtureAtlas();
    const { container } = render(Legend, { atlas });
    const discs = () => [...container.querySelectorAll('.size-key circle')].map((c) => Number(c.getAttribute('r')));
    const values = () => [...container.querySelectorAll('.size-key text')].map((t) => t.textContent);
    expect(discs().length).toBeGreaterThanOrEqual(2);
    // Each key value that some node has is drawn exactly as that node is.
    const graph = atlas.graph!;
    let matched = 0;
    values().forEach((value, i) => {
      const node = graph.findNode((_n, a) => String(a.degree) === value);
      if (node) {
        expect(discs()[i]).toBeCloseTo(atlas.sizes.get(node)!, 6);
        matched++;
      }
    });
    expect(matched).toBeGreaterThan(0);
    expect(screen.getByText(/as drawn at zoom 1/)).toBeInTheDocument();
    const degreeKey = values();
    await fireEvent.change(screen.getByRole('combobox', { name: 'Node size' }), { target: { value: 'pagerank' } });
    expect(values()).not.toEqual(degreeKey);
    expect(values().every((v) => /^0\.\d+$/.test(v ?? ''))).toBe(true);
  });
});

describe('ListView', () => {
  it('lists visible nodes sorted by relations and selects one on click', async () => {
    const atlas = fixtureAtlas();
    render(ListView, { atlas });
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toHaveTextContent('George Orwell');
    await fireEvent.click(screen.getByRole('button', { name: 'Leon Trotsky' }));
    expect(atlas.selection).toEqual({ kind: 'node', id: 'leon-trotsky' });
    await fireEvent.click(screen.getByRole('button', { name: /^Name/ }));
    expect(screen.getAllByRole('row')[1]).toHaveTextContent('George Orwell');
  });
});
