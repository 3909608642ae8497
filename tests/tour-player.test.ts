/** The tour player (src/lib/tours/player.ts), the lecture keys (keys.ts) and the window sync (sync.ts). */
import { describe, expect, it } from 'vitest';
import { defaultNext, STAGE_IDS } from '../src/lib/cascade/graph';
import { START_VIEW } from '../src/lib/cascade/session';
import { TOURS } from '../src/lib/content/tours';
import {
	backStep,
	deckFromUrl,
	deckQuery,
	defaultWalk,
	firstStep,
	freeDeck,
	isOneStep,
	lastStep,
	nextStep,
	progressText,
	stageKeys,
	stageOf,
	stepForStage,
	stepFromUrl,
	stepParam,
	tourDeck
} from '../src/lib/tours/player';
import { commandFor, loadShortcuts, saveShortcuts, SHORTCUTS_KEY } from '../src/lib/tours/keys';
import { formatElapsed, parseMessage } from '../src/lib/tours/sync';
import { encodeTour } from '../src/lib/tours/share';
import { replayTour } from '../src/lib/tours/replay';
import type { Tour } from '../src/lib/tours/types';

/** A tour of this test's own, so that the tables do not move when the shipped prose does. */
const TOUR: Tour = {
	id: 'test-tour',
	title: 'Test',
	summary: 'A tour for the tests.',
	steps: [
		{ narration: 'Start.', refs: [], notes: 'Say hello.' },
		{ take: 'invade', narration: 'Invade.', refs: [9] },
		{ take: 'intravasate', narration: 'Into the blood.', refs: [] },
		{ take: 'arrest', narration: 'Stuck.', refs: [] },
		{ take: 'extravasate', narration: 'Out.', refs: [] },
		{ take: 'spread', narration: 'Spread.', refs: [] },
		{ take: 'adapt', narration: 'Adapt.', refs: [] },
		{ take: 'initiate', narration: 'Initiate.', refs: [] },
		{ take: 'enter-dormancy', narration: 'Sleep.', refs: [] },
		{ set: { inflammation: true, sting: false }, take: 'awaken', narration: 'Wake.', refs: [] },
		{ set: { nkActive: false }, narration: 'No NK cells.', refs: [] }
	]
};
const DECK = tourDeck(TOUR);
const VIEWS = DECK.steps.map((s) => s.view);

describe('a tour made ready to play', () => {
	it('has one step per tour step, with its view, narration, references and notes', () => {
		expect(DECK.id).toBe('tour:test-tour');
		expect(DECK.tourId).toBe('test-tour');
		expect(DECK.steps).toHaveLength(TOUR.steps.length);
		expect(VIEWS).toEqual((replayTour(TOUR) as { views: unknown }).views);
		expect(DECK.steps[0]).toMatchObject({ narration: 'Start.', notes: 'Say hello.' });
		expect(DECK.steps[1]).toMatchObject({ narration: 'Invade.', refs: [9] });
		expect(DECK.steps[1]!.notes).toBeUndefined();
	});

	it('plays the steps before a step the machine refuses', () => {
		const broken: Tour = {
			...TOUR,
			steps: [...TOUR.steps.slice(0, 3), { take: 'awaken', narration: 'x', refs: [] }]
		};
		expect(tourDeck(broken).steps).toHaveLength(3);
	});

	it.each(TOURS.map((t) => [t.id, t] as const))(
		'the shipped tour %s plays every step',
		(_, tour) => {
			expect(tourDeck(tour).steps).toHaveLength(tour.steps.length);
		}
	);
});

describe('the default way as a deck (lecture mode without a tour)', () => {
	const deck = freeDeck();
	it('starts at the start and takes Next until no way on is open', () => {
		expect(deck.id).toBe('free');
		expect(deck.tourId).toBeUndefined();
		expect(deck.steps[0]!.view).toEqual(START_VIEW);
		for (let i = 1; i < deck.steps.length; i++) {
			const before = deck.steps[i - 1]!.view;
			const next = defaultNext(before.stateId, before.factors, before.path);
			expect(deck.steps[i]!.view.path).toEqual([...before.path, next!.id]);
		}
		const end = deck.steps.at(-1)!.view;
		expect(defaultNext(end.stateId, end.factors, end.path)).toBeNull();
	});
	it('is narrated as the explorer narrates each step', () => {
		expect(deck.steps[0]!.narration).toMatch(/^One carcinoma cell in the primary tumour\. Now at/);
		expect(deck.steps[1]!.narration).toMatch(/Now at Local invasion/);
	});
	it('can start elsewhere', () => {
		expect(defaultWalk(VIEWS[9]!)[0]).toEqual(VIEWS[9]);
	});
});

describe('the deck a lecture link asks for', () => {
	it.each([
		// ?tour=, deck id, notice?
		[null, 'free', false],
		['', 'free', false],
		['test-tour', 'tour:test-tour', false],
		['no-such-tour', 'free', true],
		['TEST-TOUR', 'free', true],
		['constructor', 'free', true],
		['\u202e<script>', 'free', true]
	])('?tour=%j → %s (notice: %s)', (raw, id, notice) => {
		const got = deckFromUrl(raw, [TOUR]);
		expect(got.deck.id).toBe(id);
		expect(got.notice !== '').toBe(notice);
		expect(got.notice).not.toMatch(/\u202e/);
	});
	it('names the missing tour and where the tours are', () =>
		expect(deckFromUrl('nope', [TOUR]).notice).toBe(
			'There is no tour called “nope”, so this shows the explorer’s default way through the cascade instead. All tours are listed on the Tours page.'
		));
});

describe('a lecturer’s own tour in a lecture link (?t=…)', () => {
	const T = encodeTour(TOUR);
	const OTHER = encodeTour({ ...TOUR, title: 'Another' });

	it('plays the tour in the link, step for step as the same tour shipped would', () => {
		const { deck, notice } = deckFromUrl(null, [], T);
		expect(notice).toBe('');
		expect(deck.shared).toBe(T);
		expect(deck.tourId).toBeUndefined();
		expect(deck.title).toBe('Test');
		expect(deck.steps).toEqual(DECK.steps);
	});

	it('names the deck by its link, apart from shipped tours and from other links', () => {
		const a = deckFromUrl(null, [], T).deck.id;
		expect(a).toMatch(/^shared:[0-9a-z]+$/);
		expect(a.length).toBeLessThanOrEqual(100); // the window sync refuses longer deck names
		expect(deckFromUrl(null, [], T).deck.id).toBe(a);
		expect(deckFromUrl(null, [], OTHER).deck.id).not.toBe(a);
		expect(a).not.toBe(DECK.id);
	});

	it('wins over ?tour= when a link has both', () =>
		expect(deckFromUrl('test-tour', [TOUR], OTHER).deck.title).toBe('Another'));

	it.each([
		['', 'This link holds no tour.'],
		['%%%', 'damaged'],
		[T.slice(0, 40), 'not valid JSON'],
		[encodeTour({ ...TOUR, steps: [] }), 'step'],
		[encodeTour({ ...TOUR, id: 'x\u202e', steps: [] }), 'x?']
	])('a damaged ?t=%j gives the default way and says why', (t, words) => {
		const { deck, notice } = deckFromUrl(null, [TOUR], t);
		expect(deck.id).toBe('free');
		expect(notice).toMatch(/^This link’s own tour could not be opened \(/);
		expect(notice).toContain(words);
		expect(notice).toMatch(/default way through the cascade instead\.$/);
		expect(notice).not.toMatch(/\u202e/);
	});
});

describe('the link to a step of a deck', () => {
	it.each([
		['a shipped tour', DECK, 2, '?tour=test-tour&step=3'],
		['the default way', freeDeck(), 0, '?step=1'],
		['a lecturer’s own tour', deckFromUrl(null, [], 'abc').deck, 0, '?step=1'],
		[
			'a lecturer’s own tour',
			deckFromUrl(null, [], encodeTour(TOUR)).deck,
			4,
			`?t=${encodeTour(TOUR)}&step=5`
		]
	])('%s, step index %i → %s', (_, deck, i, query) => expect(deckQuery(deck, i)).toBe(query));

	it('opens the same deck and step again', () => {
		const deck = deckFromUrl(null, [], encodeTour(TOUR)).deck;
		const params = new URLSearchParams(deckQuery(deck, 6));
		const again = deckFromUrl(params.get('tour'), [TOUR], params.get('t'));
		expect(again.deck.id).toBe(deck.id);
		expect(stepFromUrl(params.get('step'), again.deck.steps.length).index).toBe(6);
	});
});

describe('the step a link asks for', () => {
	it.each([
		// raw, count, index, notice?
		[null, 12, 0, false],
		[undefined, 12, 0, false],
		['', 12, 0, false],
		['1', 12, 0, false],
		['3', 12, 2, false],
		['12', 12, 11, false],
		['13', 12, 11, true],
		['999999', 12, 11, true],
		['0', 12, 0, true],
		['-1', 12, 0, true],
		['3.5', 12, 0, true],
		['1e2', 12, 0, true],
		[' 3', 12, 0, true],
		['three', 12, 0, true],
		['0x3', 12, 0, true],
		['1234567', 12, 0, true],
		['3', 0, 0, false]
	] as const)('?step=%j of %i steps → index %i (notice: %s)', (raw, count, index, notice) => {
		const got = stepFromUrl(raw, count);
		expect(got.index).toBe(index);
		expect(got.notice !== '').toBe(notice);
	});

	it('says politely what it did, quoting a bad value briefly and safely', () => {
		expect(stepFromUrl('13', 12).notice).toBe(
			'This link asks for step 13, but the tour has 12 steps, so it shows the last one.'
		);
		expect(stepFromUrl('x', 12).notice).toBe(
			'This link asks for step “x”, which is not a step number (1 to 12), so the tour starts at step 1.'
		);
		const long = stepFromUrl('a'.repeat(500), 12).notice;
		expect(long.length).toBeLessThan(140);
		expect(stepFromUrl('\u202e\u0000x', 12).notice).not.toMatch(/[\u202e\p{Cc}]/u);
	});

	it('writes the step back counted from 1', () => {
		expect(stepParam(0)).toBe('1');
		expect(stepFromUrl(stepParam(7), 12).index).toBe(7);
	});
});

describe('moving through a deck', () => {
	it.each([
		// index, count, next, back
		[0, 12, 1, 0],
		[5, 12, 6, 4],
		[11, 12, 11, 10],
		[0, 1, 0, 0]
	])('at %i of %i: next %i, back %i', (i, count, next, back) => {
		expect(nextStep(i, count)).toBe(next);
		expect(backStep(i, count)).toBe(back);
	});
	it.each([
		[12, 11],
		[1, 0],
		[0, 0]
	])('the last of %i steps is %i; the first is 0', (count, last) => {
		expect(lastStep(count)).toBe(last);
		expect(firstStep()).toBe(0);
	});
	it.each([
		[0, 12, 'Step 1 of 12'],
		[2, 12, 'Step 3 of 12'],
		[11, 12, 'Step 12 of 12']
	])('progress at %i of %i: %s', (i, count, text) => expect(progressText(i, count)).toBe(text));
	it.each([
		// from, to, one way taken?
		[0, 1, true],
		[1, 2, true],
		[2, 1, false],
		[0, 2, false],
		[9, 10, false] // a step that only changes factors
	])('step %i → %i is one way taken: %s', (from, to, one) =>
		expect(isOneStep(VIEWS[from]!, VIEWS[to]!)).toBe(one)
	);
});

describe('stages', () => {
	it('each step is in the stage of the place the cell is', () => {
		expect(VIEWS.map(stageOf)).toEqual([
			'dissemination',
			'dissemination',
			'dissemination',
			'dissemination',
			'survival',
			'survival',
			'survival',
			'survival',
			'dormancy',
			'reactivation',
			'reactivation'
		]);
	});
	it.each([
		// key, first step in that stage (STAGE_IDS order), or null
		[1, 0],
		[2, 4],
		[3, 8],
		[4, 9],
		[5, null], // immune escape: not reached by this tour
		[6, null],
		[7, null],
		[8, null], // no eighth stage
		[9, null],
		[0, null],
		[1.5, null]
	])('key %s jumps to step %s', (k, step) => expect(stepForStage(VIEWS, k)).toBe(step));
	it('the number keys follow STAGE_IDS', () => {
		expect(STAGE_IDS[0]).toBe('dissemination');
		expect(stageKeys(VIEWS).map((s) => [s.key, s.step])).toEqual([
			[1, 0],
			[2, 4],
			[3, 8],
			[4, 9]
		]);
		expect(stageKeys(VIEWS)[0]!.title).toMatch(/\w/);
	});
});

describe('lecture keys', () => {
	it.each([
		// key, shortcuts on, command kind (or stage number), or null
		['PageDown', true, 'next'],
		['ArrowRight', true, 'next'],
		[' ', true, 'next'],
		['PageUp', true, 'back'],
		['ArrowLeft', true, 'back'],
		['Home', true, 'first'],
		['End', true, 'last'],
		['b', true, 'black'],
		['B', true, 'black'],
		['.', true, 'black'],
		['w', true, 'white'],
		['W', true, 'white'],
		[',', true, 'white'],
		['f', true, 'fullscreen'],
		['F', true, 'fullscreen'],
		['p', true, 'presenter'],
		['?', true, 'help'],
		['1', true, 1],
		['9', true, 9],
		['0', true, null],
		['x', true, null],
		['Escape', true, null],
		['Enter', true, null],
		['constructor', true, null],
		['toString', true, null],
		// Switched off: only the keys that type no character act.
		['PageDown', false, 'next'],
		[' ', false, 'next'],
		['End', false, 'last'],
		['b', false, null],
		['.', false, null],
		['w', false, null],
		['f', false, null],
		['p', false, null],
		['?', false, null],
		['3', false, null]
	] as const)('%j with shortcuts %s → %s', (key, on, want) => {
		const got = commandFor({ key }, on);
		if (want === null) expect(got).toBeNull();
		else if (typeof want === 'number') expect(got).toEqual({ kind: 'stage', stage: want });
		else expect(got).toEqual({ kind: want });
	});
	it.each(['ctrlKey', 'altKey', 'metaKey'] as const)(
		'leaves presses with %s to the browser',
		(mod) => {
			expect(commandFor({ key: 'PageDown', [mod]: true }, true)).toBeNull();
			expect(commandFor({ key: 'f', [mod]: true }, true)).toBeNull();
		}
	);

	it('remembers the shortcut setting, and falls back to on', () => {
		const store = new Map<string, string>();
		const storage = {
			getItem: (k: string) => store.get(k) ?? null,
			setItem: (k: string, v: string) => void store.set(k, v)
		};
		expect(loadShortcuts(storage)).toBe(true);
		saveShortcuts(storage, false);
		expect(store.get(SHORTCUTS_KEY)).toBe('off');
		expect(loadShortcuts(storage)).toBe(false);
		saveShortcuts(storage, true);
		expect(loadShortcuts(storage)).toBe(true);
		expect(loadShortcuts(undefined)).toBe(true);
		const broken = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('denied');
			}
		};
		expect(loadShortcuts(broken)).toBe(true);
		expect(() => saveShortcuts(broken, false)).not.toThrow();
	});
});

describe('messages between the audience and the presenter', () => {
	it.each([
		[
			{ type: 'step', deck: 'tour:a', step: 3 },
			{ type: 'step', deck: 'tour:a', step: 3 }
		],
		[
			{ type: 'step', deck: 'free', step: 0 },
			{ type: 'step', deck: 'free', step: 0 }
		],
		[
			{ type: 'hello', deck: 'free' },
			{ type: 'hello', deck: 'free' }
		],
		[
			{ type: 'hello', deck: 'free', extra: 1 },
			{ type: 'hello', deck: 'free' }
		],
		[{ type: 'step', deck: 'free', step: -1 }, null],
		[{ type: 'step', deck: 'free', step: 1.5 }, null],
		[{ type: 'step', deck: 'free', step: '2' }, null],
		[{ type: 'step', deck: 'free', step: NaN }, null],
		[{ type: 'step', deck: 'free', step: 1e9 }, null],
		[{ type: 'step', deck: '', step: 1 }, null],
		[{ type: 'step', deck: 'x'.repeat(101), step: 1 }, null],
		[{ type: 'step', step: 1 }, null],
		[{ type: 'go', deck: 'free', step: 1 }, null],
		[{ deck: 'free', step: 1 }, null],
		[null, null],
		[undefined, null],
		['step', null],
		[[], null],
		[42, null]
	])('%j → %j', (input, want) => expect(parseMessage(input)).toEqual(want));
});

describe('the presenter’s timer', () => {
	it.each([
		[0, '0:00'],
		[999, '0:00'],
		[1000, '0:01'],
		[65_000, '1:05'],
		[3_599_000, '59:59'],
		[3_723_000, '1:02:03'],
		[-5, '0:00']
	])('%i ms → %s', (ms, text) => expect(formatElapsed(ms)).toBe(text));
});
