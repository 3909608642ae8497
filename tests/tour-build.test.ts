import { describe, expect, it } from 'vitest';
import { factorDef } from '../src/lib/cascade/factors';
import { transitionContent } from '../src/lib/content/core';
import { TOURS } from '../src/lib/content/tours';
import {
	applyAction,
	describeStep,
	readDraft,
	draftOfTour,
	idFromTitle,
	newDraft,
	parseRefs,
	replayDraft,
	tourOfDraft,
	type BuildAction,
	type Draft
} from '../src/lib/tours/build';
import { tourProblems } from '../src/lib/tours/validate';

const run = (actions: BuildAction[], from: Draft = newDraft()) => actions.reduce(applyAction, from);
const actions = (d: Draft) => d.steps.map(({ take, set }) => ({ take, set }));

describe('applyAction', () => {
	it.each<[string, BuildAction[], Partial<Draft>]>([
		['nothing yet', [], { start: {} }],
		[
			'changes before the first way set the start; back to the default leaves it out',
			[
				{ kind: 'set', key: 'organ', value: 'bone' },
				{ kind: 'set', key: 'nkActive', value: false },
				{ kind: 'set', key: 'nkActive', value: true }
			],
			{ start: { organ: 'bone' } }
		]
	])('%s', (_, acts, want) => {
		expect(run(acts)).toMatchObject(want);
	});

	it.each<[string, BuildAction[], { take?: string; set?: object }[]]>([
		[
			'each way is a step',
			[
				{ kind: 'take', id: 'invade' },
				{ kind: 'take', id: 'intravasate' }
			],
			[{}, { take: 'invade' }, { take: 'intravasate' }]
		],
		[
			'changes in a row share one step',
			[
				{ kind: 'take', id: 'invade' },
				{ kind: 'set', key: 'nkActive', value: false },
				{ kind: 'set', key: 'sting', value: false }
			],
			[{}, { take: 'invade' }, { set: { nkActive: false, sting: false } }]
		],
		[
			'a change undone before any words removes its step',
			[
				{ kind: 'take', id: 'invade' },
				{ kind: 'set', key: 'nkActive', value: false },
				{ kind: 'set', key: 'nkActive', value: true }
			],
			[{}, { take: 'invade' }]
		],
		[
			'a change after words were written starts a new step',
			[
				{ kind: 'take', id: 'invade' },
				{ kind: 'set', key: 'nkActive', value: false },
				{ kind: 'words', index: 2, words: { narration: 'NK cells are gone.' } },
				{ kind: 'set', key: 'sting', value: false }
			],
			[{}, { take: 'invade' }, { set: { nkActive: false } }, { set: { sting: false } }]
		],
		[
			'removing the last step, but never the first',
			[{ kind: 'take', id: 'invade' }, { kind: 'removeLast' }, { kind: 'removeLast' }],
			[{}]
		]
	])('%s', (_, acts, want) => {
		expect(actions(run(acts))).toEqual(want.map((w) => ({ take: w.take, set: w.set })));
	});

	it('writes words, and drops notes left empty', () => {
		const d = run([
			{ kind: 'words', index: 0, words: { narration: 'Start.', notes: 'Ask.', refs: [9] } },
			{ kind: 'words', index: 0, words: { notes: '  ' } },
			{ kind: 'words', index: 7, words: { narration: 'nowhere' } }
		]);
		expect(d.steps).toEqual([{ narration: 'Start.', refs: [9] }]);
	});
});

describe('a draft as a tour', () => {
	it('makes a valid tour that replays to where the lecturer walked', () => {
		const d = run([
			{ kind: 'set', key: 'organ', value: 'bone' },
			{ kind: 'take', id: 'invade' },
			{ kind: 'set', key: 'nkActive', value: false },
			{ kind: 'take', id: 'intravasate' }
		]);
		const words = d.steps.reduce(
			(acc, _, i) =>
				applyAction(acc, { kind: 'words', index: i, words: { narration: `Step ${i + 1}.` } }),
			{ ...d, title: 'Bone, quickly', summary: 'A short walk.' }
		);
		const tour = tourOfDraft(words);
		expect(tour.id).toBe('bone-quickly');
		expect(tour.start).toEqual({ organ: 'bone' });
		expect(tourProblems(tour)).toEqual([]);
		const replay = replayDraft(words);
		expect(replay.ok && replay.views.map((v) => v.stateId)).toEqual([
			'primaryTumour',
			'localInvasion',
			'localInvasion',
			'circulation'
		]);
	});

	it('names the steps that still need words', () => {
		const d = run([{ kind: 'take', id: 'invade' }], { ...newDraft(), title: 'T', summary: 'S' });
		expect(tourProblems(tourOfDraft(d))).toEqual([
			'Tour "t", step 1: "narration" must be a text that is not empty',
			'Tour "t", step 2: "narration" must be a text that is not empty'
		]);
	});

	it('loads every shipped tour as a draft and writes it back unchanged', () => {
		for (const tour of TOURS)
			expect({ ...tourOfDraft(draftOfTour(tour)), id: tour.id }).toEqual(tour);
	});
});

describe('idFromTitle and parseRefs', () => {
	it.each([
		['Dormancy & waking', 'dormancy-waking'],
		['  Métastase: l’essentiel  ', 'metastase-l-essentiel'],
		['!!!', 'my-tour'],
		['x'.repeat(70), 'x'.repeat(60)]
	])('%j → %j', (title, id) => expect(idFromTitle(title)).toBe(id));

	it.each([
		['26, 31 130', [26, 31, 130]],
		['[9] [9]', [9]],
		['', []],
		['refs: none', []]
	])('%j → %j', (text, refs) => expect(parseRefs(text)).toEqual(refs));
});

describe('describeStep', () => {
	it.each<[number, object, string]>([
		[0, {}, 'The start'],
		[1, { take: 'invade' }, `Takes “${transitionContent('invade').action}”`],
		[
			2,
			{ set: { nkActive: false }, take: 'intravasate' },
			`Sets “${factorDef('nkActive').label}” to suppressed; takes “${transitionContent('intravasate').action}”`
		]
	])('step %d %j', (i, step, text) => {
		expect(describeStep({ narration: '', refs: [], ...step }, i)).toBe(text);
	});
});

describe('readDraft', () => {
	const draft = applyAction(
		{ ...newDraft(), title: 'Half done', summary: '' },
		{ kind: 'take', id: 'invade' }
	);
	it('reads back a draft kept in the browser, words missing or not', () => {
		expect(readDraft(JSON.stringify(draft))).toEqual(draft);
	});
	it.each([
		['nothing', null],
		['not JSON', '{'],
		['another app’s data', JSON.stringify({ theme: 'dark' })],
		['steps that are not a list', JSON.stringify({ ...draft, steps: 3 })],
		['no steps', JSON.stringify({ ...draft, steps: [] })],
		[
			'a step with a bad reference',
			JSON.stringify({ ...draft, steps: [{ narration: '', refs: ['9'] }] })
		],
		[
			'a way the machine cannot take',
			JSON.stringify({
				...draft,
				steps: [...draft.steps, { take: 'arrest', narration: '', refs: [] }]
			})
		]
	])('ignores %s', (_, text) => {
		expect(readDraft(text)).toBeNull();
	});
});
