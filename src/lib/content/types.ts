/**
 * The shapes of the explorer's content. Every entry is plain data; ./validate checks it against
 * these rules and against the machine, and names the entry at fault.
 */
import type { StageId } from '../cascade/graph';
import type { FactorKey, Organ } from '../cascade/factors';
import type { TransitionId } from '../cascade/machine';

/** One numbered reference of the review, parsed from references.txt. */
export interface Reference {
	/** The review's own reference number, 1–144. */
	n: number;
	authors: string;
	title: string;
	journal: string;
	volume: string;
	pages: string;
	year: number;
	/** The citation exactly as the review prints it (without the number). */
	citation: string;
}

/** A top-level stage of the cascade (a band of the diagram's story). */
export interface StageContent {
	id: StageId;
	title: string;
	/** One or two sentences for students. */
	summary: string;
}

/** One place the cell can be (an atomic state of the machine). */
export interface StateContent {
	/** The machine's atomic state id, e.g. "solitary". */
	id: string;
	/** Heading in the details panel, sentence case. */
	title: string;
	/** Label on the diagram: at most 22 characters. */
	label: string;
	/** 2–4 plain sentences on what is happening to the cell here. */
	body: string;
	/** For elimination states: the cause, short (e.g. "anoikis or shear"). */
	cause?: string;
	refs: number[];
}

/** Words for one transition of the machine. */
export interface TransitionContent {
	id: TransitionId;
	/** Button text, an imperative in sentence case, at most 32 characters: "Invade the stroma". */
	action: string;
	/** The way's label in the diagram, at most 18 characters: "Invade alone". The panel shows the action. */
	short: string;
	/** One sentence in the past tense for narration: what just happened. */
	narration: string;
}

/**
 * A mechanism behind one or more transitions. Adding a mechanism means adding one entry to
 * mechanisms.ts: name the transitions it drives and the review's references that show it.
 */
export interface Mechanism {
	/** Unique, kebab-case. */
	id: string;
	/** Short title, sentence case. */
	title: string;
	/** One to three sentences for students. */
	text: string;
	/** The review's reference numbers (1–144) that show it. */
	refs: number[];
	/** The transitions it drives. */
	transitions: TransitionId[];
	/** Shown only when one of these organs is chosen; absent means every organ. */
	organs?: Organ[];
}

/** Prose about a factor control. */
export interface FactorContent {
	key: FactorKey;
	/** One or two sentences: what the factor is and what it does in the model. */
	description: string;
	refs: number[];
}

export interface GlossaryEntry {
	/** Kebab-case id, used as the anchor on the glossary. */
	id: string;
	term: string;
	definition: string;
}

/** A section of the overview page, where general reviews are cited. */
export interface OverviewSection {
	id: string;
	title: string;
	text: string;
	refs: number[];
}
