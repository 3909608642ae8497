/**
 * Words for a factor change that the explorer offers ("Set “NK-cell activity” to suppressed"),
 * naming the control by its label and the value as the control shows it. Pure: no DOM.
 */
import type { FactorChange } from '../cascade/advice';
import { DEFAULT_FACTORS, describeFactorValue, factorDef, type Factors } from '../cascade/factors';

export function describeChange(change: FactorChange): string {
	const value = describeFactorValue(change.key, {
		...DEFAULT_FACTORS,
		[change.key]: change.value
	} as Factors);
	return `Set “${factorDef(change.key).label}” to ${value}`;
}
