// @vitest-environment jsdom
// The biography panel: what a reader sees for a node and for a relation, and where its links go.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import BiographyPanel from '../../../src/components/BiographyPanel.svelte';
import { fixtureAtlas } from './fixture-atlas';

describe('BiographyPanel', () => {
  it('shows nothing without a selection', () => {
    render(BiographyPanel, { atlas: fixtureAtlas() });
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('shows a person: heading, facts, bio and relations written in words', () => {
    const atlas = fixtureAtlas();
    atlas.selectNode('george-orwell', false);
    render(BiographyPanel, { atlas });
    const panel = screen.getByRole('complementary', { name: 'Biography' });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('George Orwell');
    expect(panel).toHaveTextContent('1903–1950');
    expect(panel).toHaveTextContent('Eric Arthur Blair');
    expect(panel).toHaveTextContent('fought with the POUM militia');
    expect(within(panel).getByRole('button', { name: 'Member of POUM, 1936–1937' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Author of Homage to Catalonia, 1938' })).toBeInTheDocument();
  });

  it('writes inverse relations from the target side', () => {
    const atlas = fixtureAtlas();
    atlas.selectNode('poum', false);
    render(BiographyPanel, { atlas });
    expect(screen.getByRole('button', { name: 'Has member George Orwell, 1936–1937' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Subject of Homage to Catalonia, 1938' })).toBeInTheDocument();
  });

  it('moves to the other node when a relation is chosen', async () => {
    const atlas = fixtureAtlas();
    atlas.selectNode('george-orwell', false);
    render(BiographyPanel, { atlas });
    await fireEvent.click(screen.getByRole('button', { name: 'Member of POUM, 1936–1937' }));
    flushSync();
    expect(atlas.selection).toEqual({ kind: 'node', id: 'poum' });
    expect(atlas.intent).toMatchObject({ kind: 'focus', ids: ['poum'] });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('POUM');
  });

  it('shows evidence on demand, with the seed reference spelled out', async () => {
    const atlas = fixtureAtlas();
    atlas.selectNode('joseph-stalin', false);
    render(BiographyPanel, { atlas });
    const toggle = screen.getByRole('button', { name: /^Evidence for: Repressed Leon Trotsky/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('complementary');
    expect(panel).toHaveTextContent('Stalin had Trotsky exiled in February 1929.');
    expect(panel).toHaveTextContent('Seed ref. 24');
    expect(panel).toHaveTextContent('Confidence: certain');
  });

  it('hides relations that the filters hide, and says how many', () => {
    const atlas = fixtureAtlas();
    atlas.toggleKind('work');
    atlas.selectNode('george-orwell', false);
    render(BiographyPanel, { atlas });
    expect(screen.queryByRole('button', { name: /Homage to Catalonia/ })).toBeNull();
    expect(screen.getByText('1 more hidden by the current filters.')).toBeInTheDocument();
  });

  it('shows a relation with both readings, its evidence and its two ends', async () => {
    const atlas = fixtureAtlas();
    atlas.selectEdge('george-orwell--member_of--poum');
    render(BiographyPanel, { atlas });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('George Orwell — member of — POUM');
    expect(screen.getByRole('complementary')).toHaveTextContent('POUM — has member — George Orwell');
    await fireEvent.click(screen.getByRole('button', { name: 'POUM' }));
    expect(atlas.selection).toEqual({ kind: 'node', id: 'poum' });
  });

  it('closes with its close button', async () => {
    const atlas = fixtureAtlas();
    atlas.selectNode('poum', false);
    render(BiographyPanel, { atlas });
    await fireEvent.click(screen.getByRole('button', { name: 'Close biography' }));
    expect(atlas.selection).toBeNull();
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});

describe('BiographyPanel connection finder', () => {
  it('shows the shortest connection step by step, read from each step', async () => {
    const atlas = fixtureAtlas();
    atlas.toggleRelation('authored');
    atlas.selectNode('george-orwell', false);
    await atlas.workspace!.loadSearch();
    render(BiographyPanel, { atlas });
    const finder = screen.getByRole('combobox', { name: 'Find a connection to' });
    await fireEvent.input(finder, { target: { value: 'homage' } });
    await fireEvent.keyDown(finder, { key: 'Enter' });
    expect(atlas.pathTo).toBe('homage-to-catalonia');
    // The chain search loads on the first question (it is not on the first page).
    expect(await screen.findByText(/in 2 steps/)).toBeInTheDocument();
    const steps = screen.getAllByRole('listitem').filter((li) => li.closest('ol.path'));
    expect(steps.map((li) => li.textContent?.replace(/\s+/g, ' ').replace(' evidence', '').trim())).toEqual([
      'George Orwell member of POUM, 1936–1937',
      'POUM subject of Homage to Catalonia, 1938',
    ]);
    await fireEvent.click(screen.getByRole('button', { name: 'Clear connection' }));
    expect(atlas.pathTo).toBeNull();
  });

  it('says so when the filters leave no connection', async () => {
    const atlas = fixtureAtlas();
    atlas.toggleKind('work');
    atlas.selectNode('joseph-stalin', false);
    atlas.showPathTo('poum');
    render(BiographyPanel, { atlas });
    expect(await screen.findByText(/No connection from Joseph Stalin to POUM through the relations shown \(the filters may hide one\)/)).toBeInTheDocument();
  });
});

describe('BiographyPanel citation', () => {
  it('cites the selection with the dataset version and a link that reopens it', () => {
    const atlas = fixtureAtlas();
    atlas.selectNode('george-orwell', false);
    atlas.showPathTo('poum');
    render(BiographyPanel, { atlas });
    const citation = screen.getByText(/^“George Orwell”, in Influence Atlas/);
    expect(citation.textContent).toContain('dataset version test-version');
    expect(citation.textContent).toMatch(/\?node=george-orwell&path=poum \(accessed \d{4}-\d{2}-\d{2}\)\.$/);
  });
});
