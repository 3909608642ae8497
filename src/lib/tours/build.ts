/**
 * The tour builder's model. A lecturer walks the machine in the explorer; each way taken adds a
 * step, and each factor changed adds a step that sets it (changes made one after another, before
 * any words are written for them, share one step; changes before the first way set the tour's
 * start). They write the words of each step, and can remove the last step. Pure: the page turns
 * the explorer's changes into these actions and shows the draft's end on the machine.
 */
import { DEFAULT_FACTORS, type FactorKey, type Factors } from '../cascade/factors';
import type { TransitionId } from '../cascade/machine';
import { replayTour, type Replay } from './replay';
import type { Tour, TourStep } from './types';

export interface Draft {
	title: string;
	summary: string;
	/** Factors at the start that differ from the defaults. */
	start: Partial<Factors>;
	/** steps[0] introduces the start. */
	steps: TourStep[];
}

export type BuildAction =
	| { kind: 'take'; id: TransitionId }
	| { kind: 'set'; key: FactorKey; value: Factors[FactorKey] }
	| { kind: 'removeLast' }
	| {
			kind: 'words';
			index: number;
			words: Partial<Pick<TourStep, 'narration' | 'notes' | 'refs'>>;
	  };

export function newDraft(): Draft {
	return { title: '', summary: '', start: {}, steps: [{ narration: '', refs: [] }] };
}

const hasWords = (s: TourStep) => s.narration.trim() !== '' || (s.notes ?? '').trim() !== '';

/** The factors in force before step `index` of the draft is taken (its `set` not yet applied). */
function factorsBefore(draft: Draft, index: number): Factors {
	const f = { ...DEFAULT_FACTORS, ...draft.start };
	for (const s of draft.steps.slice(1, index)) Object.assign(f, s.set ?? {});
	return f;
}

export function applyAction(draft: Draft, action: BuildAction): Draft {
	const steps = draft.steps.map((s) => ({ ...s }));
	switch (action.kind) {
		case 'take':
			return { ...draft, steps: [...steps, { take: action.id, narration: '', refs: [] }] };
		case 'set': {
			const { key, value } = action;
			if (steps.length === 1) {
				const start: Record<string, unknown> = { ...draft.start, [key]: value };
				if (value === DEFAULT_FACTORS[key]) delete start[key];
				return { ...draft, start: start as Partial<Factors> };
			}
			const last = steps.at(-1)!;
			if (!last.take && !hasWords(last)) {
				const set: Record<string, unknown> = { ...last.set, [key]: value };
				if (factorsBefore(draft, steps.length - 1)[key] === value) delete set[key];
				if (Object.keys(set).length === 0) return { ...draft, steps: steps.slice(0, -1) };
				return {
					...draft,
					steps: [...steps.slice(0, -1), { ...last, set: set as Partial<Factors> }]
				};
			}
			return {
				...draft,
				steps: [...steps, { set: { [key]: value } as Partial<Factors>, narration: '', refs: [] }]
			};
		}
		case 'removeLast':
			return steps.length > 1 ? { ...draft, steps: steps.slice(0, -1) } : draft;
		case 'words': {
			const step = steps[action.index];
			if (!step) return draft;
			const next: TourStep = { ...step, ...action.words };
			if (next.notes !== undefined && next.notes.trim() === '') delete next.notes;
			steps[action.index] = next;
			return { ...draft, steps };
		}
	}
}

/** Kebab-case id from a title: "Dormancy & waking" → "dormancy-waking". */
export function idFromTitle(title: string): string {
	const id = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return id || 'my-tour';
}

/** The tour a draft makes. */
export function tourOfDraft(draft: Draft): Tour {
	return {
		id: idFromTitle(draft.title),
		title: draft.title,
		summary: draft.summary,
		...(Object.keys(draft.start).length > 0 ? { start: { ...draft.start } } : {}),
		steps: draft.steps.map((s) => ({ ...s, refs: [...s.refs] }))
	};
}

/** A (checked) tour as a draft, to edit or extend. */
export function draftOfTour(tour: Tour): Draft {
	return {
		title: tour.title,
		summary: tour.summary,
		start: { ...tour.start },
		steps: tour.steps.map((s) => ({ ...s, refs: [...s.refs] }))
	};
}

/** The draft played on the machine: the view after each step. */
export function replayDraft(draft: Draft): Replay {
	return replayTour(tourOfDraft(draft));
}

/** Reference numbers typed as "26, 31 130" → [26, 31, 130]; anything else is left out. */
export function parseRefs(text: string): number[] {
	const ns = (text.match(/\d+/g) ?? []).map(Number).filter((n) => Number.isSafeInteger(n));
	return [...new Set(ns)];
}
