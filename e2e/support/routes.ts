/**
 * The routes the byte budget and `npm run bench` measure, with their budgets. The single list is
 * `scripts/bench/routes.json` (plain JSON, so the Node bench script reads it too): a new route
 * joins both by being named there.
 */
import { readFileSync } from 'node:fs';

export interface BenchRoute {
	/** The path, e.g. `/references`. */
	path: string;
	/** A short human name for tables. */
	name: string;
	/** A selector that shows the page is ready (e.g. the explorer's `html[data-ready]`). */
	waitFor?: string;
	/** Compressed bytes of the first load; `defaultBudgetBytes` when absent. */
	budgetBytes?: number;
}

const file = JSON.parse(
	readFileSync(new URL('../../scripts/bench/routes.json', import.meta.url), 'utf8')
) as {
	defaultBudgetBytes: number;
	routes: BenchRoute[];
};

export const DEFAULT_BUDGET_BYTES: number = file.defaultBudgetBytes;
export const ROUTES: readonly BenchRoute[] = file.routes;

export function budgetOf(route: BenchRoute): number {
	return route.budgetBytes ?? DEFAULT_BUDGET_BYTES;
}
