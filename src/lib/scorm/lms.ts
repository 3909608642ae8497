/**
 * The SCORM 1.2 side of an LMS package (scripts/package-scorm.mjs): finding the LMS's API object
 * as the standard describes, what a lesson's self-study reports (lesson_status and score), and
 * the progress kept in `cmi.suspend_data` — a compact form of the same records the explorer keeps
 * in localStorage (../app/study-progress), read back through the same checks. Pure: no DOM, no
 * globals; the windows and the API are passed in, so tests drive it with plain objects.
 */
import {
	readMission,
	readTour,
	type Answer,
	type MissionRecord,
	type TourRecord
} from '../app/study-progress';

/** The functions of a SCORM 1.2 API object that the package calls. */
export interface Scorm12Api {
	LMSInitialize(arg: ''): string;
	LMSFinish(arg: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(arg: ''): string;
	LMSGetLastError(): string | number;
}

/** What a window offers for the search: only what is read, so tests can pass plain objects. */
export interface ApiWindow {
	API?: unknown;
	parent?: ApiWindow | null;
	opener?: ApiWindow | null;
}

/** How many parents the search climbs, as in the standard's sample code (ADL's APIWrapper). */
const MAX_PARENTS = 500;

const isApi = (x: unknown): x is Scorm12Api =>
	typeof x === 'object' &&
	x !== null &&
	['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'].every(
		(f) => typeof (x as Record<string, unknown>)[f] === 'function'
	);

/** The API on one window; a window of another origin throws on access, which is "none". */
function apiOn(win: ApiWindow): Scorm12Api | null {
	try {
		return isApi(win.API) ? win.API : null;
	} catch {
		return null;
	}
}

/** Climbs `win`'s parents (not past the top) looking for `API`. */
function climb(win: ApiWindow): Scorm12Api | null {
	let current: ApiWindow | null | undefined = win;
	for (let i = 0; current && i <= MAX_PARENTS; i++) {
		const api = apiOn(current);
		if (api) return api;
		let parent: ApiWindow | null | undefined;
		try {
			parent = current.parent;
		} catch {
			return null;
		}
		if (!parent || parent === current) return null;
		current = parent;
	}
	return null;
}

/**
 * The SCORM 1.2 API for a content window, found as the run-time environment specifies: the
 * window and its parents first, then the window that opened the top one and its parents. Null
 * when there is none (the explorer is not running in an LMS).
 */
export function findApi(win: ApiWindow): Scorm12Api | null {
	const found = climb(win);
	if (found) return found;
	let top: ApiWindow = win;
	try {
		for (let i = 0; top.parent && top.parent !== top && i < MAX_PARENTS; i++) top = top.parent;
		return top.opener ? climb(top.opener) : null;
	} catch {
		return null;
	}
}

/** The lesson a package is set to, with what its score is counted against. */
export type Lesson =
	| {
			kind: 'mission';
			id: string;
			/** For "find N ways" goals: N. One for "reach" goals. */
			ways: number;
	  }
	| {
			kind: 'tour';
			id: string;
			/** The tour's steps. */
			steps: number;
			/** The self-study questions the tour asks (each branch point's one or two parts). */
			questions: number;
	  };

export type LessonRecord = MissionRecord | TourRecord;

/** SCORM 1.2's cmi.core.lesson_status vocabulary (the values this package writes or reads). */
export type LessonStatus =
	'passed' | 'completed' | 'failed' | 'incomplete' | 'browsed' | 'not attempted';

export interface LessonResult {
	status: LessonStatus;
	/** 0–100, a whole number. */
	score: number;
}

/**
 * What the LMS is told. A mission is `passed` once solved (Check said so), else `incomplete`; its
 * score is the share of the goal reached: 100 when solved, and for "find N ways" the ways found
 * out of N. A tour is `completed` once its last step has been shown, else `incomplete`; its score
 * is the share of its self-study questions answered correctly (the last answer to each counts).
 * A status the LMS already holds is never lowered (a student who goes back in a finished tour
 * keeps it finished).
 */
export function lessonResult(
	lesson: Lesson,
	record: LessonRecord,
	before: string = ''
): LessonResult {
	let status: LessonStatus;
	let score: number;
	if (lesson.kind === 'mission') {
		const mission = record as MissionRecord;
		status = mission.solved ? 'passed' : 'incomplete';
		score = mission.solved
			? 100
			: lesson.ways > 1
				? Math.floor((100 * Math.min(mission.ways.length, lesson.ways - 1)) / lesson.ways)
				: 0;
	} else {
		const tour = record as TourRecord;
		status = tour.step !== undefined && tour.step >= lesson.steps - 1 ? 'completed' : 'incomplete';
		const correct = tour.answers.filter((a) => a.correct).length;
		score =
			lesson.questions > 0
				? Math.round((100 * Math.min(correct, lesson.questions)) / lesson.questions)
				: status === 'completed'
					? 100
					: 0;
	}
	if ((before === 'passed' || before === 'completed') && status === 'incomplete') status = before;
	return { status, score };
}

/** SCORM 1.2: cmi.suspend_data is a CMIString4096. */
export const SUSPEND_LIMIT = 4096;

/** The first field of what the package writes: tells its data from anything else. */
const TAG = 'mce1';

type PackedAnswer = [part: 0 | 1, at: string, way: string, choice: string, correct: 0 | 1];

const packAnswer = (a: Answer): PackedAnswer => [
	a.part === 'next' ? 0 : 1,
	a.at,
	a.way ?? '',
	a.choice,
	a.correct ? 1 : 0
];

function unpackAnswer(x: unknown): unknown {
	if (!Array.isArray(x) || x.length !== 5) return null;
	const [part, at, way, choice, correct] = x as unknown[];
	if ((part !== 0 && part !== 1) || (correct !== 0 && correct !== 1)) return null;
	return {
		part: part === 0 ? 'next' : 'why',
		at,
		...(part === 1 ? { way } : {}),
		choice,
		correct: correct === 1
	};
}

function pack(lesson: Lesson, record: LessonRecord, answers: readonly Answer[]): string {
	const packed = answers.map(packAnswer);
	if (lesson.kind === 'mission') {
		const m = record as MissionRecord;
		return JSON.stringify([
			TAG,
			'm',
			lesson.id,
			m.hints,
			m.attempts,
			m.ways,
			m.solved ? 1 : 0,
			m.view,
			packed
		]);
	}
	const t = record as TourRecord;
	return JSON.stringify([TAG, 't', lesson.id, t.step ?? -1, packed]);
}

/**
 * The record as `cmi.suspend_data`: a JSON array without field names, at most SUSPEND_LIMIT
 * characters. When the answers do not fit, the oldest are left out first (the newest answer to
 * each question is what counts); when a mission's saved place does not fit either, it is left
 * out too, and the mission opens at its start. `dropped` counts what was left out.
 */
export function encodeSuspend(
	lesson: Lesson,
	record: LessonRecord
): { data: string; dropped: number } {
	const all = record.answers;
	const fits = (k: number) => pack(lesson, record, all.slice(k)).length <= SUSPEND_LIMIT;
	// The fewest oldest answers to leave out (dropping more only ever shortens it).
	let low = 0;
	let high = all.length;
	if (!fits(0)) {
		while (low < high) {
			const mid = (low + high) >> 1;
			if (fits(mid)) high = mid;
			else low = mid + 1;
		}
	}
	const answers = all.slice(low);
	let data = pack(lesson, record, answers);
	let dropped = record.answers.length - answers.length;
	if (data.length > SUSPEND_LIMIT && lesson.kind === 'mission') {
		data = pack(lesson, { ...(record as MissionRecord), view: '' }, []);
		dropped += 1;
	}
	if (data.length > SUSPEND_LIMIT)
		// Only ways of the greatest allowed length could get here: keep the place and the counts.
		data = pack(lesson, { ...(record as MissionRecord), view: '', ways: [] }, []);
	return { data, dropped };
}

export const SUSPEND_NOTICE =
	'Your saved progress in this lesson could not be read, so it starts afresh. It will be saved again as you go on.';

export interface Resumed {
	/** The record to go on with; null for a fresh start. */
	record: LessonRecord | null;
	/** A polite notice when the LMS held something that could not be used; null otherwise. */
	notice: string | null;
}

/**
 * Reads `cmi.suspend_data` back. Empty is a first attempt; anything that is not this package's
 * data for this very lesson, or does not pass the checks of saved progress in localStorage
 * (../app/study-progress), is a fresh start with SUSPEND_NOTICE. Never throws.
 */
export function decodeSuspend(lesson: Lesson, raw: unknown): Resumed {
	if (raw === '' || raw === null || raw === undefined) return { record: null, notice: null };
	const fresh: Resumed = { record: null, notice: SUSPEND_NOTICE };
	if (typeof raw !== 'string' || raw.length > SUSPEND_LIMIT) return fresh;
	let x: unknown;
	try {
		x = JSON.parse(raw);
	} catch {
		return fresh;
	}
	if (!Array.isArray(x) || x[0] !== TAG || x[2] !== lesson.id) return fresh;
	if (lesson.kind === 'mission') {
		if (x[1] !== 'm' || x.length !== 9 || !Array.isArray(x[8])) return fresh;
		const [record, lost] = readMission({
			hints: x[3],
			attempts: x[4],
			ways: x[5],
			solved: x[6] === 1 ? true : x[6] === 0 ? false : null,
			view: x[7],
			answers: x[8].map(unpackAnswer)
		});
		return record && !lost ? { record, notice: null } : fresh;
	}
	if (x[1] !== 't' || x.length !== 5 || !Array.isArray(x[4])) return fresh;
	const step = x[3] === -1 ? undefined : x[3];
	if (typeof step === 'number' && step >= lesson.steps) return fresh;
	const [record, lost] = readTour({ step, answers: x[4].map(unpackAnswer) });
	return record && !lost ? { record, notice: null } : fresh;
}

const TRUE = (x: unknown) => String(x) === 'true';

/** A duration as SCORM 1.2's CMITimespan, `HHHH:MM:SS.SS` (hours up to 9999). */
export function sessionTime(ms: number): string {
	const centis = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360_000 + 359_999);
	const hours = Math.floor(centis / 360_000);
	const minutes = Math.floor((centis % 360_000) / 6000);
	const seconds = (centis % 6000) / 100;
	const pad = (n: number, w: number) => String(n).padStart(w, '0');
	return `${pad(hours, 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/**
 * One attempt at the lesson in an LMS: LMSInitialize, read what the LMS kept, report after each
 * change (status, score, suspend_data, LMSCommit), and LMSFinish when the page goes. Every call
 * is guarded: an LMS that throws or refuses leaves the explorer working, only unrecorded.
 */
export class LmsSession {
	readonly #api: Scorm12Api;
	readonly #lesson: Lesson;
	#open = false;
	#status = '';
	#last = '';
	#record: LessonRecord | null = null;
	#started = 0;
	readonly #now: () => number;

	/** `now` gives the time in ms (for the session time reported at the end). */
	constructor(api: Scorm12Api, lesson: Lesson, now: () => number = Date.now) {
		this.#api = api;
		this.#lesson = lesson;
		this.#now = now;
	}

	get open(): boolean {
		return this.#open;
	}

	/** What was read at the start or reported since; null before either. */
	get record(): LessonRecord | null {
		return this.#record;
	}

	#get(element: string): string {
		try {
			const value = this.#api.LMSGetValue(element);
			return typeof value === 'string' ? value : '';
		} catch {
			return '';
		}
	}

	#set(element: string, value: string): void {
		try {
			this.#api.LMSSetValue(element, value);
		} catch {
			// Recorded or not, the lesson goes on.
		}
	}

	/** Opens the attempt and reads the progress kept; null when the LMS refused to start. */
	start(): Resumed | null {
		try {
			this.#open = TRUE(this.#api.LMSInitialize(''));
		} catch {
			this.#open = false;
		}
		if (!this.#open) return null;
		this.#started = this.#now();
		this.#status = this.#get('cmi.core.lesson_status');
		if (this.#status === 'not attempted' || this.#status === '') {
			this.#set('cmi.core.lesson_status', 'incomplete');
			this.#status = 'incomplete';
		}
		const resumed = decodeSuspend(this.#lesson, this.#get('cmi.suspend_data'));
		this.#record = resumed.record;
		return resumed;
	}

	/** Reports the record: status, score (0–100), suspend_data, then LMSCommit. */
	save(record: LessonRecord): void {
		if (!this.#open) return;
		this.#record = record;
		const { status, score } = lessonResult(this.#lesson, record, this.#status);
		const { data } = encodeSuspend(this.#lesson, record);
		const key = `${status} ${score} ${data}`;
		if (key === this.#last) return;
		this.#last = key;
		this.#status = status;
		this.#set('cmi.core.score.min', '0');
		this.#set('cmi.core.score.max', '100');
		this.#set('cmi.core.score.raw', String(score));
		this.#set('cmi.core.lesson_status', status);
		this.#set('cmi.suspend_data', data);
		// The next launch resumes this attempt (cmi.core.entry "resume").
		this.#set('cmi.core.exit', 'suspend');
		try {
			this.#api.LMSCommit('');
		} catch {
			// As above.
		}
	}

	/** Ends the attempt (the page is going), with its time. Safe to call more than once. */
	finish(): void {
		if (!this.#open) return;
		this.#set('cmi.core.session_time', sessionTime(this.#now() - this.#started));
		this.#open = false;
		try {
			this.#api.LMSCommit('');
			this.#api.LMSFinish('');
		} catch {
			// The page is leaving anyway.
		}
	}
}
