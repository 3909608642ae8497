/**
 * The live region's words (src/lib/narration.ts), checked against the domain: every step of the
 * generated walks, Back, Start again, restoring a view, factor changes that open or close ways,
 * and the end of the journey. Nothing here names a state or transition beyond the start, so new
 * states, transitions and factors join by themselves.
 */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_FACTORS,
	FACTOR_DEFS,
	type FactorDef,
	type FactorKey,
	type Factors
} from '../src/lib/cascade/factors';
import { getState, INITIAL_STATE_ID, STATES, statusesFrom } from '../src/lib/cascade/graph';
import { START_VIEW, type View } from '../src/lib/cascade/session';
import { stageContent, stateContent, transitionContent } from '../src/lib/content/core';
import { narrate, whatNext, whereNow } from '../src/lib/narration';
import { plainView, viewAt } from './support/views';
import { allWalks, coveringWalks } from './support/walks';

/** How the narration joins a list of actions: "A", "A or B", "A, B or C". */
function spoken(items: string[]): string {
	return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** "Now at <title> (<stage title>)." for a state, from the content and the machine. */
function whereWords(stateId: string): string {
	return `Now at ${stateContent(stateId).title} (${stageContent(getState(stateId)!.stage).title}).`;
}

function openActions(view: View): string[] {
	return statusesFrom(view.stateId, view.factors, view.path)
		.filter((s) => s.open)
		.map((s) => transitionContent(s.transition.id).action);
}

/** What the narration must say comes next, worked out from the machine's statuses. */
function nextWords(view: View): string {
	const statuses = statusesFrom(view.stateId, view.factors, view.path);
	if (statuses.length === 0) return 'The journey ends here. Go back or start again.';
	const open = openActions(view);
	const closed = statuses.length - open.length;
	if (open.length === 0)
		return `Nothing is open from here${closed ? '; change a factor to open a way on' : ''}.`;
	return `Open next: ${spoken(open)}.${closed ? ` ${closed} more closed.` : ''}`;
}

/** Every (before, after) pair of every step the covering walks take. */
const STEPS = coveringWalks().flatMap((walk) =>
	walk.steps.map((step, i) => ({
		name: `${walk.description} — step ${i + 1}, ${step}`,
		step,
		before: viewAt([...walk.start.path, ...walk.steps.slice(0, i)], walk.scenario.factors),
		after: viewAt([...walk.start.path, ...walk.steps.slice(0, i + 1)], walk.scenario.factors),
		to: walk.states[i + 1]!
	}))
);

describe('narration of a step', () => {
	it('has steps to check', () => expect(STEPS.length).toBeGreaterThan(0));
	it.each(STEPS.map((s) => [s.name, s] as const))('%s', (_name, { step, before, after, to }) => {
		const said = narrate(before, after, { kind: 'step' });
		// What happened, then where the cell is, then what is open next, in that order.
		expect(said).toBe(`${transitionContent(step).narration} ${whereWords(to)} ${nextWords(after)}`);
		for (const action of openActions(after)) expect(said).toContain(action);
	});
});

describe('the end of the journey', () => {
	const outcomes = STATES.filter((s) => s.outcome);
	const reached = allWalks().filter((w) => getState(w.states.at(-1)!)?.outcome);
	it('every outcome state is reached by some walk', () =>
		expect(new Set(reached.map((w) => w.states.at(-1))).size).toBe(outcomes.length));
	it.each(outcomes.map((s) => [s.id] as const))(
		'%s: says the journey ends, offers no way on',
		(id) => {
			const walk = reached.find((w) => w.states.at(-1) === id)!;
			const after = viewAt([...walk.start.path, ...walk.steps], walk.scenario.factors);
			const before = viewAt(
				[...walk.start.path, ...walk.steps].slice(0, -1),
				walk.scenario.factors
			);
			const said = narrate(before, after, { kind: 'step' });
			expect(said).toContain(whereWords(id));
			expect(said.endsWith('The journey ends here. Go back or start again.')).toBe(true);
			expect(said).not.toContain('Open next');
		}
	);
});

describe('Back', () => {
	const cases = STEPS.map((s) => [s.name, s] as const);
	it.each(cases)('%s, undone', (_name, { before, after }) => {
		// Back goes from `after` to `before`: the narration says where the cell is now.
		const said = narrate(after, before, { kind: 'back' });
		expect(said).toBe(`Went back one step. ${whereWords(before.stateId)} ${nextWords(before)}`);
	});
});

describe('Start again and restoring a view', () => {
	const factorSets = [
		{ ...DEFAULT_FACTORS },
		...new Set(coveringWalks().map((w) => w.scenario.factors))
	];
	it.each(factorSets.map((f, i) => [i, f] as const))(
		'Start again (factor set %i) names the start and what is open',
		(_i, factors) => {
			const somewhere = STEPS.at(-1)!.after;
			const start: View = plainView(INITIAL_STATE_ID, [], factors);
			const said = narrate({ ...somewhere, factors }, start, { kind: 'reset' });
			expect(said).toBe(`Started again at the primary tumour. ${nextWords(start)}`);
		}
	);
	it.each(STEPS.map((s) => [s.name, s] as const))(
		'restoring the view after %s',
		(_name, { after }) => {
			expect(narrate(START_VIEW, after, { kind: 'restore' })).toBe(
				`${whereWords(after.stateId)} ${nextWords(after)}`
			);
		}
	);
	it('whereNow and whatNext say the same as the full narration', () => {
		for (const { after } of STEPS) {
			expect(whereNow(after)).toBe(whereWords(after.stateId));
			expect(whatNext(after)).toBe(nextWords(after));
		}
	});
});

/** Every other value a factor can take than the one it has. */
function otherValues(def: FactorDef, factors: Factors): unknown[] {
	const current = factors[def.key];
	if (def.kind === 'toggle') return [!current];
	return def.options.map((o) => o.value).filter((v) => v !== current);
}

/** The words for a factor's value, from its definition. */
function valueWords(def: FactorDef, value: unknown): string {
	if (def.kind === 'toggle') return value ? def.on : def.off;
	return def.options.find((o) => o.value === value)!.label;
}

interface FactorCase {
	name: string;
	key: FactorKey;
	before: View;
	after: View;
	opened: string[];
	closed: string[];
}

/**
 * Factor changes found by search, not by name: at every state each scenario's walks reach, change
 * one factor from the scenario's value to each other value and record which ways open and close.
 */
const FACTOR_CASES: FactorCase[] = (() => {
	const cases: FactorCase[] = [];
	const seen = new Set<string>();
	for (const walk of allWalks()) {
		const path = [...walk.start.path, ...walk.steps];
		const stateId = walk.states.at(-1)!;
		const base = walk.scenario.factors;
		if (seen.has(`${walk.scenario.name}/${stateId}`)) continue;
		seen.add(`${walk.scenario.name}/${stateId}`);
		for (const def of FACTOR_DEFS)
			for (const value of otherValues(def, base)) {
				const before = viewAt(path, { ...base });
				const after = viewAt(path, { ...base, [def.key]: value } as Factors);
				const was = statusesFrom(stateId, before.factors, before.path)
					.filter((s) => s.open)
					.map((s) => s.transition.id);
				const now = statusesFrom(stateId, after.factors, after.path)
					.filter((s) => s.open)
					.map((s) => s.transition.id);
				cases.push({
					name: `${walk.scenario.name}, at ${stateId}: ${def.key} → ${String(value)}`,
					key: def.key,
					before,
					after,
					opened: now.filter((id) => !was.includes(id)).map((id) => transitionContent(id).action),
					closed: was.filter((id) => !now.includes(id)).map((id) => transitionContent(id).action)
				});
			}
	}
	return cases;
})();

describe('a factor change', () => {
	it('the search finds changes that open ways, that close ways, and that change nothing', () => {
		expect(FACTOR_CASES.some((c) => c.opened.length > 0)).toBe(true);
		expect(FACTOR_CASES.some((c) => c.closed.length > 0)).toBe(true);
		expect(FACTOR_CASES.some((c) => c.opened.length === 0 && c.closed.length === 0)).toBe(true);
	});
	it.each(FACTOR_CASES.map((c) => [c.name, c] as const))(
		'%s',
		(_name, { key, before, after, opened, closed }) => {
			const def = FACTOR_DEFS.find((d) => d.key === key)!;
			const said = narrate(before, after, { kind: 'factor', key });
			const expected = [`${def.label}: ${valueWords(def, after.factors[key])}.`];
			if (opened.length) expected.push(`Now open: ${spoken(opened)}.`);
			if (closed.length) expected.push(`Now closed: ${spoken(closed)}.`);
			if (!opened.length && !closed.length) expected.push('No way on from here changed.');
			expect(said).toBe(expected.join(' '));
		}
	);
});
