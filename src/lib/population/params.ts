/**
 * Checks a table of per-step transition chances against the machine's transitions, and applies
 * a user's changes to it. Every problem is reported with the row or the state it concerns, so an
 * instructor who edits src/lib/content/population.ts learns exactly what to fix.
 */
export interface RateTransition {
	id: string;
	from: string;
}

/** Tolerance for sums of decimal fractions such as 0.1 + 0.2 + 0.7. */
const EPSILON = 1e-9;

/** Problems with a rate table, one sentence each; empty when it is sound. */
export function rateProblems(
	rows: readonly { transition: string; p: number; ref?: number }[],
	transitions: readonly RateTransition[]
): string[] {
	const problems: string[] = [];
	const known = new Map(transitions.map((t) => [t.id, t]));
	const seen = new Set<string>();
	for (const row of rows) {
		const name = `Rate row “${row.transition}”`;
		if (!known.has(row.transition)) problems.push(`${name} names no transition of the machine.`);
		if (seen.has(row.transition)) problems.push(`${name} appears more than once.`);
		seen.add(row.transition);
		if (typeof row.p !== 'number' || !Number.isFinite(row.p) || row.p < 0 || row.p > 1)
			problems.push(`${name} has p = ${String(row.p)}, outside [0, 1].`);
		if (row.ref !== undefined && !(Number.isInteger(row.ref) && row.ref >= 1 && row.ref <= 144))
			problems.push(
				`${name} cites ref ${String(row.ref)}, which is not one of the review’s 1–144.`
			);
	}
	for (const t of transitions)
		if (!seen.has(t.id)) problems.push(`Transition “${t.id}” has no rate row.`);
	const sums = new Map<string, number>();
	for (const row of rows) {
		const from = known.get(row.transition)?.from;
		if (from !== undefined && Number.isFinite(row.p)) sums.set(from, (sums.get(from) ?? 0) + row.p);
	}
	for (const [from, sum] of sums)
		if (sum > 1 + EPSILON)
			problems.push(
				`The rate rows leaving “${from}” add up to ${round(sum)}, more than 1: a cell cannot take more than one way in a step.`
			);
	return problems;
}

function round(x: number): number {
	return Math.round(x * 1e6) / 1e6;
}

/** Throws one error that lists every problem, or returns the rows as a map by transition id. */
export function checkedRates(
	rows: readonly { transition: string; p: number; ref?: number }[],
	transitions: readonly RateTransition[]
): Map<string, number> {
	const problems = rateProblems(rows, transitions);
	if (problems.length > 0) throw new Error(`Population rates: ${problems.join(' ')}`);
	return new Map(rows.map((r) => [r.transition, r.p]));
}

/**
 * A user's changed rates applied to the table. A change that would push its source's rows over 1
 * is lowered to what is left, and reported; unknown transitions are reported and ignored.
 */
export function withOverrides(
	base: ReadonlyMap<string, number>,
	overrides: ReadonlyMap<string, number>,
	transitions: readonly RateTransition[]
): { rates: Map<string, number>; notices: string[] } {
	const rates = new Map(base);
	const notices: string[] = [];
	const byId = new Map(transitions.map((t) => [t.id, t]));
	for (const [id, raw] of overrides) {
		const t = byId.get(id);
		if (!t) {
			notices.push(`“${id}” is not a way of this cascade; its rate was ignored.`);
			continue;
		}
		let p = Math.min(1, Math.max(0, raw));
		const others = transitions
			.filter((o) => o.from === t.from && o.id !== id)
			.reduce((sum, o) => sum + (rates.get(o.id) ?? 0), 0);
		if (p > 1 - others + EPSILON) {
			p = Math.max(0, round(1 - others));
			notices.push(
				`The rate of “${id}” was lowered to ${p}, so that the ways out of its stage add up to no more than 1.`
			);
		}
		rates.set(id, p);
	}
	return { rates, notices };
}
