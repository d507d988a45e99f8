// The parts of the shell that the first frame does not need: loaded and mounted right after the
// graph is on screen, so the first frame costs what a bare sigma page costs.
export { default as BiographyPanel } from './BiographyPanel.svelte';
export { default as ImportProblems } from './ImportProblems.svelte';
export { default as Legend } from './Legend.svelte';
export { default as ListView } from './ListView.svelte';
export { default as Notices } from './Notices.svelte';
export { default as FocusControl } from './FocusControl.svelte';
export { default as AnalysisView } from './AnalysisView.svelte';
export { default as ComparePanel } from './ComparePanel.svelte';
export { default as TimelineStrip } from './TimelineStrip.svelte';
export { default as ImportOverlay } from './ImportOverlay.svelte';
export { default as CsvMapping } from './CsvMapping.svelte';
export { default as TourMenu } from './TourMenu.svelte';
export { default as TourPanel } from './TourPanel.svelte';
export { default as ExportOptions } from './ExportOptions.svelte';
export { EXPORTS, TOUR_EXPORT } from '../lib/export/registry';
