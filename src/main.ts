// Entry point: mounts the explorer shell (for a link that opens a file, after starting the GPU off the
// page's thread: gpu-warmup.ts).
import { mount } from 'svelte';
import App from './App.svelte';
import { warmUpGpu } from './lib/render/gpu-warmup';
import './app.css';

if (new URLSearchParams(location.search).has('file')) warmUpGpu();
mount(App, { target: document.getElementById('app')! });
