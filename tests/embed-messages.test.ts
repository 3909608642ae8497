import { describe, expect, it } from 'vitest';
import {
	answerStatement,
	API_VERSION,
	canvasResize,
	EMBED_SOURCE,
	h5pMessage,
	outgoing,
	readH5p,
	readMessage,
	type Command
} from '../src/lib/embed/messages';

const TOURS = ['dormancy'];
const read = (data: unknown) => readMessage(data, TOURS);

describe('readMessage: valid commands', () => {
	const valid: [string, unknown, Command][] = [
		['next', { type: 'next' }, { type: 'next' }],
		['back', { type: 'back' }, { type: 'back' }],
		['reset', { type: 'reset' }, { type: 'reset' }],
		[
			'goto a query',
			{ type: 'goto', query: '?at=localInvasion&path=invade' },
			{ type: 'goto', query: '?at=localInvasion&path=invade' }
		],
		['goto a place', { type: 'goto', state: 'solitary' }, { type: 'goto', state: 'solitary' }],
		[
			'a switch',
			{ type: 'setFactor', factor: 'nkActive', value: false },
			{ type: 'setFactor', factor: 'nkActive', value: false }
		],
		[
			'a choice',
			{ type: 'setFactor', factor: 'organ', value: 'bone' },
			{ type: 'setFactor', factor: 'organ', value: 'bone' }
		],
		['a tour', { type: 'startTour', tour: 'dormancy' }, { type: 'startTour', tour: 'dormancy' }],
		[
			'a tour step',
			{ type: 'startTour', tour: 'dormancy', step: 3 },
			{ type: 'startTour', tour: 'dormancy', step: 3 }
		]
	];
	it.each(valid)('%s', (_, data, command) => {
		expect(read(data)).toEqual({ kind: 'command', command });
	});

	it('carries an id back', () => {
		expect(read({ type: 'next', id: 7 })).toEqual({
			kind: 'command',
			command: { type: 'next' },
			id: 7
		});
		expect(read({ type: 'nope', id: 'a' })).toMatchObject({ kind: 'invalid', id: 'a' });
	});
});

describe('readMessage: invalid commands are named, with the reason', () => {
	const invalid: [string, unknown, RegExp][] = [
		['an unknown type', { type: 'fly' }, /“fly” is not a command/],
		['a type that is not a string', { type: 42 }, /“42” is not a command/],
		['a type from the prototype', { type: 'toString' }, /not a command/],
		['an unknown field', { type: 'next', steps: 2 }, /“next” has no field “steps”/],
		['a missing field', { type: 'setFactor', factor: 'organ' }, /needs the field “value”/],
		[
			'an unknown factor',
			{ type: 'setFactor', factor: 'wings', value: true },
			/“wings” is not a factor/
		],
		[
			'a factor by its URL name',
			{ type: 'setFactor', factor: 'nk', value: false },
			/“nk” is not a factor/
		],
		[
			'a wrong value type',
			{ type: 'setFactor', factor: 'nkActive', value: 'false' },
			/“false” is not a value of “nkActive”; it takes true or false/
		],
		[
			'a wrong choice',
			{ type: 'setFactor', factor: 'organ', value: 'moon' },
			/“moon” is not a value of “organ”/
		],
		['goto with neither', { type: 'goto' }, /needs either “query”/],
		['goto with both', { type: 'goto', query: '', state: 'solitary' }, /needs either/],
		['goto an unknown place', { type: 'goto', state: 'mars' }, /“mars” is not a place/],
		['goto a query that is no string', { type: 'goto', query: 5 }, /“query” must be/],
		['goto a query too long', { type: 'goto', query: 'x'.repeat(9000) }, /at most 8000/],
		['an unknown tour', { type: 'startTour', tour: 'nope' }, /“nope” is not a tour/],
		['a step of 0', { type: 'startTour', tour: 'dormancy', step: 0 }, /whole number from 1/],
		['a step of 1.5', { type: 'startTour', tour: 'dormancy', step: 1.5 }, /whole number from 1/],
		['an id that is an object', { type: 'next', id: {} }, /“id” must be a string or a number/]
	];
	it.each(invalid)('%s', (_, data, error) => {
		const r = read(data);
		expect(r.kind).toBe('invalid');
		expect(r.kind === 'invalid' && r.error).toMatch(error);
	});

	it('quotes hostile values briefly and without control characters', () => {
		const r = read({ type: '\u202e\u0000'.repeat(100) + 'x'.repeat(100) });
		expect(r.kind === 'invalid' && r.error).not.toMatch(/\p{Cc}|\u202e/u);
		expect(r.kind === 'invalid' && r.error.length).toBeLessThan(200);
	});
});

describe('readMessage: what is not a command is left alone', () => {
	it.each([
		['a string', 'next'],
		['null', null],
		['a number', 3],
		['an array', [{ type: 'next' }]],
		['an object without type', { command: 'next' }],
		['H5P’s resizer', { context: 'h5p', action: 'hello' }],
		['Canvas’s resize', { subject: 'lti.frameResize', height: 300 }],
		['our own event', { source: EMBED_SOURCE, type: 'ready' }],
		['a class instance', new Date()],
		['an inherited type', Object.create({ type: 'next' })]
	])('%s', (_, data) => expect(read(data)).toEqual({ kind: 'other' }));
});

describe('events out', () => {
	it('carry the fixed source and the version', () => {
		expect(outgoing({ type: 'resize', height: 420 })).toEqual({
			source: EMBED_SOURCE,
			version: API_VERSION,
			type: 'resize',
			height: 420
		});
	});

	it('an answer is also an xAPI statement without an actor', () => {
		const s = answerStatement(
			{ part: 'next', at: '?at=solitary', choice: 'awaken', correct: false },
			'https://x.example/embed?at=solitary',
			'What happens next?',
			new Date(Date.UTC(2026, 0, 2, 3, 4, 5))
		);
		expect(s).toEqual({
			verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
			object: {
				objectType: 'Activity',
				id: 'https://x.example/embed?at=solitary#next',
				definition: {
					name: { 'en-US': 'What happens next?' },
					type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
					interactionType: 'choice'
				}
			},
			result: { success: false, response: 'awaken' },
			timestamp: '2026-01-02T03:04:05.000Z'
		});
		expect(s).not.toHaveProperty('actor');
	});
});

describe('resizing for hosts without our script', () => {
	it('speaks Canvas’s lti.frameResize', () => {
		expect(canvasResize(512)).toEqual({ subject: 'lti.frameResize', height: 512 });
	});
	it('speaks H5P’s resizer protocol', () => {
		expect(h5pMessage('hello')).toEqual({ context: 'h5p', action: 'hello' });
		expect(h5pMessage('prepareResize', { scrollHeight: 900, clientHeight: 600 })).toEqual({
			context: 'h5p',
			action: 'prepareResize',
			scrollHeight: 900,
			clientHeight: 600
		});
		expect(h5pMessage('resize', { scrollHeight: 900 })).toEqual({
			context: 'h5p',
			action: 'resize',
			scrollHeight: 900,
			height: 900
		});
		expect(readH5p({ context: 'h5p', action: 'resizePrepared' })).toBe('resizePrepared');
		expect(readH5p({ context: 'h5p', action: 'fullScreen' })).toBeNull();
		expect(readH5p({ action: 'hello' })).toBeNull();
		expect(readH5p('h5p')).toBeNull();
	});
});
