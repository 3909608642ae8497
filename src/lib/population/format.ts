/**
 * How the population view writes its numbers: counts with thousands separators, expected counts,
 * "1 in X" and durations. Pure and light (no model, no content), so the page can use it without
 * loading what the worker runs.
 */
import { TIME_STEP } from '../content/population';

/** One shared formatter: `toLocaleString` builds a new one on every call, which a drag feels. */
const GROUPED = new Intl.NumberFormat('en');
const TWO_DIGITS = new Intl.NumberFormat('en', { maximumSignificantDigits: 2 });
/** A count with thousands separators: 1,000,000. */
export const grouped = (x: number) => GROUPED.format(x);
const whole = (x: number) => GROUPED.format(Math.round(x));

/** "1 in X" for a count out of a cohort: X rounded to two significant figures, or null for none. */
export function oneIn(count: number, cells: number): number | null {
	if (count <= 0 || cells <= 0) return null;
	const x = cells / count;
	if (x < 10) return Math.round(x * 10) / 10;
	const digits = Math.floor(Math.log10(x)) - 1;
	return Math.round(x / 10 ** digits) * 10 ** digits;
}

/** "1 in X" for a long-run share, X to two significant figures. */
export function oneInShare(share: number): string {
	return share === 0 ? 'none' : `1 in ${GROUPED.format(Number((1 / share).toPrecision(2)))}`;
}

/** An expected count: whole numbers from 10 up, two significant figures below. */
export function expectedText(x: number): string {
	if (x === 0) return '0';
	if (x >= 10) return whole(x);
	return TWO_DIGITS.format(x);
}

export function oneInText(count: number, cells: number): string {
	const x = oneIn(count, cells);
	return x === null ? 'none' : `1 in ${GROUPED.format(x)}`;
}

export function duration(steps: number): string {
	const unit = steps === 1 ? TIME_STEP.one : TIME_STEP.many;
	const years = steps / 52;
	return years >= 1
		? `${whole(steps)} ${unit} (about ${GROUPED.format(Number(years.toFixed(1)))} ${years === 1 ? 'year' : 'years'})`
		: `${whole(steps)} ${unit}`;
}
