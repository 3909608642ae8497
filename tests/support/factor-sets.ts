/**
 * Every combination of factor values (organs × EMT states × every switch), in FACTOR_DEFS order
 * with the last factor changing fastest (a mixed-radix count that tests may rely on).
 */
import { FACTOR_DEFS, type Factors } from '../../src/lib/cascade/factors';

export function allFactorSets(): Factors[] {
	let sets: Record<string, unknown>[] = [{}];
	for (const def of FACTOR_DEFS) {
		const values: unknown[] =
			def.kind === 'toggle' ? [true, false] : def.options.map((o) => o.value);
		sets = sets.flatMap((s) => values.map((v) => ({ ...s, [def.key]: v })));
	}
	return sets as unknown as Factors[];
}
