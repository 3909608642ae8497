/**
 * The Explorer (src/lib/app/explorer.svelte.ts), which holds the running actor that the URL, the
 * diagram, the panels, saved progress and the narration derive from. It is driven here as the page
 * drives it: take, next, back, reset, setFactor and restore. States and transitions come from the
 * machine and the generated walks, so new ones join by themselves.
 */
import { describe, expect, it } from 'vitest';
import { Explorer } from '../src/lib/app/explorer.svelte';
import { DEFAULT_FACTORS, FACTOR_DEFS, type Factors } from '../src/lib/cascade/factors';
import {
	defaultNext,
	getState,
	INITIAL_STATE_ID,
	statusesFrom,
	TRANSITIONS
} from '../src/lib/cascade/graph';
import type { TransitionId } from '../src/lib/cascade/machine';
import { START_VIEW, startView, type View } from '../src/lib/cascade/session';
import { narrate } from '../src/lib/narration';
import { decodeView, encodeView } from '../src/lib/url';
import { plainView, viewAt } from './support/views';
import { allWalks, coveringWalks, walkToMacrometastasis } from './support/walks';

/** Sets every factor that differs from the explorer's current one, as the controls would. */
function setFactors(explorer: Explorer, factors: Factors) {
	for (const def of FACTOR_DEFS)
		if (explorer.view.factors[def.key] !== factors[def.key])
			explorer.setFactor(def.key, factors[def.key] as never);
}

/** The view as a decoded link: what the URL and saved progress would hold. */
const roundTrip = (view: View) => decodeView(new URLSearchParams(encodeView(view)));

/** The Explorer starts at the primary tumour here, so use the walks that start there too. */
const walksFromTheStart = () => coveringWalks().filter((w) => w.start.path.length === 0);

describe('a new explorer', () => {
	it('starts at the primary tumour with the default factors, having said nothing', () => {
		const explorer = new Explorer();
		expect(explorer.view).toEqual(plainView(INITIAL_STATE_ID, []));
		expect(explorer.revision).toBe(0);
		expect(explorer.narration).toBe('');
		expect(encodeView(explorer.view)).toBe('');
	});
	it.each(walksFromTheStart().map((w) => [w.description, w] as const))(
		'starts at the end of a given view: %s',
		(_name, walk) => {
			const view = viewAt(walk.steps, walk.scenario.factors);
			const explorer = new Explorer(view);
			expect(explorer.view).toEqual(view);
			expect(explorer.snapshot.value).toEqual(getState(walk.states.at(-1)!)!.value);
			expect(explorer.snapshot.context.history).toEqual(walk.steps);
		}
	);
});

describe('taking steps', () => {
	it.each(walksFromTheStart().map((w) => [w.description, w] as const))(
		'follows %s',
		(_name, walk) => {
			const explorer = new Explorer();
			setFactors(explorer, walk.scenario.factors);
			expect(explorer.view.factors).toEqual(walk.scenario.factors);
			for (const [i, step] of walk.steps.entries()) {
				const before = explorer.view;
				const revision = explorer.revision;
				expect(explorer.take(step), `step ${i + 1}, ${step}`).toBe(true);
				const expected = viewAt(walk.steps.slice(0, i + 1), walk.scenario.factors);
				expect(explorer.view).toEqual(expected);
				expect(explorer.view.stateId).toBe(walk.states[i + 1]);
				expect(explorer.snapshot.value).toEqual(getState(walk.states[i + 1]!)!.value);
				expect(explorer.revision).toBe(revision + 1);
				expect(explorer.lastChange).toEqual({ kind: 'step' });
				expect(explorer.narration).toBe(narrate(before, expected, { kind: 'step' }));
				// What the URL and saved progress hold leads back to exactly this view.
				expect(roundTrip(explorer.view)).toEqual({ view: expected, notices: [] });
			}
		}
	);

	it('keeps the factors as the same object while steps leave them as they were, and gives new ones when they change', () => {
		// What shows only the factors (the controls) is not drawn again at every step.
		const walk = walkToMacrometastasis();
		const explorer = new Explorer();
		setFactors(explorer, walk.scenario.factors);
		const factors = explorer.view.factors;
		const startFactors = explorer.view.startFactors;
		for (const id of walk.steps.slice(0, 4)) {
			expect(explorer.take(id)).toBe(true);
			expect(explorer.view.factors).toBe(factors);
			expect(explorer.view.startFactors).toBe(startFactors);
		}
		explorer.setFactor('sting', !factors.sting);
		expect(explorer.view.factors).not.toBe(factors);
		expect(explorer.view.factors.sting).toBe(!factors.sting);
		expect(factors.sting).toBe(walk.scenario.factors.sting);
	});
	it('refuses a transition that does not leave from where the cell is, and changes nothing', () => {
		const explorer = new Explorer();
		const elsewhere = TRANSITIONS.filter((t) => t.from !== INITIAL_STATE_ID);
		expect(elsewhere.length).toBeGreaterThan(0);
		for (const t of elsewhere) {
			expect(explorer.take(t.id), t.id).toBe(false);
			expect(explorer.view).toEqual(START_VIEW);
		}
		expect(explorer.take('no-such-step' as TransitionId)).toBe(false);
		expect(explorer.revision).toBe(0);
		expect(explorer.narration).toBe('');
	});

	it('refuses every closed way, found by search over the walks’ factors, and changes nothing', () => {
		let found = 0;
		for (const walk of allWalks().filter((w) => w.start.path.length === 0)) {
			const view = viewAt(walk.steps, walk.scenario.factors);
			for (const status of statusesFrom(view.stateId, view.factors, view.path).filter(
				(s) => !s.open
			)) {
				const explorer = new Explorer(view);
				expect(
					explorer.take(status.transition.id),
					`${walk.description}: ${status.transition.id}`
				).toBe(false);
				expect(explorer.view).toEqual(view);
				expect(explorer.revision).toBe(0);
				found++;
			}
		}
		expect(found).toBeGreaterThan(0);
	});
});

describe('Next', () => {
	const scenarios = [
		...new Map(
			allWalks()
				.filter((w) => w.start.path.length === 0)
				.map((w) => [w.scenario.name, w.scenario.factors])
		).entries()
	];
	it.each(scenarios)(
		'follows the default way on, step by step, and stops where none is open (%s)',
		(_name, factors) => {
			const explorer = new Explorer(startView(factors));
			// Some scenarios loop (a cell can fall back and wake again): 40 steps are enough to see it.
			for (let i = 0; i < 40; i++) {
				const want = defaultNext(explorer.view.stateId, explorer.view.factors);
				const from = explorer.view;
				if (!want) {
					const revision = explorer.revision;
					expect(explorer.next()).toBe(false);
					expect(explorer.view).toEqual(from);
					expect(explorer.revision).toBe(revision);
					return;
				}
				expect(explorer.next()).toBe(true);
				expect(explorer.view.path).toEqual([...from.path, want.id]);
				expect(explorer.view.stateId).toBe(want.to);
			}
		}
	);
});

describe('Back, Start again and factors', () => {
	const walk = walkToMacrometastasis();

	it('Back at the start does nothing', () => {
		const explorer = new Explorer();
		expect(explorer.back()).toBe(false);
		expect(explorer.view).toEqual(START_VIEW);
		expect(explorer.revision).toBe(0);
	});

	it('Back undoes one step at a time, keeps the factors, and the cell can go on again', () => {
		const explorer = new Explorer();
		setFactors(explorer, walk.scenario.factors);
		for (const step of walk.steps) explorer.take(step);
		for (let i = walk.steps.length - 1; i >= 0; i--) {
			const before = explorer.view;
			expect(explorer.back()).toBe(true);
			const expected = viewAt(walk.steps.slice(0, i), walk.scenario.factors);
			expect(explorer.view).toEqual(expected);
			expect(explorer.snapshot.value).toEqual(getState(walk.states[i]!)!.value);
			expect(explorer.lastChange).toEqual({ kind: 'back' });
			expect(explorer.narration).toBe(narrate(before, expected, { kind: 'back' }));
			expect(explorer.narration).toMatch(/^Went back one step\. Now at /);
			// The new actor answers: the step just undone can be taken again, and undone again.
			expect(explorer.take(walk.steps[i]!)).toBe(true);
			expect(explorer.view.stateId).toBe(walk.states[i + 1]);
			expect(explorer.back()).toBe(true);
		}
		expect(explorer.back()).toBe(false);
	});

	it('Start again returns to the primary tumour and keeps the factors', () => {
		const explorer = new Explorer();
		setFactors(explorer, walk.scenario.factors);
		for (const step of walk.steps.slice(0, 3)) explorer.take(step);
		const before = explorer.view;
		const revision = explorer.revision;
		explorer.reset();
		const start = startView(walk.scenario.factors);
		expect(explorer.view).toEqual(start);
		expect(explorer.revision).toBe(revision + 1);
		expect(explorer.lastChange).toEqual({ kind: 'reset' });
		expect(explorer.narration).toBe(narrate(before, start, { kind: 'reset' }));
		expect(explorer.take(walk.steps[0]!)).toBe(true);
	});

	it.each(FACTOR_DEFS.map((d) => [d.key, d] as const))(
		'a change of %s is kept in the view, the URL and the narration',
		(key, def) => {
			const explorer = new Explorer();
			explorer.take(walk.steps[0]!);
			const value =
				def.kind === 'toggle'
					? !DEFAULT_FACTORS[key]
					: def.options.find((o) => o.value !== DEFAULT_FACTORS[key])!.value;
			const before = explorer.view;
			const revision = explorer.revision;
			explorer.setFactor(key, value as never);
			const after = {
				...before,
				factors: { ...DEFAULT_FACTORS, [key]: value },
				changes: [{ step: 1, key, value }]
			} as View;
			expect(explorer.view).toEqual(after);
			expect(explorer.snapshot.context.factors).toEqual(after.factors);
			expect(explorer.revision).toBe(revision + 1);
			expect(explorer.lastChange).toEqual({ kind: 'factor', key });
			expect(explorer.narration).toBe(narrate(before, after, { kind: 'factor', key }));
			// Recorded on the path after the step it followed, not as a starting factor.
			const query = new URLSearchParams(encodeView(explorer.view));
			expect(query.get('path')).toBe(
				`${walk.steps[0]}.${def.param}:${def.kind === 'toggle' ? (value ? '1' : '0') : value}`
			);
			expect(query.has(def.param)).toBe(false);
			expect(roundTrip(explorer.view)).toEqual({ view: after, notices: [] });
			// Setting the same value again is no change.
			explorer.setFactor(key, value as never);
			expect(explorer.revision).toBe(revision + 1);
		}
	);

	it('factor changes after a step never move the cell: guards are read when a way is taken', () => {
		const explorer = new Explorer();
		expect(explorer.take('invade')).toBe(true);
		const here = explorer.view;
		for (const def of FACTOR_DEFS) {
			const values =
				def.kind === 'toggle'
					? [!DEFAULT_FACTORS[def.key], DEFAULT_FACTORS[def.key]]
					: def.options.map((o) => o.value);
			for (const v of values) {
				explorer.setFactor(def.key, v as never);
				expect(explorer.view.stateId, `${def.key} = ${String(v)}`).toBe(here.stateId);
				expect(explorer.view.path).toEqual(here.path);
			}
		}
	});
});

describe('restoring a view from a link or the browser’s history', () => {
	it.each(walksFromTheStart().map((w) => [w.description, w] as const))(
		'moves to %s and goes on from there',
		(_name, walk) => {
			const explorer = new Explorer();
			const view = viewAt(walk.steps, walk.scenario.factors);
			explorer.restore(view);
			expect(explorer.view).toEqual(view);
			expect(explorer.lastChange).toEqual({ kind: 'restore' });
			expect(explorer.narration).toBe(narrate(START_VIEW, view, { kind: 'restore' }));
			const revision = explorer.revision;
			explorer.restore(view);
			expect(explorer.revision, 'restoring the same view again is no change').toBe(revision);
			if (walk.steps.length > 0) {
				expect(explorer.back()).toBe(true);
				expect(explorer.view).toEqual(viewAt(walk.steps.slice(0, -1), walk.scenario.factors));
			}
		}
	);
	it('restores a view at the same place that differs only in its factors', () => {
		for (const def of FACTOR_DEFS) {
			const explorer = new Explorer();
			const value =
				def.kind === 'toggle'
					? !DEFAULT_FACTORS[def.key]
					: def.options.find((o) => o.value !== DEFAULT_FACTORS[def.key])!.value;
			const view = startView({ ...DEFAULT_FACTORS, [def.key]: value });
			explorer.restore(view);
			expect(explorer.view, def.key).toEqual(view);
			expect(explorer.snapshot.context.factors).toEqual(view.factors);
		}
	});
});

describe('the link records the journey as the student made it', () => {
	type Action = TransitionId | 'back' | 'reset' | `${string}=${string}`;
	function act(explorer: Explorer, action: Action) {
		if (action === 'back') return explorer.back();
		if (action === 'reset') return explorer.reset();
		const [key, raw] = action.split('=') as [keyof Factors, string];
		if (raw === undefined) return explorer.take(action as TransitionId);
		explorer.setFactor(key, (raw === 'true' ? true : raw === 'false' ? false : raw) as never);
	}
	it.each([
		[
			'a factor changed before any step is a starting factor',
			['nkActive=false', 'invade'],
			'?at=localInvasion&path=invade&nk=0'
		],
		[
			'a factor changed halfway is written where it happened',
			['invade', 'nkActive=false', 'intravasate'],
			'?at=circulation&path=invade.nk:0.intravasate'
		],
		[
			'Back undoes the step and keeps the change, at the new end',
			['invade', 'intravasate', 'nkActive=false', 'back'],
			'?at=localInvasion&path=invade.nk:0'
		],
		[
			'Back to the start makes the change a starting factor',
			['invade', 'nkActive=false', 'back'],
			'?nk=0'
		],
		[
			'Back keeps a change made before the step it undoes',
			['invade', 'nkActive=false', 'intravasate', 'back'],
			'?at=localInvasion&path=invade.nk:0'
		],
		[
			'Start again keeps the factors in force as the starting factors',
			['invade', 'organ=bone', 'intravasate', 'reset'],
			'?organ=bone'
		],
		[
			'a cell woken by inflammation switched on while it slept',
			[
				'invade',
				'intravasate',
				'arrest',
				'extravasate',
				'spread',
				'adapt',
				'initiate',
				'enter-dormancy',
				'inflammation=true',
				'awaken'
			],
			'?at=awakening&path=invade.intravasate.arrest.extravasate.spread.adapt.initiate.enter-dormancy.inflammation:1.awaken'
		]
	] as [string, Action[], string][])('%s', (_name, actions, link) => {
		const explorer = new Explorer();
		for (const action of actions) act(explorer, action);
		expect(encodeView(explorer.view)).toBe(link);
		// The link opens exactly this view, and an explorer restored from it goes on the same way.
		const { view, notices } = roundTrip(explorer.view);
		expect(notices).toEqual([]);
		expect(view).toEqual(explorer.view);
		const restored = new Explorer();
		restored.restore(view);
		expect(restored.snapshot.context).toEqual(explorer.snapshot.context);
	});
});
