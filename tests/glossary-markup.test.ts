/**
 * The marked texts' HTML (glossary-markup): it says the same words as the text, escapes what it
 * is given, gives each term a button described by its definition, and is made once per text.
 */
import { describe, expect, it } from 'vitest';
import { escapeHtml, markupParts, memoMarkup } from '../src/lib/components/glossary-markup';
import { GLOSSARY } from '../src/lib/content/glossary';
import { markTerms, type TermForms } from '../src/lib/content/glossary-marks';
import { GLOSSARY_TERMS } from '../src/lib/content/glossary-terms';
import { MECHANISMS } from '../src/lib/content/mechanisms';
import { STATES_CONTENT } from '../src/lib/content/states';
import { TRANSITIONS_CONTENT } from '../src/lib/content/transitions';
import type { GlossaryEntry } from '../src/lib/content/types';

const BY_ID = new Map(GLOSSARY.map((e) => [e.id, e]));
const unescape = (html: string) =>
	html
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&amp;', '&');
/** What a reader sees with every definition closed: the tips and the tags taken out. */
const visibleText = (html: string) =>
	unescape(
		html
			.replace(/<span id="[^"]*" class="tip" hidden>.*?<\/span><\/span>/g, '')
			.replace(/<[^>]*>/g, '')
	);

const TEXTS = [
	...Object.values(STATES_CONTENT).map((s) => s.body),
	...Object.values(TRANSITIONS_CONTENT).map((t) => t.narration),
	...MECHANISMS.map((m) => m.text)
];

describe('markupParts', () => {
	it('says every text of the content word for word, with one described button per marked term', () => {
		expect(TEXTS.length).toBeGreaterThan(50);
		let terms = 0;
		for (const text of TEXTS) {
			const html = markupParts(text, GLOSSARY_TERMS, BY_ID).join('p1');
			expect(visibleText(html), text).toBe(text);
			const marked = markTerms(text, GLOSSARY_TERMS).filter((s) => s.termId);
			const buttons = [...html.matchAll(/aria-describedby="([^"]+)">([^<]*)<\/button>/g)];
			expect(buttons.map((b) => unescape(b[2]!))).toEqual(marked.map((s) => s.text));
			for (const [i, [, id]] of buttons.entries()) {
				expect(id).toBe(`p1-${i}`);
				const entry = BY_ID.get(marked[i]!.termId!)!;
				expect(html).toContain(
					`<span id="${id}" class="tip" hidden><strong>${escapeHtml(entry.term)}:</strong> ${escapeHtml(entry.definition)}</span>`
				);
			}
			terms += buttons.length;
		}
		expect(terms).toBeGreaterThan(50);
	});

	it('escapes the text and the definitions, so that nothing of the content is taken as markup', () => {
		const entries: TermForms[] = [{ id: 'niche', forms: ['niche'] }];
		const byId = new Map<string, GlossaryEntry>([
			[
				'niche',
				{ id: 'niche', term: 'Niche <b>', definition: 'A "place" & <i>home</i>.' } as GlossaryEntry
			]
		]);
		const text = `<img src=x onerror="alert(1)"> the niche's 'edge' & more`;
		const html = markupParts(text, entries, byId).join('x');
		expect(html).not.toMatch(/<img|<b>|<i>/);
		expect(visibleText(html)).toBe(text);
		expect(html).toContain(
			'<strong>Niche &lt;b&gt;:</strong> A &quot;place&quot; &amp; &lt;i&gt;home&lt;/i&gt;.'
		);
		// The possessive stays on the term's line.
		expect(html).toContain('<span class="glued"><span class="term" data-term="niche">');
		expect(html).toMatch(/<\/span><\/span>&#39;s<\/span>/);
	});

	it('gives a text without terms as one escaped part', () => {
		expect(markupParts('a < b', GLOSSARY_TERMS, BY_ID)).toEqual(['a &lt; b']);
	});
});

describe('memoMarkup', () => {
	it('makes each text once', () => {
		const markup = memoMarkup(GLOSSARY_TERMS, BY_ID);
		const text = TEXTS[0]!;
		expect(markup(text)).toBe(markup(text));
		expect(markup(text)).toEqual(markupParts(text, GLOSSARY_TERMS, BY_ID));
	});
});
