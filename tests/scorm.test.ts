/**
 * The SCORM 1.2 package's logic (src/lib/scorm): finding the API as the standard describes, what
 * a lesson reports (status and score), suspend_data written compactly within SCORM 1.2's 4,096
 * characters and read back through the same checks as saved progress, a session against a fake
 * LMS, and the imsmanifest.xml (well-formed, every file listed, the launch page among them).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { emptyMission, type Answer, type MissionRecord } from '../src/lib/app/study-progress';
import {
	decodeSuspend,
	encodeSuspend,
	findApi,
	lessonResult,
	LmsSession,
	sessionTime,
	SUSPEND_LIMIT,
	SUSPEND_NOTICE,
	type ApiWindow,
	type Lesson,
	type Scorm12Api
} from '../src/lib/scorm/lms';
import { fileHref, manifestProblem, scormManifest } from '../src/lib/scorm/manifest';
import { missionLesson, tourLesson } from '../src/lib/scorm/connect';
import { MISSIONS } from '../src/lib/content/missions';
import { TOURS } from '../src/lib/content/tours';
import { branchPoints, questionCount, whyChoices } from '../src/lib/tours/predict';

const MISSION: Lesson = { kind: 'mission', id: 'three-immune-deaths', ways: 3 };
const REACH: Lesson = { kind: 'mission', id: 'bone-keeps-mhc', ways: 1 };
const TOUR: Lesson = { kind: 'tour', id: 'immune-escape', steps: 8, questions: 4 };

const answer = (i: number, correct = true): Answer => ({
	part: i % 2 ? 'why' : 'next',
	at: `?at=arrest&path=invade.intravasate.arrest&nk=${i % 2}`,
	...(i % 2 ? { way: 'extravasate' as const } : {}),
	choice: i % 2 ? 'nk=false' : 'extravasate',
	correct
});

const mission = (over: Partial<MissionRecord> = {}): MissionRecord => ({
	...emptyMission(),
	...over
});

/** A fake SCORM 1.2 LMS: keeps values, records the calls. */
function fakeApi(initial: Record<string, string> = {}) {
	const values: Record<string, string> = {
		'cmi.core.lesson_status': 'not attempted',
		'cmi.suspend_data': '',
		...initial
	};
	const calls: string[] = [];
	const api: Scorm12Api = {
		LMSInitialize: () => (calls.push('LMSInitialize'), 'true'),
		LMSFinish: () => (calls.push('LMSFinish'), 'true'),
		LMSGetValue: (e) => values[e] ?? '',
		LMSSetValue: (e, v) => ((values[e] = v), calls.push(`set ${e}`), 'true'),
		LMSCommit: () => (calls.push('LMSCommit'), 'true'),
		LMSGetLastError: () => '0'
	};
	return { api, values, calls };
}

describe('finding the SCORM 1.2 API', () => {
	const { api } = fakeApi();

	it('finds it on the window, a parent or the opener’s chain, and nowhere else', () => {
		const top: ApiWindow = {};
		top.parent = top;
		const lms: ApiWindow = { API: api };
		lms.parent = lms;
		const content: ApiWindow = { parent: { parent: lms } };
		expect(findApi(content)).toBe(api);
		expect(findApi({ API: api })).toBe(api);
		const popup: ApiWindow = { parent: null, opener: { parent: lms } };
		expect(findApi(popup)).toBe(api);
		expect(findApi({ parent: top })).toBeNull();
		// Something called API that is not one.
		expect(findApi({ API: { LMSInitialize: () => 'true' } })).toBeNull();
	});

	it('treats a window of another origin (which throws on access) as having none', () => {
		const foreign = {
			get API(): unknown {
				throw new DOMException('Blocked a frame', 'SecurityError');
			},
			get parent(): ApiWindow {
				throw new DOMException('Blocked a frame', 'SecurityError');
			}
		};
		expect(findApi({ parent: foreign })).toBeNull();
		expect(findApi(foreign)).toBeNull();
	});

	it('stops climbing an endless chain of parents', () => {
		let w: ApiWindow = {};
		for (let i = 0; i < 2000; i++) w = { parent: w };
		expect(findApi(w)).toBeNull();
	});
});

describe('what a lesson reports', () => {
	it('a mission: passed with 100 once solved, else incomplete with the share of ways found', () => {
		expect(lessonResult(MISSION, mission())).toEqual({ status: 'incomplete', score: 0 });
		expect(lessonResult(MISSION, mission({ ways: ['a', 'b'] }))).toEqual({
			status: 'incomplete',
			score: 66
		});
		expect(lessonResult(MISSION, mission({ ways: ['a', 'b', 'c'], solved: true }))).toEqual({
			status: 'passed',
			score: 100
		});
		expect(lessonResult(REACH, mission({ attempts: 4 }))).toEqual({
			status: 'incomplete',
			score: 0
		});
		expect(lessonResult(REACH, mission({ solved: true })).status).toBe('passed');
	});

	it('a tour: completed at its last step, scored by its questions answered correctly', () => {
		expect(lessonResult(TOUR, { answers: [], step: 3 })).toEqual({
			status: 'incomplete',
			score: 0
		});
		const answers = [answer(0), answer(1, false), answer(2)];
		expect(lessonResult(TOUR, { answers, step: 7 })).toEqual({ status: 'completed', score: 50 });
		// A tour without questions scores its completion.
		const plain: Lesson = { ...TOUR, questions: 0 };
		expect(lessonResult(plain, { answers: [], step: 7 }).score).toBe(100);
		expect(lessonResult(plain, { answers: [], step: 2 }).score).toBe(0);
	});

	it('never lowers a status the LMS already holds', () => {
		expect(lessonResult(TOUR, { answers: [], step: 0 }, 'completed').status).toBe('completed');
		expect(lessonResult(MISSION, mission(), 'passed').status).toBe('passed');
		expect(lessonResult(MISSION, mission(), 'failed').status).toBe('incomplete');
	});
});

describe('the lessons of the shipped missions and tours', () => {
	it('a mission counts the ways its goal asks for', () => {
		for (const m of MISSIONS)
			expect(missionLesson(m)).toEqual({
				kind: 'mission',
				id: m.id,
				ways: m.goal.kind === 'ways' ? m.goal.count : 1
			});
		expect(
			MISSIONS.some((m) => missionLesson(m).kind === 'mission' && m.goal.kind === 'ways')
		).toBe(true);
	});

	it('a tour counts one question at each branch point, two where a change could close the way', () => {
		for (const tour of TOURS) {
			const points = branchPoints(null, tour);
			const withWhy = points.filter((p) => whyChoices(p.view, p.take).length > 0).length;
			expect(questionCount(points), tour.id).toBe(points.length + withWhy);
			expect(tourLesson(tour.id, tour.steps.length, questionCount(points))).toMatchObject({
				kind: 'tour',
				steps: tour.steps.length
			});
		}
		// The shipped tours ask questions, some of them both parts.
		const all = TOURS.map((t) => questionCount(branchPoints(null, t)));
		expect(all.every((n) => n > 0)).toBe(true);
		expect(TOURS.some((t, i) => all[i]! > branchPoints(null, t).length)).toBe(true);
	});
});

describe('suspend_data', () => {
	it('reads back what it wrote, for a mission and a tour', () => {
		const m = mission({
			hints: 2,
			attempts: 5,
			ways: ['nk-kill', 't-kill'],
			view: '?at=circulation&path=invade.intravasate&nk=0',
			answers: [answer(0), answer(1, false)]
		});
		const { data, dropped } = encodeSuspend(MISSION, m);
		expect(dropped).toBe(0);
		expect(decodeSuspend(MISSION, data)).toEqual({ record: m, notice: null });
		const t = { answers: [answer(0, false), answer(1)], step: 5 };
		expect(decodeSuspend(TOUR, encodeSuspend(TOUR, t).data)).toEqual({ record: t, notice: null });
		const unstarted = { answers: [] };
		expect(decodeSuspend(TOUR, encodeSuspend(TOUR, unstarted).data).record).toEqual(unstarted);
	});

	it('is compact: far smaller than the same record as saved in localStorage', () => {
		const m = mission({ answers: [answer(0), answer(1)], view: '?at=arrest' });
		expect(encodeSuspend(MISSION, m).data.length).toBeLessThan(JSON.stringify(m).length * 0.8);
	});

	it('keeps within 4,096 characters, leaving out the oldest answers first', () => {
		const answers = Array.from({ length: 200 }, (_, i) => answer(i, i % 3 === 0));
		const { data, dropped } = encodeSuspend(TOUR, { answers, step: 7 });
		expect(data.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
		expect(dropped).toBeGreaterThan(0);
		const back = decodeSuspend(TOUR, data).record!;
		expect(back.answers).toEqual(answers.slice(dropped));
		expect('step' in back && back.step).toBe(7);
		// As many as fit: one more would not.
		expect(encodeSuspend(TOUR, { answers: answers.slice(dropped - 1), step: 7 }).dropped).toBe(1);
	});

	it('leaves out a mission’s place when even that does not fit, never going over the limit', () => {
		const ways = Array.from({ length: 6 }, (_, i) => `${i}${'w'.repeat(199)}`);
		const long = mission({ view: `?at=arrest&x=${'a'.repeat(3000)}`, attempts: 3, ways });
		const { data } = encodeSuspend(MISSION, long);
		expect(data.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
		expect(decodeSuspend(MISSION, data).record).toEqual({ ...long, view: '' });
		const most = mission({ ways: Array.from({ length: 10 }, () => 'w'.repeat(200)), solved: true });
		const packed = encodeSuspend(MISSION, { ...most, view: `?${'b'.repeat(3999)}` }).data;
		expect(packed.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
		expect(decodeSuspend(MISSION, packed).record).toMatchObject({ solved: true });
	});

	it('starts afresh, politely, on anything corrupted, foreign or for another lesson', () => {
		const good = encodeSuspend(MISSION, mission({ hints: 1 })).data;
		expect(decodeSuspend(MISSION, '')).toEqual({ record: null, notice: null });
		for (const bad of [
			good.slice(0, -3),
			good.replace('three-immune-deaths', 'bone-keeps-mhc'),
			good.replace('"m"', '"t"'),
			good.replace(',1,0,', ',9,0,'),
			'{"hints":1}',
			'null',
			'[]',
			'x'.repeat(5000),
			JSON.stringify(['mce1', 'm', 'three-immune-deaths', 1, 0, [], 2, '', []]),
			JSON.stringify(['mce1', 'm', 'three-immune-deaths', 0, 0, [], 0, 'no-query', []]),
			JSON.stringify([
				'mce1',
				'm',
				'three-immune-deaths',
				0,
				0,
				[],
				0,
				'',
				[[0, '?at=x', '', '', 1]]
			]),
			JSON.stringify(['mce1', 't', 'immune-escape', 99, []]),
			JSON.stringify(['mce1', 't', 'immune-escape', 2, [[2, '?at=x', '', 'y', 1]]]),
			'["mce1","m","three-immune-deaths","__proto__"]'
		]) {
			const lesson = bad.includes('"t"') && !bad.includes('three') ? TOUR : MISSION;
			expect(decodeSuspend(lesson, bad), bad.slice(0, 80)).toEqual({
				record: null,
				notice: SUSPEND_NOTICE
			});
		}
		expect(decodeSuspend(MISSION, good).record).toMatchObject({ hints: 1 });
	});
});

describe('a session with the LMS', () => {
	it('reports its time as a CMITimespan', () => {
		expect(sessionTime(0)).toBe('0000:00:00.00');
		expect(sessionTime(59_999)).toBe('0000:01:00.00');
		expect(sessionTime(61_234)).toBe('0000:01:01.23');
		expect(sessionTime(-5)).toBe('0000:00:00.00');
		expect(sessionTime(1e15)).toBe('9999:59:59.99');
	});

	it('starts, marks a first attempt incomplete, reports and commits, and finishes once', () => {
		const { api, values, calls } = fakeApi();
		let clock = 1_000;
		const session = new LmsSession(api, MISSION, () => clock);
		expect(session.start()).toEqual({ record: null, notice: null });
		expect(values['cmi.core.lesson_status']).toBe('incomplete');
		session.save(mission({ ways: ['a'], attempts: 1 }));
		expect(values).toMatchObject({
			'cmi.core.lesson_status': 'incomplete',
			'cmi.core.score.raw': '33',
			'cmi.core.score.min': '0',
			'cmi.core.score.max': '100',
			'cmi.core.exit': 'suspend'
		});
		expect(calls.at(-1)).toBe('LMSCommit');
		const solved = mission({ ways: ['a', 'b', 'c'], attempts: 3, solved: true });
		session.save(solved);
		expect(values['cmi.core.lesson_status']).toBe('passed');
		expect(values['cmi.core.score.raw']).toBe('100');
		// The same report again is not sent again.
		const count = calls.length;
		session.save(solved);
		expect(calls.length).toBe(count);
		expect(session.record).toEqual(solved);
		clock += 3_723_456;
		session.finish();
		expect(values['cmi.core.session_time']).toBe('0001:02:03.46');
		session.finish();
		expect(calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
		// The next launch resumes it.
		const next = new LmsSession(fakeApi(values).api, MISSION);
		expect(next.start()).toEqual({ record: solved, notice: null });
		expect(next.record).toEqual(solved);
	});

	it('says when the kept progress cannot be read, and an LMS that refuses or throws is no crash', () => {
		const { api } = fakeApi({ 'cmi.suspend_data': '{oops', 'cmi.core.lesson_status': 'browsed' });
		expect(new LmsSession(api, TOUR).start()).toEqual({ record: null, notice: SUSPEND_NOTICE });
		const refusing = { ...api, LMSInitialize: () => 'false' };
		const closed = new LmsSession(refusing, TOUR);
		expect(closed.start()).toBeNull();
		closed.save({ answers: [], step: 7 });
		const throwing: Scorm12Api = {
			...api,
			LMSSetValue: () => {
				throw new Error('LMS down');
			},
			LMSCommit: () => {
				throw new Error('LMS down');
			},
			LMSFinish: () => {
				throw new Error('LMS down');
			}
		};
		const s = new LmsSession(throwing, TOUR);
		expect(s.start()?.notice).toBe(SUSPEND_NOTICE);
		expect(() => s.save({ answers: [], step: 7 })).not.toThrow();
		expect(() => s.finish()).not.toThrow();
	});
});

describe('imsmanifest.xml', () => {
	const files = ['missions/three-immune-deaths.html', '_app/immutable/a b&c.js', 'index.html'];
	const input = {
		identifier: 'mce-mission-three-immune-deaths',
		title: 'Three immune deaths & <more>',
		launch: 'missions/three-immune-deaths.html',
		files
	};

	it('is well-formed SCORM 1.2 that lists every file and launches one of them', () => {
		const xml = scormManifest(input);
		expect(XMLValidator.validate(xml)).toBe(true);
		const doc = new XMLParser({
			ignoreAttributes: false,
			attributeNamePrefix: '@',
			parseTagValue: false
		}).parse(xml);
		expect(doc.manifest.metadata).toEqual({ schema: 'ADL SCORM', schemaversion: '1.2' });
		expect(doc.manifest.organizations.organization.title).toBe(input.title);
		const resource = doc.manifest.resources.resource;
		expect(resource['@adlcp:scormtype']).toBe('sco');
		expect(resource['@href']).toBe('missions/three-immune-deaths.html');
		const listed = resource.file.map((f: Record<string, string>) => decodeURI(f['@href']!));
		expect(listed.sort()).toEqual(files.map((f) => decodeURI(fileHref(f))).sort());
		expect(doc.manifest.organizations.organization.item['@identifierref']).toBe(
			resource['@identifier']
		);
		expect(fileHref('_app/a b&c.js')).toBe('_app/a%20b%26c.js');
	});

	it('refuses input that would make a broken package, saying why', () => {
		expect(manifestProblem(input)).toBeNull();
		expect(manifestProblem({ ...input, launch: 'nowhere.html' })).toMatch(/"nowhere.html" is not/);
		expect(manifestProblem({ ...input, identifier: '1 bad' })).toMatch(/identifier "1 bad"/);
		expect(manifestProblem({ ...input, files: [...files, '../x'] })).toMatch(/"..\/x"/);
		expect(() => scormManifest({ ...input, title: ' ' })).toThrow(/title/);
	});
});
