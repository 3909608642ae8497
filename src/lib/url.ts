/**
 * The explorer's URL contract, version 2 (documented in README.md): a link replays the journey.
 *
 *   /?at=awakening&path=invade.intravasate.arrest.extravasate.spread.adapt.initiate.enter-dormancy.inflammation:1.awaken&organ=bone
 *
 * Factor parameters (each factor's `param` name, "1"/"0" for switches, the option value for
 * choices) are the factors in force at the start. `path` lists, in order and joined by ".", the
 * transition ids taken and the factors changed on the way, each change written `param:value`
 * (transition ids never contain ":"). `at` is the atomic state the journey ends in.
 *
 * Decoding replays the path on the machine, each step under the factors of its moment, and stops
 * at the first part that cannot be replayed: an unknown step, a step that does not leave from
 * where the cell is, a step the guards close, or a change that is not a factor change. What was
 * replayed up to there is shown, with a polite notice that names the step and says why. Decoding
 * never throws.
 */
import {
	DEFAULT_FACTORS,
	FACTOR_DEFS,
	paramValue,
	parseValue,
	shown,
	type FactorDef,
	type FactorKey,
	type Factors
} from './cascade/factors';
import { explain, getState, getTransition, INITIAL_STATE_ID } from './cascade/graph';
import { CONDITIONS, GUARDS } from './cascade/conditions';
import type { FactorChange } from './cascade/journey';
import type { TransitionId } from './cascade/machine';
import { actorAt, startView, viewOf, type View } from './cascade/session';
import { pathThrough, transitionContent } from './content/core';

export const PATH_SEPARATOR = '.';
/** Separates a factor's parameter from its value in a change on the path, e.g. "nk:0". */
export const CHANGE_MARK = ':';
const MAX_PARAM_LENGTH = 4000;

function defOf(key: keyof Factors): FactorDef {
	return FACTOR_DEFS.find((d) => d.key === key)!;
}

export function changeToken(change: FactorChange): string {
	return `${defOf(change.key).param}${CHANGE_MARK}${paramValue(change.value)}`;
}

/** The path parameter: each step, followed by the changes made after it. */
export function pathTokens(view: Pick<View, 'path' | 'changes'>): string[] {
	return view.path.flatMap((id, i) => [
		id,
		...view.changes.filter((c) => c.step === i + 1).map(changeToken)
	]);
}

export function encodeView(view: View): string {
	const params: [string, string][] = [];
	if (view.stateId !== INITIAL_STATE_ID || view.path.length > 0) params.push(['at', view.stateId]);
	if (view.path.length > 0) params.push(['path', pathTokens(view).join(PATH_SEPARATOR)]);
	for (const def of FACTOR_DEFS) {
		const value = view.startFactors[def.key];
		if (value !== DEFAULT_FACTORS[def.key]) params.push([def.param, paramValue(value)]);
	}
	// ":" is left as it is: it is allowed in a query and reads better than %3A.
	const s = params
		.map(([k, v]) => `${k}=${encodeURIComponent(v).replaceAll('%3A', CHANGE_MARK)}`)
		.join('&');
	return s ? `?${s}` : '';
}

export interface Decoded {
	view: View;
	/** Polite, specific messages about what in the link could not be used. */
	notices: string[];
}

function decodeFactors(params: URLSearchParams, notices: string[]): Factors {
	const factors: Factors = { ...DEFAULT_FACTORS };
	for (const def of FACTOR_DEFS) {
		const raw = params.get(def.param);
		if (raw === null) continue;
		const value = parseValue(def, raw);
		if (value !== undefined) (factors as unknown as Record<string, unknown>)[def.key] = value;
		else if (def.kind === 'toggle')
			notices.push(
				`The link set “${def.label}” to ${shown(raw)}, which is not 1 or 0; the default is used.`
			);
		else
			notices.push(
				`The link set “${def.label}” to ${shown(raw)}, which is not one of its choices; the default is used.`
			);
	}
	return factors;
}

type Actor = ReturnType<typeof actorAt>;

/**
 * Replays one part of a path on the running actor: a step or a factor change. Returns why it
 * cannot be replayed (the actor is then unchanged), or null. The actor decides; `explain` only
 * gives the words.
 */
function replay(actor: Actor, token: string): string | null {
	const before = viewOf(actor.getSnapshot());
	const stepNo = before.path.length + 1;
	const mark = token.indexOf(CHANGE_MARK);
	if (mark >= 0) {
		const def = FACTOR_DEFS.find((d) => d.param === token.slice(0, mark));
		const value = def && parseValue(def, token.slice(mark + 1));
		if (!def || value === undefined)
			return `${shown(token)} is not a change of a factor this explorer knows`;
		actor.send({ type: 'setFactor', key: def.key, value } as never);
		return null;
	}
	const t = getTransition(token);
	if (!t) return `step ${stepNo}, ${shown(token)}, is not a step of this cascade`;
	const title = `“${transitionContent(t.id).action}”`;
	if (t.from !== before.stateId)
		return `step ${stepNo}, ${title}, cannot be taken from where the cell was`;
	actor.send({ type: t.id });
	if (viewOf(actor.getSnapshot()).path.length > before.path.length) return null;
	const why = explain(t, before.factors, before.path)
		.conditions.filter((c) => !c.holds)
		.map((c) => c.reason);
	return `step ${stepNo}, ${title}, was closed at that point. ${why.join(' ')}`.trim();
}

function showing(view: View): string {
	return view.path.length === 0
		? 'Showing the start of the cascade instead.'
		: `Showing the journey up to step ${view.path.length} instead.`;
}

export function decodeView(params: URLSearchParams): Decoded {
	const notices: string[] = [];
	for (const [key, value] of params)
		if (value.length > MAX_PARAM_LENGTH) {
			notices.push(
				`The link is too long to read (parameter ${shown(key)}); showing the start of the cascade.`
			);
			return { view: startView(), notices };
		}
	const start = startView(decodeFactors(params, notices));
	const at = params.get('at');
	const rawPath = params.get('path');
	if (at === null && rawPath === null) return { view: start, notices };

	const actor = actorAt(start).start();
	let stopped: string | null = null;
	for (const token of rawPath ? rawPath.split(PATH_SEPARATOR) : []) {
		stopped = replay(actor, token);
		if (stopped) break;
	}
	const view = viewOf(actor.getSnapshot());
	actor.stop();
	if (stopped) {
		const past = view.path.length > 0 ? ` past step ${view.path.length}` : '';
		notices.push(
			`This link’s path could not be followed${past}: ${stopped}${stopped.endsWith('.') ? '' : '.'} ${showing(view)}`
		);
	} else if (at !== null && at !== view.stateId) {
		const what = getState(at)
			? `its path does not lead to ${shown(at)}`
			: `${shown(at)} is not a stage of this cascade`;
		notices.push(`This link could not be opened as it is (${what}). ${showing(view)}`);
	}
	return { view, notices };
}

// ---------------------------------------------------------------------------------------------
// Links that show one transition (the "Open this step in the explorer" links of /cascade).

const through = new Map<TransitionId, View>();

/**
 * How far apart two sets of factors are. The organ and the cell's EMT state count double: a
 * change of place, or of the cell itself, is the last resort.
 */
function distance(a: Factors, b: Factors): number {
	let n = 0;
	for (const d of FACTOR_DEFS)
		if (a[d.key] !== b[d.key]) n += d.key === 'organ' || d.key === 'emt' ? 2 : 1;
	return n;
}

/** `factors` with the keys given every combination of their values. */
function variations(factors: Factors, keys: readonly FactorKey[]): Factors[] {
	return keys.reduce<Factors[]>(
		(sets, key) => {
			const def = FACTOR_DEFS.find((d) => d.key === key)!;
			const values: unknown[] =
				def.kind === 'toggle' ? [true, false] : def.options.map((o) => o.value);
			return sets.flatMap((f) => values.map((v) => ({ ...f, [key]: v })));
		},
		[{ ...factors }]
	);
}

/**
 * The view just after taking `id` by the shortest way there (pathThrough), with factors under
 * which every step is open at its moment: the default factors as far as they go; where a step is
 * closed, the nearest change of the controls that open it (the one that keeps the most steps
 * after it open), made at the start when the steps before stay open, else on the way (a lesion
 * that stalled without vessels must later gain them).
 */
export function viewThrough(id: TransitionId): View {
	const known = through.get(id);
	if (known) return known;
	const path = pathThrough(id);
	const openAt = (f: Factors, i: number) =>
		explain(getTransition(path[i]!)!, f, path.slice(0, i)).open;
	const reachFrom = (f: Factors, i: number) => {
		let reach = 0;
		while (i + reach < path.length && openAt(f, i + reach)) reach++;
		return reach;
	};
	let start: Factors = { ...DEFAULT_FACTORS };
	let current = start;
	const tokens: string[] = [];
	let written = 0;
	const writeStepsUpTo = (i: number) => {
		tokens.push(...path.slice(written, i));
		written = i;
	};
	for (let i = reachFrom(current, 0); i < path.length;) {
		writeStepsUpTo(i);
		// Step i is closed: vary what controls its guard, nearest first.
		const guard = getTransition(path[i]!)!.guard!;
		const controls = [...new Set(GUARDS[guard].flatMap((c) => CONDITIONS[c].controls))];
		const was = current;
		const [best] = variations(was, controls)
			.map((f) => ({ f, reach: reachFrom(f, i), d: distance(f, was) }))
			.sort((a, b) => b.reach - a.reach || a.d - b.d);
		if (!best || best.reach === 0)
			throw new Error(`No factors open step ${i + 1} of the way to "${id}"`);
		const noChangeYet = !tokens.some((t) => t.includes(CHANGE_MARK));
		if (noChangeYet && path.slice(0, i).every((_, k) => openAt(best.f, k))) start = best.f;
		else
			for (const def of FACTOR_DEFS)
				if (best.f[def.key] !== was[def.key])
					tokens.push(`${def.param}${CHANGE_MARK}${paramValue(best.f[def.key])}`);
		current = best.f;
		i += best.reach;
	}
	writeStepsUpTo(path.length);
	const params = new URLSearchParams({ path: tokens.join(PATH_SEPARATOR) });
	for (const def of FACTOR_DEFS)
		if (start[def.key] !== DEFAULT_FACTORS[def.key])
			params.set(def.param, paramValue(start[def.key]));
	const { view, notices } = decodeView(params);
	if (notices.length > 0)
		throw new Error(`The way to "${id}" does not replay: ${notices.join(' ')}`);
	through.set(id, view);
	return view;
}

/** The explorer's query string that shows the view just after taking `id` (see viewThrough). */
export function exploreQuery(id: TransitionId): string {
	return encodeView(viewThrough(id));
}
