import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { CONDITIONS, GUARDS } from '../src/lib/cascade/conditions';
import { DEFAULT_FACTORS, FACTOR_DEFS, type FactorKey } from '../src/lib/cascade/factors';
import { situationOf } from '../src/lib/cascade/situation';
import { defaultNext, explain, getTransition, STATES, TRANSITIONS } from '../src/lib/cascade/graph';
import { cascadeMachine, TRANSITION_IDS } from '../src/lib/cascade/machine';
import { actorAt, START_VIEW, startView, undo, viewOf } from '../src/lib/cascade/session';
import { decodeView, encodeView } from '../src/lib/url';
import { allWalks, SCENARIOS } from './support/walks';
import { allFactorSets } from './support/factor-sets';

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
			const actor = walk.start.path.length
				? actorAt(walk.start).start()
				: createActor(cascadeMachine, { input: { factors: walk.scenario.factors } }).start();
			const views = [viewOf(actor.getSnapshot())];
			expect(views[0]).toEqual(walk.start);
			walk.steps.forEach((step, i) => {
				const before = viewOf(actor.getSnapshot());
				expect(explain(getTransition(step)!, before.factors, before.path).open).toBe(true);
				actor.send({ type: step });
				const view = viewOf(actor.getSnapshot());
				expect(view.stateId, `after ${step} from ${before.stateId}`).toBe(walk.states[i + 1]);
				expect(view.path).toEqual([...walk.start.path, ...walk.steps.slice(0, i + 1)]);
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

describe('guard conditions', () => {
	const all = allFactorSets();
	const variants: string[][] = [[], ['undergo-met'], ['enter-lymphatics']];
	// Hand-written: the words that name each control in a sentence for students.
	const NAMES: Record<FactorKey, RegExp> = {
		organ: /\b(organ|bone|liver|brain|lung|muscle)\b/i,
		inflammation: /inflammation/i,
		agedStroma: /\bage[ds]?\b/i,
		surgery: /surgery/i,
		perivascularNiche: /perivascular niche/i,
		nkActive: /\bNK\b/,
		tCellSuppression: /T-cell suppression/i,
		premetastaticNiche: /pre-metastatic niche/i,
		emt: /EMT state/i,
		mhcI: /MHC-I/,
		sting: /STING/
	};

	it.each(Object.entries(CONDITIONS))(
		'%s cites references and explains both outcomes differently',
		(_id, c) => {
			expect(c.refs.length).toBeGreaterThan(0);
			expect(c.met).not.toBe(c.unmet);
		}
	);

	// The controls a condition lists are exactly those whose change can flip it: so the panel's
	// "what would change this" always names a control that works, and never one that does not.
	it.each(Object.entries(CONDITIONS))('%s lists exactly the controls that can flip it', (id, c) => {
		// all[] is a mixed-radix count over FACTOR_DEFS (the last factor changes fastest), so the
		// sets that differ from set i in one factor sit at i ± k × stride.
		const radix = FACTOR_DEFS.map((d) => (d.kind === 'toggle' ? 2 : d.options.length));
		const strides = radix.map((_, k) => radix.slice(k + 1).reduce((a, b) => a * b, 1));
		const flips = new Set<FactorKey>();
		for (const path of variants) {
			const verdict = all.map((f) => c.test(situationOf(f, path)));
			verdict.forEach((v, i) =>
				FACTOR_DEFS.forEach((def, k) => {
					const digit = Math.floor(i / strides[k]!) % radix[k]!;
					for (let other = 0; other < radix[k]!; other++)
						if (verdict[i + (other - digit) * strides[k]!] !== v) flips.add(def.key);
				})
			);
		}
		expect([...flips].sort(), id).toEqual([...c.controls].sort());
	});

	it.each(Object.entries(CONDITIONS))(
		'%s: the reason shown when it fails names every control that would change it',
		(id, c) => {
			for (const key of c.controls) expect(c.unmet, `${id} should name ${key}`).toMatch(NAMES[key]);
		}
	);

	it('every guarded transition, when closed, says why with the failing conditions only', () => {
		for (const t of TRANSITIONS.filter((t) => t.guard))
			for (const f of all.slice(0, 400)) {
				const s = explain(t, f);
				const failing = s.conditions.filter((c) => !c.holds);
				expect(s.open).toBe(failing.length === 0);
				for (const c of failing) expect(c.reason).toBe(CONDITIONS[c.id].unmet);
				for (const c of s.conditions.filter((c) => c.holds))
					expect(c.reason).toBe(CONDITIONS[c.id].met);
			}
	});

	it('every named guard is used by a transition, and every condition by a guard', () => {
		const used = new Set(TRANSITIONS.map((t) => t.guard).filter(Boolean));
		expect([...used].sort()).toEqual(Object.keys(GUARDS).sort());
		const conditions = new Set(Object.values(GUARDS).flat());
		expect([...conditions].sort()).toEqual(Object.keys(CONDITIONS).sort());
	});

	it('switching a factor while in a state changes what is open from it', () => {
		const actor = actorAt(START_VIEW).start();
		for (const step of [
			'invade',
			'intravasate',
			'arrest',
			'extravasate',
			'spread',
			'adapt',
			'initiate',
			'enter-dormancy'
		] as const)
			actor.send({ type: step });
		const view = () => viewOf(actor.getSnapshot());
		expect(defaultNext('solitary', view().factors, view().path)).toBeNull();
		actor.send({ type: 'setFactor', key: 'inflammation', value: true });
		expect(defaultNext('solitary', view().factors, view().path)?.id).toBe('awaken');
		actor.send({ type: 'awaken' });
		expect(view().stateId).toBe('awakening');
		// STING active with NK cells working: the waking cell is killed, it cannot grow out.
		expect(defaultNext('awakening', view().factors, view().path)).toBeNull();
		actor.send({ type: 'grow-out' });
		expect(view().stateId).toBe('awakening');
		actor.send({ type: 'setFactor', key: 'sting', value: false });
		actor.send({ type: 'grow-out' });
		expect(view().stateId).toBe('micrometastasis');
	});

	it('regaining epithelial traits changes the cell for the rest of its journey, and Back undoes it', () => {
		const factors = { ...DEFAULT_FACTORS, emt: 'mesenchymal' as const };
		const actor = actorAt(startView(factors)).start();
		for (const step of [
			'invade',
			'intravasate',
			'arrest',
			'extravasate',
			'spread',
			'adapt'
		] as const)
			actor.send({ type: step });
		actor.send({ type: 'initiate' });
		expect(viewOf(actor.getSnapshot()).stateId).toBe('adapting');
		actor.send({ type: 'undergo-met' });
		const after = viewOf(actor.getSnapshot());
		expect(after.stateId).toBe('initiating');
		expect(situationOf(after.factors, after.path).emtNow).toBe('hybrid');
		expect(situationOf(undo(after).factors, undo(after).path).emtNow).toBe('mesenchymal');
		actor.stop();
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
		const actor = actorAt(startView(factors)).start();
		actor.send({ type: 'invade' });
		actor.send({ type: 'intravasate' });
		actor.send({ type: 'die-in-circulation' });
		actor.send({ type: 'reset' });
		expect(viewOf(actor.getSnapshot())).toEqual(startView(factors));
	});
	it('outcome states offer no transitions', () => {
		for (const s of STATES.filter((s) => s.outcome))
			expect(TRANSITIONS.filter((t) => t.from === s.id)).toEqual([]);
	});
	it('Next never goes round in a loop: under any factors it reaches an end or a stop without revisiting a place', () => {
		for (const factors of allFactorSets()) {
			const view = { stateId: 'primaryTumour', path: [] as string[] };
			const seen = new Set([view.stateId]);
			for (
				let t = defaultNext(view.stateId, factors, view.path);
				t;
				t = defaultNext(view.stateId, factors, view.path)
			) {
				view.stateId = t.to;
				view.path.push(t.id);
				if (seen.has(t.to))
					expect.fail(
						`Next loops back to ${t.to} via ${view.path.join('.')} with ${JSON.stringify(factors)}`
					);
				seen.add(t.to);
			}
		}
	}, 60_000);
	it('Next never chooses an elimination', () => {
		for (const scenario of SCENARIOS)
			for (const s of STATES)
				expect(defaultNext(s.id, scenario.factors, scenario.prefix)?.elimination ?? false).toBe(
					false
				);
	});
});
