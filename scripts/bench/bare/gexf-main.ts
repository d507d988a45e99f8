// Entry point of the bare GEXF page: the same component as the bare page, given the ?file= loader.
import { mount } from 'svelte';
import Bare from './Bare.svelte';
import { loadGexf } from './load-gexf';

mount(Bare, { target: document.getElementById('app')!, props: { loading: loadGexf() } });
