import { computeLayout } from '$lib/diagram/layout';

/** Runs at build time only (the page is prerendered): the diagram's geometry, laid out by D3. */
export function load() {
	return { layout: computeLayout() };
}
