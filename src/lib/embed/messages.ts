/**
 * The embed's postMessage API (README, "Embedding"): the commands a host page may send, their
 * schema, and the events the embed sends out. Pure: validating never throws, whatever arrives.
 *
 * A message is a command when it is a plain object with a `type` field (anything else — other
 * scripts' messages, H5P's and Canvas's resize messages — is left alone). A command that does not
 * match its schema is answered with an `error` event and otherwise ignored.
 */
import { FACTOR_DEFS, isFactorValue, type FactorKey, type Factors } from '../cascade/factors';
import { STATE_IDS } from '../cascade/graph';
import type { Answer } from '../app/study-progress';

/** The fixed `source` of every event the embed sends. */
export const EMBED_SOURCE = 'metastasis-cascade-explorer';
/** The API's version, sent in every event; raised only when a field changes meaning. */
export const API_VERSION = 1;
/** Longest `query` a goto accepts (the explorer's links stay far below). */
const MAX_QUERY = 8000;
/** Longest `id` echoed back. */
const MAX_ID = 200;

export const COMMAND_TYPES = ['goto', 'next', 'back', 'reset', 'setFactor', 'startTour'] as const;
export type CommandType = (typeof COMMAND_TYPES)[number];

export type Command =
	| { type: 'goto'; query: string }
	| { type: 'goto'; state: string }
	| { type: 'next' }
	| { type: 'back' }
	| { type: 'reset' }
	| { type: 'setFactor'; factor: FactorKey; value: Factors[FactorKey] }
	| { type: 'startTour'; tour: string; step?: number };

/** An optional `id` the host may put on a command; an error about it carries it back. */
export type CommandId = string | number;

export type Received =
	| { kind: 'command'; command: Command; id?: CommandId }
	| { kind: 'invalid'; error: string; command?: string; id?: CommandId }
	/** Not a command: the API ignores it without an answer. */
	| { kind: 'other' };

/** The fields each command may carry (besides `type` and `id`), and which are required. */
const FIELDS: Record<CommandType, { required: string[]; optional: string[] }> = {
	goto: { required: [], optional: ['query', 'state'] },
	next: { required: [], optional: [] },
	back: { required: [], optional: [] },
	reset: { required: [], optional: [] },
	setFactor: { required: ['factor', 'value'], optional: [] },
	startTour: { required: ['tour'], optional: ['step'] }
};

function isPlainObject(data: unknown): data is Record<string, unknown> {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
	const proto = Object.getPrototypeOf(data) as unknown;
	return proto === Object.prototype || proto === null;
}

/** A value from a message, quoted back briefly and safely in an error. */
function quoted(value: unknown): string {
	let text: string;
	try {
		text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
	} catch {
		text = Object.prototype.toString.call(value);
	}
	const clean = [...text.replace(/[^\p{L}\p{N}\p{P}\p{S} ]/gu, '?')];
	return `“${clean.length > 40 ? `${clean.slice(0, 40).join('')}…` : clean.join('')}”`;
}

const own = (o: Record<string, unknown>, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Reads one message's data against the command schema. `tourIds` are the tours a `startTour`
 * may name. Never throws.
 */
export function readMessage(data: unknown, tourIds: readonly string[]): Received {
	if (!isPlainObject(data) || !own(data, 'type')) return { kind: 'other' };
	// Our own events (another embed on the page, or a host echoing them back) are not commands.
	if (data.source === EMBED_SOURCE) return { kind: 'other' };
	const rawId = data.id;
	const id: CommandId | undefined =
		(typeof rawId === 'string' && rawId.length <= MAX_ID) ||
		(typeof rawId === 'number' && Number.isFinite(rawId))
			? rawId
			: undefined;
	const fail = (error: string, command?: string): Received => ({
		kind: 'invalid',
		error,
		...(command ? { command } : {}),
		...(id !== undefined ? { id } : {})
	});
	const type = data.type;
	const name = COMMAND_TYPES.find((t) => t === type);
	if (!name)
		return fail(
			`${quoted(type)} is not a command of this explorer; the commands are ${COMMAND_TYPES.join(', ')}.`
		);
	if (own(data, 'id') && id === undefined)
		return fail('The command’s “id” must be a string or a number.', name);
	const { required, optional } = FIELDS[name];
	for (const key of Object.keys(data))
		if (key !== 'type' && key !== 'id' && !required.includes(key) && !optional.includes(key))
			return fail(
				`“${name}” has no field ${quoted(key)}${required.length + optional.length ? ` (its fields: ${[...required, ...optional].join(', ')})` : ''}.`,
				name
			);
	for (const key of required)
		if (!own(data, key)) return fail(`“${name}” needs the field “${key}”.`, name);
	const ok = (command: Command): Received => ({
		kind: 'command',
		command,
		...(id !== undefined ? { id } : {})
	});

	switch (name) {
		case 'next':
		case 'back':
		case 'reset':
			return ok({ type: name });
		case 'goto': {
			const hasQuery = own(data, 'query');
			if (hasQuery === own(data, 'state'))
				return fail(
					'“goto” needs either “query” (a link’s query) or “state” (a place’s id).',
					name
				);
			if (hasQuery) {
				const query = data.query;
				if (typeof query !== 'string' || query.length > MAX_QUERY)
					return fail(
						`“goto”’s “query” must be a link’s query string of at most ${MAX_QUERY} characters.`,
						name
					);
				return ok({ type: 'goto', query });
			}
			const state = data.state;
			if (typeof state !== 'string' || !STATE_IDS.includes(state))
				return fail(
					`${quoted(state)} is not a place of this cascade (the ids are the states in /content.json).`,
					name
				);
			return ok({ type: 'goto', state });
		}
		case 'setFactor': {
			const def = FACTOR_DEFS.find((d) => d.key === data.factor);
			if (!def)
				return fail(
					`${quoted(data.factor)} is not a factor of this explorer; the factors are ${FACTOR_DEFS.map((d) => d.key).join(', ')}.`,
					name
				);
			if (!isFactorValue(def.key, data.value))
				return fail(
					`${quoted(data.value)} is not a value of “${def.key}”; it takes ${def.kind === 'toggle' ? 'true or false' : def.options.map((o) => `"${o.value}"`).join(', ')}.`,
					name
				);
			return ok({ type: 'setFactor', factor: def.key, value: data.value as Factors[FactorKey] });
		}
		case 'startTour': {
			const tour = data.tour;
			if (typeof tour !== 'string' || !tourIds.includes(tour))
				return fail(`${quoted(tour)} is not a tour of this explorer.`, name);
			if (!own(data, 'step')) return ok({ type: 'startTour', tour });
			const step = data.step;
			if (typeof step !== 'number' || !Number.isSafeInteger(step) || step < 1)
				return fail('“startTour”’s “step” must be a whole number from 1.', name);
			return ok({ type: 'startTour', tour, step });
		}
	}
}

// ---------------------------------------------------------------------------------------------
// Events out.

/** Where the explorer is, as `ready` and `statechange` report it. */
export interface StateReport {
	/** The place's id (`states` in /content.json). */
	state: string;
	/** The transitions taken since the start, in order. */
	path: string[];
	/** The factors in force, by their keys in /content.json. */
	factors: Factors;
	/** The explorer's link to this view (its query string, the deep-link contract). */
	query: string;
	/** When a tour is shown: its id, the step shown (from 1) and how many steps it has. */
	tour?: { id: string; step: number; steps: number };
}

/** An xAPI statement without `actor`: the course page knows its learner and adds it. */
export interface XapiStatement {
	verb: { id: string; display: { 'en-US': string } };
	object: {
		objectType: 'Activity';
		id: string;
		definition: {
			name: { 'en-US': string };
			type: string;
			interactionType: 'choice';
		};
	};
	result: { success: boolean; response: string };
	timestamp: string;
}

export type EmbedEvent =
	| ({ type: 'ready'; locked: FactorKey[]; hidden: FactorKey[] } & StateReport)
	| ({ type: 'statechange' } & StateReport)
	| { type: 'resize'; height: number }
	| { type: 'answer'; answer: Answer; statement: XapiStatement }
	| { type: 'error'; message: string; command?: string; id?: CommandId };

export type Outgoing = EmbedEvent & { source: typeof EMBED_SOURCE; version: typeof API_VERSION };

export function outgoing(event: EmbedEvent): Outgoing {
	return { source: EMBED_SOURCE, version: API_VERSION, ...event };
}

const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/**
 * An answer to a self-study question as an xAPI statement a course page can forward to its LRS
 * (after adding `actor`). `activity` is the absolute address of the question's place (the embed's
 * page and the view's query); the part of the question follows its "#".
 */
export function answerStatement(
	answer: Answer,
	activity: string,
	question: string,
	when: Date
): XapiStatement {
	return {
		verb: { id: ANSWERED, display: { 'en-US': 'answered' } },
		object: {
			objectType: 'Activity',
			id: `${activity}#${answer.part}${answer.way ? `-${answer.way}` : ''}`,
			definition: {
				name: { 'en-US': question },
				type: INTERACTION,
				interactionType: 'choice'
			}
		},
		result: { success: answer.correct, response: answer.choice },
		timestamp: when.toISOString()
	};
}

// ---------------------------------------------------------------------------------------------
// Resizing without our API: Canvas (LTI) and H5P's resizer script.

/** Canvas resizes any frame that posts this (it reads `subject` and `height`). */
export const canvasResize = (height: number) => ({ subject: 'lti.frameResize', height });

/**
 * H5P's resizer (h5p-resizer.js, loaded by Moodle's and WordPress's H5P pages) speaks this
 * protocol, every message `{ context: 'h5p', action, … }`: the frame says `hello` (or answers the
 * parent's `ready` with it), the parent answers `hello`; to resize, the frame sends
 * `prepareResize` with its scrollHeight and clientHeight, the parent resets the frame's height and
 * answers `resizePrepared`, and the frame sends `resize` with its content height (newer resizers
 * read `scrollHeight`, older ones `height`). The parent sends `resize` when its own window
 * resizes: the frame then starts over from `prepareResize`.
 */
export const H5P_CONTEXT = 'h5p';
export type H5pAction = 'hello' | 'ready' | 'resize' | 'resizePrepared';

export function h5pMessage(action: 'hello'): { context: 'h5p'; action: 'hello' };
export function h5pMessage(
	action: 'prepareResize',
	heights: { scrollHeight: number; clientHeight: number }
): { context: 'h5p'; action: 'prepareResize'; scrollHeight: number; clientHeight: number };
export function h5pMessage(
	action: 'resize',
	heights: { scrollHeight: number }
): { context: 'h5p'; action: 'resize'; scrollHeight: number; height: number };
export function h5pMessage(
	action: 'hello' | 'prepareResize' | 'resize',
	heights: { scrollHeight?: number; clientHeight?: number } = {}
): Record<string, unknown> {
	if (action === 'resize')
		return {
			context: H5P_CONTEXT,
			action,
			scrollHeight: heights.scrollHeight,
			height: heights.scrollHeight
		};
	return { context: H5P_CONTEXT, action, ...heights };
}

/** The action of an H5P message from the parent, or null when the data is not one. */
export function readH5p(data: unknown): H5pAction | null {
	if (!isPlainObject(data) || data.context !== H5P_CONTEXT) return null;
	const action = data.action;
	return action === 'hello' ||
		action === 'ready' ||
		action === 'resize' ||
		action === 'resizePrepared'
		? action
		: null;
}
