import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../src/lib/cascade/graph';
import { backlinks, CONTENT, mechanismsFor, pathThrough, REFERENCES } from '../src/lib/content';
import { buildContentJson } from '../src/lib/content/export';
import type { Mechanism } from '../src/lib/content/types';
import { validateContent, type Content } from '../src/lib/content/validate';
import { decodeView, exploreQuery } from '../src/lib/url';

const mechanism = (over: Partial<Mechanism>): Mechanism => ({
	id: 'test-mechanism',
	title: 'A test mechanism',
	text: 'A sentence for students.',
	refs: [9],
	transitions: ['invade'],
	...over
});
const withMechanisms = (mechanisms: Mechanism[]): Content => ({ ...CONTENT, mechanisms });

describe('the shipped content', () => {
	it('passes every check', () => expect(validateContent(CONTENT)).toEqual([]));
	it('cites every one of the 144 references somewhere', () => {
		for (const r of REFERENCES)
			expect(backlinks(r.n).length, `reference ${r.n}`).toBeGreaterThan(0);
	});
	it('gives every transition a mechanism for every organ', () => {
		for (const t of TRANSITIONS)
			for (const organ of ['lung', 'liver', 'bone', 'brain'] as const)
				expect(mechanismsFor(t.id, organ).length, `${t.id} in ${organ}`).toBeGreaterThan(0);
	});
	it('links every transition to a view of the explorer that shows it', () => {
		for (const t of TRANSITIONS) {
			const { view, notices } = decodeView(new URLSearchParams(exploreQuery(t.id)));
			expect(notices).toEqual([]);
			expect(view.path.at(-1)).toBe(t.id);
			expect(pathThrough(t.id).at(-1)).toBe(t.id);
		}
	});
	it('exports /content.json with exact reference titles and every transition', () => {
		const json = buildContentJson();
		expect(json.references.map((r) => r.title)).toEqual(REFERENCES.map((r) => r.title));
		expect(json.transitions.map((t) => t.id).sort()).toEqual(TRANSITIONS.map((t) => t.id).sort());
		// Nothing is lost on the way through JSON (no functions such as a condition's test, no
		// Infinity, no Map): what a course tool parses is what the explorer built.
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
	});
});

describe('a bad entry fails with a message that names it', () => {
	const cases: [string, Content, RegExp][] = [
		[
			'a reference that does not exist',
			withMechanisms([...CONTENT.mechanisms, mechanism({ refs: [999] })]),
			/Mechanism "test-mechanism" cites reference 999/
		],
		[
			'a mechanism with no reference',
			withMechanisms([...CONTENT.mechanisms, mechanism({ refs: [] })]),
			/Mechanism "test-mechanism" cites no reference/
		],
		[
			'a transition the machine lacks',
			withMechanisms([...CONTENT.mechanisms, mechanism({ transitions: ['teleport' as never] })]),
			/names transition "teleport", which the machine lacks/
		],
		[
			'a duplicate id',
			withMechanisms([...CONTENT.mechanisms, mechanism({}), mechanism({})]),
			/Mechanism "test-mechanism" appears twice/
		],
		[
			'an unknown organ',
			withMechanisms([...CONTENT.mechanisms, mechanism({ organs: ['spleen' as never] })]),
			/unknown organ "spleen"/
		],
		[
			'a link in the prose',
			withMechanisms([...CONTENT.mechanisms, mechanism({ text: 'See https://example.org.' })]),
			/text contains a URL/
		],
		[
			'an inline citation',
			withMechanisms([...CONTENT.mechanisms, mechanism({ text: 'As shown [12].' })]),
			/inline citation/
		],
		[
			'a transition with no mechanism',
			withMechanisms(CONTENT.mechanisms.filter((m) => !m.transitions.includes('awaken'))),
			/Transition "awaken" has no mechanism/
		],
		[
			'content for a transition the machine lacks',
			{
				...CONTENT,
				transitions: [
					...CONTENT.transitions,
					{ id: 'fly' as never, action: 'Fly', short: 'Fly', narration: 'It flew.' }
				]
			},
			/transition "fly" has content but the machine has no such transition/
		],
		[
			'a transition without content',
			{ ...CONTENT, transitions: CONTENT.transitions.filter((t) => t.id !== 'arrest') },
			/transition "arrest" is in the machine but has no content/
		],
		[
			'a state without content',
			{ ...CONTENT, states: CONTENT.states.filter((s) => s.id !== 'balanced') },
			/state "balanced" is in the machine but has no content/
		],
		[
			'a label too long for the diagram',
			{
				...CONTENT,
				states: CONTENT.states.map((s) =>
					s.id === 'seeding' ? { ...s, label: 'x'.repeat(30) } : s
				)
			},
			/State "seeding": label is longer/
		],
		[
			'an elimination without a cause',
			{
				...CONTENT,
				states: CONTENT.states.map((s) => (s.id === 'anoikis' ? { ...s, cause: undefined } : s))
			},
			/State "anoikis": an elimination needs a cause/
		],
		[
			'a missing reference',
			{ ...CONTENT, references: CONTENT.references.slice(0, 143) },
			/expected 144, found 143/
		],
		[
			'a reference cited nowhere',
			{
				...CONTENT,
				overview: [],
				mechanisms: CONTENT.mechanisms.filter((m) => !m.refs.includes(142))
			},
			/References cited nowhere: .*142/
		]
	];
	it.each(cases)('%s', (_name, content, message) => {
		const problems = validateContent(content);
		expect(problems.join('\n')).toMatch(message);
	});
});
