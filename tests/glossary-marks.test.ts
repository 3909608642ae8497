/**
 * Marking glossary terms in the details panel's texts: the tokenizer (table-driven) and the term
 * list (kept in step with the glossary).
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../src/lib/content/glossary';
import {
	glueTouching,
	markTerms,
	variantsOf,
	type Segment,
	type TermForms
} from '../src/lib/content/glossary-marks';
import { GLOSSARY_TERMS } from '../src/lib/content/glossary-terms';
import { MECHANISMS } from '../src/lib/content/mechanisms';
import { STATES_CONTENT } from '../src/lib/content/states';
import { TRANSITIONS_CONTENT } from '../src/lib/content/transitions';

const ENTRIES: TermForms[] = [
	{ id: 'niche', forms: ['niche'] },
	{ id: 'perivascular-niche', forms: ['perivascular niche'] },
	{ id: 'metastasis', forms: ['metastasis'] },
	{ id: 'met', forms: ['mesenchymal–epithelial transition', 'MET'] },
	{ id: 'nk', forms: ['natural killer (NK) cell', 'NK cell'] },
	{ id: 'nets', forms: ['NETs'] },
	{ id: 'e-cad', forms: ['e-cadherin'] }
];

/** Writes segments compactly: marked terms as [text|id]. */
const show = (segments: Segment[]) =>
	segments.map((s) => (s.termId ? `[${s.text}|${s.termId}]` : s.text)).join('');

describe('markTerms', () => {
	it.each([
		['no term at all', 'The cell moves on.', 'The cell moves on.'],
		['an empty text', '', ''],
		['a term alone', 'niche', '[niche|niche]'],
		['a term in any case', 'Niche signals', '[Niche|niche] signals'],
		['a plural', 'two niches here', 'two [niches|niche] here'],
		['a -sis plural', 'distant metastases grow', 'distant [metastases|metastasis] grow'],
		['whole words only: not inside a longer word', 'metastasised, niched', 'metastasised, niched'],
		[
			'hyphens join words: not a part of a hyphenated word',
			'pre-niche and niche-like',
			'pre-niche and niche-like'
		],
		[
			'next to punctuation',
			'(niche), “metastasis”.',
			'([niche|niche]), “[metastasis|metastasis]”.'
		],
		['the longest form wins', 'a perivascular niche', 'a [perivascular niche|perivascular-niche]'],
		[
			'first occurrence only, per term',
			'niche, niche and a perivascular niche',
			'[niche|niche], niche and a [perivascular niche|perivascular-niche]'
		],
		[
			'a term met again stays plain, and so do the terms inside it',
			'perivascular niche; perivascular niche',
			'[perivascular niche|perivascular-niche]; perivascular niche'
		],
		['an acronym matches exactly', 'it met the MET step', 'it met the [MET|met] step'],
		['an acronym is not matched in lower case', 'nets and met', 'nets and met'],
		[
			'an acronym in a longer form, with a plural',
			'NK cells and nk cells',
			'[NK cells|nk] and nk cells'
		],
		['an acronym’s plural form', 'NETs woke it', '[NETs|nets] woke it'],
		[
			'a long form with parentheses, capitalised',
			'Natural killer (NK) cells kill',
			'[Natural killer (NK) cells|nk] kill'
		],
		[
			'one term in two forms is marked once',
			'A mesenchymal–epithelial transition (MET)',
			'A [mesenchymal–epithelial transition|met] (MET)'
		],
		[
			'a space in a form matches any white space',
			'NK\u00a0cell\nniche',
			'[NK\u00a0cell|nk]\n[niche|niche]'
		],
		['a hyphenated term', 'E-cadherin binds', '[E-cadherin|e-cad] binds'],
		['possessives end a word', 'the niche’s cells', 'the [niche|niche]’s cells'],
		['a term at the very end', 'it ends in metastasis', 'it ends in [metastasis|metastasis]']
	])('%s', (_, text, want) => {
		const segments = markTerms(text, ENTRIES);
		expect(show(segments)).toBe(want);
		// Nothing is lost or added, and plain segments never sit side by side.
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(segments.every((s, i) => s.termId || !segments[i + 1] || segments[i + 1]!.termId)).toBe(
			true
		);
		expect(segments.every((s) => s.text.length > 0)).toBe(true);
	});

	it.each([
		['niche', ['niche', 'niches']],
		['metastasis', ['metastasis', 'metastasiss', 'metastases']],
		['NK cell', ['NK cell', 'NK cells']]
	])('the simple variants of %s are %j', (form, want) => expect(variantsOf(form)).toEqual(want));
});

/** The words of a glossary term: "Natural killer (NK) cell" → "Natural killer cell", "NK cell". */
function ownForms(term: string): string[] {
	const m = term.match(/^(.*?)\s*\(([^)]+)\)\s*(.*)$/);
	if (!m) return [term];
	const [, before, abbr, after] = m as unknown as [string, string, string, string];
	return [`${before} ${after}`.trim(), `${abbr} ${after}`.trim()];
}
/** Acronyms are matched exactly, everything else in any case. */
const norm = (form: string) => (/\p{Lu}{2}/u.test(form) ? form : form.toLowerCase());

describe('the term list the explorer carries', () => {
	it('names every glossary entry once, and nothing else', () => {
		expect(GLOSSARY_TERMS.map((t) => t.id).sort()).toEqual(GLOSSARY.map((g) => g.id).sort());
		expect(new Set(GLOSSARY_TERMS.map((t) => t.id)).size).toBe(GLOSSARY_TERMS.length);
	});

	it.each(GLOSSARY.map((g) => [g.id, g.term] as const))(
		'%s is marked by the words of its term, “%s”',
		(id, term) => {
			const forms = GLOSSARY_TERMS.find((t) => t.id === id)!.forms.map(norm);
			for (const own of ownForms(term)) expect(forms).toContain(norm(own));
			// The term itself, as the glossary writes it, is marked as this entry.
			expect(markTerms(ownForms(term)[0]!, GLOSSARY_TERMS)).toEqual([
				{ text: ownForms(term)[0], termId: id }
			]);
		}
	);

	it('no form is listed twice', () => {
		const all = GLOSSARY_TERMS.flatMap((t) => t.forms.map(norm));
		expect(new Set(all).size).toBe(all.length);
	});

	it('marks terms in the texts the panel shows (a sample)', () => {
		const body = STATES_CONTENT.find((s) => s.id === 'innateEscape')!.body;
		expect(
			markTerms(body, GLOSSARY_TERMS)
				.filter((s) => s.termId)
				.map((s) => `${s.text}|${s.termId}`)
		).toEqual(expect.arrayContaining(['natural killer (NK) cells|nk-cell']));
		const met = TRANSITIONS_CONTENT.find((t) => t.id === 'undergo-met')!.narration;
		expect(
			markTerms(met, GLOSSARY_TERMS)
				.filter((s) => s.termId)
				.map((s) => s.termId)
		).toEqual(
			expect.arrayContaining([
				'epithelial-mesenchymal-transition',
				'mesenchymal-epithelial-transition'
			])
		);
	});

	it('every text the panel shows splits and joins back exactly', () => {
		const texts = [
			...STATES_CONTENT.map((s) => s.body),
			...TRANSITIONS_CONTENT.map((t) => t.narration),
			...MECHANISMS.map((m) => m.text)
		];
		for (const text of texts) {
			const segments = markTerms(text, GLOSSARY_TERMS);
			expect(segments.map((s) => s.text).join('')).toBe(text);
			expect(
				glueTouching(segments)
					.map((p) => (p.termId ? p.lead + p.text + p.tail : p.text))
					.join('')
			).toBe(text);
		}
	});
});

describe('glueTouching', () => {
	/** Writes pieces compactly: glued terms as <lead[text|id]tail>. */
	const glued = (text: string) =>
		glueTouching(markTerms(text, ENTRIES))
			.map((p) => (p.termId ? `<${p.lead}[${p.text}|${p.termId}]${p.tail}>` : p.text))
			.join('');
	it.each([
		['nothing to glue', 'a niche here', 'a <[niche|niche]> here'],
		['punctuation after', 'in quiet niche, then', 'in quiet <[niche|niche],> then'],
		['punctuation on both sides', 'signals (niche). Then', 'signals <([niche|niche]).> Then'],
		['at the very start and end', 'niche', '<[niche|niche]>'],
		['a possessive', 'the niche’s cells', 'the <[niche|niche]’s> cells'],
		[
			'two terms touching the same characters',
			'niche/metastasis now',
			'<[niche|niche]/><[metastasis|metastasis]> now'
		],
		['a term met again is plain', 'niche, niche.', '<[niche|niche],> niche.']
	])('%s', (_, text, want) => {
		expect(glued(text)).toBe(want);
		const pieces = glueTouching(markTerms(text, ENTRIES));
		expect(pieces.map((p) => (p.termId ? p.lead + p.text + p.tail : p.text)).join('')).toBe(text);
		expect(pieces.every((p) => p.termId || p.text.length > 0)).toBe(true);
	});
});
