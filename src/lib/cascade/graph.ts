/**
 * Pure views of the statechart's structure, read from the machine itself so that nothing here can
 * drift from it: the atomic states (places the cell can be), the transitions between them, which
 * are open for a set of factors and why, and the default way onward.
 */
import type { AnyStateNode, StateValue } from 'xstate';
import { CONDITIONS, GUARDS, type ConditionId, type GuardName } from './conditions';
import type { Factors } from './factors';
import { situationOf } from './situation';
import { cascadeMachine, TRANSITION_IDS, type TransitionId } from './machine';

export const STAGE_IDS = [
	'dissemination',
	'survival',
	'dormancy',
	'reactivation',
	'immuneEscape',
	'macrometastasis',
	'eliminated'
] as const;
export type StageId = (typeof STAGE_IDS)[number];

export interface CascadeState {
	/** The atomic state's id (also its key), e.g. "solitary". Part of the URL contract. */
	id: string;
	stage: StageId;
	/** The XState value of this state, e.g. { dormancy: 'solitary' }. */
	value: StateValue;
	outcome: boolean;
}

export interface CascadeTransition {
	id: TransitionId;
	from: string;
	to: string;
	guard: GuardName | null;
	/** True when the transition ends the cell's journey in elimination. */
	elimination: boolean;
}

function atomicNodes(node: AnyStateNode): AnyStateNode[] {
	const children = Object.values(node.states) as AnyStateNode[];
	if (children.length === 0) return [node];
	return children.flatMap(atomicNodes);
}

function stageOf(node: AnyStateNode): StageId {
	const top = node.path[0] as StageId;
	if (!STAGE_IDS.includes(top))
		throw new Error(`State "${node.id}" sits in unknown stage "${top}"`);
	return top;
}

function valueOf(node: AnyStateNode): StateValue {
	const [first, ...rest] = node.path;
	if (!first) throw new Error('The root has no value');
	return rest.length === 0 ? first : { [first]: rest.join('.') };
}

export const STATES: readonly CascadeState[] = atomicNodes(cascadeMachine.root).map((node) => ({
	id: node.key,
	stage: stageOf(node),
	value: valueOf(node),
	outcome: stageOf(node) === 'macrometastasis' || stageOf(node) === 'eliminated'
}));

export const STATE_IDS = STATES.map((s) => s.id);
export const INITIAL_STATE_ID = 'primaryTumour';

function guardName(guard: unknown): GuardName | null {
	if (guard === undefined) return null;
	const type = typeof guard === 'string' ? guard : (guard as { type?: unknown }).type;
	if (typeof type === 'string' && type in GUARDS) return type as GuardName;
	throw new Error(`A transition uses a guard that is not a named cascade guard: ${String(type)}`);
}

export const TRANSITIONS: readonly CascadeTransition[] = atomicNodes(cascadeMachine.root).flatMap(
	(node) =>
		[...node.transitions.entries()].flatMap(([eventType, defs]) =>
			defs.map((def) => {
				const target = def.target?.[0];
				if (!target) throw new Error(`Transition "${eventType}" from "${node.key}" has no target`);
				if (!(TRANSITION_IDS as readonly string[]).includes(eventType))
					throw new Error(`Event "${eventType}" on "${node.key}" is not a declared transition id`);
				return {
					id: eventType as TransitionId,
					from: node.key,
					to: target.key,
					guard: guardName(def.guard),
					elimination: stageOf(target) === 'eliminated'
				};
			})
		)
);

const stateById = new Map(STATES.map((s) => [s.id, s]));
const transitionById = new Map(TRANSITIONS.map((t) => [t.id, t]));

export function getState(id: string): CascadeState | undefined {
	return stateById.get(id);
}

export function getTransition(id: string): CascadeTransition | undefined {
	return transitionById.get(id as TransitionId);
}

export function transitionsFrom(stateId: string): CascadeTransition[] {
	return TRANSITIONS.filter((t) => t.from === stateId);
}

export interface ConditionCheck {
	id: ConditionId;
	label: string;
	holds: boolean;
	/** The sentence to show: why it holds or what is missing. */
	reason: string;
	refs: readonly number[];
}

export interface TransitionStatus {
	transition: CascadeTransition;
	open: boolean;
	conditions: ConditionCheck[];
}

/**
 * Whether a transition is open under these factors after this path (the path matters where the
 * journey changed the cell, see ./situation), and each condition's part in it.
 */
export function explain(
	transition: CascadeTransition,
	factors: Factors,
	path: readonly string[] = []
): TransitionStatus {
	const situation = situationOf(factors, path);
	const ids: readonly ConditionId[] = transition.guard ? GUARDS[transition.guard] : [];
	const conditions = ids.map((id) => {
		const c = CONDITIONS[id];
		const holds = c.test(situation);
		return { id, label: c.label, holds, reason: holds ? c.met : c.unmet, refs: c.refs };
	});
	return { transition, open: conditions.every((c) => c.holds), conditions };
}

export function statusesFrom(
	stateId: string,
	factors: Factors,
	path: readonly string[] = []
): TransitionStatus[] {
	return transitionsFrom(stateId).map((t) => explain(t, factors, path));
}

/**
 * The default way onward: the first open transition that does not eliminate the cell, in the
 * machine's order; null when none is open (Next is then disabled and the panel says why).
 */
export function defaultNext(
	stateId: string,
	factors: Factors,
	path: readonly string[] = []
): CascadeTransition | null {
	return (
		statusesFrom(stateId, factors, path).find((s) => s.open && !s.transition.elimination)
			?.transition ?? null
	);
}

/** The atomic state id of a state value such as { dormancy: 'solitary' }. */
export function stateIdOf(value: StateValue): string {
	if (typeof value === 'string') return value;
	const [parent, child] = Object.entries(value)[0] ?? [];
	if (!parent || child === undefined) throw new Error('Empty state value');
	return stateIdOf(child as StateValue);
}

/**
 * Follows a list of transition ids from the start, by structure only (guards are not consulted:
 * the factors may have changed since each step was taken). Returns the state reached, or the
 * index of the first step that does not fit.
 */
export function followPath(
	path: readonly string[]
): { ok: true; stateId: string; path: TransitionId[] } | { ok: false; badStep: number } {
	let at = INITIAL_STATE_ID;
	const taken: TransitionId[] = [];
	for (const [i, id] of path.entries()) {
		const t = getTransition(id);
		if (!t || t.from !== at) return { ok: false, badStep: i };
		taken.push(t.id);
		at = t.to;
	}
	return { ok: true, stateId: at, path: taken };
}
