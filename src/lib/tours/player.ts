/**
 * A tour player over replayed views, shared by the tour pages, lecture mode and the presenter
 * view: the step a link asks for (numbered from 1 in the URL, as "Step 3 of 12" counts), moving
 * through the steps, the stage of each step and "jump to stage k". A deck is a tour made ready to
 * play: each step's view, narration, references and notes. Without a tour, the deck is the
 * explorer's default way on (Next, `defaultNext`) from the start. Pure: it runs the statechart,
 * nothing else.
 */
import { defaultNext, getState, STAGE_IDS, type StageId } from '../cascade/graph';
import { actorAt, START_VIEW, viewOf, type View } from '../cascade/session';
import { stageContent } from '../content/core';
import { narrate } from '../narration';
import { clean, visible } from './clean';
import { replayTour } from './replay';
import { decodeTour } from './share';
import type { Tour } from './types';

export interface DeckStep {
	view: View;
	narration: string;
	refs: readonly number[];
	notes?: string;
}

export interface Deck {
	/** "tour:<id>" for a tour, "free" for the default way: what two windows compare to stay in step. */
	id: string;
	/** The shipped tour's id; undefined for a lecturer's own tour and for the default way. */
	tourId?: string;
	/** A lecturer's own tour: the `t` parameter it travels in (./share); undefined otherwise. */
	shared?: string;
	title: string;
	steps: DeckStep[];
}

export const FREE_DECK_ID = 'free';
/** The longest default walk played (the model never loops; this only bounds the work). */
const MAX_WALK = 60;

/** A tour ready to play. A tour that does not replay plays the steps before the refused one. */
export function tourDeck(tour: Tour): Deck {
	const { views } = replayTour(tour);
	return {
		id: `tour:${tour.id}`,
		tourId: tour.id,
		title: tour.title,
		steps: views.map((view, i) => {
			const step = tour.steps[i]!;
			return {
				view,
				narration: step.narration,
				refs: step.refs,
				...(step.notes ? { notes: step.notes } : {})
			};
		})
	};
}

/** The views Next takes from `start` until no way on is open (start included). */
export function defaultWalk(start: View = START_VIEW): View[] {
	const views = [start];
	const actor = actorAt(start);
	actor.start();
	try {
		for (let i = 0; i < MAX_WALK; i++) {
			const at = viewOf(actor.getSnapshot());
			const next = defaultNext(at.stateId, at.factors, at.path);
			if (!next) break;
			actor.send({ type: next.id });
			views.push(viewOf(actor.getSnapshot()));
		}
	} finally {
		actor.stop();
	}
	return views;
}

/** The explorer's default way on as a deck, narrated as the explorer narrates each step. */
export function freeDeck(): Deck {
	const views = defaultWalk();
	return {
		id: FREE_DECK_ID,
		title: 'The cascade, step by step',
		steps: views.map((view, i) => ({
			view,
			narration:
				i === 0
					? `One carcinoma cell in the primary tumour. ${narrate(view, view, { kind: 'restore' })}`
					: narrate(views[i - 1]!, view, { kind: 'step' }),
			refs: []
		}))
	};
}

/** A short, stable name for a shared tour's link, so that two windows of it can find each other. */
function linkHash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return (h >>> 0).toString(36);
}

/**
 * A lecturer's own tour, from the `t` parameter of its link, ready to play; or the problems that
 * keep it from opening, in the words a loaded file gets.
 */
export function sharedDeck(param: string): { deck: Deck } | { problems: string[] } {
	const parsed = decodeTour(param);
	if (!parsed.ok) return { problems: parsed.problems };
	const deck = tourDeck(parsed.tour);
	return { deck: { ...deck, id: `shared:${linkHash(param)}`, tourId: undefined, shared: param } };
}

/**
 * The deck a lecture link asks for: with `?t=…`, a lecturer's own tour; with `?tour=<id>`, that
 * shipped tour; with neither, the default way. A tour that is not there, or a damaged `t`, gives
 * the default way and a polite notice naming what is wrong.
 */
export function deckFromUrl(
	raw: string | null | undefined,
	tours: readonly Tour[],
	shared: string | null | undefined = null
): { deck: Deck; notice: string } {
	if (shared !== null && shared !== undefined) {
		const got = sharedDeck(shared);
		if ('deck' in got) return { deck: got.deck, notice: '' };
		return {
			deck: freeDeck(),
			notice: `This link’s own tour could not be opened (${got.problems.slice(0, 3).map(visible).join(' ')}), so this shows the explorer’s default way through the cascade instead.`
		};
	}
	if (raw === null || raw === undefined || raw === '') return { deck: freeDeck(), notice: '' };
	const tour = tours.find((t) => t.id === raw);
	if (tour) return { deck: tourDeck(tour), notice: '' };
	return {
		deck: freeDeck(),
		notice: `There is no tour called “${clean(raw)}”, so this shows the explorer’s default way through the cascade instead. All tours are listed on the Tours page.`
	};
}

/**
 * The query of a lecture link to step `index` of a deck: `?tour=<id>&step=N` for a shipped tour,
 * `?t=…&step=N` for a lecturer's own, `?step=N` for the default way.
 */
export function deckQuery(deck: Deck, index: number): string {
	const from = deck.shared
		? `t=${encodeURIComponent(deck.shared)}&`
		: deck.tourId
			? `tour=${encodeURIComponent(deck.tourId)}&`
			: '';
	return `?${from}step=${stepParam(index)}`;
}

export interface StepFromUrl {
	/** The step to show, counted from 0. */
	index: number;
	/** A polite sentence when the link's step could not be used as it was; '' otherwise. */
	notice: string;
}

export { clean };

/**
 * The step a link's `?step` asks for. Steps are counted from 1, as on screen. Missing: the first,
 * without a notice. Not a whole number from 1: the first, with a notice. Past the end: the last,
 * with a notice. Never throws.
 */
export function stepFromUrl(raw: string | null | undefined, count: number): StepFromUrl {
	if (count <= 0) return { index: 0, notice: '' };
	if (raw === null || raw === undefined || raw === '') return { index: 0, notice: '' };
	const shown = clean(raw);
	if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1)
		return {
			index: 0,
			notice: `This link asks for step “${shown}”, which is not a step number (1 to ${count}), so the tour starts at step 1.`
		};
	const n = Number(raw);
	if (n > count)
		return {
			index: count - 1,
			notice: `This link asks for step ${n}, but the tour has ${count} steps, so it shows the last one.`
		};
	return { index: n - 1, notice: '' };
}

/** The value of `?step` for a step index. */
export const stepParam = (index: number) => String(index + 1);

const clamp = (i: number, count: number) => Math.max(0, Math.min(count - 1, i));
export const nextStep = (i: number, count: number) => clamp(i + 1, count);
export const backStep = (i: number, count: number) => clamp(i - 1, count);
export const firstStep = () => 0;
export const lastStep = (count: number) => Math.max(0, count - 1);

/** "Step 3 of 12". */
export function progressText(index: number, count: number): string {
	return `Step ${index + 1} of ${count}`;
}

/** The stage the cell is in at a step. */
export function stageOf(view: View): StageId {
	return getState(view.stateId)?.stage ?? STAGE_IDS[0];
}

/** A stage's number for the number keys: 1 for the first of STAGE_IDS. */
export const stageNumber = (stage: StageId) => STAGE_IDS.indexOf(stage) + 1;

/**
 * The first step whose view is in stage `k` (1 for the first of STAGE_IDS, as the number keys
 * 1–9 count), or null when the deck never reaches it or there is no such stage.
 */
export function stepForStage(views: readonly View[], k: number): number | null {
	const stage = STAGE_IDS[k - 1];
	if (!Number.isInteger(k) || !stage) return null;
	const i = views.findIndex((v) => stageOf(v) === stage);
	return i < 0 ? null : i;
}

/** The stages the number keys reach in a deck: each key with its stage's title and first step. */
export function stageKeys(views: readonly View[]): { key: number; title: string; step: number }[] {
	return STAGE_IDS.flatMap((stage, i) => {
		const step = stepForStage(views, i + 1);
		return step === null ? [] : [{ key: i + 1, title: stageContent(stage).title, step }];
	});
}

/**
 * Whether moving from one step to the next is one way taken (the diagram's marker then travels
 * it) rather than a jump.
 */
export function isOneStep(from: View, to: View): boolean {
	return to.path.length === from.path.length + 1 && from.path.every((id, i) => to.path[i] === id);
}
