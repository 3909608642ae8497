/**
 * The rate table as the page needs it, without the machine: chances by transition id. The worker
 * (./model) checks the same table against the machine; the tests check that it has one row per
 * transition, so these ids are the machine's transitions.
 */
import { RATES } from '../content/population';

export const TABLE_RATES: ReadonlyMap<string, number> = new Map(
	RATES.map((r) => [r.transition, r.p])
);
export const RATE_IDS: ReadonlySet<string> = new Set(RATES.map((r) => r.transition));
