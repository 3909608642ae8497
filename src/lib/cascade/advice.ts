/**
 * Advice for a closed way: the one change of a factor that would open it. The details panel offers
 * it as a button, and the diagram's closed arrows use it too. Pure: it reads the model only.
 */
import { CONDITIONS } from './conditions';
import { FACTOR_DEFS, type FactorKey, type Factors } from './factors';
import { defaultNext, explain, transitionsFrom } from './graph';
import type { TransitionId } from './machine';

/** One factor set to another value. */
export interface FactorChange {
	key: FactorKey;
	value: Factors[FactorKey];
}

/** The values a factor can take other than its current one, in the controls' order. */
function otherValues(key: FactorKey, factors: Factors): Factors[FactorKey][] {
	const def = FACTOR_DEFS.find((d) => d.key === key)!;
	const values: Factors[FactorKey][] =
		def.kind === 'toggle' ? [true, false] : def.options.map((o) => o.value);
	return values.filter((v) => v !== factors[key]);
}

/**
 * The single factor change that opens the way `transitionId` out of `stateId` after `path`, or
 * null when the way is open already, is not a way out of this state, or no single change opens it.
 *
 * Only the factors that the unmet conditions name as their controls can flip them, so only those
 * are tried: in the controls' order (FACTOR_DEFS), each of their other values in the order the
 * control lists them; the first change under which every condition of the way holds wins. The
 * answer is deterministic.
 */
export function openingChange(
	stateId: string,
	factors: Factors,
	path: readonly string[],
	transitionId: TransitionId
): FactorChange | null {
	const transition = transitionsFrom(stateId).find((t) => t.id === transitionId);
	if (!transition) return null;
	const status = explain(transition, factors, path);
	if (status.open) return null;
	const controls = new Set<FactorKey>(
		status.conditions.filter((c) => !c.holds).flatMap((c) => CONDITIONS[c.id].controls)
	);
	for (const def of FACTOR_DEFS) {
		if (!controls.has(def.key)) continue;
		for (const value of otherValues(def.key, factors)) {
			if (explain(transition, { ...factors, [def.key]: value }, path).open)
				return { key: def.key, value };
		}
	}
	return null;
}

/** A way on that one change opens, with that change. */
export interface WayOnAdvice {
	transitionId: TransitionId;
	change: FactorChange;
}

/**
 * When the cell is stuck (no way on is open other than ways that eliminate it, so Next is
 * unavailable): the first way on, in the machine's order, that a single change opens, with that
 * change. Null when a way on is open, when the journey has ended, or when no single change opens
 * a way on.
 */
export function wayOnAdvice(
	stateId: string,
	factors: Factors,
	path: readonly string[]
): WayOnAdvice | null {
	if (defaultNext(stateId, factors, path)) return null;
	for (const t of transitionsFrom(stateId)) {
		if (t.elimination) continue;
		const change = openingChange(stateId, factors, path, t.id);
		if (change) return { transitionId: t.id, change };
	}
	return null;
}
