// @vitest-environment jsdom
// The notices over the stage: the offer of a new version has a Reload button that switches to it;
// other notices have only their dismiss button.
import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Notices from '../../../src/components/Notices.svelte';
import { fixtureAtlas } from './fixture-atlas';

describe('Notices', () => {
  it('shows the new version first with a Reload button that applies it', async () => {
    const atlas = fixtureAtlas();
    atlas.addNotice('Unknown parameter "foo" — ignored.');
    const apply = vi.fn();
    atlas.offerUpdate(apply);
    const { container, getByRole, queryByRole } = render(Notices, { atlas });
    expect(container.querySelector('.notice')).toHaveTextContent('A new version of the atlas is ready.');
    expect(container.querySelectorAll('.action')).toHaveLength(1);
    await fireEvent.click(getByRole('button', { name: 'Reload' }));
    expect(apply).toHaveBeenCalledTimes(1);
    expect(queryByRole('button', { name: 'Reload' })).toBeNull();
    expect(container).toHaveTextContent('Unknown parameter "foo" — ignored.');
  });
});
