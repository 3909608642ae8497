/**
 * Saved self-study progress survives whatever is in storage: corrupted, outdated or foreign data is
 * ignored with a polite notice, entries that cannot be read are left out one by one, reading never
 * writes, and what is saved reads back the same. Also the study summary built from it.
 */
import { describe, expect, it } from 'vitest';
import {
	clearStudy,
	emptyMission,
	emptyStudy,
	loadStudy,
	NOTICES,
	saveStudy,
	serializeStudy,
	STUDY_KEY,
	withAnswer,
	withMission,
	withTour,
	type Answer,
	type StudyProgress
} from '../src/lib/app/study-progress';
import { DEFAULT_FACTORS } from '../src/lib/cascade/factors';
import { actorAt, startView, viewOf } from '../src/lib/cascade/session';
import { judgeAnswer, summarize } from '../src/lib/missions/summary';
import { encodeView } from '../src/lib/url';

const stored = (raw: string | null) => ({
	getItem: (key: string) => (key === STUDY_KEY ? raw : null)
});
const envelope = (over: Record<string, unknown>) =>
	JSON.stringify({ app: 'mce-study', v: 1, missions: {}, tours: {}, ...over });

const ANSWER: Answer = {
	part: 'next',
	at: '?at=arrest&path=invade.intravasate.arrest',
	choice: 'extravasate',
	correct: true
};
const SAMPLE: StudyProgress = withTour(
	withMission(emptyStudy(), 'bone-keeps-mhc', {
		...emptyMission(),
		hints: 2,
		attempts: 3,
		ways: ['inflammation=true'],
		view: '?at=circulation&path=invade.intravasate&organ=bone',
		answers: [ANSWER]
	}),
	'to-a-macrometastasis',
	{ answers: [ANSWER] }
);

describe('loadStudy', () => {
	it('reads back what saveStudy wrote', () => {
		let written = '';
		saveStudy({ setItem: (_k, v) => (written = v) }, SAMPLE);
		expect(loadStudy(stored(written))).toEqual({ data: SAMPLE, notice: null });
	});

	it.each([
		['nothing saved', null, null],
		['an empty string', '', null],
		['not JSON', '{"app":"mce-study",', NOTICES.corrupted],
		['JSON of another app', '{"theme":"dark"}', NOTICES.foreign],
		['a bare JSON string', '"hello"', NOTICES.foreign],
		['a JSON array', '[1,2,3]', NOTICES.foreign],
		['an older version', envelope({ v: 0 }), NOTICES.outdated],
		['a newer version', envelope({ v: 2 }), NOTICES.outdated],
		['no version', envelope({ v: 'one' }), NOTICES.corrupted],
		['too long to be ours', 'x'.repeat(200_001), NOTICES.foreign]
	])('%s: a fresh start, with the right notice', (_what, raw, notice) => {
		expect(loadStudy(stored(raw))).toEqual({ data: emptyStudy(), notice });
	});

	it('leaves out entries it cannot read, one by one, and says so', () => {
		const raw = envelope({
			missions: {
				'bone-keeps-mhc': SAMPLE.missions['bone-keeps-mhc'],
				'too-many-hints': { ...emptyMission(), hints: 4 },
				'bad-view': { ...emptyMission(), view: 'javascript:alert(1)' },
				__proto__: { ...emptyMission() },
				'Not An Id': emptyMission()
			},
			tours: { 'a-tour': { answers: [ANSWER, { part: 'maybe' }, { ...ANSWER, at: '<script>' }] } }
		});
		const { data, notice } = loadStudy(stored(raw));
		expect(notice).toBe(NOTICES.partial);
		expect(Object.keys(data.missions)).toEqual(['bone-keeps-mhc']);
		expect(data.tours['a-tour']!.answers).toEqual([ANSWER]);
		expect(Object.getPrototypeOf(data.missions)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).hints).toBeUndefined();
	});

	it.each([
		[3, 3, null],
		[0, 0, null],
		[-1, undefined, NOTICES.partial],
		[2.5, undefined, NOTICES.partial],
		['3', undefined, NOTICES.partial],
		[undefined, undefined, null]
	])('a tour’s kept step %j is read as %j', (step, want, notice) => {
		const read = loadStudy(stored(envelope({ tours: { 'a-tour': { answers: [], step } } })));
		expect(read.data.tours['a-tour']!.step).toBe(want);
		expect(read.notice).toBe(notice);
	});

	it('storage that throws, or none at all, is a fresh start without a notice', () => {
		const throwing = {
			getItem: () => {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		};
		expect(loadStudy(throwing)).toEqual({ data: emptyStudy(), notice: null });
		expect(loadStudy(undefined)).toEqual({ data: emptyStudy(), notice: null });
		expect(() =>
			saveStudy(
				{
					setItem: () => {
						throw new Error('full');
					}
				},
				SAMPLE
			)
		).not.toThrow();
		expect(() =>
			clearStudy({
				removeItem: () => {
					throw new Error('blocked');
				}
			})
		).not.toThrow();
	});

	it('an answer to the same question replaces the earlier one', () => {
		const again = withAnswer([ANSWER], { ...ANSWER, choice: 'killed-in-vessel', correct: true });
		expect(again).toEqual([{ ...ANSWER, choice: 'killed-in-vessel' }]);
		expect(
			withAnswer(again, { ...ANSWER, part: 'why', way: 'extravasate', choice: 'none' })
		).toHaveLength(2);
	});

	it('serializes with the app name and the version', () => {
		expect(JSON.parse(serializeStudy(emptyStudy()))).toEqual({
			app: 'mce-study',
			v: 1,
			missions: {},
			tours: {}
		});
	});
});

describe('the study summary', () => {
	it('lists the path with changes, judges the answers again and gathers the references', () => {
		const actor = actorAt(startView({ ...DEFAULT_FACTORS, organ: 'bone' }));
		actor.start();
		for (const type of ['invade', 'intravasate', 'arrest'] as const) actor.send({ type });
		actor.send({ type: 'setFactor', key: 'sting', value: false });
		actor.send({ type: 'extravasate' });
		const view = viewOf(actor.getSnapshot());
		actor.stop();
		const at = encodeView({
			...view,
			stateId: 'arrest',
			path: view.path.slice(0, 3),
			changes: [],
			factors: view.startFactors
		});
		const summary = summarize(
			view,
			[
				{ part: 'next', at, choice: 'killed-in-vessel', correct: false },
				{ part: 'next', at: '?at=nowhere', choice: 'x', correct: true }
			],
			[97]
		);
		expect(summary.start).toEqual(['Target organ: Bone']);
		expect(summary.steps.map((s) => s.action)).toEqual([
			'Invade the stroma alone',
			'Enter the bloodstream',
			'Lodge in a capillary',
			'Cross the vessel wall'
		]);
		expect(summary.steps[3]!.changes).toEqual(['Set “STING signalling” to silenced']);
		expect(summary.end).toBe('Seeding the organ');
		// The stored verdict is not trusted: the machine says NK cells can kill here (STING active).
		expect(summary.answers).toHaveLength(1);
		expect(summary.answers[0]!.correct).toBe(true);
		expect(summary.refs).toContain(97);
		expect(summary.refs).toEqual([...summary.refs].sort((a, b) => a - b));
		expect(summary.refs).toEqual(expect.arrayContaining([26, 88, 135]));
	});

	it('an answer that cannot be replayed is left out', () => {
		expect(
			judgeAnswer({ part: 'why', at: '', way: 'invade', choice: 'nope', correct: true })
		).toBeNull();
	});
});
