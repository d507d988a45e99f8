// Entry point of the bare benchmark page: one component, no styles, no router.
import { mount } from 'svelte';
import Bare from './Bare.svelte';
import { loadGraph } from './load-graph';

mount(Bare, { target: document.getElementById('app')!, props: { load: loadGraph } });
