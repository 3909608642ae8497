/**
 * Byte budgets (issue 4): the first load of every route, counted as the compressed bytes Chromium
 * actually fetches (HTML, JS, CSS and everything else), stays within its budget — the main view
 * ≤ 100 KB, every route ≤ 120 KB. Only bytes are asserted: they are deterministic; times are
 * reported by `npm run bench`, never asserted. Routes and budgets: `scripts/bench/routes.json`.
 */
import { existsSync, readFileSync } from 'node:fs';
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

// V8's compile hint (vite.config.ts, compileHints): the chunks whose code a step runs are
// compiled whole while they stream in, so that the first step does not compile them on the main
// thread; content and code loaded on demand are left to V8's lazy compilation.
test("the chunks a step runs, and only those, open with V8's compile hint", () => {
	const hinted = new Map<string, boolean>();
	for (const [file, name] of names) {
		if (!file.endsWith('.js')) continue;
		const path = new URL(`../build${file}`, import.meta.url);
		if (!existsSync(path)) continue;
		hinted.set(name, readFileSync(path, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'));
	}
	// The explorer's body shares a chunk with its idle rehearsal (rehearse.ts), named after it.
	const step = ['index-client', 'core', 'rehearse', 'CascadeDiagram', 'DetailsPanel'];
	const onDemand = [
		'mechanisms',
		'src/lib/components/glossary-lazy.ts',
		'src/lib/components/ShareDialog.svelte'
	];
	for (const name of [...step, ...onDemand])
		expect(hinted.has(name), `no chunk named ${name} in the build`).toBe(true);
	for (const name of step) expect(hinted.get(name), `${name} has no compile hint`).toBe(true);
	for (const name of onDemand)
		expect(hinted.get(name), `${name} should be compiled lazily`).toBe(false);
	const all = [...hinted].filter(([, h]) => h).map(([name]) => name);
	expect(all.length, `hinted: ${all.join(', ')}`).toBeLessThanOrEqual(10);
});
