/**
 * Lookups the explorer's details panel and the text pages use: mechanisms for an organ, the
 * transitions a condition governs, and the shortest deep link that shows a transition.
 */
import { describe, expect, it } from 'vitest';
import { CONDITIONS, GUARDS, type ConditionId } from '../src/lib/cascade/conditions';
import { ORGANS } from '../src/lib/cascade/factors';
import { followPath, TRANSITIONS } from '../src/lib/cascade/graph';
import type { TransitionId } from '../src/lib/cascade/machine';
import { MECHANISMS, mechanismsFor } from '../src/lib/content';
import { decodeView, exploreQuery } from '../src/lib/url';
import {
	mechanismsIn,
	pathThrough,
	stageContent,
	stateContent,
	transitionContent,
	transitionsUsing
} from '../src/lib/content/core';

describe('mechanisms for an organ', () => {
	it('general ones first, then the organ’s own, and none for another organ', () => {
		for (const t of TRANSITIONS)
			for (const organ of ORGANS) {
				const got = mechanismsFor(t.id, organ);
				const general = MECHANISMS.filter((m) => m.transitions.includes(t.id) && !m.organs);
				const own = MECHANISMS.filter(
					(m) => m.transitions.includes(t.id) && m.organs?.includes(organ)
				);
				expect(got, `${t.id} in ${organ}`).toEqual([...general, ...own]);
			}
	});
	it.each([
		['awaken', 'liver', 'nk-dormancy-liver'],
		['awaken', 'lung', 'lung-wake-signals']
	] as const)('%s in the %s ends with %s', (id, organ, last) => {
		const got = mechanismsFor(id, organ);
		expect(got.at(-1)!.id).toBe(last);
		expect(got.slice(0, -1).every((m) => !m.organs)).toBe(true);
	});
	it('the same question about the same list gets the same array; another list, its own answer', () => {
		expect(mechanismsFor('awaken', 'liver')).toBe(mechanismsFor('awaken', 'liver'));
		expect(mechanismsFor('awaken', 'lung')).not.toBe(mechanismsFor('awaken', 'liver'));
		expect(mechanismsFor('invade', 'liver')).not.toBe(mechanismsFor('awaken', 'liver'));
		// A list of its own (as an instructor's edited list would be) is asked afresh.
		const fewer = MECHANISMS.filter((m) => m.id !== 'nk-dormancy-liver');
		const answer = mechanismsIn(fewer, 'awaken', 'liver');
		expect(answer.map((m) => m.id)).not.toContain('nk-dormancy-liver');
		expect(answer).toEqual(mechanismsFor('awaken', 'liver').slice(0, -1));
		expect(mechanismsIn(fewer, 'awaken', 'liver')).toBe(answer);
	});
});

describe('transitions a condition governs', () => {
	it.each([
		['tCellsAct', ['cleared', 'killed-by-t-cells', 'immune-equilibrium']],
		['outgrowthPossible', ['grow-at-once', 'grow-out']],
		['wakeSignalGone', ['return-to-dormancy']]
	] as [ConditionId, TransitionId[]][])('%s governs %j', (condition, ids) =>
		expect(transitionsUsing(condition)).toEqual(ids)
	);
	it('every condition governs at least one transition, and only guarded ones', () => {
		for (const id of Object.keys(CONDITIONS) as ConditionId[])
			for (const t of transitionsUsing(id)) {
				const guard = TRANSITIONS.find((x) => x.id === t)!.guard;
				expect(guard && (GUARDS[guard] as readonly string[]).includes(id), `${id} / ${t}`).toBe(
					true
				);
			}
	});
});

describe('the shortest way to show a transition', () => {
	it.each([
		['invade', 1],
		['intravasate', 2],
		['leave-lymph-node', 3],
		['killed-in-vessel', 3],
		['enter-dormancy', 7],
		['undergo-met', 6]
	] as [TransitionId, number][])('%s takes %i steps', (id, steps) =>
		expect(pathThrough(id)).toHaveLength(steps)
	);
	it('goes by the early way into the blood when that is shorter', () =>
		expect(pathThrough('killed-in-vessel')).toEqual([
			'disseminate-early',
			'arrest',
			'killed-in-vessel'
		]));
	it('for every transition, a followable path from the start that ends by taking it', () => {
		for (const t of TRANSITIONS) {
			const path = pathThrough(t.id);
			expect(path.at(-1)).toBe(t.id);
			expect(followPath(path)).toMatchObject({ ok: true, stateId: t.to });
			// The explorer link replays exactly that path, every step open at its moment.
			const { view, notices } = decodeView(new URLSearchParams(exploreQuery(t.id)));
			expect(notices, t.id).toEqual([]);
			expect(view.path).toEqual(path);
			expect(view.stateId).toBe(t.to);
		}
	});
	it.each([
		[
			'enter-dormancy',
			'?at=solitary&path=disseminate-early.arrest.extravasate.spread.adapt.initiate.enter-dormancy'
		],
		[
			'undergo-met',
			'?at=initiating&path=disseminate-early.arrest.extravasate.spread.adapt.undergo-met&emt=mesenchymal'
		],
		[
			'awaken',
			'?at=awakening&path=disseminate-early.arrest.extravasate.spread.adapt.initiate.enter-dormancy.awaken&inflammation=1'
		],
		[
			'return-to-dormancy',
			'?at=solitary&path=disseminate-early.arrest.extravasate.spread.adapt.initiate.enter-dormancy.awaken.inflammation:0.return-to-dormancy&inflammation=1'
		],
		[
			'vascular-switch',
			'?at=micrometastasis&path=disseminate-early.arrest.extravasate.spread.adapt.initiate.grow-at-once.niche:1.held-in-check.niche:0.vascular-switch&niche=0'
		]
	] as [TransitionId, string][])(
		'links %s with the default factors where they open the way, else the nearest, changed on the way only where needed',
		(id, query) => expect(exploreQuery(id)).toBe(query)
	);
	it('refuses a transition it does not know', () =>
		expect(() => pathThrough('fly' as TransitionId)).toThrow('Unknown transition "fly"'));
});

describe('content lookups', () => {
	it('find content by id, and name what is missing', () => {
		expect(stateContent('solitary').id).toBe('solitary');
		expect(transitionContent('arrest').id).toBe('arrest');
		expect(stageContent('dormancy').id).toBe('dormancy');
		expect(() => stateContent('heaven')).toThrow('No content for state "heaven"');
		expect(() => transitionContent('fly' as TransitionId)).toThrow(
			'No content for transition "fly"'
		);
		expect(() => stageContent('limbo' as never)).toThrow('No content for stage "limbo"');
	});
});
