/**
 * The public `/content.json` document: stages, states, transitions (with from, to, mechanism ids
 * and reference numbers), mechanisms, factors, glossary and all references with exact titles.
 * Its shape is a public contract: add fields, never rename or remove them.
 */
import { CONDITIONS, GUARDS } from '../cascade/conditions';
import { DEFAULT_FACTORS, FACTOR_DEFS } from '../cascade/factors';
import { STATES, TRANSITIONS } from '../cascade/graph';
import { FACTORS_CONTENT } from './factors';
import {
	GLOSSARY,
	MECHANISMS,
	OVERVIEW,
	pubmedSearchUrl,
	REFERENCES,
	REVIEW,
	STAGES,
	stateContent,
	transitionContent
} from './index';

/**
 * 2 (model v2): conditions carry `controls`; guards may read the journey as well as the factors
 * (regaining epithelial traits, passing a lymph node); `emt` is the cell's state in the tumour.
 */
export const CONTENT_JSON_VERSION = 2;

export function buildContentJson() {
	return {
		version: CONTENT_JSON_VERSION,
		review: REVIEW,
		stages: STAGES,
		states: STATES.map((s) => ({ ...stateContent(s.id), stage: s.stage, outcome: s.outcome })),
		transitions: TRANSITIONS.map((t) => {
			const mechanisms = MECHANISMS.filter((m) => m.transitions.includes(t.id));
			const conditions = t.guard ? GUARDS[t.guard].map((id) => ({ id, ...CONDITIONS[id] })) : [];
			const refs = new Set([
				...mechanisms.flatMap((m) => m.refs),
				...conditions.flatMap((c) => c.refs)
			]);
			const { action, narration } = transitionContent(t.id);
			return {
				id: t.id,
				action,
				narration,
				from: t.from,
				to: t.to,
				elimination: t.elimination,
				guard: t.guard,
				conditions: conditions.map(({ id, label, met, unmet, refs, controls }) => ({
					id,
					label,
					met,
					unmet,
					refs,
					controls
				})),
				mechanisms: mechanisms.map((m) => m.id),
				references: [...refs].sort((a, b) => a - b)
			};
		}),
		mechanisms: MECHANISMS,
		factors: FACTOR_DEFS.map((d) => ({
			...d,
			default: DEFAULT_FACTORS[d.key],
			...FACTORS_CONTENT.find((f) => f.key === d.key)
		})),
		glossary: GLOSSARY,
		overview: OVERVIEW,
		references: REFERENCES.map((r) => ({ ...r, pubmedSearch: pubmedSearchUrl(r) }))
	};
}
