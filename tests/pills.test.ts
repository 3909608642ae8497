/**
 * The labels (pills) of the ways on never cover each other: for every place and every set of
 * ways that the factors and the journey can open together, no two pills overlap, so each can be
 * read and clicked. Geometry from the same layout and pill boxes the diagram renders.
 */
import { describe, expect, it } from 'vitest';
import { FACTOR_DEFS, type Factors } from '../src/lib/cascade/factors';
import { GUARDS, guardHolds, type GuardName } from '../src/lib/cascade/conditions';
import { STATES, transitionsFrom } from '../src/lib/cascade/graph';
import { situationOf } from '../src/lib/cascade/situation';
import { transitionContent } from '../src/lib/content/core';
import { boxesOverlap, computeLayout, pillBox } from '../src/lib/diagram/layout';
import { allFactorSets } from './support/factor-sets';

const layout = computeLayout();


/** What the journey can have changed (guards read it): nothing, MET, a lymph node, or both. */
const JOURNEYS = [[], ['undergo-met'], ['enter-lymphatics'], ['undergo-met', 'enter-lymphatics']];

function pillOf(id: string) {
	const edge = layout.edges.find((e) => e.id === id)!;
	const at = layout.exits.find((x) => x.transition === id) ?? edge.label;
	return pillBox(at, `${edge.elimination ? '✕ ' : ''}${transitionContent(edge.id).action}`);
}

const FACTOR_SETS = allFactorSets();

// Every guard's verdict for every factor set and journey, computed once.
const SITUATIONS = JOURNEYS.flatMap((path) => FACTOR_SETS.map((f) => situationOf(f, path)));
const VERDICTS = new Map(
	(Object.keys(GUARDS) as GuardName[]).map((g) => [g, SITUATIONS.map((s) => guardHolds(g, s))] as const)
);

describe('the pills of the ways on', () => {
	it.each(STATES.filter((s) => !s.outcome).map((s) => [s.id]))('never overlap at %s, whatever is open', (stateId) => {
		const ways = transitionsFrom(stateId);
		const openSets = new Set<string>();
		SITUATIONS.forEach((_, i) =>
			openSets.add(
				ways
					.filter((t) => !t.guard || VERDICTS.get(t.guard)![i])
					.map((t) => t.id)
					.join(' ')
			)
		);
		for (const set of openSets) {
			const ids = set.split(' ').filter(Boolean);
			for (const [i, a] of ids.entries())
				for (const b of ids.slice(i + 1))
					expect(boxesOverlap(pillOf(a), pillOf(b)), `${a} and ${b} at ${stateId}`).toBe(false);
		}
	});
});
