/**
 * Checks a mission against the machine on the student's real journey: the journey (a view: where
 * the cell is, the path, the factors at the start and every factor changed on the way) is replayed
 * on the statechart step by step, the fixed factors must hold at every moment, and the goal is read
 * from what the machine did. Nothing is compared with a hand-written answer.
 *
 * A "ways" goal counts distinct ways across attempts: by the way that led into the target, or by
 * the cause, that is the factor values each of which alone, changed, would have closed the
 * target's way at the moment it was taken. Pure: no DOM, no storage.
 */
import {
	DEFAULT_FACTORS,
	describeFactorValue,
	factorDef,
	FACTOR_DEFS,
	isFactorValue,
	type FactorKey,
	type Factors
} from '../cascade/factors';
import { explain, getState, getTransition, transitionsFrom } from '../cascade/graph';
import { factorsAt } from '../cascade/journey';
import type { TransitionId } from '../cascade/machine';
import { actorAt, sameView, startView, viewOf, type View } from '../cascade/session';
import { stateContent, transitionContent } from '../content/core';
import type { Reason } from '../tours/predict';
import type { Mission, Target } from './types';

/** The factors a mission starts under: the defaults, then its start, then its fixed factors. */
export function missionFactors(mission: Mission): Factors {
	return { ...DEFAULT_FACTORS, ...mission.start, ...mission.fixed };
}

/** Where a mission begins. */
export const missionStart = (mission: Mission): View => startView(missionFactors(mission));

/** The factors the student cannot change in this mission. */
export const lockedKeys = (mission: Mission): FactorKey[] =>
	FACTOR_DEFS.map((d) => d.key).filter((k) => mission.fixed?.[k] !== undefined);

/** "Target organ: Bone", as the controls show it. */
export function describeSetting<K extends FactorKey>(key: K, value: Factors[K]): string {
	return `${factorDef(key).label}: ${describeFactorValue(key, { ...DEFAULT_FACTORS, [key]: value } as Factors)}`;
}

/** The target in words, e.g. “Macrometastasis” or the way “Wake up”. */
export function describeTarget(target: Target): string {
	if ('take' in target) return `the way “${transitionContent(target.take).action}”`;
	const names = target.states.map((s) => `“${stateContent(s).title}”`);
	return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** The fixed factors in words, e.g. ["Target organ: Bone"]. */
export const describeFixed = (mission: Mission): string[] =>
	FACTOR_DEFS.filter((d) => mission.fixed?.[d.key] !== undefined).map((d) =>
		describeSetting(d.key, mission.fixed![d.key] as never)
	);

/** The goal in one sentence, e.g. "Find 2 different causes of the way “Wake up”." */
export function describeGoal(mission: Mission): string {
	const { goal } = mission;
	const target = describeTarget(goal.target);
	if (goal.kind === 'reach') return `${'take' in goal.target ? 'Take' : 'Reach'} ${target}.`;
	if (goal.by === 'cause')
		return `Find ${goal.count} different causes of ${target}, one at a time.`;
	return `Find ${goal.count} different ways to ${'take' in goal.target ? 'take' : 'reach'} ${target}.`;
}

type Replayed = { ok: true } | { ok: false; error: string };

/** Replays the journey on the machine: every step under the factors of its moment must be taken. */
export function replayJourney(view: View): Replayed {
	const actor = actorAt(startView(view.startFactors));
	actor.start();
	try {
		const apply = (steps: number) => {
			for (const c of view.changes)
				if (c.step === steps)
					actor.send({ type: 'setFactor', key: c.key, value: c.value } as never);
		};
		for (const [i, id] of view.path.entries()) {
			apply(i);
			const before = viewOf(actor.getSnapshot());
			actor.send({ type: id });
			const after = viewOf(actor.getSnapshot());
			if (after.path.length !== before.path.length + 1)
				return {
					ok: false,
					error: `step ${i + 1}, “${transitionContent(id).action}”, was closed at that point`
				};
		}
		apply(view.path.length);
		return sameView(viewOf(actor.getSnapshot()), view)
			? { ok: true }
			: { ok: false, error: 'it does not end where the explorer shows the cell' };
	} finally {
		actor.stop();
	}
}

/** Each moment of the journey (0 = the start, i = after i steps) where a fixed factor was not as fixed. */
export function brokenConstraints(mission: Mission, view: View): string[] {
	const problems: string[] = [];
	for (const def of FACTOR_DEFS) {
		const want = mission.fixed?.[def.key];
		if (want === undefined) continue;
		for (let steps = 0; steps <= view.path.length; steps++) {
			const got = factorsAt(view, steps)[def.key];
			if (got === want) continue;
			problems.push(
				`“${def.label}” had to stay ${describeFactorValue(def.key, { ...DEFAULT_FACTORS, [def.key]: want } as Factors)} ${steps === 0 ? 'from the start' : `at every step, but after step ${steps} it was not`}.`
			);
			break;
		}
	}
	return problems;
}

/** Where in the path the target was met: the index of the step into it, or -1. */
function targetStep(target: Target, view: View): number {
	if ('take' in target) return view.path.lastIndexOf(target.take);
	return target.states.includes(view.stateId) ? view.path.length - 1 : -1;
}

/**
 * The cause of taking a way under these factors: each factor value whose change alone (to any
 * other value) closes it, as `key=value` joined by `&` in the controls' order. Empty when no single
 * change closes it (several causes at once, or no condition at all).
 */
export function causeOf(id: TransitionId, factors: Factors, path: readonly string[]): string {
	const t = getTransition(id)!;
	const parts: string[] = [];
	for (const def of FACTOR_DEFS) {
		const values: unknown[] =
			def.kind === 'toggle' ? [true, false] : def.options.map((o) => o.value);
		const closes = values
			.filter((v) => v !== factors[def.key])
			.some((v) => !explain(t, { ...factors, [def.key]: v } as Factors, path).open);
		if (closes) parts.push(`${def.key}=${String(factors[def.key])}`);
	}
	return parts.join('&');
}

/** A found way in words: the transition's action, or the cause's settings. */
export function describeWay(mission: Mission, way: string): string {
	if (mission.goal.kind === 'ways' && mission.goal.by === 'transition') {
		const t = getTransition(way);
		return t ? `“${transitionContent(t.id).action}”` : way;
	}
	return way
		.split('&')
		.map((part) => {
			const [key, raw = ''] = part.split('=') as [string, string?];
			if (!(key in DEFAULT_FACTORS)) return part;
			const k = key as FactorKey;
			const value = factorDef(k).kind === 'toggle' ? raw === 'true' : raw;
			return isFactorValue(k, value) ? describeSetting(k, value as never) : part;
		})
		.join(' and ');
}

export interface Verdict {
	/** The mission is complete after this check. */
	solved: boolean;
	/** This journey meets the goal's target under the constraints. */
	met: boolean;
	/** The way this journey counts as (for a "ways" goal), or null. */
	way: string | null;
	/** The ways found so far, this one included. */
	ways: string[];
	/** The machine's verdict in words. */
	message: string;
	/** The conditions that decided the step into the target (or what blocks it), with references. */
	reasons: Reason[];
	/** Fixed factors that did not hold. */
	problems: string[];
}

const reasonsFor = (id: TransitionId, factors: Factors, path: readonly string[]): Reason[] =>
	explain(getTransition(id)!, factors, path).conditions.map((c) => ({
		text: c.reason,
		refs: c.refs,
		holds: c.holds
	}));

/** The verdict on one attempt: the student's journey, and the ways found in earlier attempts. */
export function checkMission(mission: Mission, view: View, found: readonly string[] = []): Verdict {
	const ways = [...found];
	const no = (message: string, reasons: Reason[] = [], problems: string[] = []): Verdict => ({
		solved: false,
		met: false,
		way: null,
		ways,
		message,
		reasons,
		problems
	});
	const replay = replayJourney(view);
	if (!replay.ok) return no(`This journey does not replay on the model: ${replay.error}.`);
	const problems = brokenConstraints(mission, view);
	if (problems.length > 0) return no(`Not solved: ${problems.join(' ')}`, [], problems);
	const { goal } = mission;
	const at = targetStep(goal.target, view);
	if (at < 0) {
		const place = stateContent(view.stateId).title;
		const ended = getState(view.stateId)?.outcome;
		const open = transitionsFrom(view.stateId).filter(
			(t) => explain(t, view.factors, view.path).open
		);
		return no(
			`Not yet: the cell is at “${place}”, and the goal is ${describeTarget(goal.target)}.${
				ended
					? ' Its journey has ended here: go Back, or Start again.'
					: open.length === 0
						? ' No way on is open from here: change a factor, or go Back.'
						: ''
			}`
		);
	}
	const id = view.path[at]!;
	const factors = factorsAt(view, at);
	const before = view.path.slice(0, at);
	const reasons = reasonsFor(id, factors, before);
	const action = `“${transitionContent(id).action}”`;
	if (goal.kind === 'reach')
		return {
			solved: true,
			met: true,
			way: null,
			ways,
			message: `Solved: the machine took ${action} and the cell reached ${describeTarget(goal.target)}${
				mission.fixed ? ', with every fixed factor held' : ''
			}.`,
			reasons,
			problems: []
		};
	const way = goal.by === 'transition' ? id : causeOf(id, factors, before);
	if (way === '')
		return {
			...no(
				`The machine took ${action}, but more than one setting held it open at once, so no single cause shows. Try again with only one of them.`,
				reasons
			),
			met: true
		};
	const fresh = !ways.includes(way);
	if (fresh) ways.push(way);
	const solved = ways.length >= goal.count;
	const named = describeWay(mission, way);
	const message = fresh
		? `${solved ? 'Solved' : 'A way found'} (${Math.min(ways.length, goal.count)} of ${goal.count}): ${
				goal.by === 'transition'
					? `the cell took ${named}`
					: `the machine took ${action} because of ${named}`
			}.${solved ? '' : ' Now find a different way: go Back or Start again.'}`
		: `Already found: ${named}. Find a different way (${ways.length} of ${goal.count} so far).`;
	return { solved, met: true, way, ways, message, reasons, problems: [] };
}
