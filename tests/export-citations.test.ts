/**
 * The reference exports a student takes to a reference manager: BibTeX, RIS and CSL-JSON written
 * from the review's list, read back by independent parsers (@retorquere/bibtex-parser, the parser
 * of Zotero's Better BibTeX, and citation-js's RIS plugin), with the right count, titles, authors
 * and no identifier the list does not give.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseBibTeX } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { reference, REFERENCES } from '../src/lib/content/bibliography';
import type { Reference } from '../src/lib/content/types';
import {
	citationKeys,
	escapeBibTeX,
	parseAuthors,
	splitPages,
	toBibTeX,
	toCslItems,
	toCslJson,
	toRIS
} from '../src/lib/export/citations';

const KEYS = citationKeys(REFERENCES);
const odd: Reference = {
	...reference(1),
	n: 1,
	title: 'Costs of 50% & more: {braces}, $x_1$ ~ #2 ^ \\ end',
	journal: 'J. A&B'
};

describe('authors as the review lists them', () => {
	it('splits two, three and more names, with initials kept as given', () => {
		expect(parseAuthors('Poste, G. & Fidler, I. J.')).toEqual({
			names: [
				{ family: 'Poste', given: 'G.' },
				{ family: 'Fidler', given: 'I. J.' }
			],
			etAl: false
		});
		expect(parseAuthors(reference(15).authors).names.map((a) => a.family)).toEqual([
			'Vera-Ramirez',
			'Vodnala',
			'Nini',
			'Hunter',
			'Green'
		]);
		expect(parseAuthors('de Visser, K. E. & Joyce, J. A.').names[0]).toEqual({
			family: 'de Visser',
			given: 'K. E.'
		});
	});
	it('marks "et al."', () => {
		expect(parseAuthors('Luzzi, K. J. et al.')).toEqual({
			names: [{ family: 'Luzzi', given: 'K. J.' }],
			etAl: true
		});
	});
	it('reads every one of the 144, and writes each back as the review prints it', () => {
		for (const ref of REFERENCES) {
			const { names, etAl } = parseAuthors(ref.authors);
			const list = names.map((a) => `${a.family}, ${a.given}`);
			const joined =
				list.length > 1 ? `${list.slice(0, -1).join(', ')} & ${list.at(-1)}` : list[0]!;
			expect(`${joined}${etAl ? ' et al.' : ''}`, `reference ${ref.n}`).toBe(ref.authors);
		}
	});
	it('names what it cannot read', () => {
		expect(() => parseAuthors('Nobody')).toThrow('Cannot read the author "Nobody" in "Nobody"');
	});
});

describe('pages', () => {
	it.each([
		['139–146', { first: '139', last: '146' }],
		['241–257.e248', { first: '241', last: '257.e248' }],
		['1944', { first: '1944' }],
		['eaao4908', { first: 'eaao4908' }]
	])('%s', (pages, expected) => expect(splitPages(pages)).toEqual(expected));
});

describe('citation keys', () => {
	it('are the first author and the year, one per reference, never twice', () => {
		expect(KEYS.get(1)).toBe('Poste1980');
		expect(new Set(KEYS.values()).size).toBe(REFERENCES.length);
		for (const key of KEYS.values()) expect(key).toMatch(/^[A-Za-z][A-Za-z0-9]*\d{4}[a-z]?$/);
	});
	it('tell apart a first author with two papers in a year, in the review’s order', () => {
		// Lambert & Weinberg 2021 [26] and Lambert et al. 2022 [39] differ by year; two of
		// Massague's papers [2, 7] too; this checks the suffix rule on a made-up pair.
		const twin = { ...reference(2), n: 2, year: 1980, authors: 'Poste, G. et al.' };
		const keys = citationKeys([reference(1), twin]);
		expect([keys.get(1), keys.get(2)]).toEqual(['Poste1980a', 'Poste1980b']);
	});
});

describe('BibTeX', () => {
	it('escapes every LaTeX special character', () => {
		expect(escapeBibTeX('50% & $x_1$ ~ #2 ^ {a} \\')).toBe(
			'50\\% \\& \\$x\\_1\\$ \\textasciitilde{} \\#2 \\textasciicircum{} \\{a\\} \\textbackslash{}'
		);
	});
	it('writes an @article per reference that a strict parser reads back', () => {
		const refs = [1, 9, 17, 29].map(reference);
		const text = toBibTeX(refs, KEYS, 'Some references');
		const parsed = parseBibTeX(text);
		expect(parsed.errors).toEqual([]);
		expect(parsed.entries.map((e) => e.key)).toEqual([
			'Poste1980',
			'Luzzi1998',
			'Rusu2019',
			'Castano2018'
		]);
		expect(parsed.entries.map((e) => e.fields.title)).toEqual(refs.map((r) => r.title));
		const [poste, luzzi, rusu] = parsed.entries;
		expect(poste!.type).toBe('article');
		expect(poste!.fields.author).toEqual([
			{ lastName: 'Poste', firstName: 'G.' },
			{ lastName: 'Fidler', firstName: 'I. J.' }
		]);
		expect(luzzi!.fields.author).toEqual([
			{ lastName: 'Luzzi', firstName: 'K. J.' },
			{ lastName: 'others' }
		]);
		expect(poste!.fields).toMatchObject({
			journal: 'Nature',
			year: '1980',
			volume: '283',
			pages: '139–146'
		});
		expect(rusu!.fields.pages).toBe('241–257.e248');
		expect(poste!.fields.url).toBe(
			'https://pubmed.ncbi.nlm.nih.gov/?term=%22The%20pathogenesis%20of%20cancer%20metastasis%22%5BTitle%5D'
		);
		expect(poste!.fields.note).toContain('Reference 1 of Lambert, Zhang & Weinberg 2024');
		expect(poste!.fields.note).toContain('doi:10.1038/s41556-024-01409-8');
	});
	it('keeps odd characters in titles through a round trip', () => {
		const text = toBibTeX([odd], new Map([[1, 'Odd1980']]), 'One');
		const parsed = parseBibTeX(text);
		expect(parsed.errors).toEqual([]);
		expect(parsed.entries[0]!.fields.title).toBe(odd.title);
		expect(parsed.entries[0]!.fields.journal).toBe('J. A&B');
	});
	it('all 144 parse back, with their titles, in order', () => {
		const parsed = parseBibTeX(toBibTeX(REFERENCES, KEYS, 'All'));
		expect(parsed.errors).toEqual([]);
		expect(parsed.entries).toHaveLength(144);
		expect(parsed.entries.map((e) => e.fields.title)).toEqual(REFERENCES.map((r) => r.title));
	}, 30_000);
	it('has no DOI or PMID field: none is invented', () => {
		const text = toBibTeX(REFERENCES, KEYS, 'All');
		expect(text).not.toMatch(/^\s*(doi|pmid|eprint)\s*=/im);
	});
});

async function readRIS(text: string) {
	return (await Cite.async(text, { forceType: '@ris/file' })).data as {
		title: string;
		author?: { family: string; given: string }[];
		'container-title'?: string;
		page?: string;
		volume?: string;
		issued?: { 'date-parts': number[][] };
		URL?: string;
	}[];
}

describe('RIS', () => {
	it('writes one JOUR record per reference, CR LF lines, ending in ER', () => {
		const text = toRIS([reference(1)], KEYS);
		expect(text.split('\r\n').slice(0, 4)).toEqual([
			'TY  - JOUR',
			'ID  - Poste1980',
			'AU  - Poste, G.',
			'AU  - Fidler, I. J.'
		]);
		expect(text).toMatch(/\r\nER {2}- \r\n$/);
		expect(text).not.toMatch(/[^\r]\n/);
	});
	it('reads back with citation-js: titles, authors, journal, year, pages', async () => {
		const refs = [1, 9, 17, 29].map(reference);
		const items = await readRIS(toRIS(refs, KEYS));
		expect(items.map((i) => i.title)).toEqual(refs.map((r) => r.title));
		expect(items[0]!.author).toEqual([
			{ family: 'Poste', given: 'G.' },
			{ family: 'Fidler', given: 'I. J.' }
		]);
		expect(items[0]!['container-title']).toBe('Nature');
		expect(items[0]!.issued?.['date-parts']).toEqual([[1980]]);
		expect(items[0]!.volume).toBe('283');
		expect(items[0]!.page).toBe('139-146');
		expect(items[2]!.page).toBe('241-257.e248');
	});
	it('all 144 read back, in order', async () => {
		const items = await readRIS(toRIS(REFERENCES, KEYS));
		expect(items).toHaveLength(144);
		expect(items.map((i) => i.title)).toEqual(REFERENCES.map((r) => r.title));
	});
	it('a value never breaks its line', () => {
		const text = toRIS([{ ...odd, title: 'Two\nlines' }], new Map([[1, 'Odd1980']]));
		expect(text).toContain('TI  - Two lines\r\n');
	});
});

describe('CSL-JSON', () => {
	it('is an array of article-journal items with the fields CSL processors read', () => {
		const [item] = toCslItems([reference(17)], KEYS);
		expect(item).toEqual({
			id: 'Rusu2019',
			type: 'article-journal',
			title: reference(17).title,
			author: [{ family: 'Rusu', given: 'P.' }],
			'container-title': 'Cell Stem Cell',
			'container-title-short': 'Cell Stem Cell',
			issued: { 'date-parts': [[2019]] },
			volume: '25',
			page: '241-257.e248',
			URL: expect.stringMatching(/^https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\?term=/),
			note: expect.stringContaining('The review lists the authors as “Rusu, P. et al.”')
		});
	});
	it('parses as JSON, every item valid, ids unique', () => {
		const items = JSON.parse(toCslJson(REFERENCES, KEYS)) as ReturnType<typeof toCslItems>;
		expect(items).toHaveLength(144);
		expect(new Set(items.map((i) => i.id)).size).toBe(144);
		for (const item of items) {
			expect(item.type).toBe('article-journal');
			expect(item.title.length).toBeGreaterThan(0);
			expect(item.author.length).toBeGreaterThan(0);
			for (const a of item.author) expect(Object.keys(a).sort()).toEqual(['family', 'given']);
			expect(item.issued['date-parts'][0]![0]).toBeGreaterThan(1900);
			expect(Object.keys(item)).not.toContain('DOI');
		}
	});
	it('is read by citation-js as CSL without changes', async () => {
		const items = toCslItems([reference(1), reference(2)], KEYS);
		const read = (await Cite.async(items)).data as { title: string }[];
		expect(read.map((i) => i.title)).toEqual([reference(1).title, reference(2).title]);
	});
});
