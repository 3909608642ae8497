/**
 * Searches the machine for a solution to a mission, breadth first, like ./walks.ts: first under
 * constant factors (every factor set the mission allows, each walked from the start), then, when
 * the goal needs it, with factor changes on the way (one search over places, journey flags and
 * factor sets together). Every candidate is judged by checkMission itself, so a solution found
 * here is one the explorer's Check accepts.
 */
import {
	DEFAULT_FACTORS,
	FACTOR_DEFS,
	type FactorKey,
	type Factors
} from '../../src/lib/cascade/factors';
import { explain, INITIAL_STATE_ID, transitionsFrom } from '../../src/lib/cascade/graph';
import { recordChange, type FactorChange } from '../../src/lib/cascade/journey';
import type { TransitionId } from '../../src/lib/cascade/machine';
import type { View } from '../../src/lib/cascade/session';
import { LYMPH_NODE_STEP, MET_STEP } from '../../src/lib/cascade/situation';
import { checkMission, type Verdict } from '../../src/lib/missions/check';
import type { Mission } from '../../src/lib/missions/types';

const valuesOf = (key: FactorKey): unknown[] => {
	const def = FACTOR_DEFS.find((d) => d.key === key)!;
	return def.kind === 'toggle' ? [true, false] : def.options.map((o) => o.value);
};

/** Every factor set that keeps the mission's fixed factors. */
export function allowedFactorSets(mission: Mission): Factors[] {
	let sets: Factors[] = [{ ...DEFAULT_FACTORS, ...mission.fixed }];
	for (const def of FACTOR_DEFS) {
		if (mission.fixed?.[def.key] !== undefined) continue;
		sets = sets.flatMap((f) => valuesOf(def.key).map((v) => ({ ...f, [def.key]: v }) as Factors));
	}
	return sets;
}

const flags = (path: readonly string[]) =>
	`${path.includes(MET_STEP) ? 'm' : ''}${path.includes(LYMPH_NODE_STEP) ? 'l' : ''}`;

/** Every journey (shortest per place and flags) under constant factors. */
function* constantWalks(factors: Factors): Generator<View> {
	const seen = new Set<string>();
	const queue: { stateId: string; path: TransitionId[] }[] = [
		{ stateId: INITIAL_STATE_ID, path: [] }
	];
	while (queue.length) {
		const node = queue.shift()!;
		const key = `${node.stateId}|${flags(node.path)}`;
		if (seen.has(key)) continue;
		seen.add(key);
		yield { ...node, factors, startFactors: factors, changes: [] };
		for (const t of transitionsFrom(node.stateId))
			if (explain(t, factors, node.path).open)
				queue.push({ stateId: t.to, path: [...node.path, t.id] });
	}
}

/** Whether the journey's end could meet the target (checkMission decides). */
function mightMeet(mission: Mission, view: View): boolean {
	const { target } = mission.goal;
	return 'take' in target ? view.path.at(-1) === target.take : target.states.includes(view.stateId);
}

export interface Solution {
	/** The journeys, one per attempt, that together solve the mission. */
	attempts: View[];
	verdict: Verdict;
}

/** A solution under constant factors, or null. */
function solveConstant(mission: Mission): Solution | null {
	let found: string[] = [];
	const attempts: View[] = [];
	for (const factors of allowedFactorSets(mission))
		for (const view of constantWalks(factors)) {
			if (!mightMeet(mission, view)) continue;
			const verdict = checkMission(mission, view, found);
			if (!verdict.met) continue;
			if (verdict.way === null) {
				if (verdict.solved) return { attempts: [view], verdict };
				continue;
			}
			if (found.includes(verdict.way)) continue;
			found = verdict.ways;
			attempts.push(view);
			if (verdict.solved) return { attempts, verdict };
		}
	return null;
}

/**
 * A solution with factor changes on the way: one breadth-first search from every allowed start,
 * where a move is a step the machine takes or (after the first step) one factor changed.
 */
function solveWithChanges(mission: Mission): Solution | null {
	const free = FACTOR_DEFS.map((d) => d.key).filter((k) => mission.fixed?.[k] === undefined);
	interface Node {
		view: View;
	}
	const keyOf = (v: View) =>
		`${v.stateId}|${flags(v.path)}|${FACTOR_DEFS.map((d) => String(v.factors[d.key])).join(',')}`;
	const seen = new Set<string>();
	const queue: Node[] = [];
	let found: string[] = [];
	const attempts: View[] = [];
	let solution: Solution | null = null;
	// Judged on arrival, before the place is marked seen: a way into a place reached before may be
	// the goal (a lesion that gains vessels returns to "micrometastasis").
	const visit = (view: View) => {
		if (!solution && mightMeet(mission, view)) {
			const verdict = checkMission(mission, view, found);
			if (verdict.met && verdict.way !== null && !found.includes(verdict.way)) {
				found = verdict.ways;
				attempts.push(view);
			}
			if (verdict.solved)
				solution = { attempts: verdict.way === null ? [view] : attempts, verdict };
		}
		const key = keyOf(view);
		if (seen.has(key)) return;
		seen.add(key);
		queue.push({ view });
	};
	for (const f of allowedFactorSets(mission))
		visit({ stateId: INITIAL_STATE_ID, path: [], factors: f, startFactors: f, changes: [] });
	for (let i = 0; i < queue.length && !solution; i++) {
		const { view } = queue[i]!;
		for (const t of transitionsFrom(view.stateId))
			if (explain(t, view.factors, view.path).open)
				visit({ ...view, stateId: t.to, path: [...view.path, t.id], changes: [...view.changes] });
		if (view.path.length === 0) continue;
		for (const key of free)
			for (const value of valuesOf(key)) {
				if (value === view.factors[key]) continue;
				const journey = recordChange(view, view.path.length, key, value as never);
				visit({
					...view,
					factors: { ...view.factors, [key]: value } as Factors,
					startFactors: journey.startFactors,
					changes: journey.changes as FactorChange[]
				});
			}
	}
	return solution;
}

export function solveMission(mission: Mission): Solution | null {
	return solveConstant(mission) ?? solveWithChanges(mission);
}
