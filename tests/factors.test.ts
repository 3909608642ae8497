/**
 * The factor controls' words and the check on untrusted values (links, saved progress and events
 * all pass through it).
 */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_FACTORS,
	describeFactorValue,
	factorDef,
	FACTOR_GROUPS,
	isFactorValue,
	type FactorKey,
	type Factors
} from '../src/lib/cascade/factors';

const f = (over: Partial<Factors>): Factors => ({ ...DEFAULT_FACTORS, ...over });

describe('a factor’s value in words', () => {
	it.each([
		['organ', f({}), 'Lung'],
		['organ', f({ organ: 'muscle' }), 'Skeletal muscle'],
		['emt', f({}), 'Hybrid E/M'],
		['emt', f({ emt: 'mesenchymal' }), 'Mesenchymal'],
		['nkActive', f({}), 'active'],
		['nkActive', f({ nkActive: false }), 'suppressed'],
		['mhcI', f({ mhcI: false }), 'lost'],
		['perivascularNiche', f({ perivascularNiche: false }), 'disrupted'],
		['surgery', f({ surgery: true }), 'after surgery'],
		['agedStroma', f({}), 'young']
	] as [FactorKey, Factors, string][])('%s in %o reads %j', (key, factors, words) =>
		expect(describeFactorValue(key, factors)).toBe(words)
	);
	it('shows a value it has no words for as it is, rather than nothing', () =>
		expect(describeFactorValue('organ', f({ organ: 'spleen' as never }))).toBe('spleen'));
});

describe('checking an untrusted value', () => {
	it.each([
		['organ', 'liver', true],
		['organ', 'muscle', true],
		['organ', 'spleen', false],
		['organ', undefined, false],
		['emt', 'epithelial', true],
		['emt', 'Epithelial', false],
		['sting', false, true],
		['sting', true, true],
		['sting', 'true', false],
		['sting', 1, false],
		['tumourMood', true, false],
		['toString', true, false]
	])('%s = %j is allowed: %s', (key, value, ok) =>
		expect(isFactorValue(key as FactorKey, value)).toBe(ok)
	);
});

describe('definitions', () => {
	it('names every factor by its key, and refuses an unknown one', () => {
		expect(factorDef('tCellSuppression').label).toBe('T-cell suppression');
		expect(() => factorDef('tumourMood' as FactorKey)).toThrow('Unknown factor "tumourMood"');
	});
	it('groups the controls as the page shows them', () =>
		expect(FACTOR_GROUPS.map((g) => g.label)).toEqual([
			'Target organ',
			'Microenvironment',
			'Cell state'
		]));
});
