// @vitest-environment jsdom
// The timeline strip's controls: Play steps the window a year at a time at the chosen speed, Pause
// stops it, the keyboard handles move either end, All years clears it, and Compare starts a comparison.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import TimelineStrip from '../../../src/components/TimelineStrip.svelte';
import { fixtureAtlas } from './fixture-atlas';

beforeAll(() => {
  // jsdom has no ResizeObserver (bind:clientWidth uses one); the strip then measures 0 × 0.
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
});
afterEach(() => { vi.useRealTimers(); });

describe('TimelineStrip', () => {
  it('plays a window through the years at 1× and 2×, and pauses', async () => {
    vi.useFakeTimers();
    const atlas = fixtureAtlas(); // relations dated 1929–1940
    render(TimelineStrip, { atlas });
    expect(screen.getByText('All years, 1929–1940')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(atlas.filters.years).toEqual({ from: 1929, to: 1933 });
    await vi.advanceTimersByTimeAsync(700);
    expect(atlas.filters.years).toEqual({ from: 1930, to: 1934 });
    await fireEvent.click(screen.getByRole('button', { name: '2×' }));
    await vi.advanceTimersByTimeAsync(700); // the step already scheduled at 1×, then one at 2×
    await vi.advanceTimersByTimeAsync(350);
    expect(atlas.filters.years).toEqual({ from: 1932, to: 1936 });
    expect(atlas.visibility.edges.has('george-orwell--member_of--poum')).toBe(true);
    await fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await vi.advanceTimersByTimeAsync(3000);
    expect(atlas.filters.years).toEqual({ from: 1932, to: 1936 });
    expect(screen.getByText(/^1932–1936: \d+ nodes, \d+ relations$/)).toBeInTheDocument();
  });

  it('stops at the end of the span', async () => {
    vi.useFakeTimers();
    const atlas = fixtureAtlas();
    atlas.setYearWindow({ from: 1934, to: 1938 });
    render(TimelineStrip, { atlas });
    await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await vi.advanceTimersByTimeAsync(700 * 10);
    expect(atlas.filters.years).toEqual({ from: 1936, to: 1940 });
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('moves either end of the window from the keyboard, and All years clears it', async () => {
    const atlas = fixtureAtlas();
    atlas.setYearWindow({ from: 1934, to: 1938 });
    render(TimelineStrip, { atlas });
    const start = screen.getByRole('slider', { name: 'Start of the window' });
    const end = screen.getByRole('slider', { name: 'End of the window' });
    expect(start).toHaveAttribute('aria-valuenow', '1934');
    await fireEvent.keyDown(start, { key: 'ArrowRight' });
    expect(atlas.filters.years).toEqual({ from: 1935, to: 1938 });
    await fireEvent.keyDown(end, { key: 'End' });
    expect(atlas.filters.years).toEqual({ from: 1935, to: 1940 });
    expect(end).toHaveAttribute('aria-valuetext', '1940 (1935–1940)');
    await fireEvent.keyDown(start, { key: 'Home' }); // the whole span: no window at all
    expect(atlas.filters.years).toBeNull();
    await fireEvent.keyDown(end, { key: 'PageDown' });
    expect(atlas.filters.years).toEqual({ from: 1929, to: 1930 });
    await fireEvent.click(screen.getByRole('button', { name: 'All years' }));
    expect(atlas.filters.years).toBeNull();
  });

  it('starts a comparison from the window, with a handle at each end of both periods, and closes it', async () => {
    const atlas = fixtureAtlas();
    atlas.setYearWindow({ from: 1936, to: 1937 });
    render(TimelineStrip, { atlas });
    await fireEvent.click(screen.getByRole('button', { name: 'Compare periods' }));
    expect(atlas.compare).toEqual({ a: { from: 1936, to: 1937 }, b: { from: 1938, to: 1939 } });
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
    expect(await screen.findByText(/appeared/)).toBeInTheDocument();
    const secondEnd = screen.getByRole('slider', { name: 'End of the second period' });
    await fireEvent.keyDown(secondEnd, { key: 'ArrowRight' });
    expect(atlas.compare?.b).toEqual({ from: 1938, to: 1940 });
    await fireEvent.keyDown(screen.getByRole('slider', { name: 'Start of the first period' }), { key: 'ArrowLeft' });
    expect(atlas.compare?.a).toEqual({ from: 1935, to: 1937 });
    await fireEvent.click(screen.getByRole('button', { name: 'Close comparison' }));
    expect(atlas.compare).toBeNull();
    expect(atlas.filters.years).toEqual({ from: 1936, to: 1937 });
  });
});
