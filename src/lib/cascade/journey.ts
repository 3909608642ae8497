/**
 * What happened on a journey besides the steps: the factors the cell set out under, and each
 * factor changed on the way, with how many steps had been taken then. Together with the steps
 * this replays the journey exactly: every step under the factors of its moment (see ../url.ts).
 * Pure: the machine's actions (./machine) and Back (./session) keep it with these functions.
 *
 * The record is kept short and canonical: a change made before the first step changes the
 * starting factors; changing a factor again before the next step replaces the earlier change,
 * and changing it back to the value it had at the last step removes it.
 */
import type { FactorKey, Factors } from './factors';

/** A factor changed during a journey, after `step` steps (at least 1). */
export type FactorChange = {
	[K in FactorKey]: { step: number; key: K; value: Factors[K] };
}[FactorKey];

export interface Journey {
	/** The factors in force when the cell set out. */
	startFactors: Factors;
	/** The factors changed on the way, oldest first. */
	changes: FactorChange[];
}

/** The factors in force after `steps` steps, once the changes made up to then are applied. */
export function factorsAt(journey: Journey, steps: number): Factors {
	const factors = { ...journey.startFactors };
	for (const c of journey.changes)
		if (c.step <= steps) (factors as Record<FactorKey, unknown>)[c.key] = c.value;
	return factors;
}

/** The journey after setting `key` to `value` when `steps` steps have been taken. */
export function recordChange<K extends FactorKey>(
	journey: Journey,
	steps: number,
	key: K,
	value: Factors[K]
): Journey {
	if (steps === 0)
		return {
			startFactors: { ...journey.startFactors, [key]: value },
			changes: [...journey.changes]
		};
	const others = journey.changes.filter((c) => !(c.step === steps && c.key === key));
	const before = factorsAt({ startFactors: journey.startFactors, changes: others }, steps - 1)[key];
	const change = { step: steps, key, value } as FactorChange;
	return {
		startFactors: { ...journey.startFactors },
		changes: value === before ? others : [...others, change]
	};
}

/** The journey with its last step (of `steps`) undone: changes made after it stay, at the new end. */
export function undoStep(journey: Journey, steps: number): Journey {
	let undone: Journey = {
		startFactors: { ...journey.startFactors },
		changes: journey.changes.filter((c) => c.step < steps)
	};
	for (const c of journey.changes)
		if (c.step >= steps) undone = recordChange(undone, steps - 1, c.key, c.value);
	return undone;
}
