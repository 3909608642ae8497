/**
 * Tours: named, ordered walks through the statechart, written as data (../content/tours.ts for the
 * shipped ones; a lecturer's own come from the tour builder or a JSON file). ./validate checks the
 * shape, ./replay checks every step against the machine.
 */
import type { Factors } from '../cascade/factors';
import type { TransitionId } from '../cascade/machine';

export interface TourStep {
	/** Factors changed at this step, before its way is taken (the control's own values). */
	set?: Partial<Factors>;
	/** The way the cell takes at this step. A step may only change factors; the first step does neither. */
	take?: TransitionId;
	/** What the audience reads: one to four plain sentences. */
	narration: string;
	/** The review's reference numbers (1–144) the step leans on. */
	refs: number[];
	/** For the lecturer only, shown in the presenter view. */
	notes?: string;
}

export interface Tour {
	/** Kebab-case, part of the URL: /tours/<id>. */
	id: string;
	title: string;
	/** One or two sentences: what the tour shows. */
	summary: string;
	/** Factors at the start that differ from the defaults. */
	start?: Partial<Factors>;
	/** The first step introduces the start; each later step takes a way, changes factors, or both. */
	steps: TourStep[];
}
