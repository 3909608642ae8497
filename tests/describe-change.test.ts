import { describe, expect, it } from 'vitest';
import type { FactorChange } from '../src/lib/cascade/advice';
import { describeChange } from '../src/lib/content/describe-change';

describe('describeChange', () => {
	it.each<[FactorChange, string]>([
		[{ key: 'nkActive', value: false }, 'Set “NK-cell activity” to suppressed'],
		[{ key: 'nkActive', value: true }, 'Set “NK-cell activity” to active'],
		[{ key: 'inflammation', value: true }, 'Set “Inflammation and NETs” to present'],
		[{ key: 'perivascularNiche', value: false }, 'Set “Stable perivascular niche” to disrupted'],
		[{ key: 'organ', value: 'liver' }, 'Set “Target organ” to Liver'],
		[{ key: 'organ', value: 'lung' }, 'Set “Target organ” to Lung'],
		[{ key: 'emt', value: 'hybrid' }, 'Set “EMT state in the tumour” to Hybrid E/M'],
		[{ key: 'mhcI', value: false }, 'Set “Antigen presentation (MHC-I)” to lost']
	])('%j reads “%s”', (change, want) => expect(describeChange(change)).toBe(want));
});
