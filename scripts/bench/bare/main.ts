// Entry point of the bare benchmark page: one component, no styles, no router. The fetch starts
// as the component is mounted.
import { mount } from 'svelte';
import Bare from './Bare.svelte';
import { loadGraph } from './load-graph';

mount(Bare, { target: document.getElementById('app')!, props: { loading: loadGraph() } });
