// Entry point of the bare benchmark page: one component, no styles, no router.
import { mount } from 'svelte';
import Bare from './Bare.svelte';

mount(Bare, { target: document.getElementById('app')! });
