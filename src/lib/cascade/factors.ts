/**
 * The factors a student can switch: the target organ, the microenvironment and the state of the
 * cell. They live in the machine's context; guards read them. Pure data and pure functions.
 */

export const ORGANS = ['lung', 'liver', 'bone', 'brain', 'muscle'] as const;
export type Organ = (typeof ORGANS)[number];

export const EMT_STATES = ['epithelial', 'hybrid', 'mesenchymal'] as const;
export type EmtState = (typeof EMT_STATES)[number];

export interface Factors {
	organ: Organ;
	inflammation: boolean;
	agedStroma: boolean;
	surgery: boolean;
	perivascularNiche: boolean;
	nkActive: boolean;
	/** Surroundings that suppress or exclude T cells (TGF-β, macrophages, tolerance…). */
	tCellSuppression: boolean;
	/** A pre-metastatic niche prepared in the organ before the cell arrives. */
	premetastaticNiche: boolean;
	/** The cell's EMT state in the primary tumour; steps such as MET change it later (see situation.ts). */
	emt: EmtState;
	mhcI: boolean;
	sting: boolean;
}

export type FactorKey = keyof Factors;
export type FactorGroup = 'organ' | 'microenvironment' | 'cell';

interface Option<V> {
	value: V;
	label: string;
}

interface FactorDefBase<K extends FactorKey> {
	key: K;
	group: FactorGroup;
	/** Short label for the control, sentence case. */
	label: string;
	/** Query-string parameter name; part of the public URL contract. */
	param: string;
}

export type FactorDef = {
	[K in FactorKey]: FactorDefBase<K> &
		(Factors[K] extends boolean
			? { kind: 'toggle'; on: string; off: string }
			: { kind: 'choice'; options: readonly Option<Factors[K]>[] });
}[FactorKey];

export const DEFAULT_FACTORS: Readonly<Factors> = Object.freeze({
	organ: 'lung',
	inflammation: false,
	agedStroma: false,
	surgery: false,
	perivascularNiche: true,
	nkActive: true,
	tCellSuppression: false,
	premetastaticNiche: false,
	emt: 'hybrid',
	mhcI: true,
	sting: true
});

export const FACTOR_DEFS: readonly FactorDef[] = [
	{
		key: 'organ',
		group: 'organ',
		label: 'Target organ',
		param: 'organ',
		kind: 'choice',
		options: [
			{ value: 'lung', label: 'Lung' },
			{ value: 'liver', label: 'Liver' },
			{ value: 'bone', label: 'Bone' },
			{ value: 'brain', label: 'Brain' },
			{ value: 'muscle', label: 'Skeletal muscle' }
		]
	},
	{
		key: 'inflammation',
		group: 'microenvironment',
		label: 'Inflammation and NETs',
		param: 'inflammation',
		kind: 'toggle',
		on: 'present',
		off: 'absent'
	},
	{
		key: 'agedStroma',
		group: 'microenvironment',
		label: 'Aged stroma',
		param: 'aged',
		kind: 'toggle',
		on: 'aged',
		off: 'young'
	},
	{
		key: 'surgery',
		group: 'microenvironment',
		label: 'Systemic response to surgery',
		param: 'surgery',
		kind: 'toggle',
		on: 'after surgery',
		off: 'no surgery'
	},
	{
		key: 'perivascularNiche',
		group: 'microenvironment',
		label: 'Stable perivascular niche',
		param: 'niche',
		kind: 'toggle',
		on: 'stable',
		off: 'disrupted'
	},
	{
		key: 'nkActive',
		group: 'microenvironment',
		label: 'NK-cell activity',
		param: 'nk',
		kind: 'toggle',
		on: 'active',
		off: 'suppressed'
	},
	{
		key: 'tCellSuppression',
		group: 'microenvironment',
		label: 'T-cell suppression',
		param: 'tsup',
		kind: 'toggle',
		on: 'present',
		off: 'absent'
	},
	{
		key: 'premetastaticNiche',
		group: 'microenvironment',
		label: 'Pre-metastatic niche',
		param: 'pmn',
		kind: 'toggle',
		on: 'prepared',
		off: 'absent'
	},
	{
		key: 'emt',
		group: 'cell',
		label: 'EMT state in the tumour',
		param: 'emt',
		kind: 'choice',
		options: [
			{ value: 'epithelial', label: 'Epithelial' },
			{ value: 'hybrid', label: 'Hybrid E/M' },
			{ value: 'mesenchymal', label: 'Mesenchymal' }
		]
	},
	{
		key: 'mhcI',
		group: 'cell',
		label: 'Antigen presentation (MHC-I)',
		param: 'mhc',
		kind: 'toggle',
		on: 'presented',
		off: 'lost'
	},
	{
		key: 'sting',
		group: 'cell',
		label: 'STING signalling',
		param: 'sting',
		kind: 'toggle',
		on: 'active',
		off: 'silenced'
	}
];

export const FACTOR_GROUPS: readonly { id: FactorGroup; label: string }[] = [
	{ id: 'organ', label: 'Target organ' },
	{ id: 'microenvironment', label: 'Microenvironment' },
	{ id: 'cell', label: 'Cell state' }
];

export function factorDef(key: FactorKey): FactorDef {
	const def = FACTOR_DEFS.find((d) => d.key === key);
	if (!def) throw new Error(`Unknown factor "${key}"`);
	return def;
}

/** The human-readable value of one factor, e.g. "Hybrid E/M" or "suppressed". */
export function describeFactorValue(key: FactorKey, factors: Factors): string {
	const def = factorDef(key);
	const value = factors[key];
	if (def.kind === 'toggle') return value ? def.on : def.off;
	return def.options.find((o) => o.value === value)?.label ?? String(value);
}

/** Checks one untrusted value against a factor's definition. */
export function isFactorValue<K extends FactorKey>(key: K, value: unknown): value is Factors[K] {
	const def = FACTOR_DEFS.find((d) => d.key === key);
	if (!def) return false;
	if (def.kind === 'toggle') return typeof value === 'boolean';
	return def.options.some((o) => o.value === value);
}

// How factor values and untrusted text are written in and read from the site's links: shared by
// the explorer's URL contract (../url) and the population view's (../population/url). They live
// here, in the module every view already loads, so that they cost no file of their own.

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
