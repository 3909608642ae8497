/**
 * The deep-link contract as README.md documents it ("Public contracts → Deep links"), from the
 * outside: the parameter names and values a course page may already link to, what is written and
 * what is left out, and the exact limits of what a link may carry.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS, type Factors } from '../src/lib/cascade/factors';
import { START_VIEW, type View } from '../src/lib/cascade/session';
import { decodeView, encodeView } from '../src/lib/url';

const view = (over: Partial<Omit<View, 'factors'>> & { factors?: Partial<Factors> } = {}): View => ({
	...START_VIEW,
	...over,
	factors: { ...DEFAULT_FACTORS, ...over.factors }
});
const decode = (query: string) => decodeView(new URLSearchParams(query));

describe('factor parameters (names and values are public)', () => {
	const cases: [Partial<Factors>, string][] = [
		[{ organ: 'liver' }, 'organ=liver'],
		[{ organ: 'bone' }, 'organ=bone'],
		[{ organ: 'brain' }, 'organ=brain'],
		[{ organ: 'muscle' }, 'organ=muscle'],
		[{ emt: 'epithelial' }, 'emt=epithelial'],
		[{ emt: 'mesenchymal' }, 'emt=mesenchymal'],
		[{ inflammation: true }, 'inflammation=1'],
		[{ agedStroma: true }, 'aged=1'],
		[{ surgery: true }, 'surgery=1'],
		[{ perivascularNiche: false }, 'niche=0'],
		[{ nkActive: false }, 'nk=0'],
		[{ tCellSuppression: true }, 'tsup=1'],
		[{ premetastaticNiche: true }, 'pmn=1'],
		[{ mhcI: false }, 'mhc=0'],
		[{ sting: false }, 'sting=0']
	];
	it.each(cases)('writes %o as ?%s and reads it back', (factors, query) => {
		expect(encodeView(view({ factors }))).toBe(`?${query}`);
		expect(decode(query)).toEqual({ view: view({ factors }), notices: [] });
	});

	it.each([
		['inflammation=0', 'inflammation'],
		['nk=1', 'nk'],
		['organ=lung', 'organ'],
		['emt=hybrid', 'emt']
	])('accepts a default written out (%s) and leaves it out again', (query) => {
		const { view: v, notices } = decode(query);
		expect(notices).toEqual([]);
		expect(v).toEqual(START_VIEW);
		expect(encodeView(v)).toBe('');
	});

	it('writes every changed factor, in a stable order, after at and path', () => {
		const v = view({ stateId: 'localInvasion', path: ['invade'], factors: { sting: false, organ: 'bone', inflammation: true } });
		expect(encodeView(v)).toBe('?at=localInvasion&path=invade&organ=bone&inflammation=1&sting=0');
	});

	it.each([
		['nk=true', 'NK-cell activity', 'not 1 or 0'],
		['nk=', 'NK-cell activity', 'not 1 or 0'],
		['sting=01', 'STING signalling', 'not 1 or 0'],
		['organ=Lung', 'Target organ', 'not one of its choices'],
		['emt=', 'EMT state in the tumour', 'not one of its choices']
	])('refuses %s, naming the control (%s), and keeps the default', (query, label, why) => {
		const { view: v, notices } = decode(query);
		expect(v).toEqual(START_VIEW);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain(`“${label}”`);
		expect(notices[0]).toContain(why);
		expect(notices[0]).toContain('the default is used');
	});

	it('reports each bad factor once, and keeps the good ones', () => {
		const { view: v, notices } = decode('organ=mars&nk=2&emt=mesenchymal');
		expect(notices).toHaveLength(2);
		expect(v.factors).toEqual({ ...DEFAULT_FACTORS, emt: 'mesenchymal' });
	});
});

describe('where the cell is', () => {
	it.each([
		['the start', view(), ''],
		['one step on', view({ stateId: 'localInvasion', path: ['invade'] }), '?at=localInvasion&path=invade'],
		[
			'a step that ends in elimination',
			view({ stateId: 'anoikis', path: ['invade', 'intravasate', 'die-in-circulation'] }),
			'?at=anoikis&path=invade.intravasate.die-in-circulation'
		]
	])('writes %s as %j', (_name, v, query) => {
		expect(encodeView(v)).toBe(query);
		expect(decode(query)).toEqual({ view: v, notices: [] });
	});

	it.each(['at=primaryTumour', 'path=', 'at=primaryTumour&path='])(
		'opens the start without complaint for %j',
		(query) => expect(decode(query)).toEqual({ view: START_VIEW, notices: [] })
	);

	it.each([
		['path=invade.fly', 'step 2, “fly”, is not a step of this cascade'],
		['path=fly', 'step 1, “fly”, is not a step of this cascade'],
		['path=invade.invade', 'step 2, “invade”, cannot be taken from where the cell was'],
		['path=invade..intravasate', 'step 2, “”, is not a step of this cascade'],
		['at=circulation&path=invade', 'the path does not lead to “circulation”'],
		['at=nowhere&path=invade', '“nowhere” is not a stage of this cascade'],
		['at=', '“” is not a stage of this cascade']
	])('explains why %j cannot be opened', (query, why) => {
		const { view: v, notices } = decode(query);
		expect(v.stateId).toBe('primaryTumour');
		expect(v.path).toEqual([]);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain(`(${why})`);
		expect(notices[0]).toMatch(/Showing the start of the cascade/);
	});
});

describe('what a link may carry', () => {
	it('reads a parameter of 4000 characters and refuses one of 4001, naming it', () => {
		const at4000 = decode(`organ=${'x'.repeat(4000)}`);
		expect(at4000.notices).toHaveLength(1);
		expect(at4000.notices[0]).toMatch(/not one of its choices/);
		const at4001 = decode(`organ=liver&nk=0&zzz=${'x'.repeat(4001)}`);
		expect(at4001.view).toEqual(START_VIEW);
		expect(at4001.notices).toEqual(['The link is too long to read (parameter “zzz”); showing the start of the cascade.']);
	});

	it.each([
		['40 characters are quoted whole', 'a'.repeat(40), `“${'a'.repeat(40)}”`],
		['41 are cut to 40 and an ellipsis', 'a'.repeat(41), `“${'a'.repeat(40)}…”`],
		['emoji count as one character each', '🦠'.repeat(41), `“${'🦠'.repeat(40)}…”`],
		['control characters are dropped before counting', `${'\u0001\u009f'.repeat(30)}ok`, '“ok”'],
		['bidirectional overrides are dropped', 'ab\u202ecd\u2066e\u200ff', '“abcdef”'],
		['ordinary punctuation stays', 'a b-c_d!', '“a b-c_d!”']
	])('quotes untrusted text: %s', (_name, raw, quoted) => {
		const { notices } = decode(new URLSearchParams({ organ: raw }).toString());
		expect(notices[0]).toBe(`The link set “Target organ” to ${quoted}, which is not one of its choices; the default is used.`);
	});
});
