/**
 * A text with its glossary terms marked, as HTML: each marked term is a button (dotted-underlined
 * text) with its definition beside it in a hidden span that describes it; the characters that
 * touch a term stay on its line. Built once per text (the content is static), so that a step
 * costs one HTML insertion per text rather than a component per term; `glossary-tips.ts` opens
 * and closes the definitions for every term of the page with one set of listeners.
 *
 * Pure: strings in, strings out. Every text is escaped; nothing of the content is taken as markup.
 */
import type { GlossaryEntry } from '$lib/content/types';
import { glueTouching, markTerms, type TermForms } from '$lib/content/glossary-marks';

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);
}

/**
 * The marked text's HTML, cut where each definition's id goes: joining the parts with an id
 * prefix (unique on the page) gives ids `${prefix}-0`, `${prefix}-1`… The text alone (no term
 * found) is one part.
 */
export function markupParts(
	text: string,
	entries: readonly TermForms[],
	byId: ReadonlyMap<string, GlossaryEntry>
): string[] {
	const parts: string[] = [];
	let html = '';
	let n = 0;
	for (const p of glueTouching(markTerms(text, entries))) {
		const entry = p.termId ? byId.get(p.termId) : undefined;
		if (!p.termId || !entry) {
			html += escapeHtml(p.text);
			continue;
		}
		html += `<span class="glued">${escapeHtml(p.lead)}<span class="term" data-term="${escapeHtml(p.termId)}"><button type="button" aria-expanded="false" aria-describedby="`;
		parts.push(html);
		html = `-${n}">${escapeHtml(p.text)}</button><span id="`;
		parts.push(html);
		html = `-${n}" class="tip" hidden><strong>${escapeHtml(entry.term)}:</strong> ${escapeHtml(entry.definition)}</span></span>${escapeHtml(p.tail)}</span>`;
		n++;
	}
	parts.push(html);
	return parts;
}

/** `markupParts`, computed once per text and list of terms. */
export function memoMarkup(
	entries: readonly TermForms[],
	byId: ReadonlyMap<string, GlossaryEntry>
): (text: string) => readonly string[] {
	const memo = new Map<string, string[]>();
	return (text) => {
		let parts = memo.get(text);
		if (!parts) memo.set(text, (parts = markupParts(text, entries, byId)));
		return parts;
	};
}
