/**
 * The tour schema, checked on the shipped tours (at build time and in tests) and on every tour a
 * lecturer loads or opens from a link. Each problem is one message that names the tour and the
 * step; a tour with no problems also replays on the machine (./replay).
 */
import { REFERENCE_COUNT } from '../content/validate';
import { replayTour, stepName } from './replay';
import type { Tour } from './types';

export const TOUR_LIMITS = {
	title: 80,
	summary: 300,
	narration: 600,
	notes: 2000,
	steps: 60
} as const;

const TOUR_KEYS = ['id', 'title', 'summary', 'start', 'steps'];
const STEP_KEYS = ['set', 'take', 'narration', 'refs', 'notes'];
/** Pages under /tours that are not tours. */
export const RESERVED_IDS = ['new', 'shared'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

function text(
	problems: string[],
	where: string,
	value: unknown,
	name: string,
	max: number,
	optional = false
) {
	if (value === undefined && optional) return;
	if (typeof value !== 'string' || value.trim() === '')
		problems.push(`${where}: "${name}" must be a text that is not empty`);
	else if (value.length > max)
		problems.push(`${where}: "${name}" is ${value.length} characters long; at most ${max} fit`);
}

function unknownKeys(
	problems: string[],
	where: string,
	x: Record<string, unknown>,
	known: string[]
) {
	for (const key of Object.keys(x))
		if (!known.includes(key)) problems.push(`${where}: "${key}" is not part of a tour`);
}

/**
 * Every problem with a tour's shape, then (when the shape is right) the first step the machine
 * refuses. An empty list means the tour can be played.
 */
export function tourProblems(x: unknown): string[] {
	if (!isObject(x)) return ['A tour must be an object with an id, a title, a summary and steps'];
	const name = typeof x.id === 'string' && x.id ? x.id : '(no id)';
	const where = `Tour "${name}"`;
	const problems: string[] = [];
	unknownKeys(problems, where, x, TOUR_KEYS);
	if (typeof x.id === 'string' && RESERVED_IDS.includes(x.id))
		problems.push(`${where}: "id" cannot be "${x.id}": /tours/${x.id} is a page of its own`);
	else if (typeof x.id !== 'string' || !ID.test(x.id))
		problems.push(
			`${where}: "id" must be kebab-case letters and digits, e.g. "dormancy-and-waking"`
		);
	text(problems, where, x.title, 'title', TOUR_LIMITS.title);
	text(problems, where, x.summary, 'summary', TOUR_LIMITS.summary);
	if (x.start !== undefined && !isObject(x.start))
		problems.push(`${where}: "start" must be an object of factors and their values`);
	if (!Array.isArray(x.steps) || x.steps.length < 2)
		problems.push(`${where}: "steps" must list the opening step and at least one more`);
	else if (x.steps.length > TOUR_LIMITS.steps)
		problems.push(`${where}: ${x.steps.length} steps; at most ${TOUR_LIMITS.steps}`);
	else
		x.steps.forEach((step: unknown, i: number) => {
			const at = stepName({ id: name }, i);
			if (!isObject(step)) {
				problems.push(`${at}: a step must be an object with a narration and references`);
				return;
			}
			unknownKeys(problems, at, step, STEP_KEYS);
			text(problems, at, step.narration, 'narration', TOUR_LIMITS.narration);
			text(problems, at, step.notes, 'notes', TOUR_LIMITS.notes, true);
			if (step.take !== undefined && typeof step.take !== 'string')
				problems.push(`${at}: "take" must be the id of a way, e.g. "invade"`);
			if (step.set !== undefined && !isObject(step.set))
				problems.push(`${at}: "set" must be an object of factors and their values`);
			if (!Array.isArray(step.refs))
				problems.push(`${at}: "refs" must be a list of the review’s reference numbers`);
			else
				for (const n of step.refs)
					if (!Number.isInteger(n) || (n as number) < 1 || (n as number) > REFERENCE_COUNT)
						problems.push(
							`${at}: reference ${JSON.stringify(n)} is not one of the review’s (1–${REFERENCE_COUNT})`
						);
		});
	if (problems.length > 0) return problems;
	const replay = replayTour(x as unknown as Tour);
	return replay.ok ? [] : [replay.error];
}

/** Tours with distinct ids, each without problems; every problem otherwise. */
export function toursProblems(tours: readonly unknown[]): string[] {
	const problems = tours.flatMap(tourProblems);
	const seen = new Set<string>();
	for (const t of tours) {
		const id = isObject(t) ? t.id : undefined;
		if (typeof id !== 'string') continue;
		if (seen.has(id)) problems.push(`Tour "${id}" is listed twice`);
		seen.add(id);
	}
	return problems;
}

export type Parsed = { ok: true; tour: Tour } | { ok: false; problems: string[] };

/** A tour from the text of a JSON file or link, checked like a shipped tour. */
export function parseTour(textOfFile: string): Parsed {
	let x: unknown;
	try {
		x = JSON.parse(textOfFile);
	} catch {
		return {
			ok: false,
			problems: ['This is not a tour file: its text is not valid JSON.']
		};
	}
	const problems = tourProblems(x);
	return problems.length > 0 ? { ok: false, problems } : { ok: true, tour: x as Tour };
}

/** Fails (the build, when called at start-up) on any problem with the shipped tours. */
export function assertValidTours(tours: readonly unknown[]): void {
	const problems = toursProblems(tours);
	if (problems.length > 0)
		throw new Error(`The tours have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
}
