/**
 * Keeps the address bar on the step shown, for the tour pages, lecture mode and the presenter
 * view: only the query changes, and it replaces the history entry (stepping through a tour does
 * not fill the browser's Back with steps).
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';

export function replaceQuery(query: string): void {
	if (query === page.url.search) return;
	// Only the query changes: the path is the page's own, already resolved by the router.
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- query-only navigation
	goto(`${page.url.pathname}${query}`, { replaceState: true, keepFocus: true, noScroll: true });
}
