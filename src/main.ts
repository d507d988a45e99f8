// Entry point: mounts the explorer shell (for a link that opens a file, after starting the GPU off the
// page's thread: gpu-warmup.ts).
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

if (new URLSearchParams(location.search).has('file')) void import('./lib/render/gpu-warmup').then((gpu) => gpu.warmUpGpu());
mount(App, { target: document.getElementById('app')! });
