/**
 * Pure functions between the running machine and a "view" (where the cell is, the path it took,
 * the factors, and the factors changed on the way): make a snapshot for a view, read the view of
 * a snapshot, and undo a step.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import { DEFAULT_FACTORS, FACTOR_DEFS, type Factors } from './factors';
import { followPath, getState, INITIAL_STATE_ID, stateIdOf } from './graph';
import { factorsAt, undoStep, type FactorChange } from './journey';
import { cascadeMachine, type TransitionId } from './machine';

export type CascadeSnapshot = SnapshotFrom<typeof cascadeMachine>;

export interface View {
	stateId: string;
	path: TransitionId[];
	/** The factors in force now. */
	factors: Factors;
	/** The factors in force at the start. */
	startFactors: Factors;
	/** The factors changed on the way, oldest first (see ./journey). */
	changes: FactorChange[];
}

/** The start of the cascade under these factors. */
export function startView(factors: Factors = DEFAULT_FACTORS): View {
	return {
		stateId: INITIAL_STATE_ID,
		path: [],
		factors: { ...factors },
		startFactors: { ...factors },
		changes: []
	};
}

export const START_VIEW: View = Object.freeze(startView());

const sameFactors = (a: Factors, b: Factors) => FACTOR_DEFS.every((d) => a[d.key] === b[d.key]);

/**
 * `next`, with each part that equals `prev`'s (the factors, the starting factors, the path, the
 * changes) taken from `prev` itself, so that what depends only on that part sees no change when
 * a step leaves it as it was.
 */
export function keepUnchanged(prev: View | undefined, next: View): View {
	if (!prev) return next;
	// Both built the same way from the machine's context, so their JSON tells them apart.
	const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
	return {
		stateId: next.stateId,
		path: same(prev.path, next.path) ? prev.path : next.path,
		factors: sameFactors(prev.factors, next.factors) ? prev.factors : next.factors,
		startFactors: sameFactors(prev.startFactors, next.startFactors)
			? prev.startFactors
			: next.startFactors,
		changes: same(prev.changes, next.changes) ? prev.changes : next.changes
	};
}

/**
 * A machine snapshot for a view. The path must follow the machine's structure, and the changes
 * must be recorded between its steps and lead from the starting factors to the factors.
 */
export function snapshotFor(view: View): CascadeSnapshot {
	const followed = followPath(view.path);
	if (!followed.ok || followed.stateId !== view.stateId)
		throw new Error(`The path does not lead to "${view.stateId}"`);
	const state = getState(view.stateId);
	if (!state) throw new Error(`Unknown state "${view.stateId}"`);
	const steps = view.changes.map((c) => c.step);
	if (
		steps.some((s, i) => s < 1 || s > view.path.length || s < (steps[i - 1] ?? 1)) ||
		!sameFactors(factorsAt(view, view.path.length), view.factors)
	)
		throw new Error('The factor changes do not lead to the factors');
	return cascadeMachine.resolveState({
		value: state.value,
		context: {
			factors: { ...view.factors },
			history: [...followed.path],
			startFactors: { ...view.startFactors },
			changes: view.changes.map((c) => ({ ...c }))
		}
	});
}

export function viewOf(snapshot: CascadeSnapshot): View {
	const { context } = snapshot;
	return {
		stateId: stateIdOf(snapshot.value),
		path: [...context.history],
		factors: { ...context.factors },
		startFactors: { ...context.startFactors },
		changes: context.changes.map((c) => ({ ...c }))
	};
}

/** The view one step back: the last transition undone; factors kept, changes made after it too. */
export function undo(view: View): View {
	if (view.path.length === 0) return view;
	const path = view.path.slice(0, -1);
	const followed = followPath(path);
	if (!followed.ok) throw new Error('History is inconsistent');
	return {
		stateId: followed.stateId,
		path,
		factors: { ...view.factors },
		...undoStep(view, view.path.length)
	};
}

/** Starts an actor at a view. */
export function actorAt(view: View) {
	return createActor(cascadeMachine, { snapshot: snapshotFor(view), input: {} });
}

export function sameView(a: View, b: View): boolean {
	return (
		a.stateId === b.stateId &&
		a.path.join('.') === b.path.join('.') &&
		sameFactors(a.factors, b.factors) &&
		sameFactors(a.startFactors, b.startFactors) &&
		a.changes.length === b.changes.length &&
		a.changes.every(
			(c, i) =>
				c.step === b.changes[i]!.step &&
				c.key === b.changes[i]!.key &&
				c.value === b.changes[i]!.value
		)
	);
}
