import { describe, expect, it } from 'vitest';
import { replayTour } from '../src/lib/tours/replay';
import { parseTour, tourProblems, toursProblems } from '../src/lib/tours/validate';
import type { Tour } from '../src/lib/tours/types';

/** A small tour that the machine can play under the default factors. */
const GOOD: Tour = {
	id: 'short-walk',
	title: 'A short walk',
	summary: 'The cell leaves the tumour and reaches the blood.',
	steps: [
		{ narration: 'The cell sits in the primary tumour.', refs: [] },
		{ take: 'invade', narration: 'It invades the stroma.', refs: [26] },
		{ set: { nkActive: false }, narration: 'NK cells are switched off.', refs: [] },
		{ take: 'intravasate', narration: 'It enters a vessel.', refs: [] }
	]
};
const withStep = (i: number, step: unknown): unknown => ({
	...GOOD,
	steps: GOOD.steps.map((s, j) => (j === i ? step : s))
});

describe('replayTour', () => {
	it('gives the view after every step, factor changes included', () => {
		const r = replayTour(GOOD);
		expect(r.ok).toBe(true);
		expect(r.views.map((v) => v.stateId)).toEqual([
			'primaryTumour',
			'localInvasion',
			'localInvasion',
			'circulation'
		]);
		expect(r.views[1]!.factors.nkActive).toBe(true);
		expect(r.views[2]!.factors.nkActive).toBe(false);
		expect(r.views[3]!.path).toEqual(['invade', 'intravasate']);
	});

	it('starts under the tour’s factors', () => {
		const r = replayTour({ ...GOOD, start: { organ: 'bone', emt: 'mesenchymal' } });
		expect(r.ok).toBe(true);
		expect(r.views[0]!.startFactors.organ).toBe('bone');
		expect(r.views[0]!.factors.emt).toBe('mesenchymal');
	});

	it.each([
		[
			'a way the guards close',
			{ ...GOOD, start: { emt: 'epithelial' } },
			'Tour "short-walk", step 2: the model closes "invade" here'
		],
		[
			'a way from elsewhere',
			withStep(1, { take: 'arrest', narration: 'x', refs: [] }),
			'Tour "short-walk", step 2: "arrest" does not leave from where the cell is ("primaryTumour")'
		],
		[
			'an unknown way',
			withStep(1, { take: 'fly-away', narration: 'x', refs: [] }),
			'Tour "short-walk", step 2: "fly-away" is not a way in the model'
		],
		[
			'an unknown factor',
			withStep(2, { set: { luck: true }, narration: 'x', refs: [] }),
			'Tour "short-walk", step 3: it sets "luck" is not a factor'
		],
		[
			'a wrong value',
			withStep(2, { set: { organ: 'heart' }, narration: 'x', refs: [] }),
			'Tour "short-walk", step 3: it sets "heart" is not a value of the factor "Target organ"'
		],
		[
			'a step that does nothing',
			withStep(2, { narration: 'x', refs: [] }),
			'Tour "short-walk", step 3: it neither takes a way nor changes a factor'
		],
		[
			'a first step that moves',
			withStep(0, { take: 'invade', narration: 'x', refs: [] }),
			'Tour "short-walk", step 1: the first step shows the start'
		]
	])('refuses %s, naming the tour and the step', (_, tour, message) => {
		const r = replayTour(tour as Tour);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toContain(message);
	});

	it('keeps the views before the refused step', () => {
		const r = replayTour(withStep(3, { take: 'arrest', narration: 'x', refs: [] }) as Tour);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.step).toBe(3);
			expect(r.views).toHaveLength(3);
		}
	});
});

describe('tourProblems', () => {
	it('finds none in a good tour', () => {
		expect(tourProblems(GOOD)).toEqual([]);
	});

	it.each([
		['not an object', 42, 'A tour must be an object'],
		['a bad id', { ...GOOD, id: 'Short Walk' }, '"id" must be kebab-case'],
		['a page’s name as id', { ...GOOD, id: 'new' }, '"id" cannot be "new"'],
		['no title', { ...GOOD, title: ' ' }, 'Tour "short-walk": "title" must be a text'],
		['a long title', { ...GOOD, title: 'x'.repeat(81) }, '"title" is 81 characters long'],
		['no summary', { ...GOOD, summary: undefined }, '"summary" must be a text'],
		[
			'an unknown key',
			{ ...GOOD, colour: 'red' },
			'Tour "short-walk": "colour" is not part of a tour'
		],
		['one step', { ...GOOD, steps: [GOOD.steps[0]] }, '"steps" must list the opening step'],
		['steps not a list', { ...GOOD, steps: {} }, '"steps" must list'],
		['a step not an object', withStep(1, 'invade'), 'step 2: a step must be an object'],
		['no narration', withStep(1, { take: 'invade', refs: [] }), 'step 2: "narration" must be'],
		['no refs', withStep(1, { take: 'invade', narration: 'x' }), 'step 2: "refs" must be a list'],
		[
			'a reference the review has not',
			withStep(1, { take: 'invade', narration: 'x', refs: [145] }),
			'step 2: reference 145 is not one of the review’s (1–144)'
		],
		[
			'a reference that is not a number',
			withStep(1, { take: 'invade', narration: 'x', refs: ['26'] }),
			'step 2: reference "26" is not one'
		],
		[
			'notes that are not text',
			withStep(1, { take: 'invade', narration: 'x', refs: [], notes: 3 }),
			'step 2: "notes" must be a text'
		],
		[
			'an unknown step key',
			withStep(1, { take: 'invade', narration: 'x', refs: [], wait: 3 }),
			'Tour "short-walk", step 2: "wait" is not part of a tour'
		],
		['start not an object', { ...GOOD, start: 'bone' }, '"start" must be an object'],
		[
			'a way the machine closes',
			{ ...GOOD, start: { emt: 'epithelial' } },
			'step 2: the model closes "invade"'
		]
	])('names %s', (_, tour, message) => {
		const problems = tourProblems(tour);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.join('\n')).toContain(message);
	});

	it('finds tours listed twice', () => {
		expect(toursProblems([GOOD, GOOD])).toEqual(['Tour "short-walk" is listed twice']);
	});
});

describe('parseTour', () => {
	it('reads a good file', () => {
		const parsed = parseTour(JSON.stringify(GOOD));
		expect(parsed).toEqual({ ok: true, tour: GOOD });
	});
	it.each([
		['', 'not valid JSON'],
		['{"id":', 'not valid JSON'],
		['[]', 'A tour must be an object'],
		['null', 'A tour must be an object']
	])('refuses %j politely', (text, message) => {
		const parsed = parseTour(text);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.problems.join('\n')).toContain(message);
	});
});
