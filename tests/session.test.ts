/**
 * The view a student sees (where the cell is, the path, the factors) and the machine behind it:
 * opening a view, stepping Back, telling two views apart.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS, type Factors } from '../src/lib/cascade/factors';
import type { TransitionId } from '../src/lib/cascade/machine';
import {
	actorAt,
	keepUnchanged,
	sameView,
	snapshotFor,
	START_VIEW,
	undo,
	viewOf,
	type View
} from '../src/lib/cascade/session';
import { plainView, viewAt } from './support/views';

const TO_SOLITARY: TransitionId[] = [
	'invade',
	'intravasate',
	'arrest',
	'extravasate',
	'spread',
	'adapt',
	'initiate',
	'enter-dormancy'
];
const at = plainView;

describe('opening a view', () => {
	it.each([
		['the start', at('primaryTumour', []), { dissemination: 'primaryTumour' }],
		['a nested place', at('solitary', TO_SOLITARY), { dormancy: 'solitary' }],
		[
			'an elimination',
			at('anoikis', ['invade', 'intravasate', 'die-in-circulation']),
			{ eliminated: 'anoikis' }
		],
		[
			'the outcome',
			at('macrometastasis', [
				'invade',
				'intravasate',
				'arrest',
				'extravasate',
				'spread',
				'adapt',
				'initiate',
				'grow-at-once',
				'expand',
				'evade-nk',
				'evade-t-cells'
			]),
			'macrometastasis'
		]
	])('puts the machine in %s, with the path and factors as its history', (_name, view, value) => {
		const inBone = {
			...view,
			factors: { ...view.factors, organ: 'bone' as const },
			startFactors: { ...view.factors, organ: 'bone' as const }
		};
		const snapshot = snapshotFor(inBone);
		expect(snapshot.value).toEqual(value);
		expect(snapshot.context.history).toEqual(view.path);
		expect(snapshot.context.factors.organ).toBe('bone');
		expect(snapshot.context.startFactors.organ).toBe('bone');
		expect(snapshot.context.changes).toEqual([]);
		expect(viewOf(snapshot)).toEqual(inBone);
	});

	it.each([
		['a path that leads elsewhere', at('solitary', ['invade'])],
		['a path that cannot be followed', at('localInvasion', ['intravasate'])],
		['a place the machine does not have', at('nowhere', [])]
	])('refuses %s', (_name, view) => expect(() => snapshotFor(view)).toThrow(/does not lead to/));

	it('keeps the view and the running machine apart (no shared arrays or objects)', () => {
		const view = at('localInvasion', ['invade']);
		const actor = actorAt(view).start();
		actor.send({ type: 'intravasate' });
		actor.send({ type: 'setFactor', key: 'organ', value: 'liver' });
		expect(view).toEqual(at('localInvasion', ['invade']));
		const seen = viewOf(actor.getSnapshot());
		seen.path.push('arrest');
		seen.factors.organ = 'brain';
		seen.startFactors.organ = 'brain';
		seen.changes[0]!.step = 1;
		seen.changes.push({ step: 2, key: 'nkActive', value: false });
		expect(viewOf(actor.getSnapshot())).toEqual({
			...at('circulation', ['invade', 'intravasate'], { organ: 'liver' }),
			startFactors: DEFAULT_FACTORS,
			changes: [{ step: 2, key: 'organ', value: 'liver' }]
		});
		actor.stop();
	});

	it('runs from the view: what is open there is what the factors allow', () => {
		const actor = actorAt(at('primaryTumour', [], { emt: 'epithelial' })).start();
		actor.send({ type: 'invade' });
		expect(viewOf(actor.getSnapshot()).stateId).toBe('primaryTumour');
		actor.send({ type: 'invade-collectively' });
		expect(viewOf(actor.getSnapshot()).stateId).toBe('localInvasion');
		actor.stop();
	});
});

describe('Back', () => {
	it('does nothing at the start', () => {
		const start = at('primaryTumour', [], { organ: 'liver' });
		expect(undo(start)).toEqual(start);
	});
	it.each([
		[at('localInvasion', ['invade']), at('primaryTumour', [])],
		[
			at('solitary', TO_SOLITARY, { nkActive: false }),
			at('initiating', TO_SOLITARY.slice(0, -1), { nkActive: false })
		],
		[at('circulation', ['disseminate-early']), at('primaryTumour', [])]
	])('undoes the last step of %o and keeps the factors', (view, back) =>
		expect(undo(view)).toEqual(back)
	);

	// Back undoes the last step only: factor changes made after it stay, recorded at the new end
	// (so the link still replays what is on screen), and a change at the start is a starting factor.
	const journey = (
		path: TransitionId[],
		start: Partial<Factors>,
		changes: View['changes'],
		now: Partial<Factors> = {}
	): View => ({
		...viewAt(path, start),
		factors: { ...DEFAULT_FACTORS, ...start, ...now },
		changes
	});
	it.each([
		[
			'a change after the last step moves to the step before',
			journey(['invade', 'intravasate'], {}, [{ step: 2, key: 'nkActive', value: false }], {
				nkActive: false
			}),
			journey(['invade'], {}, [{ step: 1, key: 'nkActive', value: false }], { nkActive: false })
		],
		[
			'a change after the only step becomes a starting factor',
			journey(['invade'], {}, [{ step: 1, key: 'organ', value: 'bone' }], { organ: 'bone' }),
			journey([], { organ: 'bone' }, [])
		],
		[
			'a change before the last step stays where it was',
			journey(['invade', 'intravasate'], {}, [{ step: 1, key: 'sting', value: false }], {
				sting: false
			}),
			journey(['invade'], {}, [{ step: 1, key: 'sting', value: false }], { sting: false })
		],
		[
			'a change undone after the last step leaves nothing',
			journey(['invade', 'intravasate'], {}, [
				{ step: 1, key: 'sting', value: false },
				{ step: 2, key: 'sting', value: true }
			]),
			journey(['invade'], {}, [])
		],
		[
			'changes on both sides of the last step merge, the later winning',
			journey(
				['invade', 'intravasate'],
				{},
				[
					{ step: 1, key: 'organ', value: 'bone' },
					{ step: 1, key: 'nkActive', value: false },
					{ step: 2, key: 'organ', value: 'liver' }
				],
				{ organ: 'liver', nkActive: false }
			),
			journey(
				['invade'],
				{},
				[
					{ step: 1, key: 'nkActive', value: false },
					{ step: 1, key: 'organ', value: 'liver' }
				],
				{ organ: 'liver', nkActive: false }
			)
		]
	] as const)('%s', (_name, view, back) => {
		expect(undo(view)).toEqual(back);
		// Both ends are views the machine accepts.
		expect(viewOf(snapshotFor(view))).toEqual(view);
		expect(viewOf(snapshotFor(back))).toEqual(back);
	});
});

describe('a view whose factor changes do not hold together', () => {
	const base = at('circulation', ['invade', 'intravasate']);
	it.each([
		['factors the changes do not lead to', { ...base, factors: { ...base.factors, sting: false } }],
		[
			'a change before the first step',
			{ ...base, changes: [{ step: 0, key: 'sting', value: false }] }
		],
		[
			'a change after a step not taken',
			{ ...base, changes: [{ step: 3, key: 'sting', value: false }] }
		],
		[
			'changes out of order',
			{
				...base,
				factors: { ...base.factors, sting: false, nkActive: false },
				changes: [
					{ step: 2, key: 'sting', value: false },
					{ step: 1, key: 'nkActive', value: false }
				]
			}
		]
	] as [string, View][])('is refused: %s', (_name, view) =>
		expect(() => snapshotFor(view)).toThrow('The factor changes do not lead to the factors')
	);
});

describe('a view whose path does not hold together', () => {
	it('cannot be stepped back through', () =>
		expect(() =>
			undo(at('circulation', ['fly', 'invade', 'intravasate'] as TransitionId[]))
		).toThrow('History is inconsistent'));
});

describe('telling views apart', () => {
	const base = at('circulation', ['invade', 'intravasate']);
	it.each([
		['the same view, rebuilt', at('circulation', ['invade', 'intravasate']), true],
		['another place', { ...base, stateId: 'lymphNode' }, false],
		['one step further', { ...base, path: [...base.path, 'arrest'] as TransitionId[] }, false],
		[
			'the same place by another way',
			{ ...base, path: ['invade-collectively', 'intravasate'] as TransitionId[] },
			false
		],
		['one factor changed', at('circulation', ['invade', 'intravasate'], { sting: false }), false],
		['the organ changed', at('circulation', ['invade', 'intravasate'], { organ: 'muscle' }), false]
	])('%s → %s', (_name, other, same) => {
		expect(sameView(base, other)).toBe(same);
		expect(sameView(other, base)).toBe(same);
	});
	it('the start view is frozen, so no caller can move everyone’s start', () => {
		expect(Object.isFrozen(START_VIEW)).toBe(true);
		expect(START_VIEW).toEqual(at('primaryTumour', []));
	});
});

describe('keeping what a step leaves unchanged', () => {
	const base: View = {
		...at('circulation', ['invade', 'intravasate'], { sting: false }),
		changes: [{ step: 1, key: 'sting', value: false }]
	};
	const rebuilt = (v: View): View => structuredClone(v);
	type Part = 'path' | 'factors' | 'startFactors' | 'changes';
	const PARTS: Part[] = ['path', 'factors', 'startFactors', 'changes'];
	it.each<[string, View, Part[]]>([
		['the same view, rebuilt', rebuilt(base), PARTS],
		[
			'one step further',
			{ ...rebuilt(base), stateId: 'arrest', path: [...base.path, 'arrest'] },
			['factors', 'startFactors', 'changes']
		],
		[
			'one factor changed',
			{ ...rebuilt(base), factors: { ...base.factors, nkActive: false } },
			['path', 'startFactors', 'changes']
		],
		[
			'another starting factor',
			{ ...rebuilt(base), startFactors: { ...base.startFactors, organ: 'bone' } },
			['path', 'factors', 'changes']
		],
		[
			'a change at another step',
			{ ...rebuilt(base), changes: [{ step: 2, key: 'sting', value: false }] },
			['path', 'factors', 'startFactors']
		],
		[
			'a change of another factor',
			{ ...rebuilt(base), changes: [{ step: 1, key: 'nkActive', value: false }] },
			['path', 'factors', 'startFactors']
		],
		[
			'a change to another value',
			{ ...rebuilt(base), changes: [{ step: 1, key: 'sting', value: true }] },
			['path', 'factors', 'startFactors']
		],
		[
			'one change more',
			{ ...rebuilt(base), changes: [...base.changes, { step: 2, key: 'nkActive', value: false }] },
			['path', 'factors', 'startFactors']
		],
		[
			'a step back',
			{ ...rebuilt(base), stateId: 'localInvasion', path: ['invade'] },
			['factors', 'startFactors', 'changes']
		],
		[
			'another way to the same place',
			{ ...rebuilt(base), path: ['invade-collectively', 'intravasate'] },
			['factors', 'startFactors', 'changes']
		]
	])('%s', (_name, next, kept) => {
		const got = keepUnchanged(base, next);
		expect(got).toEqual(next);
		for (const part of PARTS)
			expect(got[part], part).toBe(kept.includes(part) ? base[part] : next[part]);
	});
	it('takes the first view as it is', () => {
		expect(keepUnchanged(undefined, base)).toBe(base);
	});
});
