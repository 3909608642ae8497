/**
 * For browser tests that serve the site themselves (not through the shared fixture): collects
 * every page error, console error (in the page or its frames) and request to anywhere but the
 * given origins, so a test can end with `expect(problems).toEqual([])`.
 */
import type { Page } from '@playwright/test';

export function watchProblems(page: Page, origins: readonly string[]): string[] {
	const problems: string[] = [];
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
	});
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith('data:') && !origins.some((o) => url.startsWith(o)))
			problems.push(`request to another origin: ${url}`);
	});
	return problems;
}
