/**
 * Predict, then reveal: at a branch point (a place with two or more ways out) the student is asked
 * "What happens next, and why?" before the step is shown. Every choice comes from the model (each
 * way out of the place, in the machine's order), and every answer is checked against the machine:
 * a chosen way is right when the machine takes it from this view. The feedback is built from the
 * model's own words: the conditions' reasons and references, the mechanisms behind the way, and,
 * for a closed way, the one change of a factor that would open it.
 *
 * A second part asks about the way the cell really takes next (in a tour: the step's `take`):
 * "Which change would close it?" Its choices are the conditions' controls, each set to another
 * value; a choice is right when `explain` says the way is closed under the changed factors.
 *
 * Pure: it runs the statechart and reads the content; the mechanisms are passed in, since the
 * explorer loads them on demand.
 */
import { openingChange, type FactorChange } from '../cascade/advice';
import { CONDITIONS } from '../cascade/conditions';
import { FACTOR_DEFS, type FactorKey, type Factors } from '../cascade/factors';
import { explain, getTransition, transitionsFrom, type ConditionCheck } from '../cascade/graph';
import type { TransitionId } from '../cascade/machine';
import { actorAt, viewOf, type View } from '../cascade/session';
import { mechanismsIn, transitionContent } from '../content/core';
import { describeChange } from '../content/describe-change';
import type { Mechanism } from '../content/types';
import { replayTour } from './replay';
import type { Tour } from './types';

export const NEXT_PROMPT = 'What happens next, and why?';

/** One way out of the place, as a choice. */
export interface NextChoice {
	transitionId: TransitionId;
	/** The way's action text, e.g. "Wake up". */
	label: string;
	/** Whether the machine takes this way from here (the answer key, computed, never written). */
	open: boolean;
	elimination: boolean;
}

/** A place with two or more ways out. */
export const isBranchPoint = (stateId: string): boolean => transitionsFrom(stateId).length >= 2;

/** Whether the machine, started at this view, takes the way: it leaves the place and records the step. */
export function machineTakes(view: View, id: TransitionId): boolean {
	const t = getTransition(id);
	if (!t || t.from !== view.stateId) return false;
	const actor = actorAt(view);
	actor.start();
	try {
		actor.send({ type: id });
		const after = viewOf(actor.getSnapshot());
		return after.stateId === t.to && after.path.length === view.path.length + 1;
	} finally {
		actor.stop();
	}
}

/** The choices of "What happens next?" at this view; none when the place is not a branch point. */
export function nextChoices(view: View): NextChoice[] {
	if (!isBranchPoint(view.stateId)) return [];
	return transitionsFrom(view.stateId).map((t) => ({
		transitionId: t.id,
		label: transitionContent(t.id).action,
		open: machineTakes(view, t.id),
		elimination: t.elimination
	}));
}

/** A reason with its references, as the feedback lists it. */
export interface Reason {
	text: string;
	refs: readonly number[];
	holds: boolean;
}

export interface NextFeedback {
	correct: boolean;
	chosen: TransitionId;
	/** One sentence: whether the chosen way is open, and what the machine allows instead. */
	verdict: string;
	/** The conditions of the chosen way, each with why it holds or fails. */
	reasons: Reason[];
	/** The mechanisms behind the chosen way for this organ (empty while they have not loaded). */
	mechanisms: { title: string; text: string; refs: readonly number[] }[];
	/** For a closed way: the one change of a factor that would open it, in words. */
	opening: { change: FactorChange; text: string } | null;
	/** Every way the machine allows from here. */
	openWays: TransitionId[];
	/** Every reference the feedback cites, in order of first mention. */
	refs: number[];
}

const reasonsOf = (conditions: readonly ConditionCheck[]): Reason[] =>
	conditions.map((c) => ({ text: c.reason, refs: c.refs, holds: c.holds }));

function unique(lists: readonly (readonly number[])[]): number[] {
	return [...new Set(lists.flat())];
}

const listOf = (labels: string[]) =>
	labels.length <= 1
		? (labels[0] ?? '')
		: `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;

/** Checks a choice of "What happens next?" against the machine, with the model's explanation. */
export function checkNext(
	view: View,
	chosen: TransitionId,
	mechanisms: readonly Mechanism[] = []
): NextFeedback {
	const t = transitionsFrom(view.stateId).find((x) => x.id === chosen);
	if (!t) throw new Error(`"${chosen}" is not a way out of "${view.stateId}"`);
	const open = machineTakes(view, chosen);
	const status = explain(t, view.factors, view.path);
	const openWays = transitionsFrom(view.stateId)
		.filter((x) => machineTakes(view, x.id))
		.map((x) => x.id);
	const others = openWays
		.filter((id) => id !== chosen)
		.map((id) => `“${transitionContent(id).action}”`);
	const action = `“${transitionContent(chosen).action}”`;
	const verdict = open
		? `Right: the model leaves ${action} open here.${others.length ? ` ${others.length === 1 ? 'So is' : 'So are'} ${listOf(others)}.` : ''}`
		: `Not here: the model keeps ${action} closed.${others.length ? ` Open instead: ${listOf(others)}.` : ''}`;
	const reasons = reasonsOf(status.conditions);
	if (reasons.length === 0)
		reasons.push({
			text: 'No condition guards this way: from here it is always open in this model.',
			refs: [],
			holds: true
		});
	const shown = mechanismsIn(mechanisms, chosen, view.factors.organ).map((m) => ({
		title: m.title,
		text: m.text,
		refs: m.refs
	}));
	const change = open ? null : openingChange(view.stateId, view.factors, view.path, chosen);
	return {
		correct: open,
		chosen,
		verdict,
		reasons,
		mechanisms: shown,
		opening: change ? { change, text: describeChange(change) } : null,
		openWays,
		refs: unique([...reasons.map((r) => r.refs), ...shown.map((m) => m.refs)])
	};
}

// ---------------------------------------------------------------------------------------------
// The "why" part: which change would close the way the cell takes?

export const NONE_CLOSES = 'none';

export interface WhyChoice {
	/** `key=value` for a change, or NONE_CLOSES. */
	id: string;
	change: FactorChange | null;
	label: string;
	/** Whether the way is closed under the changed factors (the answer key, computed). */
	closes: boolean;
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const changeId = (c: FactorChange) => `${c.key}=${String(c.value)}`;

function otherValues(key: FactorKey, factors: Factors): Factors[FactorKey][] {
	const def = FACTOR_DEFS.find((d) => d.key === key)!;
	const values: Factors[FactorKey][] =
		def.kind === 'toggle' ? [true, false] : def.options.map((o) => o.value);
	return values.filter((v) => v !== factors[key]);
}

/**
 * The choices of "Which change would close it?" for the way `next` out of this view: every other
 * value of every control of the way's conditions (in the controls' order), then "No single change
 * closes it". Empty when the way has no conditions (nothing can close it) or is not open here.
 */
export function whyChoices(view: View, next: TransitionId): WhyChoice[] {
	const t = transitionsFrom(view.stateId).find((x) => x.id === next);
	if (!t || !machineTakes(view, next)) return [];
	const status = explain(t, view.factors, view.path);
	const controls = new Set<FactorKey>(status.conditions.flatMap((c) => CONDITIONS[c.id].controls));
	if (controls.size === 0) return [];
	const choices: WhyChoice[] = [];
	for (const def of FACTOR_DEFS) {
		if (!controls.has(def.key)) continue;
		for (const value of otherValues(def.key, view.factors)) {
			const change = { key: def.key, value } as FactorChange;
			choices.push({
				id: changeId(change),
				change,
				label: describeChange(change),
				closes: !explain(t, { ...view.factors, [def.key]: value }, view.path).open
			});
		}
	}
	choices.push({
		id: NONE_CLOSES,
		change: null,
		label: 'No single change closes it',
		closes: !choices.some((c) => c.closes)
	});
	return choices;
}

export interface WhyFeedback {
	correct: boolean;
	chosen: string;
	verdict: string;
	/** The way's conditions under the changed factors (or as they are, for "no single change"). */
	reasons: Reason[];
	/** The changes that would close the way. */
	closers: string[];
	refs: number[];
}

/** Checks a choice of "Which change would close it?" with `explain` under the changed factors. */
export function checkWhy(view: View, next: TransitionId, chosen: string): WhyFeedback {
	const choices = whyChoices(view, next);
	const choice = choices.find((c) => c.id === chosen);
	if (!choice) throw new Error(`"${chosen}" is not a choice for "${next}" here`);
	const t = getTransition(next)!;
	const action = `“${transitionContent(next).action}”`;
	const closers = choices.filter((c) => c.change && c.closes).map((c) => c.label);
	const factors = choice.change
		? { ...view.factors, [choice.change.key]: choice.change.value }
		: view.factors;
	const status = explain(t, factors, view.path);
	// What decides: after a closing change, the conditions that fail; otherwise those that hold.
	const shown = status.conditions.filter((c) => (choice.change && !status.open ? !c.holds : true));
	const reasons = reasonsOf(shown);
	let verdict: string;
	if (choice.change)
		verdict = choice.closes
			? `Right: ${lower(choice.label)}, and the model closes ${action}.`
			: `No: ${lower(choice.label)}, and ${action} stays open.${closers.length ? ` A change that closes it: ${lower(closers[0]!)}.` : ' No single change closes it.'}`;
	else
		verdict = choice.closes
			? `Right: no single change closes ${action}; it is held open in more than one way.`
			: `No: one change is enough, for example: ${lower(closers[0]!)}.`;
	return {
		correct: choice.closes,
		chosen,
		verdict,
		reasons,
		closers,
		refs: unique(reasons.map((r) => r.refs))
	};
}

// ---------------------------------------------------------------------------------------------
// Where a tour asks.

export interface BranchPoint {
	/** Index of the tour step that takes the way (0 is the opening step). */
	step: number;
	/** The view the question is asked at: the step before, with this step's factor changes made. */
	view: View;
	/** The way the tour takes at this step. */
	take: TransitionId;
}

/**
 * The tour steps that get a question: each step that takes a way out of a branch point. `views`
 * are the views after each step (replayTour(tour).views); they are replayed here when omitted.
 */
export function branchPoints(tourViews: readonly View[] | null, tour: Tour): BranchPoint[] {
	const views = tourViews ?? replayTour(tour).views;
	const points: BranchPoint[] = [];
	for (const [i, step] of tour.steps.entries()) {
		const before = views[i - 1];
		if (i === 0 || !step.take || !before || !isBranchPoint(before.stateId)) continue;
		const actor = actorAt(before);
		actor.start();
		for (const [key, value] of Object.entries(step.set ?? {}))
			actor.send({ type: 'setFactor', key, value } as never);
		const view = viewOf(actor.getSnapshot());
		actor.stop();
		points.push({ step: i, view, take: step.take });
	}
	return points;
}

/** How many questions a tour asks: at each branch point "what next" and, where a change could
 * close the way taken, "why" (the score of an LMS package counts against it). */
export const questionCount = (points: readonly BranchPoint[]): number =>
	points.reduce((n, p) => n + (whyChoices(p.view, p.take).length > 0 ? 2 : 1), 0);
