// Entry point: starts the GPU off the page's thread, then mounts the explorer shell.
import { mount } from 'svelte';
import App from './App.svelte';
import { warmUpGpu } from './lib/render/gpu-warmup';
import './app.css';

warmUpGpu();
mount(App, { target: document.getElementById('app')! });
