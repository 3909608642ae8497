/**
 * How factor values and untrusted text are written in and read from the site's links: shared by
 * the explorer's URL contract (./url) and the population view's (./population/url). Light: no
 * machine, no content.
 */
import type { FactorDef, Factors } from './cascade/factors';

/** A factor's value as a link writes it: "1"/"0" for switches, the option's value for choices. */
export function paramValue(value: Factors[keyof Factors]): string {
	return typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
}

/** A factor's value from its text in a link, or undefined when that value is not allowed. */
export function parseValue(def: FactorDef, raw: string): Factors[keyof Factors] | undefined {
	if (def.kind === 'toggle') return raw === '1' || raw === '0' ? raw === '1' : undefined;
	return def.options.find((o) => o.value === raw)?.value;
}

/**
 * Quotes an untrusted value for a notice: control characters (C0, C1) and bidirectional
 * formatting characters removed, shortened by whole code points.
 */
export function shown(value: string): string {
	const clean = Array.from(value.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ''));
	return `“${clean.length > 40 ? `${clean.slice(0, 40).join('')}…` : clean.join('')}”`;
}
