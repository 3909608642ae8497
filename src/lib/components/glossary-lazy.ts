/**
 * Everything that marking glossary terms needs — the tokenizer, the term list, the definitions and
 * the toggletip — in one chunk that loads on demand (see GlossaryText), so that the explorer's
 * first load stays small. Until it arrives, texts show plain.
 */
import { GLOSSARY } from '$lib/content/glossary';
import type { GlossaryEntry } from '$lib/content/types';

export { glueTouching, markTerms } from '$lib/content/glossary-marks';
export { GLOSSARY_TERMS } from '$lib/content/glossary-terms';
export { default as GlossaryTerm } from './GlossaryTerm.svelte';

export const GLOSSARY_BY_ID: ReadonlyMap<string, GlossaryEntry> = new Map(
	GLOSSARY.map((e) => [e.id, e])
);
