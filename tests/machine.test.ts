import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { CONDITIONS, GUARDS, guardHolds, type GuardName } from '../src/lib/cascade/conditions';
import { DEFAULT_FACTORS, type Factors } from '../src/lib/cascade/factors';
import { defaultNext, explain, getTransition, stateIdOf, STATES, TRANSITIONS } from '../src/lib/cascade/graph';
import { cascadeMachine, TRANSITION_IDS } from '../src/lib/cascade/machine';
import { actorAt, START_VIEW, undo, viewOf } from '../src/lib/cascade/session';
import { decodeView, encodeView } from '../src/lib/url';
import { allWalks, SCENARIOS } from './support/walks';

const walks = allWalks();

describe('model-based walks (xstate/graph)', () => {
	it('reach every state of the machine', () => {
		const visited = new Set(walks.flatMap((w) => w.states));
		expect(STATES.map((s) => s.id).filter((id) => !visited.has(id))).toEqual([]);
	});
	it('take every transition of the machine', () => {
		const taken = new Set(walks.flatMap((w) => w.steps));
		expect(TRANSITION_IDS.filter((id) => !taken.has(id))).toEqual([]);
	});

	// One test per generated path: the running actor follows it, every step is open under the
	// scenario's factors, the URL round-trips at every step, and Back retraces it exactly.
	describe.each(walks.map((w) => [w.description, w] as const))('%s', (_name, walk) => {
		it('is followed by the actor, the URL and Back', () => {
			const actor = createActor(cascadeMachine, { input: { factors: walk.scenario.factors } }).start();
			const views = [viewOf(actor.getSnapshot())];
			walk.steps.forEach((step, i) => {
				const before = stateIdOf(actor.getSnapshot().value);
				expect(explain(getTransition(step)!, walk.scenario.factors).open).toBe(true);
				actor.send({ type: step });
				const view = viewOf(actor.getSnapshot());
				expect(view.stateId, `after ${step} from ${before}`).toBe(walk.states[i + 1]);
				expect(view.path).toEqual(walk.steps.slice(0, i + 1));
				const decoded = decodeView(new URLSearchParams(encodeView(view)));
				expect(decoded.notices).toEqual([]);
				expect(decoded.view).toEqual(view);
				views.push(view);
			});
			let view = views.at(-1)!;
			for (let i = views.length - 2; i >= 0; i--) {
				view = undo(view);
				expect(view).toEqual(views[i]);
			}
			actor.stop();
		});
	});
});

describe('guards', () => {
	const f = (over: Partial<Factors>): Factors => ({ ...DEFAULT_FACTORS, ...over });
	const cases: [GuardName, Partial<Factors>, boolean][] = [
		['canInvade', { emt: 'epithelial' }, false],
		['canInvade', { emt: 'hybrid' }, true],
		['canInvade', { emt: 'mesenchymal' }, true],
		['canInitiate', { emt: 'epithelial' }, true],
		['canInitiate', { emt: 'hybrid' }, true],
		['canInitiate', { emt: 'mesenchymal' }, false],
		['canGrowAtOnce', { perivascularNiche: true }, false],
		['canGrowAtOnce', { perivascularNiche: false }, true],
		['canAwaken', { inflammation: false, agedStroma: false, sting: false }, false],
		['canAwaken', { inflammation: true, sting: true }, false],
		['canAwaken', { inflammation: true, sting: false }, true],
		['canAwaken', { agedStroma: true, sting: false }, true],
		['canAwaken', { surgery: true, sting: false }, false],
		['controlReleased', { surgery: false }, false],
		['controlReleased', { surgery: true }, true],
		['nkCanKill', { nkActive: true }, true],
		['nkCanKill', { nkActive: false }, false],
		['escapesNk', { nkActive: true }, false],
		['escapesNk', { nkActive: false }, true],
		['escapesTCells', { mhcI: true, emt: 'hybrid' }, false],
		['escapesTCells', { mhcI: false, emt: 'hybrid' }, true],
		['escapesTCells', { mhcI: true, emt: 'mesenchymal' }, true],
		['tCellsCanAct', { mhcI: true }, true],
		['tCellsCanAct', { mhcI: false }, false]
	];
	it.each(cases)('%s with %o is %s', (guard, over, expected) => {
		expect(guardHolds(guard, f(over))).toBe(expected);
	});
	it('has a case for every named guard', () => {
		expect(new Set(cases.map((c) => c[0]))).toEqual(new Set(Object.keys(GUARDS)));
	});
	it.each(Object.entries(CONDITIONS))('condition %s cites references and explains both outcomes', (_id, c) => {
		expect(c.refs.length).toBeGreaterThan(0);
		expect(c.met).not.toBe(c.unmet);
	});

	it('a closed transition cannot be taken by the actor, and its reason names the missing control', () => {
		const actor = actorAt({ ...START_VIEW, factors: f({ emt: 'epithelial' }) }).start();
		actor.send({ type: 'invade' });
		expect(stateIdOf(actor.getSnapshot().value)).toBe('primaryTumour');
		const status = explain(getTransition('invade')!, f({ emt: 'epithelial' }));
		expect(status.open).toBe(false);
		expect(status.conditions[0]!.reason).toMatch(/EMT state to hybrid or mesenchymal/);
	});

	it('switching a factor while in a state changes what is open from it', () => {
		const actor = actorAt(START_VIEW).start();
		for (const step of ['invade', 'intravasate', 'arrest', 'extravasate', 'spread', 'adapt', 'initiate', 'enter-dormancy'] as const)
			actor.send({ type: step });
		expect(defaultNext('solitary', actor.getSnapshot().context.factors)).toBeNull();
		actor.send({ type: 'setFactor', key: 'inflammation', value: true });
		actor.send({ type: 'setFactor', key: 'sting', value: false });
		expect(defaultNext('solitary', actor.getSnapshot().context.factors)?.id).toBe('awaken');
		actor.send({ type: 'awaken' });
		expect(stateIdOf(actor.getSnapshot().value)).toBe('awakening');
	});
});

describe('machine events from the outside', () => {
	it.each([
		['an unknown factor', { type: 'setFactor', key: 'tumourMood', value: true }],
		['a wrong value type', { type: 'setFactor', key: 'nkActive', value: 'yes' }],
		['an unknown organ', { type: 'setFactor', key: 'organ', value: 'spleen' }],
		['an unknown event', { type: 'teleport' }]
	])('ignores %s', (_name, event) => {
		const actor = actorAt(START_VIEW).start();
		actor.send(event as never);
		expect(viewOf(actor.getSnapshot())).toEqual(START_VIEW);
	});
	it('reset returns to the primary tumour, clears the path and keeps the factors', () => {
		const factors = { ...DEFAULT_FACTORS, organ: 'brain' as const };
		const actor = actorAt({ ...START_VIEW, factors }).start();
		actor.send({ type: 'invade' });
		actor.send({ type: 'intravasate' });
		actor.send({ type: 'die-in-circulation' });
		actor.send({ type: 'reset' });
		expect(viewOf(actor.getSnapshot())).toEqual({ stateId: 'primaryTumour', path: [], factors });
	});
	it('outcome states offer no transitions', () => {
		for (const s of STATES.filter((s) => s.outcome)) expect(TRANSITIONS.filter((t) => t.from === s.id)).toEqual([]);
	});
	it('Next never chooses an elimination', () => {
		for (const scenario of SCENARIOS)
			for (const s of STATES) expect(defaultNext(s.id, scenario.factors)?.elimination ?? false).toBe(false);
	});
});
