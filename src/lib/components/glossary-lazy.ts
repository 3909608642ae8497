/**
 * Everything that marking glossary terms needs — the tokenizer, the term list, the definitions and
 * the toggletips' listeners and styles — in one chunk that loads on demand (see GlossaryText), so
 * that the explorer's first load stays small. Until it arrives, texts show plain.
 */
import { GLOSSARY } from '$lib/content/glossary';
import { GLOSSARY_TERMS } from '$lib/content/glossary-terms';
import { memoMarkup } from './glossary-markup';
import './glossary-marks.css';

export { watchTerms } from './glossary-tips';

/** A text's marked HTML, cut where the definitions' ids go (see glossary-markup). */
export const markupOf = memoMarkup(GLOSSARY_TERMS, new Map(GLOSSARY.map((e) => [e.id, e])));
