/**
 * Predict, then reveal: the choices at each branch point come from the model, and answers are
 * checked against the machine. The table below is the specification, written by hand from the
 * README's "How the model decides": where the cell is, under which factors, and which ways out are
 * open. predict.ts must agree with it, and with the machine.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS, type Factors } from '../src/lib/cascade/factors';
import { transitionsFrom } from '../src/lib/cascade/graph';
import { actorAt, startView, viewOf, type View } from '../src/lib/cascade/session';
import type { TransitionId } from '../src/lib/cascade/machine';
import { pathThrough } from '../src/lib/content/core';
import { TOURS } from '../src/lib/content/tours';
import { MECHANISMS } from '../src/lib/content/mechanisms';
import {
	branchPoints,
	checkNext,
	checkWhy,
	isBranchPoint,
	machineTakes,
	nextChoices,
	NONE_CLOSES,
	whyChoices
} from '../src/lib/tours/predict';
import { replayTour } from '../src/lib/tours/replay';
import type { Tour } from '../src/lib/tours/types';

/** The shortest way to the stem-like programme (leaving early, straight into the blood). */
const TO_INITIATING = pathThrough('initiate');

function at(path: TransitionId[], over: Partial<Factors> = {}): View {
	const actor = actorAt(startView({ ...DEFAULT_FACTORS, ...over }));
	actor.start();
	for (const id of path) actor.send({ type: id });
	const view = viewOf(actor.getSnapshot());
	actor.stop();
	expect(view.path, 'the table’s path is open under its factors').toEqual(path);
	return view;
}

/** [what, path, factors, every way out with whether it is open]. */
const TABLE: [string, TransitionId[], Partial<Factors>, Record<string, boolean>][] = [
	[
		'a hybrid cell in the tumour can leave alone, as a cluster or early',
		[],
		{},
		{ invade: true, 'invade-collectively': true, 'disseminate-early': true }
	],
	[
		'an epithelial cell can only leave as a cluster',
		[],
		{ emt: 'epithelial' },
		{ invade: false, 'invade-collectively': true, 'disseminate-early': false }
	],
	[
		'a mesenchymal cell cannot leave as a cluster',
		[],
		{ emt: 'mesenchymal' },
		{ invade: true, 'invade-collectively': false, 'disseminate-early': true }
	],
	[
		'in the stroma, both the blood and a lymph node are open',
		['invade'],
		{},
		{ intravasate: true, 'enter-lymphatics': true }
	],
	[
		'stuck in a capillary with active STING, NK cells can kill',
		['invade', 'intravasate', 'arrest'],
		{},
		{ extravasate: true, 'killed-in-vessel': true }
	],
	[
		'stuck in a capillary with MHC-I shown and STING silenced, NK cells hold off',
		['invade', 'intravasate', 'arrest'],
		{ sting: false },
		{ extravasate: true, 'killed-in-vessel': false }
	],
	[
		'a prepared niche closes the way to failing to settle',
		['invade', 'intravasate', 'arrest', 'extravasate'],
		{ premetastaticNiche: true },
		{ spread: true, 'fail-to-settle': false }
	],
	[
		'in the lung with a stable niche, the cell rests and cannot grow at once',
		TO_INITIATING,
		{},
		{ 'enter-dormancy': true, 'dormancy-programme': true, 'grow-at-once': false }
	],
	[
		'with the niche disrupted in the lung, the cell can grow at once',
		TO_INITIATING,
		{ perivascularNiche: false },
		{ 'enter-dormancy': false, 'dormancy-programme': true, 'grow-at-once': true }
	],
	[
		'a resting cell without a wake-up signal stays asleep, and T cells can clear it',
		[...TO_INITIATING, 'enter-dormancy'],
		{},
		{ awaken: false, 'die-while-dormant': true, 'cleared-while-dormant': true }
	],
	[
		'a waking cell with active STING is killed, not grown out',
		[...TO_INITIATING, 'enter-dormancy', 'awaken'],
		{ inflammation: true },
		{ 'grow-out': false, 'killed-on-waking': true, 'return-to-dormancy': false }
	]
];

describe('the choices at a branch point', () => {
	it.each(TABLE)('%s', (_what, path, factors, ways) => {
		const view = at(path, factors);
		expect(isBranchPoint(view.stateId)).toBe(true);
		const choices = nextChoices(view);
		expect(Object.fromEntries(choices.map((c) => [c.transitionId, c.open]))).toEqual(ways);
		// Every choice is labelled with its way's action text, in the machine's order.
		expect(choices.every((c) => c.label.length > 0)).toBe(true);
		for (const c of choices) {
			const feedback = checkNext(view, c.transitionId, MECHANISMS);
			expect(feedback.correct).toBe(ways[c.transitionId]);
			expect(feedback.verdict).toMatch(ways[c.transitionId] ? /^Right: / : /^Not here: /);
			expect(feedback.openWays.sort()).toEqual(
				Object.keys(ways)
					.filter((id) => ways[id])
					.sort()
			);
			expect(feedback.reasons.length).toBeGreaterThan(0);
			expect(feedback.mechanisms.length, 'every way has a mechanism').toBeGreaterThan(0);
			for (const n of feedback.refs) expect(n).toBeGreaterThan(0);
		}
	});

	it('a place with one way out is not a branch point', () => {
		const view = at(['invade', 'enter-lymphatics']);
		expect(isBranchPoint(view.stateId)).toBe(false);
		expect(nextChoices(view)).toEqual([]);
	});

	it('the feedback on a closed way names the change that opens it, and the reasons with refs', () => {
		const view = at([...TO_INITIATING, 'enter-dormancy']);
		const feedback = checkNext(view, 'awaken', MECHANISMS);
		expect(feedback.correct).toBe(false);
		expect(feedback.verdict).toBe(
			'Not here: the model keeps “Wake up” closed. Open instead: “Die while dormant” and “Be cleared by immune cells”.'
		);
		expect(feedback.opening?.text).toBe('Set “Inflammation and NETs” to present');
		expect(feedback.reasons[0]!.text).toMatch(/^Needs a wake-up signal/);
		expect(feedback.refs).toEqual(expect.arrayContaining([105, 106, 107]));
		// Mechanisms load on demand: without them, the feedback still explains.
		expect(checkNext(view, 'awaken').mechanisms).toEqual([]);
	});

	it('answers are the machine’s: machineTakes agrees with the actor', () => {
		const view = at(['invade', 'intravasate', 'arrest'], { sting: false });
		expect(machineTakes(view, 'extravasate')).toBe(true);
		expect(machineTakes(view, 'killed-in-vessel')).toBe(false);
		expect(machineTakes(view, 'awaken')).toBe(false);
		expect(() => checkNext(view, 'awaken')).toThrow(/not a way out/);
	});
});

describe('which change would close the way taken', () => {
	it('waking with inflammation alone: only switching it off closes “Wake up”', () => {
		const view = at([...TO_INITIATING, 'enter-dormancy'], { inflammation: true });
		const choices = whyChoices(view, 'awaken');
		expect(choices.filter((c) => c.closes).map((c) => c.id)).toEqual(['inflammation=false']);
		expect(choices.at(-1)!.id).toBe(NONE_CLOSES);
		expect(choices.map((c) => c.id)).toContain('organ=bone');
		const right = checkWhy(view, 'awaken', 'inflammation=false');
		expect(right.correct).toBe(true);
		expect(right.verdict).toBe(
			'Right: set “Inflammation and NETs” to absent, and the model closes “Wake up”.'
		);
		expect(right.reasons[0]!.holds).toBe(false);
		const wrong = checkWhy(view, 'awaken', 'surgery=true');
		expect(wrong.correct).toBe(false);
		expect(wrong.verdict).toMatch(
			/stays open\. A change that closes it: set “Inflammation and NETs” to absent\.$/
		);
		expect(checkWhy(view, 'awaken', NONE_CLOSES).correct).toBe(false);
	});

	it('two wake-up signals at once: no single change closes it', () => {
		const view = at([...TO_INITIATING, 'enter-dormancy'], { inflammation: true, surgery: true });
		const choices = whyChoices(view, 'awaken');
		expect(choices.filter((c) => c.closes).map((c) => c.id)).toEqual([NONE_CLOSES]);
		expect(checkWhy(view, 'awaken', NONE_CLOSES).verdict).toMatch(/^Right: no single change/);
	});

	it('a way without conditions, or a closed way, has no why-question', () => {
		const view = at(['invade']);
		expect(whyChoices(view, 'intravasate')).toEqual([]);
		const resting = at([...TO_INITIATING, 'enter-dormancy']);
		expect(whyChoices(resting, 'awaken')).toEqual([]);
	});
});

describe('branchPoints', () => {
	it.each(TOURS.map((t) => [t.id, t] as const))(
		'%s: a question at each step that takes a way out of a place with two or more',
		(_id, tour) => {
			const replay = replayTour(tour);
			expect(replay.ok).toBe(true);
			const points = branchPoints(replay.views, tour);
			tour.steps.forEach((step, i) => {
				const before = replay.views[i - 1];
				expect(
					points.some((p) => p.step === i),
					`step ${i + 1}`
				).toBe(Boolean(step.take && before && transitionsFrom(before.stateId).length >= 2));
			});
			for (const p of points) {
				expect(p.take).toBe(tour.steps[p.step]!.take);
				// The way the tour takes is open where the question is asked.
				expect(nextChoices(p.view).find((c) => c.transitionId === p.take)?.open).toBe(true);
			}
			// Replayed here when the views are not given.
			expect(branchPoints(null, tour)).toEqual(points);
		}
	);

	it('asks under the factors the step sets before it takes its way', () => {
		const tour: Tour = {
			id: 'wake-by-inflammation',
			title: 'Woken by inflammation',
			summary: 'A resting cell wakes.',
			steps: [
				{ narration: 'Start.', refs: [] },
				...TO_INITIATING.map((take) => ({ take, narration: 'On.', refs: [] })),
				{ take: 'enter-dormancy', narration: 'Rest.', refs: [] },
				{ set: { inflammation: true }, take: 'awaken', narration: 'Wake.', refs: [] }
			]
		};
		const waking = branchPoints(null, tour).find((p) => p.take === 'awaken')!;
		expect(waking.view.stateId).toBe('solitary');
		expect(waking.view.factors.inflammation).toBe(true);
		expect(
			whyChoices(waking.view, 'awaken')
				.filter((c) => c.closes)
				.map((c) => c.id)
		).toEqual(['inflammation=false']);
	});

	it('skips a place with one way out', () => {
		const tour: Tour = {
			id: 'via-lymph',
			title: 'Via a lymph node',
			summary: 'A cell passes a lymph node.',
			steps: [
				{ narration: 'Start.', refs: [] },
				{ take: 'invade', narration: 'Out.', refs: [] },
				{ take: 'enter-lymphatics', narration: 'In.', refs: [] },
				{ take: 'leave-lymph-node', narration: 'On.', refs: [] }
			]
		};
		expect(branchPoints(null, tour).map((p) => p.step)).toEqual([1, 2]);
	});
});
