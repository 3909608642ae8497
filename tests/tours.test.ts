/** The shipped tours: each is valid, replays on the machine, and cites the review's references. */
import { describe, expect, it } from 'vitest';
import { getState, statusesFrom } from '../src/lib/cascade/graph';
import type { View } from '../src/lib/cascade/session';
import { FACTOR_DEFS } from '../src/lib/cascade/factors';
import { REFERENCES } from '../src/lib/content/bibliography';
import { STATES_CONTENT, TRANSITIONS_CONTENT } from '../src/lib/content/core';
import { TOURS } from '../src/lib/content/tours';
import { REFERENCE_COUNT } from '../src/lib/content/validate';
import { replayTour } from '../src/lib/tours/replay';
import type { Tour } from '../src/lib/tours/types';
import { assertValidTours, toursProblems } from '../src/lib/tours/validate';

const tour = (id: string): Tour => {
	const t = TOURS.find((x) => x.id === id);
	if (!t) throw new Error(`No shipped tour "${id}"`);
	return t;
};
const viewsOf = (t: Tour): View[] => {
	const r = replayTour(t);
	if (!r.ok) throw new Error(r.error);
	return r.views;
};
const placesOf = (t: Tour) => viewsOf(t).map((v) => v.stateId);
const last = <T>(xs: T[]): T => xs[xs.length - 1]!;
/** The ✕ ways open from where a view has the cell. */
const openExits = (v: View) =>
	statusesFrom(v.stateId, v.factors, v.path)
		.filter((s) => s.open && s.transition.elimination)
		.map((s) => s.transition.id);
/** Sentences, split after . ! or ? followed by a space or the end. */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');

describe('the shipped tours', () => {
	it('have no problems, and the build would say so if they had', () => {
		expect(toursProblems(TOURS)).toEqual([]);
		expect(() => assertValidTours(TOURS)).not.toThrow();
		expect(() => assertValidTours([...TOURS, TOURS[0]])).toThrow(/listed twice/);
	});

	it.each(TOURS.map((t) => [t.id, t] as const))('%s replays on the machine', (_, tour) => {
		const r = replayTour(tour);
		expect(r.ok).toBe(true);
		expect(r.views).toHaveLength(tour.steps.length);
	});

	it('include the four themes', () => {
		expect(TOURS.map((t) => t.id)).toEqual(
			expect.arrayContaining([
				'to-a-macrometastasis',
				'metastatic-inefficiency',
				'dormancy-and-waking',
				'immune-escape'
			])
		);
	});

	it.each(TOURS.map((t) => [t.id, t] as const))('%s has 6 to 16 steps', (_, tour) => {
		expect(tour.steps.length).toBeGreaterThanOrEqual(6);
		expect(tour.steps.length).toBeLessThanOrEqual(16);
	});

	it.each(TOURS.map((t) => [t.id, t] as const))(
		'%s cites the review’s references (1–144) at every step',
		(_, tour) => {
			for (const [i, step] of tour.steps.entries()) {
				expect(step.refs.length, `step ${i + 1} cites nothing`).toBeGreaterThan(0);
				for (const n of step.refs) {
					expect(Number.isInteger(n), `step ${i + 1}: ${n}`).toBe(true);
					expect(n, `step ${i + 1}`).toBeGreaterThanOrEqual(1);
					expect(n, `step ${i + 1}`).toBeLessThanOrEqual(REFERENCE_COUNT);
				}
				expect(new Set(step.refs).size, `step ${i + 1} repeats a reference`).toBe(step.refs.length);
			}
		}
	);

	it.each(TOURS.map((t) => [t.id, t] as const))(
		'%s narrates each step in one to three sentences of at most 600 characters',
		(_, tour) => {
			for (const [i, step] of tour.steps.entries()) {
				expect(step.narration.length, `step ${i + 1}`).toBeLessThanOrEqual(600);
				const n = sentences(step.narration).length;
				expect(n, `step ${i + 1}: ${n} sentences`).toBeGreaterThanOrEqual(1);
				expect(n, `step ${i + 1}: ${n} sentences`).toBeLessThanOrEqual(3);
				expect(step.narration).not.toMatch(/PLACEHOLDER/);
			}
		}
	);

	it('name ways, places and controls in quotes exactly as the explorer labels them', () => {
		const labels = new Set([
			...TRANSITIONS_CONTENT.map((t) => t.action),
			...STATES_CONTENT.flatMap((s) => [s.title, s.label]),
			...FACTOR_DEFS.map((d) => d.label),
			'missing self'
		]);
		for (const t of TOURS)
			for (const [i, step] of t.steps.entries())
				for (const [, quoted] of `${step.narration} ${step.notes ?? ''}`.matchAll(/“([^”]*)”/g))
					expect(labels.has(quoted!), `${t.id} step ${i + 1}: “${quoted}”`).toBe(true);
	});

	it('cite only numbers that the review’s reference list has (144 of them)', () => {
		expect(REFERENCE_COUNT).toBe(144);
		const listed = new Set(REFERENCES.map((r) => r.n));
		expect(listed.size).toBe(144);
		for (const t of TOURS)
			for (const [i, step] of t.steps.entries())
				for (const n of step.refs) expect(listed.has(n), `${t.id} step ${i + 1}: ${n}`).toBe(true);
	});
});

describe('each tour teaches its theme', () => {
	it('the cascade ends at a macrometastasis, through every stage', () => {
		const places = placesOf(tour('to-a-macrometastasis'));
		expect(last(places)).toBe('macrometastasis');
		for (const place of [
			'localInvasion',
			'circulation',
			'arrest',
			'seeding',
			'spreading',
			'adapting',
			'initiating',
			'solitary',
			'awakening',
			'micrometastasis',
			'innateEscape',
			'adaptiveEscape'
		])
			expect(places).toContain(place);
	});

	it('the inefficiency tour pauses at open ✕ exits and ends eliminated', () => {
		const views = viewsOf(tour('metastatic-inefficiency'));
		const withExits = views.filter((v) => openExits(v).length > 0);
		expect(withExits.length).toBeGreaterThanOrEqual(1);
		// One cell's walk past exits in the blood, in the tissue, in dormancy, on waking and as a colony.
		expect(new Set(views.flatMap(openExits))).toEqual(
			new Set([
				'die-in-circulation',
				'killed-in-vessel',
				'fail-to-settle',
				'succumb-to-stress',
				'die-while-dormant',
				'cleared-while-dormant',
				'killed-on-waking',
				'die-out'
			])
		);
		expect(getState(last(views).stateId)?.stage).toBe('eliminated');
	});

	it('the dormancy tour rests, wakes, falls back and wakes again', () => {
		const places = placesOf(tour('dormancy-and-waking'));
		expect(places).toContain('solitary');
		expect(places).toContain('awakening');
		expect(places.filter((p) => p === 'awakening')).toHaveLength(2);
		expect(places).toContain('balanced');
	});

	it('the immune tour faces NK cells, then T cells', () => {
		const places = placesOf(tour('immune-escape'));
		const nk = places.indexOf('innateEscape');
		const t = places.indexOf('adaptiveEscape');
		expect(nk).toBeGreaterThan(-1);
		expect(t).toBeGreaterThan(nk);
		expect(places).toContain('equilibrium');
	});

	it.each(TOURS.map((t) => [t.id, t] as const))(
		'%s changes a factor only where it opens the step’s way, or where no way is taken',
		(_, t) => {
			// A factor set together with a way must be needed: without it, the way is closed.
			for (const [i, step] of t.steps.entries()) {
				if (!step.set || !step.take) continue;
				const without: Tour = {
					...t,
					steps: t.steps.slice(0, i + 1).map((s, j) => (j === i ? { ...s, set: undefined } : s))
				};
				const r = replayTour(without);
				expect(r.ok, `step ${i + 1} would work without its change`).toBe(false);
			}
		}
	);
});
