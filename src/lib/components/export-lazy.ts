/**
 * What the explorer's Export button loads when first pressed, in one request: the panel and the
 * diagram's export (one dynamic import keeps the button's own code small).
 */
export { default as ExportPanel } from './ExportPanel.svelte';
export { exportFigure } from './export-figure';
