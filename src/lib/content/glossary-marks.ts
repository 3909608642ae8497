/**
 * Marks glossary terms in a text, so that the details panel can explain them in place. Pure: a
 * tokenizer over plain strings, no DOM.
 *
 * Matching rules: whole words only (a term never matches inside a longer word; letters, digits
 * and hyphens count as word characters), case-insensitive except for acronyms (runs of two or
 * more capitals, such as "MET" or the "NK" of "NK cell", match exactly, so "met" is never
 * marked), a space in a form matches any white space, the simple plurals of each form
 * ("+s", and "-sis" → "-ses") match too, the longest form wins where several start at one place,
 * and each term is marked only at its first occurrence in the text.
 */

/** The words that mark one glossary entry. */
export interface TermForms {
	/** The glossary entry's id. */
	id: string;
	/** The forms to look for, e.g. "natural killer cell" and "NK cell". */
	forms: readonly string[];
}

export interface PlainText {
	text: string;
	termId?: undefined;
}
export type Segment = PlainText | { text: string; termId: string };

interface Pattern {
	form: string;
	/** For each character of the form: whether it must match exactly (part of an acronym). */
	strict: boolean[];
	termId: string;
}

const WORD = /[\p{L}\p{N}-]/u;
const SPACE = /\s/u;
const isWordChar = (c: string | undefined) => c !== undefined && WORD.test(c);

/** A form and its simple plurals. */
export function variantsOf(form: string): string[] {
	const out = [form, `${form}s`];
	if (form.endsWith('sis')) out.push(`${form.slice(0, -3)}ses`);
	return out;
}

/** The patterns by their first character (lower-cased), longest first. */
function patternsOf(entries: readonly TermForms[]): Map<string, Pattern[]> {
	const patterns = entries.flatMap((e) =>
		e.forms.flatMap((form) =>
			variantsOf(form).map((v) => {
				const strict = Array.from({ length: v.length }, () => false);
				for (const m of v.matchAll(/\p{Lu}{2,}/gu))
					strict.fill(true, m.index, m.index + m[0].length);
				return { form: v, strict, termId: e.id };
			})
		)
	);
	// Longest first, so that "perivascular niche" wins over "niche".
	patterns.sort((a, b) => b.form.length - a.form.length);
	const byFirst = new Map<string, Pattern[]>();
	for (const p of patterns) {
		const first = p.form[0]!.toLowerCase();
		byFirst.set(first, [...(byFirst.get(first) ?? []), p]);
	}
	return byFirst;
}

/** The length of `p` matched at `i` in `text`, or 0. */
function matchAt(text: string, i: number, p: Pattern): number {
	const { form, strict } = p;
	for (let k = 0; k < form.length; k++) {
		const f = form[k]!;
		const c = text[i + k];
		if (c === undefined) return 0;
		const same =
			f === ' ' ? SPACE.test(c) : strict[k] ? c === f : c.toLowerCase() === f.toLowerCase();
		if (!same) return 0;
	}
	return isWordChar(text[i + form.length]) ? 0 : form.length;
}

const cache = new WeakMap<readonly TermForms[], Map<string, Pattern[]>>();

/**
 * Splits `text` into plain segments and segments that name a glossary term (by its entry's id).
 * Joining the segments' texts gives back `text` exactly.
 */
export function markTerms(text: string, entries: readonly TermForms[]): Segment[] {
	let patterns = cache.get(entries);
	if (!patterns) cache.set(entries, (patterns = patternsOf(entries)));
	const segments: Segment[] = [];
	const marked = new Set<string>();
	let plainFrom = 0;
	let i = 0;
	while (i < text.length) {
		if (isWordChar(text[i - 1]) || !isWordChar(text[i])) {
			i++;
			continue;
		}
		let found: { p: Pattern; length: number } | null = null;
		for (const p of patterns.get(text[i]!.toLowerCase()) ?? []) {
			const length = matchAt(text, i, p);
			if (length) {
				found = { p, length };
				break;
			}
		}
		if (!found) {
			i++;
			continue;
		}
		// A term met again is left plain, whole: a shorter term inside it is not marked either.
		if (!marked.has(found.p.termId)) {
			marked.add(found.p.termId);
			if (i > plainFrom) segments.push({ text: text.slice(plainFrom, i) });
			segments.push({ text: text.slice(i, i + found.length), termId: found.p.termId });
			plainFrom = i + found.length;
		}
		i += found.length;
	}
	if (plainFrom < text.length) segments.push({ text: text.slice(plainFrom) });
	return segments;
}

/** A marked term with the characters that touch it on either side, e.g. "(", "niche", ")," */
export interface GluedTerm {
	lead: string;
	text: string;
	termId: string;
	tail: string;
}

/**
 * Moves the characters that touch each marked term (punctuation, or a possessive) out of the plain
 * text beside it, so that a page can keep them on the term's line: a term drawn as a box (a
 * button) would otherwise let a line break fall between "quiescence" and its comma.
 */
export function glueTouching(segments: readonly Segment[]): (PlainText | GluedTerm)[] {
	const out: (PlainText | GluedTerm)[] = [];
	/** What is left of the plain segment after a term, once the term took its touching characters. */
	let carried: string | null = null;
	for (const [i, s] of segments.entries()) {
		if (!s.termId) {
			const text = carried ?? s.text;
			carried = null;
			if (text) out.push({ text });
			continue;
		}
		const before = out.at(-1);
		let lead = '';
		if (before && !before.termId) {
			lead = /\S*$/u.exec(before.text)![0];
			before.text = before.text.slice(0, before.text.length - lead.length);
			if (!before.text) out.pop();
		}
		const next = segments[i + 1];
		let tail = '';
		if (next && !next.termId) {
			tail = /^\S*/u.exec(next.text)![0];
			carried = next.text.slice(tail.length);
		}
		out.push({ lead, text: s.text, termId: s.termId, tail });
	}
	return out;
}
