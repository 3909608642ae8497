/**
 * The machine against the hand-written specification (tests/spec/cascade-spec.ts), in both
 * directions and for every combination of factors, and the running actor against it on a sample.
 */
import { describe, expect, it } from 'vitest';
import { createActor, getNextSnapshot } from 'xstate';
import { explain, getTransition, stateIdOf, STATES, TRANSITIONS } from '../src/lib/cascade/graph';
import { cascadeMachine } from '../src/lib/cascade/machine';
import { snapshotFor } from '../src/lib/cascade/session';
import { EXCLUSIVE, OUTCOMES, SPEC, type Where } from './spec/cascade-spec';
import { allFactorSets } from './support/factor-sets';
import { plainView } from './support/views';

const FACTOR_SETS = allFactorSets();

/**
 * Paths from the start to a place, by the specification's own graph (breadth first), optionally
 * through a given step: the variants a rule can tell apart (MET taken, a lymph node visited).
 */
function specPathTo(target: string, through?: string): string[] | null {
	const rows = Object.entries(SPEC);
	type Node = { at: string; passed: boolean; path: string[] };
	const queue: Node[] = [{ at: 'primaryTumour', passed: !through, path: [] }];
	const seen = new Set<string>();
	while (queue.length) {
		const n = queue.shift()!;
		if (n.at === target && n.passed) return n.path;
		const key = `${n.at}|${n.passed}`;
		if (seen.has(key)) continue;
		seen.add(key);
		for (const [id, row] of rows)
			if (row.from === n.at)
				queue.push({ at: row.to, passed: n.passed || id === through, path: [...n.path, id] });
	}
	return null;
}

const VARIANTS = Object.keys(SPEC).flatMap((id) => {
	const from = SPEC[id]!.from;
	return [undefined, 'undergo-met', 'enter-lymphatics']
		.map((through) => specPathTo(from, through))
		.filter((p): p is string[] => p !== null)
		.map((path) => ({
			id,
			path,
			hadMet: path.includes('undergo-met'),
			viaLymphNode: path.includes('enter-lymphatics')
		}));
});

describe('the machine matches the specification', () => {
	it('has every transition the specification lists, and no other', () => {
		expect(TRANSITIONS.map((t) => t.id).sort()).toEqual(Object.keys(SPEC).sort());
	});
	it.each(Object.entries(SPEC))('%s leaves from and leads to the specified places', (id, row) => {
		const t = getTransition(id);
		expect(t, `the machine lacks "${id}"`).toBeDefined();
		expect({ from: t!.from, to: t!.to }, id).toEqual({ from: row.from, to: row.to });
		expect(t!.elimination, id).toBe(OUTCOMES[row.to as keyof typeof OUTCOMES] === 'eliminated');
		expect(
			t!.guard === null,
			`${id}: guarded in the machine, not in the specification (or the other way)`
		).toBe(row.opens === undefined);
	});
	it('has outcomes only where the specification has them, and they end the journey', () => {
		const outcomes = STATES.filter((s) => s.outcome).map((s) => s.id);
		expect(outcomes.sort()).toEqual(Object.keys(OUTCOMES).sort());
		for (const id of outcomes)
			expect(
				TRANSITIONS.filter((t) => t.from === id),
				id
			).toEqual([]);
	});

	// Every factor combination × every path variant: the open/closed verdict that the panel,
	// the diagram and Next show is the specification's.
	it.each(Object.keys(SPEC))(
		'%s is open exactly when the specification says, for every factor combination',
		(id) => {
			const row = SPEC[id]!;
			const t = getTransition(id)!;
			for (const v of VARIANTS.filter((x) => x.id === id))
				for (const f of FACTOR_SETS) {
					const where: Where = { f, hadMet: v.hadMet, viaLymphNode: v.viaLymphNode };
					const want = row.opens ? row.opens(where) : true;
					const got = explain(t, f, v.path).open;
					if (got !== want)
						expect.fail(
							`${id} after ${v.path.join('.') || 'the start'} with ${JSON.stringify(f)}: machine says ${got ? 'open' : 'closed'}, the specification ${want ? 'open' : 'closed'} (${row.why})`
						);
				}
		}
	);

	// The running machine itself (its guards, not the explanation of them) on a seeded sample.
	it('the running actor takes a way exactly when the specification opens it (sampled)', () => {
		let seed = 12345;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const sample = Array.from(
			{ length: 60 },
			() => FACTOR_SETS[Math.floor(random() * FACTOR_SETS.length)]!
		);
		for (const v of VARIANTS)
			for (const f of sample) {
				const from = snapshotFor(plainView(SPEC[v.id]!.from, v.path as never, f));
				const next = getNextSnapshot(cascadeMachine, from, { type: v.id } as never);
				const moved =
					stateIdOf(next.value) === SPEC[v.id]!.to &&
					next.context.history.length === v.path.length + 1;
				const row = SPEC[v.id]!;
				const want = row.opens
					? row.opens({ f, hadMet: v.hadMet, viaLymphNode: v.viaLymphNode })
					: true;
				if (moved !== want)
					expect.fail(
						`${v.id} after ${v.path.join('.')} with ${JSON.stringify(f)}: the actor ${moved ? 'moved' : 'stayed'}`
					);
			}
	});

	it.each(EXCLUSIVE)('%s and %s leave from one place and are never open together', (a, b) => {
		expect(SPEC[a]!.from).toBe(SPEC[b]!.from);
		const [ta, tb] = [getTransition(a)!, getTransition(b)!];
		let both = 0;
		for (const v of VARIANTS.filter((x) => x.id === a))
			for (const f of FACTOR_SETS)
				if (explain(ta, f, v.path).open && explain(tb, f, v.path).open) both++;
		expect(both).toBe(0);
	});

	it('a way closed by the factors cannot be taken by the actor', () => {
		const f = FACTOR_SETS.find((x) => x.emt === 'epithelial')!;
		const actor = createActor(cascadeMachine, { input: { factors: f } }).start();
		actor.send({ type: 'invade' });
		expect(stateIdOf(actor.getSnapshot().value)).toBe('primaryTumour');
		actor.send({ type: 'invade-collectively' });
		expect(stateIdOf(actor.getSnapshot().value)).toBe('localInvasion');
		actor.stop();
	});
});
