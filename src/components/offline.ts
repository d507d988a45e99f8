// The service worker's page side. It is registered once the first view is up and the page is idle,
// so installing it (it precaches the whole build: code, data, the PDF font) never competes with the
// first load. A new version found later waits; the notice "A new version of the atlas is ready —
// Reload" lets the user switch when it suits them, and the page reloads into it.
import { registerSW } from 'virtual:pwa-register';
import type { AtlasState } from '../lib/state/atlas.svelte';

let registered = false;

/** Registers the service worker (once per page) and turns a waiting new version into a notice. */
export function registerServiceWorker(atlas: AtlasState): void {
  if (registered || !('serviceWorker' in navigator)) return;
  registered = true;
  const update = registerSW({
    immediate: true,
    // Tells the waiting worker to take over; registerSW reloads the page once it controls it.
    onNeedRefresh: () => atlas.offerUpdate(() => void update()),
    // Without a service worker (a private window, a browser that refuses it) the atlas still works
    // online: nothing to tell the user.
    onRegisterError: () => {},
  });
}
