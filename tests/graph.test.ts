/**
 * What the explorer reads from the statechart: the places and ways, which ways are open and why
 * (the sentences the details panel shows), the default way onward, and following a deep link's path.
 */
import { describe, expect, it } from 'vitest';
import { CONDITIONS } from '../src/lib/cascade/conditions';
import { DEFAULT_FACTORS, type Factors } from '../src/lib/cascade/factors';
import {
	defaultNext,
	explain,
	followPath,
	getState,
	getTransition,
	stateIdOf,
	STATES,
	statusesFrom,
	transitionsFrom
} from '../src/lib/cascade/graph';

const f = (over: Partial<Factors> = {}): Factors => ({ ...DEFAULT_FACTORS, ...over });
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('places and ways', () => {
	it.each([
		['primaryTumour', 'dissemination', { dissemination: 'primaryTumour' }, false],
		['solitary', 'dormancy', { dormancy: 'solitary' }, false],
		['adaptiveEscape', 'immuneEscape', { immuneEscape: 'adaptiveEscape' }, false],
		['macrometastasis', 'macrometastasis', 'macrometastasis', true],
		['tCellKilling', 'eliminated', { eliminated: 'tCellKilling' }, true]
	])('%s is in stage %s with value %o (outcome: %s)', (id, stage, value, outcome) => {
		expect(getState(id)).toEqual({ id, stage, value, outcome });
	});

	it('knows no place or way by a name it does not have', () => {
		expect(getState('heaven')).toBeUndefined();
		expect(getTransition('fly')).toBeUndefined();
		expect(transitionsFrom('heaven')).toEqual([]);
	});

	it.each([
		['primaryTumour', ['invade', 'invade-collectively', 'disseminate-early']],
		['arrest', ['extravasate', 'killed-in-vessel']],
		['awakening', ['grow-out', 'killed-on-waking', 'return-to-dormancy']],
		['macrometastasis', []],
		['anoikis', []]
	])('the ways out of %s, in the machine’s order, are %j', (from, ways) => {
		expect(ids(transitionsFrom(from))).toEqual(ways);
	});

	it.each([
		['invade', 'primaryTumour', 'localInvasion', 'canInvadeAlone', false],
		['intravasate', 'localInvasion', 'circulation', null, false],
		['killed-in-vessel', 'arrest', 'innateKilling', 'nkAttacks', true],
		['die-while-dormant', 'solitary', 'failedToAdapt', null, true]
	])('%s goes from %s to %s (guard %s, elimination %s)', (id, from, to, guard, elimination) => {
		expect(getTransition(id)).toEqual({ id, from, to, guard, elimination });
	});

	it('every eliminated place is an outcome, and only it and macrometastasis are', () => {
		expect(STATES.filter((s) => s.outcome).map((s) => s.stage)).toEqual([
			'macrometastasis',
			...STATES.filter((s) => s.stage === 'eliminated').map(() => 'eliminated')
		]);
	});
});

describe('why a way is open or closed', () => {
	it('an unguarded way is open with nothing to explain', () => {
		expect(
			explain(getTransition('intravasate')!, f({ nkActive: false, emt: 'epithelial' }))
		).toEqual({
			transition: getTransition('intravasate'),
			open: true,
			conditions: []
		});
	});

	it.each([
		['invade', f(), true, [['emtActive', true]]],
		['invade', f({ emt: 'epithelial' }), false, [['emtActive', false]]],
		[
			'grow-at-once',
			f({ perivascularNiche: false }),
			true,
			[
				['noDormancyNiche', true],
				['outgrowthPossible', true]
			]
		],
		[
			'grow-at-once',
			f({ perivascularNiche: false, organ: 'muscle' }),
			false,
			[
				['noDormancyNiche', true],
				['outgrowthPossible', false]
			]
		],
		[
			'grow-at-once',
			f({ organ: 'muscle' }),
			false,
			[
				['noDormancyNiche', false],
				['outgrowthPossible', false]
			]
		]
	] as const)('%s under %o: open %s, conditions %j', (id, factors, open, conditions) => {
		const status = explain(getTransition(id)!, factors);
		expect(status.open).toBe(open);
		expect(status.conditions.map((c) => [c.id, c.holds])).toEqual(conditions);
		for (const c of status.conditions) {
			const def = CONDITIONS[c.id];
			expect(c).toEqual({
				id: c.id,
				label: def.label,
				holds: c.holds,
				reason: c.holds ? def.met : def.unmet,
				refs: def.refs
			});
		}
	});

	it('every condition has a label, and different words for met and unmet that the panel can show', () => {
		for (const [id, c] of Object.entries(CONDITIONS)) {
			for (const text of [c.label, c.met, c.unmet])
				expect(text.trim().length, id).toBeGreaterThan(10);
			expect(c.met, id).not.toBe(c.unmet);
			expect(c.refs.length, id).toBeGreaterThan(0);
		}
	});

	it('judges by the path taken as well as the factors (MET, a lymph node)', () => {
		const mesenchymal = f({ emt: 'mesenchymal' });
		expect(explain(getTransition('initiate')!, mesenchymal).open).toBe(false);
		expect(explain(getTransition('initiate')!, mesenchymal, ['undergo-met']).open).toBe(true);
		const tCells = f({ sting: false, nkActive: false, perivascularNiche: false });
		expect(explain(getTransition('cleared')!, tCells).open).toBe(true);
		expect(explain(getTransition('cleared')!, tCells, ['enter-lymphatics']).open).toBe(false);
		expect(statusesFrom('equilibrium', tCells, ['enter-lymphatics']).map((s) => s.open)).toEqual([
			true,
			false
		]);
	});
});

describe('the default way onward (Next)', () => {
	it.each([
		['primaryTumour', f(), [], 'invade'],
		['primaryTumour', f({ emt: 'epithelial' }), [], 'invade-collectively'],
		['primaryTumour', f({ emt: 'mesenchymal' }), [], 'invade'],
		['circulation', f(), [], 'arrest'],
		['arrest', f(), [], 'extravasate'],
		['adapting', f({ emt: 'mesenchymal' }), [], 'undergo-met'],
		['adapting', f({ emt: 'mesenchymal' }), ['undergo-met'], 'initiate'],
		['innateEscape', f(), [], null],
		['macrometastasis', f(), [], null],
		['anoikis', f(), [], null]
	] as const)('from %s under %o after %j is %s', (from, factors, path, next) => {
		expect(defaultNext(from, factors, path)?.id ?? null).toBe(next);
	});
});

describe('following a path by structure', () => {
	it.each([
		[[], { ok: true, stateId: 'primaryTumour', path: [] }],
		[
			['invade', 'enter-lymphatics'],
			{ ok: true, stateId: 'lymphNode', path: ['invade', 'enter-lymphatics'] }
		],
		[['invade', 'fly'], { ok: false, badStep: 1 }],
		[['intravasate'], { ok: false, badStep: 0 }],
		[['invade', 'intravasate', 'invade'], { ok: false, badStep: 2 }],
		[['invade', 'intravasate', 'die-in-circulation', 'arrest'], { ok: false, badStep: 3 }]
	])('%j → %o', (path, result) => expect(followPath(path)).toEqual(result));

	it('ignores the guards: a step closed by today’s factors was open when it was taken', () => {
		expect(followPath(['invade-collectively']).ok).toBe(true);
	});
});

describe('reading a state value', () => {
	it.each([
		['primaryTumour', 'primaryTumour'],
		[{ dormancy: 'solitary' }, 'solitary'],
		[{ a: { b: 'c' } }, 'c']
	])('%o is %s', (value, id) => expect(stateIdOf(value)).toBe(id));
	it('refuses an empty value', () => expect(() => stateIdOf({})).toThrow(/Empty state value/));
});
