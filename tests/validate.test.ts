/**
 * The content check an instructor meets when an edit goes wrong: each kind of mistake, made once
 * in otherwise valid content, yields the exact message that names the entry and what to fix, and
 * entries just inside a limit pass. (tests/content.test.ts checks the shipped content passes.)
 */
import { describe, expect, it } from 'vitest';
import { CONTENT } from '../src/lib/content';
import type { Mechanism } from '../src/lib/content/types';
import {
	assertValidContent,
	LIMITS,
	validateContent,
	type Content
} from '../src/lib/content/validate';

/** The shipped content with one list changed by `f`. */
function withList<K extends keyof Content>(key: K, f: (list: Content[K]) => unknown[]): Content {
	return { ...CONTENT, [key]: f(CONTENT[key]) } as Content;
}
/** The shipped content with the entry `id` of a list changed. */
function withEntry<K extends 'stages' | 'states' | 'transitions' | 'glossary' | 'overview'>(
	key: K,
	id: string,
	over: Record<string, unknown>
): Content {
	return withList(key, (list) =>
		(list as readonly { id: string }[]).map((e) => (e.id === id ? { ...e, ...over } : e))
	);
}
const mechanism = (over: Partial<Mechanism>): Mechanism => ({
	id: 'a-new-mechanism',
	title: 'A new mechanism',
	text: 'One plain sentence for students.',
	refs: [9],
	transitions: ['invade'],
	...over
});
const plusMechanism = (over: Partial<Mechanism>) =>
	withList('mechanisms', (list) => [...list, mechanism(over)]);
const factorWith = (over: Record<string, unknown>) =>
	withList('factors', (list) => list.map((f) => (f.key === 'surgery' ? { ...f, ...over } : f)));

describe('one mistake, one exact message', () => {
	const cases: [string, Content, string][] = [
		[
			'a misnumbered reference',
			withList('references', (r) => r.map((x) => (x.n === 5 ? { ...x, n: 55 } : x))),
			'Reference at position 5 is numbered 55'
		],
		[
			'a reference without a title',
			withList('references', (r) => r.map((x) => (x.n === 3 ? { ...x, title: '  ' } : x))),
			'Reference 3 has no title'
		],
		[
			'a reference too many',
			withList('references', (r) => [...r, { ...r[0]!, n: 145 }]),
			'References: expected 144, found 145'
		],
		['a stage twice', withList('stages', (s) => [...s, s[1]!]), 'stage "survival" appears twice'],
		[
			'a stage the machine lacks',
			withList('stages', (s) => [...s, { id: 'limbo', title: 'Limbo', summary: 'Nowhere.' }]),
			'stage "limbo" has content but the machine has no such stage'
		],
		[
			'a stage without content',
			withList('stages', (s) => s.filter((x) => x.id !== 'dormancy')),
			'stage "dormancy" is in the machine but has no content'
		],
		[
			'an empty stage title',
			withEntry('stages', 'survival', { title: '' }),
			'Stage "survival": title is empty'
		],
		[
			'a blank stage summary',
			withEntry('stages', 'dormancy', { summary: ' \n ' }),
			'Stage "dormancy": summary is empty'
		],
		[
			'state content the machine lacks',
			withList('states', (s) => [...s, { ...s[0]!, id: 'heaven' }]),
			'state "heaven" has content but the machine has no such state'
		],
		[
			'a missing state title',
			withEntry('states', 'seeding', { title: undefined }),
			'State "seeding": title is empty'
		],
		[
			'an empty state label',
			withEntry('states', 'seeding', { label: '' }),
			'State "seeding": label is empty'
		],
		[
			'an empty state body',
			withEntry('states', 'seeding', { body: '' }),
			'State "seeding": body is empty'
		],
		[
			'a state label one character too long',
			withEntry('states', 'seeding', { label: 'x'.repeat(LIMITS.stateLabel + 1) }),
			'State "seeding": label is longer than 22 characters'
		],
		[
			'state refs that are not a list',
			withEntry('states', 'seeding', { refs: 12 }),
			'State "seeding": refs is not a list'
		],
		[
			'a state citing a reference as text',
			withEntry('states', 'seeding', { refs: ['12'] }),
			'State "seeding" cites reference 12, which the review does not have'
		],
		[
			'a state citing reference 0',
			withEntry('states', 'seeding', { refs: [0] }),
			'State "seeding" cites reference 0, which the review does not have'
		],
		[
			'an empty action',
			withEntry('transitions', 'arrest', { action: '' }),
			'Transition "arrest": action is empty'
		],
		[
			'an action one character too long',
			withEntry('transitions', 'arrest', { action: 'x'.repeat(LIMITS.action + 1) }),
			'Transition "arrest": action is longer than 32 characters'
		],
		[
			'an empty diagram label',
			withEntry('transitions', 'arrest', { short: '' }),
			'Transition "arrest": short is empty'
		],
		[
			'a diagram label one character too long',
			withEntry('transitions', 'arrest', { short: 'x'.repeat(LIMITS.short + 1) }),
			'Transition "arrest": short label is longer than 18 characters'
		],
		[
			'markup in a narration',
			withEntry('transitions', 'arrest', { narration: 'It <b>stops</b>.' }),
			'Transition "arrest": narration contains HTML markup'
		],
		[
			'a mechanism id in camelCase',
			plusMechanism({ id: 'newMechanism' }),
			'Mechanism "newMechanism": id must be kebab-case'
		],
		[
			'a mechanism title one character too long',
			plusMechanism({ title: 'x'.repeat(LIMITS.mechanismTitle + 1) }),
			'Mechanism "a-new-mechanism": title is longer than 60 characters'
		],
		[
			'a mechanism text one character too long',
			plusMechanism({ text: 'x'.repeat(LIMITS.mechanismText + 1) }),
			'Mechanism "a-new-mechanism": text is longer than 360 characters'
		],
		[
			'a mechanism that drives nothing',
			plusMechanism({ transitions: [] }),
			'Mechanism "a-new-mechanism" drives no transition'
		],
		[
			'a mechanism with an empty organ list',
			plusMechanism({ organs: [] }),
			'Mechanism "a-new-mechanism": organs is empty (leave it out for every organ)'
		],
		[
			'a mechanism with an empty title',
			plusMechanism({ title: '' }),
			'Mechanism "a-new-mechanism": title is empty'
		],
		[
			'a DOI in a mechanism',
			plusMechanism({ text: 'See doi 10.1038/nature.' }),
			'Mechanism "a-new-mechanism": text contains a DOI'
		],
		[
			'a PMID in a mechanism',
			plusMechanism({ text: 'PMID 123456.' }),
			'Mechanism "a-new-mechanism": text contains a PMID'
		],
		[
			'factor content the machine lacks',
			withList('factors', (f) => [
				...f,
				{ key: 'gravity' as never, description: 'Heavy.', refs: [9] }
			]),
			'factor "gravity" has content but the machine has no such factor'
		],
		[
			'a factor without content',
			withList('factors', (f) => f.filter((x) => x.key !== 'sting')),
			'factor "sting" is in the machine but has no content'
		],
		[
			'an empty factor description',
			factorWith({ description: '' }),
			'Factor "surgery": description is empty'
		],
		['a factor citing nothing', factorWith({ refs: [] }), 'Factor "surgery" cites no reference'],
		[
			'a glossary id with a space',
			withList('glossary', (g) => [
				...g,
				{ id: 'two words', term: 'Two words', definition: 'A pair.' }
			]),
			'Glossary term "two words": id must be kebab-case'
		],
		[
			'a glossary term twice',
			withList('glossary', (g) => [...g, g[0]!]),
			`Glossary term "${CONTENT.glossary[0]!.id}" appears twice`
		],
		[
			'an empty definition',
			withEntry('glossary', CONTENT.glossary[0]!.id, { definition: '' }),
			`Glossary term "${CONTENT.glossary[0]!.id}": definition is empty`
		],
		[
			'an empty glossary term',
			withEntry('glossary', CONTENT.glossary[0]!.id, { term: ' ' }),
			`Glossary term "${CONTENT.glossary[0]!.id}": term is empty`
		],
		[
			'an overview section citing nothing',
			withEntry('overview', CONTENT.overview[0]!.id, { refs: [] }),
			`Overview section "${CONTENT.overview[0]!.id}" cites no reference`
		],
		[
			'an empty overview text',
			withEntry('overview', CONTENT.overview[0]!.id, { text: '' }),
			`Overview section "${CONTENT.overview[0]!.id}": text is empty`
		]
	];
	it.each(cases)('%s', (_name, content, message) =>
		expect(validateContent(content)).toContain(message)
	);

	it('lists every reference no longer cited, in one message', () => {
		const problems = validateContent({ ...CONTENT, overview: [] });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^References cited nowhere: 1, 27, (\d+, )+\d+$/);
	});

	it('lists only the problems there are: one mistake gives one message', () => {
		expect(validateContent(withEntry('transitions', 'arrest', { action: '' }))).toEqual([
			'Transition "arrest": action is empty'
		]);
		expect(validateContent(plusMechanism({ organs: ['spleen' as never] }))).toEqual([
			'Mechanism "a-new-mechanism" names unknown organ "spleen"'
		]);
	});
});

describe('limits are inclusive', () => {
	it.each([
		[
			'a state label of exactly 22 characters',
			withEntry('states', 'seeding', { label: 'x'.repeat(LIMITS.stateLabel) })
		],
		[
			'an action of exactly 32 characters',
			withEntry('transitions', 'arrest', { action: 'x'.repeat(LIMITS.action) })
		],
		[
			'a diagram label of exactly 18 characters',
			withEntry('transitions', 'arrest', { short: 'x'.repeat(LIMITS.short) })
		],
		[
			'a mechanism title of 60 and text of 360',
			plusMechanism({
				title: 'x'.repeat(LIMITS.mechanismTitle),
				text: 'x'.repeat(LIMITS.mechanismText)
			})
		],
		['a mechanism for two organs', plusMechanism({ organs: ['bone', 'brain'] })],
		['a state that cites nothing', withEntry('states', 'seeding', { refs: [] })]
	])('%s passes', (_name, content) => expect(validateContent(content)).toEqual([]));
});

describe('what counts as forbidden in prose', () => {
	const said = (text: string) =>
		validateContent(plusMechanism({ text })).map((p) =>
			p.replace('Mechanism "a-new-mechanism": text contains ', '')
		);
	it.each([
		['see http://example.org', 'a URL'],
		['HTTPS://EXAMPLE.ORG', 'a URL'],
		['the DOI is given', 'a DOI'],
		['10.1126/science.1', 'a DOI'],
		['pmid 42', 'a PMID'],
		['shown before [12]', 'an inline citation like [12] (put numbers in refs)'],
		['shown before [3, 4]', 'an inline citation like [12] (put numbers in refs)'],
		['shown before [3–5]', 'an inline citation like [12] (put numbers in refs)'],
		['a <i>gene</i>', 'HTML markup'],
		['a line</p>', 'HTML markup']
	])('%j contains %s', (text, what) => expect(said(text)).toEqual([what]));
	it.each([
		'a ratio of 10.5 to 1',
		'doing well, with doings',
		'cells [a] and [b]',
		'more cells < fewer cells > none',
		'1 < 2 and 3 > 2',
		'Aldoi and pmidx are not identifiers'
	])('%j is fine', (text) => expect(said(text)).toEqual([]));
});

describe('asserting valid content', () => {
	it('passes the shipped content', () => expect(() => assertValidContent(CONTENT)).not.toThrow());
	it('fails with every problem listed, one a line', () => {
		const bad = withEntry('transitions', 'arrest', { action: '', narration: '' });
		expect(() => assertValidContent(bad)).toThrow(
			'The explorer\'s content has 2 problem(s):\n- Transition "arrest": action is empty\n- Transition "arrest": narration is empty'
		);
	});
});
