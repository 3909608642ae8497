/**
 * The review's references as BibTeX, RIS and CSL-JSON, written from the parsed reference list
 * (../content/parse-references): only what the list gives (authors, title, journal as abbreviated,
 * volume, pages, year), the review's number in a note, and a PubMed search of the exact title as
 * the URL. No DOI or PMID is ever made up. Pure: no DOM. Loaded only when an export is asked for.
 */
import { pubmedSearchUrl } from '../content/bibliography';
import { REVIEW } from '../content/review';
import type { Reference } from '../content/types';

export interface Name {
	family: string;
	given: string;
}

/** Authors as the review lists them: the names given, and whether "et al." followed them. */
export interface Authors {
	names: Name[];
	etAl: boolean;
}

const INITIALS = String.raw`(?:[A-Z]\.(?:[ -](?=[A-Z]\.))?)+`;
const NAME = new RegExp(String.raw`^([^,&]+?), (${INITIALS})$`);

/**
 * Splits "Poste, G. & Fidler, I. J." or "Luzzi, K. J. et al." into names. Throws, naming the
 * string, for a list it cannot read (every one of the 144 is read in the tests).
 */
export function parseAuthors(authors: string): Authors {
	const etAl = / et al\.$/.test(authors);
	const list = etAl ? authors.replace(/ et al\.$/, '') : authors;
	// "A, B. C., D, E. & F, G." → ["A, B. C.", "D, E.", "F, G."]
	const parts = list.split(/(?<=\.)(?:, | & )(?=[^,&]+?, [A-Z]\.)/);
	const names = parts.map((part) => {
		const m = NAME.exec(part.trim());
		if (!m) throw new Error(`Cannot read the author "${part}" in "${authors}"`);
		return { family: m[1]!, given: m[2]! };
	});
	return { names, etAl };
}

/** The first and last page, as the list gives them ("241–257.e248" → 241, 257.e248; "1944" → 1944). */
export function splitPages(pages: string): { first: string; last?: string } {
	const [first, last] = pages.split(/[–-]/, 2).map((p) => p.trim());
	return last ? { first: first!, last } : { first: first! };
}

/** Letters only, without accents: "O’Reilly" → "OReilly", "Castaño" → "Castano". */
const asciiLetters = (s: string) => s.normalize('NFD').replace(/[^A-Za-z0-9]/g, '');

/**
 * One citation key per reference, the first author's family name and the year ("Poste1980"),
 * with a, b, c… in the review's order where several share one ("Lambert2021a", "Lambert2021b").
 * Computed over the whole list, so a reference has the same key in every export.
 */
export function citationKeys(refs: readonly Reference[]): Map<number, string> {
	const base = new Map(
		refs.map((r) => [r.n, `${asciiLetters(parseAuthors(r.authors).names[0]!.family)}${r.year}`])
	);
	const counts = new Map<string, number>();
	for (const key of base.values()) counts.set(key, (counts.get(key) ?? 0) + 1);
	const seen = new Map<string, number>();
	const keys = new Map<number, string>();
	for (const r of refs) {
		const key = base.get(r.n)!;
		if (counts.get(key) === 1) keys.set(r.n, key);
		else {
			const i = seen.get(key) ?? 0;
			seen.set(key, i + 1);
			keys.set(
				r.n,
				`${key}${String.fromCharCode(97 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ''}`
			);
		}
	}
	return keys;
}

/** The review's own citation in one line, for notes and headers. */
export const REVIEW_CITATION = `${REVIEW.authors} ${REVIEW.title}. ${REVIEW.journal} ${REVIEW.volume}, ${REVIEW.pages} (${REVIEW.year}). doi:${REVIEW.doi}`;

const reviewFamilies = parseAuthors(REVIEW.authors).names.map((a) => a.family);
/** "Lambert, Zhang & Weinberg" */
const REVIEW_AUTHORS_SHORT = `${reviewFamilies.slice(0, -1).join(', ')} & ${reviewFamilies.at(-1)}`;

/** What each exported reference says about where it comes from. */
export function referenceNote(ref: Reference): string {
	const who = parseAuthors(ref.authors).etAl
		? ` The review lists the authors as “${ref.authors}”.`
		: '';
	return `Reference ${ref.n} of ${REVIEW_AUTHORS_SHORT} ${REVIEW.year}, ${REVIEW.journal} ${REVIEW.volume}, ${REVIEW.pages}, doi:${REVIEW.doi}.${who}`;
}

// ——— BibTeX ———

const BIBTEX_SPECIAL: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	'&': '\\&',
	'%': '\\%',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}'
};

/** Text safe inside a BibTeX field: LaTeX's special characters escaped. */
export function escapeBibTeX(text: string): string {
	return text.replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_SPECIAL[c]!);
}

/**
 * A URL inside a BibTeX field, which biblatex and BibTeX parsers read verbatim: written as it is,
 * with only a brace or backslash (which would end or break the field) percent-encoded.
 */
const escapeBibUrl = (url: string) => url.replace(/[{}\\]/g, (c) => encodeURIComponent(c));

function bibtexEntry(ref: Reference, key: string): string {
	const { names, etAl } = parseAuthors(ref.authors);
	const authors = [...names.map((a) => `${a.family}, ${a.given}`), ...(etAl ? ['others'] : [])];
	const fields: [string, string][] = [
		['author', authors.map(escapeBibTeX).join(' and ')],
		// Double braces keep the title's capitals as the review prints them.
		['title', `{${escapeBibTeX(ref.title)}}`],
		['journal', escapeBibTeX(ref.journal)],
		['year', String(ref.year)],
		['volume', escapeBibTeX(ref.volume)],
		['pages', escapeBibTeX(ref.pages).replace(/\s*[–-]\s*/g, '--')],
		['url', escapeBibUrl(pubmedSearchUrl(ref))],
		['note', escapeBibTeX(referenceNote(ref))]
	];
	const width = Math.max(...fields.map(([name]) => name.length));
	const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(',\n');
	return `@article{${key},\n${body}\n}`;
}

/** A BibTeX file: a comment naming what it holds, then one @article per reference. */
export function toBibTeX(
	refs: readonly Reference[],
	keys: ReadonlyMap<number, string>,
	what: string
): string {
	const header = [
		`% ${what}: ${refs.length} reference${refs.length === 1 ? '' : 's'} of`,
		`% ${REVIEW_CITATION}`,
		'% Exported from the Metastasis Cascade Explorer. Each URL is a PubMed search of the exact title.'
	]
		// BibTeX reads text outside entries as a comment, but an @ there would start one.
		.map((line) => line.replace(/@/g, ' at '))
		.join('\n');
	return `${header}\n\n${refs.map((r) => bibtexEntry(r, key(keys, r))).join('\n\n')}\n`;
}

function key(keys: ReadonlyMap<number, string>, ref: Reference): string {
	const k = keys.get(ref.n);
	if (!k) throw new Error(`No citation key for reference ${ref.n}`);
	return k;
}

// ——— RIS ———

/** One RIS line; a value never spans lines. */
const ris = (tag: string, value: string) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`;

function risRecord(ref: Reference, id: string): string {
	const { names } = parseAuthors(ref.authors);
	const { first, last } = splitPages(ref.pages);
	return [
		ris('TY', 'JOUR'),
		ris('ID', id),
		...names.map((a) => ris('AU', `${a.family}, ${a.given}`)),
		ris('TI', ref.title),
		ris('T2', ref.journal),
		ris('JO', ref.journal),
		ris('PY', String(ref.year)),
		ris('VL', ref.volume),
		ris('SP', first),
		...(last ? [ris('EP', last)] : []),
		ris('UR', pubmedSearchUrl(ref)),
		ris('N1', referenceNote(ref)),
		// The end tag has nothing after its dash.
		'ER  - '
	].join('\r\n');
}

/** An RIS file (lines end in CR LF, as the format's readers expect). */
export function toRIS(refs: readonly Reference[], keys: ReadonlyMap<number, string>): string {
	return refs.map((r) => `${risRecord(r, key(keys, r))}\r\n`).join('\r\n');
}

// ——— CSL-JSON ———

export interface CslItem {
	id: string;
	type: 'article-journal';
	title: string;
	author: Name[];
	'container-title': string;
	'container-title-short': string;
	issued: { 'date-parts': [[number]] };
	volume: string;
	page: string;
	URL: string;
	note: string;
}

export function toCslItems(
	refs: readonly Reference[],
	keys: ReadonlyMap<number, string>
): CslItem[] {
	return refs.map((ref) => ({
		id: key(keys, ref),
		type: 'article-journal',
		title: ref.title,
		author: parseAuthors(ref.authors).names,
		'container-title': ref.journal,
		'container-title-short': ref.journal,
		issued: { 'date-parts': [[ref.year]] },
		volume: ref.volume,
		page: ref.pages.replace(/\s*–\s*/g, '-'),
		URL: pubmedSearchUrl(ref),
		note: referenceNote(ref)
	}));
}

/** A CSL-JSON file: an array of items, as citeproc, Zotero and pandoc read it. */
export function toCslJson(refs: readonly Reference[], keys: ReadonlyMap<number, string>): string {
	return `${JSON.stringify(toCslItems(refs, keys), null, 2)}\n`;
}
