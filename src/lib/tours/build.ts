/**
 * The tour builder's model. A lecturer walks the machine in the explorer; each way taken adds a
 * step, and each factor changed adds a step that sets it (changes made one after another, before
 * any words are written for them, share one step; changes before the first way set the tour's
 * start). They write the words of each step, and can remove the last step. Pure: the page turns
 * the explorer's changes into these actions and shows the draft's end on the machine.
 */
import { DEFAULT_FACTORS, type FactorKey, type Factors } from '../cascade/factors';
import type { TransitionId } from '../cascade/machine';
import { transitionContent } from '../content/core';
import { describeChange } from '../content/describe-change';
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

/** What a step does, in words: "The start", "Takes “Invade the stroma”; sets NK-cell activity to suppressed". */
export function describeStep(step: TourStep, index: number): string {
	if (index === 0) return 'The start';
	const parts: string[] = [];
	for (const [key, value] of Object.entries(step.set ?? {}))
		parts.push(
			`${describeChange({ key: key as FactorKey, value: value as Factors[FactorKey] }).replace(/^Set/, 'sets')}`
		);
	if (step.take) parts.push(`takes “${transitionContent(step.take).action}”`);
	const text = parts.join('; ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A draft kept in the browser, read back leniently (words may still be missing) but never
 * trusted: anything that is not a draft whose ways and changes replay on the machine is null.
 */
export function readDraft(text: string | null): Draft | null {
	if (!text) return null;
	let x: unknown;
	try {
		x = JSON.parse(text);
	} catch {
		return null;
	}
	const isObject = (v: unknown): v is Record<string, unknown> =>
		typeof v === 'object' && v !== null && !Array.isArray(v);
	if (!isObject(x) || typeof x.title !== 'string' || typeof x.summary !== 'string') return null;
	if (!isObject(x.start) || !Array.isArray(x.steps) || x.steps.length < 1) return null;
	const steps: TourStep[] = [];
	for (const s of x.steps) {
		if (!isObject(s) || typeof s.narration !== 'string' || !Array.isArray(s.refs)) return null;
		if (!s.refs.every((n) => Number.isSafeInteger(n))) return null;
		if (s.notes !== undefined && typeof s.notes !== 'string') return null;
		if (s.take !== undefined && typeof s.take !== 'string') return null;
		if (s.set !== undefined && !isObject(s.set)) return null;
		steps.push({
			...(s.set ? { set: s.set as Partial<Factors> } : {}),
			...(s.take ? { take: s.take as TransitionId } : {}),
			narration: s.narration,
			refs: [...(s.refs as number[])],
			...(s.notes ? { notes: s.notes as string } : {})
		});
	}
	const draft: Draft = {
		title: x.title,
		summary: x.summary,
		start: x.start as Partial<Factors>,
		steps
	};
	const actionsOnly = tourOfDraft({
		...draft,
		title: 'Draft',
		steps: draft.steps.map((s) => ({ ...s, narration: 'x' }))
	});
	return replayTour(actionsOnly).ok ? draft : null;
}
