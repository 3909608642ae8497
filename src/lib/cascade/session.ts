/**
 * Pure functions between the running machine and a "view" (where the cell is, the path it took
 * and the factors): make a snapshot for a view, read the view of a snapshot, and undo a step.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import { DEFAULT_FACTORS, type Factors } from './factors';
import { followPath, getState, INITIAL_STATE_ID, stateIdOf } from './graph';
import { cascadeMachine, type TransitionId } from './machine';

export type CascadeSnapshot = SnapshotFrom<typeof cascadeMachine>;

export interface View {
	stateId: string;
	path: TransitionId[];
	factors: Factors;
}

export const START_VIEW: View = Object.freeze({
	stateId: INITIAL_STATE_ID,
	path: [],
	factors: { ...DEFAULT_FACTORS }
});

/** A machine snapshot for a view. The path must follow the machine's structure. */
export function snapshotFor(view: View): CascadeSnapshot {
	const followed = followPath(view.path);
	if (!followed.ok || followed.stateId !== view.stateId)
		throw new Error(`The path does not lead to "${view.stateId}"`);
	const state = getState(view.stateId);
	if (!state) throw new Error(`Unknown state "${view.stateId}"`);
	return cascadeMachine.resolveState({
		value: state.value,
		context: { factors: { ...view.factors }, history: [...followed.path] }
	});
}

export function viewOf(snapshot: CascadeSnapshot): View {
	return {
		stateId: stateIdOf(snapshot.value),
		path: [...snapshot.context.history],
		factors: { ...snapshot.context.factors }
	};
}

/** The view one step back: the last transition undone, factors kept. */
export function undo(view: View): View {
	if (view.path.length === 0) return view;
	const path = view.path.slice(0, -1);
	const followed = followPath(path);
	if (!followed.ok) throw new Error('History is inconsistent');
	return { stateId: followed.stateId, path, factors: view.factors };
}

/** Starts an actor at a view. */
export function actorAt(view: View) {
	return createActor(cascadeMachine, { snapshot: snapshotFor(view), input: {} });
}

export function sameView(a: View, b: View): boolean {
	return (
		a.stateId === b.stateId &&
		a.path.join('.') === b.path.join('.') &&
		(Object.keys(a.factors) as (keyof Factors)[]).every((k) => a.factors[k] === b.factors[k])
	);
}
