/**
 * The content the explorer view shows: stages, states, transitions and mechanisms, with lookups.
 * Kept apart from the bibliography, glossary and overview so the first load stays small; those
 * load on demand (see ./bibliography and ./index). Pure: no DOM, no framework.
 */
import { GUARDS, type ConditionId } from '../cascade/conditions';
import type { Organ } from '../cascade/factors';
import { INITIAL_STATE_ID, TRANSITIONS, type StageId } from '../cascade/graph';
import type { TransitionId } from '../cascade/machine';
import { STAGES } from './stages';
import { STATES_CONTENT } from './states';
import { TRANSITIONS_CONTENT } from './transitions';
import type { Mechanism, StageContent, StateContent, TransitionContent } from './types';

export { STAGES, STATES_CONTENT, TRANSITIONS_CONTENT };

export { REVIEW } from './review';

function indexBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T> {
	return new Map(items.map((t) => [key(t), t]));
}
const states = indexBy(STATES_CONTENT, (s) => s.id);
const transitions = indexBy(TRANSITIONS_CONTENT, (t) => t.id);
const stages = indexBy(STAGES, (s) => s.id);

function must<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Error(`No content for ${what}`);
	return value;
}
export const stateContent = (id: string): StateContent => must(states.get(id), `state "${id}"`);
export const transitionContent = (id: TransitionId): TransitionContent =>
	must(transitions.get(id), `transition "${id}"`);
export const stageContent = (id: StageId): StageContent => must(stages.get(id), `stage "${id}"`);

/** mechanismsIn's answers, by list of mechanisms, then by transition and organ. */
const mechanismsFound = new WeakMap<readonly Mechanism[], Map<string, readonly Mechanism[]>>();

/**
 * The mechanisms behind a transition for the chosen organ, from a list of all mechanisms (the
 * explorer loads that list on demand, see ./mechanisms-on-demand): general ones first, then the
 * organ's. The same question about the same list gets the same array back, so a view that asks
 * again at every step finds nothing changed.
 */
export function mechanismsIn(
	mechanisms: readonly Mechanism[],
	id: TransitionId,
	organ: Organ
): readonly Mechanism[] {
	let found = mechanismsFound.get(mechanisms);
	if (!found) mechanismsFound.set(mechanisms, (found = new Map()));
	const key = `${id} ${organ}`;
	let answer = found.get(key);
	if (!answer) {
		const all = mechanisms.filter((m) => m.transitions.includes(id));
		answer = [...all.filter((m) => !m.organs), ...all.filter((m) => m.organs?.includes(organ))];
		found.set(key, answer);
	}
	return answer;
}

/** Transition ids whose guards use a condition. */
export function transitionsUsing(condition: ConditionId): TransitionId[] {
	return TRANSITIONS.filter(
		(t) => t.guard && (GUARDS[t.guard] as readonly string[]).includes(condition)
	).map((t) => t.id);
}

/** The shortest path of transitions from the start that ends by taking `id` (by structure). */
export function pathThrough(id: TransitionId): TransitionId[] {
	const target = TRANSITIONS.find((t) => t.id === id);
	if (!target) throw new Error(`Unknown transition "${id}"`);
	const prev = new Map<string, TransitionId[]>([[INITIAL_STATE_ID, []]]);
	const queue = [INITIAL_STATE_ID];
	while (queue.length) {
		const at = queue.shift()!;
		if (at === target.from) return [...prev.get(at)!, id];
		// The first way in the machine's order wins (the default way on, e.g. not MET where it is not needed).
		for (const t of TRANSITIONS.filter((t) => t.from === at)) {
			if (prev.has(t.to)) continue;
			prev.set(t.to, [...prev.get(at)!, t.id]);
			queue.push(t.to);
		}
	}
	throw new Error(`Transition "${id}" cannot be reached from the start`);
}
