/**
 * What a study summary (the end of a mission, or of a tour) shows: the path taken, step by step
 * with the factors changed on the way; every answer given, judged again by the machine with its
 * explanation; and every reference met on the way (the conditions of the steps taken, the hints
 * read, the answers' explanations and the mission's own). Pure: the component renders it and
 * loads the full citations on demand.
 */
import { DEFAULT_FACTORS, FACTOR_DEFS } from '../cascade/factors';
import { explain, getTransition } from '../cascade/graph';
import { factorsAt } from '../cascade/journey';
import type { View } from '../cascade/session';
import { stateContent, transitionContent } from '../content/core';
import { describeChange } from '../content/describe-change';
import type { Answer } from '../app/study-progress';
import { checkNext, checkWhy, nextChoices, whyChoices, type Reason } from '../tours/predict';
import { decodeView } from '../url';
import { describeSetting } from './check';

export interface SummaryStep {
	/** Counted from 1. */
	n: number;
	action: string;
	/** Factors changed just before this step, in words. */
	changes: string[];
}

export interface SummaryAnswer {
	question: string;
	/** Where the question was asked. */
	place: string;
	choice: string;
	correct: boolean;
	verdict: string;
	reasons: Reason[];
}

export interface Summary {
	/** The starting factors that differ from the defaults, in words. */
	start: string[];
	steps: SummaryStep[];
	/** Factors changed after the last step. */
	after: string[];
	/** Where the cell ended. */
	end: string;
	answers: SummaryAnswer[];
	/** Every reference met, by number. */
	refs: number[];
}

/** The path taken, with the factor changes between the steps. */
export function journeySteps(view: View): { steps: SummaryStep[]; after: string[] } {
	const changesAt = (steps: number) =>
		view.changes.filter((c) => c.step === steps).map((c) => describeChange(c));
	return {
		steps: view.path.map((id, i) => ({
			n: i + 1,
			action: transitionContent(id).action,
			changes: i === 0 ? [] : changesAt(i)
		})),
		after: changesAt(view.path.length).filter(() => view.path.length > 0)
	};
}

/** An answer judged again by the machine where it was asked; null when it cannot be replayed. */
export function judgeAnswer(answer: Answer): SummaryAnswer | null {
	const { view, notices } = decodeView(new URLSearchParams(answer.at));
	if (notices.length > 0) return null;
	const place = stateContent(view.stateId).title;
	if (answer.part === 'next') {
		const choice = nextChoices(view).find((c) => c.transitionId === answer.choice);
		if (!choice) return null;
		const feedback = checkNext(view, choice.transitionId);
		return {
			question: 'What happens next, and why?',
			place,
			choice: choice.label,
			correct: feedback.correct,
			verdict: feedback.verdict,
			reasons: feedback.reasons
		};
	}
	const way = answer.way ? getTransition(answer.way) : undefined;
	if (!way) return null;
	const choice = whyChoices(view, way.id).find((c) => c.id === answer.choice);
	if (!choice) return null;
	const feedback = checkWhy(view, way.id, choice.id);
	return {
		question: `Which change would close “${transitionContent(way.id).action}”?`,
		place,
		choice: choice.label,
		correct: feedback.correct,
		verdict: feedback.verdict,
		reasons: feedback.reasons
	};
}

export function summarize(
	view: View,
	answers: readonly Answer[],
	/** References met elsewhere: the mission's, the hints read. */
	otherRefs: readonly number[] = []
): Summary {
	const { steps, after } = journeySteps(view);
	const judged = answers.map(judgeAnswer).filter((a): a is SummaryAnswer => a !== null);
	const stepRefs = view.path.flatMap((id, i) =>
		explain(getTransition(id)!, factorsAt(view, i), view.path.slice(0, i)).conditions.flatMap(
			(c) => c.refs
		)
	);
	const answerRefs = judged.flatMap((a) => a.reasons.flatMap((r) => r.refs));
	return {
		start: FACTOR_DEFS.filter((d) => view.startFactors[d.key] !== DEFAULT_FACTORS[d.key]).map((d) =>
			describeSetting(d.key, view.startFactors[d.key] as never)
		),
		steps,
		after,
		end: stateContent(view.stateId).title,
		answers: judged,
		refs: [...new Set([...otherRefs, ...stepRefs, ...answerRefs])].sort((a, b) => a - b)
	};
}
