/**
 * The mission schema, checked on the shipped missions at build time (src/hooks.server.ts) and in
 * the tests. Each problem is one message that names the mission: `Mission "x": …`. Whether a
 * mission can be solved is a question for the machine: tests/missions.test.ts searches it.
 */
import { DEFAULT_FACTORS, factorDef, isFactorValue, type FactorKey } from '../cascade/factors';
import { getTransition, STATE_IDS } from '../cascade/graph';
import { REFERENCE_COUNT } from '../content/validate';
import type { Mission } from './types';

export const MISSION_LIMITS = {
	title: 80,
	summary: 300,
	hint: 400,
	success: 500,
	count: 5
} as const;

const MISSION_KEYS = [
	'id',
	'title',
	'summary',
	'start',
	'fixed',
	'goal',
	'hints',
	'refs',
	'success'
];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FORBIDDEN: [RegExp, string][] = [
	[/https?:\/\//i, 'a URL'],
	[/\bdoi\b|10\.\d{4,}\//i, 'a DOI'],
	[/\bPMID\b/i, 'a PMID'],
	[/<[a-z/][^>]*>/i, 'HTML markup']
];

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

function text(problems: string[], where: string, value: unknown, name: string, max: number) {
	if (typeof value !== 'string' || value.trim() === '') {
		problems.push(`${where}: "${name}" must be a text that is not empty`);
		return;
	}
	if (value.length > max)
		problems.push(`${where}: "${name}" is ${value.length} characters long; at most ${max} fit`);
	for (const [re, what] of FORBIDDEN)
		if (re.test(value)) problems.push(`${where}: "${name}" contains ${what}`);
}

function factors(problems: string[], where: string, value: unknown, name: string) {
	if (value === undefined) return;
	if (!isObject(value)) {
		problems.push(`${where}: "${name}" must be an object of factors and their values`);
		return;
	}
	for (const [key, v] of Object.entries(value)) {
		if (!Object.hasOwn(DEFAULT_FACTORS, key))
			problems.push(`${where}: "${name}" sets "${key}", which is not a factor`);
		else if (!isFactorValue(key as FactorKey, v))
			problems.push(
				`${where}: "${name}" sets ${JSON.stringify(v)}, which is not a value of the factor "${factorDef(key as FactorKey).label}"`
			);
	}
}

function refList(
	problems: string[],
	where: string,
	refs: unknown,
	name: string,
	mayBeEmpty: boolean
) {
	if (!Array.isArray(refs) || (!mayBeEmpty && refs.length === 0)) {
		problems.push(
			`${where}: ${name === 'refs' ? '"refs"' : `${name}'s "refs"`} must list the review’s reference numbers`
		);
		return;
	}
	for (const n of refs)
		if (!Number.isInteger(n) || (n as number) < 1 || (n as number) > REFERENCE_COUNT)
			problems.push(
				`${where}: ${name === 'refs' ? 'it' : name} cites reference ${JSON.stringify(n)}, which is not one of the review’s (1–${REFERENCE_COUNT})`
			);
}

function target(problems: string[], where: string, t: unknown) {
	if (!isObject(t)) {
		problems.push(`${where}: the goal's "target" must be { states: [...] } or { take: "…" }`);
		return;
	}
	if ('take' in t) {
		if (typeof t.take !== 'string' || !getTransition(t.take))
			problems.push(
				`${where}: the goal takes ${JSON.stringify(t.take)}, which is not a way in the model`
			);
	} else if (Array.isArray(t.states) && t.states.length > 0) {
		for (const s of t.states)
			if (typeof s !== 'string' || !STATE_IDS.includes(s))
				problems.push(
					`${where}: the goal names the place ${JSON.stringify(s)}, which the model does not have`
				);
	} else problems.push(`${where}: the goal's "target" must list "states" or name a way to "take"`);
}

/** Every problem with one mission's shape; an empty list means it can be shown. */
export function missionProblems(x: unknown): string[] {
	if (!isObject(x)) return ['A mission must be an object with an id, a title, a goal and hints'];
	const name = typeof x.id === 'string' && x.id ? x.id : '(no id)';
	const where = `Mission "${name}"`;
	const problems: string[] = [];
	for (const key of Object.keys(x))
		if (!MISSION_KEYS.includes(key)) problems.push(`${where}: "${key}" is not part of a mission`);
	if (typeof x.id !== 'string' || !ID.test(x.id))
		problems.push(`${where}: "id" must be kebab-case letters and digits, e.g. "bone-with-mhc"`);
	text(problems, where, x.title, 'title', MISSION_LIMITS.title);
	text(problems, where, x.summary, 'summary', MISSION_LIMITS.summary);
	text(problems, where, x.success, 'success', MISSION_LIMITS.success);
	factors(problems, where, x.start, 'start');
	factors(problems, where, x.fixed, 'fixed');
	if (isObject(x.start) && isObject(x.fixed))
		for (const key of Object.keys(x.start))
			if (key in x.fixed) problems.push(`${where}: "${key}" is both in "start" and in "fixed"`);
	const goal = x.goal;
	if (!isObject(goal)) problems.push(`${where}: "goal" must be an object with a kind and a target`);
	else if (goal.kind === 'reach') target(problems, where, goal.target);
	else if (goal.kind === 'ways') {
		target(problems, where, goal.target);
		if (
			!Number.isInteger(goal.count) ||
			(goal.count as number) < 2 ||
			(goal.count as number) > MISSION_LIMITS.count
		)
			problems.push(
				`${where}: the goal's "count" must be a whole number from 2 to ${MISSION_LIMITS.count}`
			);
		if (goal.by !== 'transition' && goal.by !== 'cause')
			problems.push(`${where}: the goal's "by" must be "transition" or "cause"`);
		else if (goal.by === 'transition' && isObject(goal.target) && 'take' in goal.target)
			problems.push(
				`${where}: ways told apart by "transition" need a target of "states": one way taken is one transition`
			);
	} else problems.push(`${where}: the goal's "kind" must be "reach" or "ways"`);
	if (!Array.isArray(x.hints) || x.hints.length !== 3)
		problems.push(`${where}: "hints" must be a ladder of exactly three hints, general to specific`);
	else
		x.hints.forEach((h: unknown, i: number) => {
			if (!isObject(h)) {
				problems.push(`${where}: hint ${i + 1} must be an object with a text and refs`);
				return;
			}
			text(problems, where, h.text, `hint ${i + 1}`, MISSION_LIMITS.hint);
			refList(problems, where, h.refs, `hint ${i + 1}`, true);
		});
	refList(problems, where, x.refs, 'refs', false);
	return problems;
}

/** Missions with distinct ids, each without problems; every problem otherwise. */
export function missionsProblems(missions: readonly unknown[]): string[] {
	const problems = missions.flatMap(missionProblems);
	const seen = new Set<string>();
	for (const m of missions) {
		const id = isObject(m) ? m.id : undefined;
		if (typeof id !== 'string') continue;
		if (seen.has(id)) problems.push(`Mission "${id}" is listed twice`);
		seen.add(id);
	}
	return problems;
}

/** Fails (the build, when called at start-up) on any problem with the shipped missions. */
export function assertValidMissions(missions: readonly unknown[]): asserts missions is Mission[] {
	const problems = missionsProblems(missions);
	if (problems.length > 0)
		throw new Error(`The missions have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
}
