/**
 * Missions: a goal under constraints that a student reaches on the explorer, checked against the
 * machine on the student's real journey (./check). The shipped missions live in
 * ../content/missions.ts; ./validate checks their shape at build time and in the tests, and a test
 * searches the machine for a solution to each.
 */
import type { Factors } from '../cascade/factors';
import type { TransitionId } from '../cascade/machine';

/** What must happen: the cell reaches one of these places, or takes this way. */
export type Target = { states: string[] } | { take: TransitionId };

export type Goal =
	/** Once: the journey meets the target. */
	| { kind: 'reach'; target: Target }
	/**
	 * Several times, in distinct ways, across attempts: by the way that led into the target
	 * ('transition'), or by the factor values that each alone held the target's way open ('cause').
	 */
	| { kind: 'ways'; target: Target; count: number; by: 'transition' | 'cause' };

/** One rung of a mission's hint ladder. */
export interface Hint {
	text: string;
	/** The review's reference numbers behind the hint (may be empty for the last, practical rung). */
	refs: number[];
}

export interface Mission {
	/** Kebab-case, part of the URL: /missions/<id>. */
	id: string;
	title: string;
	/** The goal in one or two sentences, as the student reads it. */
	summary: string;
	/** Factors set at the start that the student may change. */
	start?: Partial<Factors>;
	/** Factors set at the start and locked: they must hold at every step of the journey. */
	fixed?: Partial<Factors>;
	goal: Goal;
	/** Three hints, from general to nearly the answer; each true to the model's conditions. */
	hints: [Hint, Hint, Hint];
	/** The review's reference numbers (1–144) the mission rests on. */
	refs: number[];
	/** Shown once the mission is solved: what it teaches, one to three sentences. */
	success: string;
}
