import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TOURS } from '../src/lib/content/tours';
import { decodeTour, encodeTour, MAX_SHARED_LENGTH } from '../src/lib/tours/share';

const tour = TOURS[0]!;

describe('a tour shared as a link', () => {
	it('comes back exactly, accents and symbols included', () => {
		const accented = {
			...tour,
			title: 'Métastase — “dormance” ✕ β-catenin 🧫',
			steps: tour.steps.map((s) => ({ ...s, notes: 'Ask the room: ½ or ¼?' }))
		};
		const param = encodeTour(accented);
		expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeTour(param)).toEqual({ ok: true, tour: accented });
	});

	it.each([
		[null, 'This link holds no tour.'],
		['', 'This link holds no tour.'],
		['not base64!', 'damaged'],
		[encodeTour(tour).slice(0, 40), 'not valid JSON'],
		['x'.repeat(MAX_SHARED_LENGTH + 1), 'too long'],
		[encodeTour({ ...tour, steps: [] } as never), '"steps" must list'],
		['_w', 'damaged']
	])('refuses %j with a message a lecturer can act on', (param, message) => {
		const r = decodeTour(param as string | null);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.problems.join(' ')).toContain(message);
	});

	it('never throws, whatever the link holds', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (s) => {
				expect(() => decodeTour(s)).not.toThrow();
			})
		);
	});
});
