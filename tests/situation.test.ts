/**
 * The situation guards judge: the factors a student set, changed by what the journey did to the
 * cell (MET makes a mesenchymal cell hybrid; passing a lymph node teaches the immune system
 * tolerance). Derived, never stored, so Back and deep links recompute it exactly.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS, type EmtState } from '../src/lib/cascade/factors';
import { situationOf } from '../src/lib/cascade/situation';

const TO_ADAPTING = ['invade', 'intravasate', 'arrest', 'extravasate', 'spread', 'adapt'];

describe('the situation after a path', () => {
	it.each([
		['mesenchymal', [], 'mesenchymal', false],
		['mesenchymal', [...TO_ADAPTING, 'undergo-met'], 'hybrid', false],
		['epithelial', ['invade-collectively', 'enter-lymphatics'], 'epithelial', true],
		[
			'hybrid',
			[
				'invade',
				'enter-lymphatics',
				'leave-lymph-node',
				'arrest',
				'extravasate',
				'spread',
				'adapt',
				'undergo-met'
			],
			'hybrid',
			true
		],
		['epithelial', ['invade-collectively', 'intravasate'], 'epithelial', false]
	] as [EmtState, string[], EmtState, boolean][])(
		'a cell that started %s, after %j, is %s (via a lymph node: %s)',
		(emt, path, emtNow, viaLymphNode) => {
			const factors = { ...DEFAULT_FACTORS, emt, organ: 'liver' as const };
			expect(situationOf(factors, path)).toEqual({ ...factors, emtNow, viaLymphNode });
		}
	);

	it('with no path given, is the factors as set', () => {
		expect(situationOf(DEFAULT_FACTORS)).toEqual({
			...DEFAULT_FACTORS,
			emtNow: 'hybrid',
			viaLymphNode: false
		});
	});

	it('leaves the factors themselves alone', () => {
		const factors = { ...DEFAULT_FACTORS, emt: 'mesenchymal' as const };
		situationOf(factors, ['undergo-met']);
		expect(factors.emt).toBe('mesenchymal');
	});
});
