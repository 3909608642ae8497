/** The shipped tours: each is valid, replays on the machine, and cites the review's references. */
import { describe, expect, it } from 'vitest';
import { TOURS } from '../src/lib/content/tours';
import { replayTour } from '../src/lib/tours/replay';
import { assertValidTours, toursProblems } from '../src/lib/tours/validate';

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
});
