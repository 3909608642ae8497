/**
 * Missions: the shipped ones pass the schema and are solvable (a breadth-first search of the
 * machine finds journeys that checkMission accepts); the schema names what is wrong with a broken
 * mission; checkMission judges real journeys against the machine.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS } from '../src/lib/cascade/factors';
import { defaultNext } from '../src/lib/cascade/graph';
import { actorAt, startView, viewOf, type View } from '../src/lib/cascade/session';
import type { TransitionId } from '../src/lib/cascade/machine';
import { pathThrough } from '../src/lib/content/core';
import { MISSIONS } from '../src/lib/content/missions';
import {
	causeOf,
	checkMission,
	describeWay,
	lockedKeys,
	missionStart,
	replayJourney
} from '../src/lib/missions/check';
import type { Mission } from '../src/lib/missions/types';
import {
	assertValidMissions,
	missionProblems,
	missionsProblems
} from '../src/lib/missions/validate';
import { solveMission } from './support/mission-solver';

const mission = (id: string) => MISSIONS.find((m) => m.id === id)!;

/** Plays steps and factor changes on the machine, as a student would. */
function play(start: View, moves: (TransitionId | [string, unknown])[]): View {
	const actor = actorAt(start);
	actor.start();
	for (const m of moves)
		actor.send(
			typeof m === 'string' ? { type: m } : ({ type: 'setFactor', key: m[0], value: m[1] } as never)
		);
	const view = viewOf(actor.getSnapshot());
	actor.stop();
	return view;
}

/** The shortest way to dormancy: leave early, lodge, cross, spread, adapt, initiate, rest. */
/** Presses Next (the default way on) until it is unavailable. */
function nextToTheEnd(start: View): View {
	let view = start;
	for (let t = defaultNext(view.stateId, view.factors, view.path); t;) {
		view = play(view, [t.id]);
		t = defaultNext(view.stateId, view.factors, view.path);
	}
	return view;
}

const TO_DORMANCY = pathThrough('enter-dormancy');

describe('shipped missions', () => {
	it('at least six, with no schema problem', () => {
		expect(MISSIONS.length).toBeGreaterThanOrEqual(6);
		expect(missionsProblems(MISSIONS)).toEqual([]);
		expect(() => assertValidMissions(MISSIONS)).not.toThrow();
	});

	it.each(MISSIONS.map((m) => [m.id, m] as const))(
		'%s is solvable: a search of the machine finds journeys that Check accepts',
		(_id, m) => {
			const solution = solveMission(m);
			expect(solution, `no journey solves mission "${m.id}"`).not.toBeNull();
			expect(solution!.verdict.solved).toBe(true);
			// Replayed from scratch, attempt by attempt, the same journeys solve it.
			let found: string[] = [];
			let last = null;
			for (const view of solution!.attempts) {
				expect(replayJourney(view)).toEqual({ ok: true });
				last = checkMission(m, view, found);
				found = last.ways;
			}
			expect(last?.solved).toBe(true);
		},
		60_000
	);

	it.each(MISSIONS.map((m) => [m.id, m] as const))('%s is not solved at its start', (_id, m) => {
		const verdict = checkMission(m, missionStart(m));
		expect(verdict.solved).toBe(false);
		expect(verdict.message).toMatch(/^Not yet: /);
	});
});

describe('checking a mission against the machine', () => {
	it('bone with MHC-I: the third hint solves it with Next alone', () => {
		const m = mission('bone-keeps-mhc');
		const start = startView({
			...DEFAULT_FACTORS,
			...m.fixed,
			perivascularNiche: false,
			sting: false,
			tCellSuppression: true
		});
		const view = nextToTheEnd(start);
		expect(view.stateId).toBe('macrometastasis');
		const verdict = checkMission(m, view);
		expect(verdict.solved).toBe(true);
		expect(verdict.message).toContain('Solved');
		expect(verdict.reasons.map((r) => r.refs).flat()).toContain(139);
	});

	it('a stalled lesion: the third hint stalls it with Next, and the niche change frees it', () => {
		const m = mission('free-a-stalled-lesion');
		const stalled = nextToTheEnd(
			startView({ ...DEFAULT_FACTORS, ...m.fixed, inflammation: true, sting: false })
		);
		expect(stalled.stateId).toBe('balanced');
		expect(checkMission(m, stalled).solved).toBe(false);
		const freed = play(stalled, [['perivascularNiche', false], 'vascular-switch']);
		expect(checkMission(m, freed).solved).toBe(true);
	});

	it('the last hint of each of the other missions leads to a solution', () => {
		const solves = (id: string, attempts: View[]) => {
			let found: string[] = [];
			let solved = false;
			for (const view of attempts) {
				const verdict = checkMission(mission(id), view, found);
				expect(verdict.met, `${id}: ${verdict.message}`).toBe(true);
				found = verdict.ways;
				solved = verdict.solved;
			}
			expect(solved, id).toBe(true);
		};
		const startOf = (id: string) => missionStart(mission(id));
		// Lodge, then killed in the vessel; dormant, then cleared; inflammation, wake, killed.
		const immune = startOf('three-immune-deaths');
		const dormant = play(immune, TO_DORMANCY);
		solves('three-immune-deaths', [
			play(immune, ['invade', 'intravasate', 'arrest', 'killed-in-vessel']),
			play(dormant, ['cleared-while-dormant']),
			play(dormant, [['inflammation', true], 'awaken', 'killed-on-waking'])
		]);
		// As a cluster into the blood; Back; through a lymph node.
		const cluster = play(startOf('epithelial-ways-out'), ['invade-collectively']);
		solves('epithelial-ways-out', [
			play(cluster, ['intravasate']),
			play(cluster, ['enter-lymphatics', 'leave-lymph-node'])
		]);
		// The niche disrupted before the first step; after MET, grow at once.
		let colony = play(startOf('mesenchymal-to-colony'), [['perivascularNiche', false]]);
		for (
			let t = defaultNext(colony.stateId, colony.factors, colony.path);
			t && colony.stateId !== 'initiating';
		) {
			colony = play(colony, [t.id]);
			t = defaultNext(colony.stateId, colony.factors, colony.path);
		}
		expect(colony.path).toContain('undergo-met');
		solves('mesenchymal-to-colony', [play(colony, ['grow-at-once'])]);
		// Next once, through a lymph node, two factors changed, then Next to the end.
		const tolerated = play(startOf('slip-past-t-cells'), [
			'invade',
			'enter-lymphatics',
			'leave-lymph-node',
			['perivascularNiche', false],
			['sting', false]
		]);
		const end = nextToTheEnd(tolerated);
		expect(end.stateId).toBe('macrometastasis');
		solves('slip-past-t-cells', [end]);
	});

	it('a fixed factor changed on the way breaks the mission, named', () => {
		const m = mission('bone-keeps-mhc');
		const start = startView({
			...DEFAULT_FACTORS,
			...m.fixed,
			perivascularNiche: false,
			sting: false
		});
		const view = play(start, [
			...TO_DORMANCY,
			'awaken',
			'grow-out',
			'expand',
			'evade-nk',
			['mhcI', false],
			'evade-t-cells'
		]);
		expect(view.stateId).toBe('macrometastasis');
		const verdict = checkMission(m, view);
		expect(verdict.solved).toBe(false);
		expect(verdict.problems).toEqual([
			'“Antigen presentation (MHC-I)” had to stay presented at every step, but after step 11 it was not.'
		]);
	});

	it('a journey the machine would not take is refused', () => {
		const m = mission('bone-keeps-mhc');
		const forged: View = {
			...missionStart(m),
			stateId: 'localInvasion',
			path: ['invade'],
			startFactors: { ...missionStart(m).factors, emt: 'epithelial' },
			factors: { ...missionStart(m).factors, emt: 'epithelial' }
		};
		const verdict = checkMission(m, forged);
		expect(verdict.solved).toBe(false);
		expect(verdict.message).toMatch(
			/does not replay on the model: step 1, “Invade the stroma alone”/
		);
	});

	it('liver wake-ups count causes, not attempts, and not mixed signals', () => {
		const m = mission('liver-two-wake-ups');
		const start = missionStart(m);
		const byInflammation = play(start, [...TO_DORMANCY, ['inflammation', true], 'awaken']);
		const first = checkMission(m, byInflammation);
		expect(first.way).toBe('inflammation=true');
		expect(first.solved).toBe(false);
		expect(first.message).toMatch(/^A way found \(1 of 2\)/);
		// The same cause again does not count twice.
		const again = checkMission(m, byInflammation, first.ways);
		expect(again.message).toMatch(/^Already found/);
		expect(again.ways).toEqual(first.ways);
		// Two signals at once show no single cause.
		const mixed = play(start, [
			...TO_DORMANCY,
			['inflammation', true],
			['surgery', true],
			'awaken'
		]);
		const both = checkMission(m, mixed, first.ways);
		expect(both.way).toBeNull();
		expect(both.met).toBe(true);
		expect(both.solved).toBe(false);
		// NK cells suppressed in the liver: a second cause (with the organ that makes it one).
		const byNk = play(start, [...TO_DORMANCY, ['nkActive', false], 'awaken']);
		const second = checkMission(m, byNk, first.ways);
		expect(second.way).toBe('organ=liver&nkActive=false');
		expect(second.solved).toBe(true);
		expect(describeWay(m, second.way!)).toBe(
			'Target organ: Liver and NK-cell activity: suppressed'
		);
	});

	it('causeOf names each setting whose change alone closes the way', () => {
		expect(causeOf('awaken', { ...DEFAULT_FACTORS, inflammation: true }, TO_DORMANCY)).toBe(
			'inflammation=true'
		);
		expect(
			causeOf('awaken', { ...DEFAULT_FACTORS, inflammation: true, surgery: true }, TO_DORMANCY)
		).toBe('');
	});

	it('locked keys are the fixed factors', () => {
		expect(lockedKeys(mission('slip-past-t-cells'))).toEqual([
			'surgery',
			'tCellSuppression',
			'mhcI'
		]);
	});
});

describe('mission schema', () => {
	const good: Mission = mission('bone-keeps-mhc');
	const broken = (over: Record<string, unknown>) => ({ ...good, ...over });
	it.each([
		[{ id: 'Bad Id' }, 'Mission "Bad Id": "id" must be kebab-case'],
		[{ title: '' }, 'Mission "bone-keeps-mhc": "title" must be a text that is not empty'],
		[{ summary: 'x'.repeat(400) }, '"summary" is 400 characters long; at most 300 fit'],
		[{ success: 'See https://example.org' }, '"success" contains a URL'],
		[{ fixed: { organ: 'spleen' } }, 'not a value of the factor "Target organ"'],
		[{ start: { wings: true } }, '"start" sets "wings", which is not a factor'],
		[{ start: { organ: 'liver' } }, '"organ" is both in "start" and in "fixed"'],
		[{ goal: { kind: 'reach', target: { states: ['moon'] } } }, 'names the place "moon"'],
		[
			{ goal: { kind: 'reach', target: { take: 'fly' } } },
			'the goal takes "fly", which is not a way'
		],
		[{ goal: { kind: 'win' } }, 'the goal\'s "kind" must be "reach" or "ways"'],
		[
			{ goal: { kind: 'ways', target: { take: 'awaken' }, count: 1, by: 'cause' } },
			'"count" must be a whole number from 2 to 5'
		],
		[
			{ goal: { kind: 'ways', target: { take: 'awaken' }, count: 2, by: 'luck' } },
			'"by" must be "transition" or "cause"'
		],
		[
			{ goal: { kind: 'ways', target: { take: 'awaken' }, count: 2, by: 'transition' } },
			'ways told apart by "transition" need a target of "states"'
		],
		[{ hints: [good.hints[0], good.hints[1]] }, '"hints" must be a ladder of exactly three hints'],
		[{ hints: [good.hints[0], good.hints[1], 'text'] }, 'hint 3 must be an object'],
		[
			{ hints: [good.hints[0], good.hints[1], { text: 'x', refs: [999] }] },
			'hint 3 cites reference 999, which is not one of the review’s (1–144)'
		],
		[{ refs: [] }, '"refs" must list the review’s reference numbers'],
		[{ refs: [0] }, 'it cites reference 0'],
		[{ extra: 1 }, '"extra" is not part of a mission']
	])('%j is refused, named', (over, message) => {
		const problems = missionProblems(broken(over));
		expect(problems.join('\n')).toContain(message);
		expect(problems.every((p) => p.startsWith('Mission "'))).toBe(true);
	});
	it('refuses what is not a mission, and duplicates', () => {
		expect(missionProblems(null)).toEqual([
			'A mission must be an object with an id, a title, a goal and hints'
		]);
		expect(missionsProblems([good, good])).toEqual(['Mission "bone-keeps-mhc" is listed twice']);
		expect(() => assertValidMissions([{ ...good, refs: [] }])).toThrow(
			/The missions have 1 problem/
		);
	});
});
