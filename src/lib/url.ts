/**
 * The explorer's URL contract (documented in README.md): which state the cell is in, the path it
 * took and the factors that differ from the defaults.
 *
 *   /?at=solitary&path=invade.intravasate.arrest.extravasate.spread.adapt.initiate.enter-dormancy&organ=bone&nk=0
 *
 * `at` is an atomic state id; `path` lists transition ids from the start, joined by "."; factor
 * parameters use each factor's `param` name, "1"/"0" for switches and the option value for
 * choices. Decoding never throws: what cannot be used is dropped with a polite notice.
 */
import { DEFAULT_FACTORS, FACTOR_DEFS, type Factors } from './cascade/factors';
import { followPath, getState, getTransition, INITIAL_STATE_ID } from './cascade/graph';
import { START_VIEW, type View } from './cascade/session';

export const PATH_SEPARATOR = '.';
const MAX_PARAM_LENGTH = 4000;

export function encodeView(view: View): string {
	const params = new URLSearchParams();
	if (view.stateId !== INITIAL_STATE_ID || view.path.length > 0) params.set('at', view.stateId);
	if (view.path.length > 0) params.set('path', view.path.join(PATH_SEPARATOR));
	for (const def of FACTOR_DEFS) {
		const value = view.factors[def.key];
		if (value === DEFAULT_FACTORS[def.key]) continue;
		params.set(def.param, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
	}
	const s = params.toString();
	return s ? `?${s}` : '';
}

export interface Decoded {
	view: View;
	/** Polite, specific messages about what in the link could not be used. */
	notices: string[];
}

/**
 * Quotes an untrusted value for a notice: control characters (C0, C1) and bidirectional
 * formatting characters removed, shortened by whole code points.
 */
function shown(value: string): string {
	const clean = Array.from(value.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ''));
	return `“${clean.length > 40 ? `${clean.slice(0, 40).join('')}…` : clean.join('')}”`;
}

function decodeFactors(params: URLSearchParams, notices: string[]): Factors {
	const factors: Factors = { ...DEFAULT_FACTORS };
	for (const def of FACTOR_DEFS) {
		const raw = params.get(def.param);
		if (raw === null) continue;
		if (def.kind === 'toggle') {
			if (raw === '1' || raw === '0') (factors[def.key] as boolean) = raw === '1';
			else notices.push(`The link set “${def.label}” to ${shown(raw)}, which is not 1 or 0; the default is used.`);
		} else {
			const option = def.options.find((o) => o.value === raw);
			if (option) (factors as unknown as Record<string, unknown>)[def.key] = option.value;
			else notices.push(`The link set “${def.label}” to ${shown(raw)}, which is not one of its choices; the default is used.`);
		}
	}
	return factors;
}

export function decodeView(params: URLSearchParams): Decoded {
	const notices: string[] = [];
	for (const [key, value] of params)
		if (value.length > MAX_PARAM_LENGTH) {
			notices.push(`The link is too long to read (parameter ${shown(key)}); showing the start of the cascade.`);
			return { view: { ...START_VIEW, factors: { ...DEFAULT_FACTORS } }, notices };
		}
	const factors = decodeFactors(params, notices);
	const start: View = { stateId: INITIAL_STATE_ID, path: [], factors };
	const at = params.get('at');
	const rawPath = params.get('path');
	if (at === null && rawPath === null) return { view: start, notices };

	const steps = rawPath ? rawPath.split(PATH_SEPARATOR) : [];
	const followed = followPath(steps);
	if (!followed.ok) {
		const bad = steps[followed.badStep] ?? '';
		const why = getTransition(bad)
			? `step ${followed.badStep + 1}, ${shown(bad)}, cannot be taken from where the cell was`
			: `step ${followed.badStep + 1}, ${shown(bad)}, is not a step of this cascade`;
		notices.push(`This link’s path could not be followed (${why}). Showing the start of the cascade instead.`);
		return { view: start, notices };
	}
	if (at !== null && at !== followed.stateId) {
		const what = getState(at) ? `the path does not lead to ${shown(at)}` : `${shown(at)} is not a stage of this cascade`;
		notices.push(`This link could not be opened (${what}). Showing the start of the cascade instead.`);
		return { view: start, notices };
	}
	return { view: { stateId: followed.stateId, path: followed.path, factors }, notices };
}
