/**
 * Byte budgets (issue 4): the first load of every route, counted as the compressed bytes Chromium
 * actually fetches (HTML, JS, CSS and everything else), stays within its budget — the main view
 * ≤ 100 KB, every route ≤ 120 KB. Only bytes are asserted: they are deterministic; times are
 * reported by `npm run bench`, never asserted. Routes and budgets: `scripts/bench/routes.json`.
 */
import { chunkNames, describeLoad, kb, measureFirstLoad } from '../scripts/bench/first-load.mjs';
import { expect, test } from './support/fixtures';
import { budgetOf, ROUTES } from './support/routes';

// Chunk names from the build's Vite manifest, so a failure names e.g. [core] or [glossary].
const names = chunkNames(new URL('..', import.meta.url));

for (const route of ROUTES) {
	const budget = budgetOf(route);
	test(`first load of ${route.path} stays within ${kb(budget)} compressed`, async ({ page }) => {
		const load = await measureFirstLoad(page, route.path, { waitFor: route.waitFor });
		const report = describeLoad(route.path, load, budget, 5, names);
		test.info().annotations.push({ type: 'bytes', description: report });
		expect(
			load.resources.some((r) => r.kind === 'html'),
			`no HTML document was counted for ${route.path}`
		).toBe(true);
		expect(load.total, report).toBeLessThanOrEqual(budget);
	});
}
