import { computeLayout } from '$lib/diagram/layout';

/**
 * Runs at build time only (the page is prerendered): D3 lays out the diagram here, and the
 * browser receives the finished geometry instead of the D3 modules.
 */
export function load() {
	return { layout: computeLayout() };
}
