/**
 * Saved self-study progress: the answers given to predict questions, the hints revealed, the
 * attempts and the ways found in each mission, whether it was solved and where its explorer was,
 * per mission and per tour, in localStorage under one versioned key. Reading never throws and
 * never writes: data that is corrupted, from another version or from something else is ignored
 * with a polite notice (it is replaced only when the student next answers), entries that cannot be
 * read are left out one by one, and nothing else in storage is touched.
 */
import type { TransitionId } from '../cascade/machine';

export const STUDY_KEY = 'mce.study';
export const STUDY_VERSION = 1;
/** What the app writes stays far below this; anything longer is not ours. */
const MAX_STORED = 200_000;
const MAX_ANSWERS = 200;
const MAX_WAYS = 10;
const MAX_QUERY = 4000;
const MAX_CHOICE = 200;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One answer to a predict question. */
export interface Answer {
	/** "What happens next?" or "Which change would close it?". */
	part: 'next' | 'why';
	/** Where it was asked: the view as the explorer's query string, so it can be replayed. */
	at: string;
	/** For "why": the way the question was about. */
	way?: TransitionId;
	/** A way's id ("next") or a change such as `inflammation=false` ("why"). */
	choice: string;
	correct: boolean;
}

export interface MissionRecord {
	/** Hints revealed, 0–3. */
	hints: number;
	/** Times Check was pressed. */
	attempts: number;
	/** The distinct ways found so far (see missions/check.ts). */
	ways: string[];
	solved: boolean;
	/** The explorer's view on the mission page, as a query string, to resume after a reload. */
	view: string;
	answers: Answer[];
}

export interface TourRecord {
	answers: Answer[];
	/** The step shown last (counted from 0), to go on from there after a reload. */
	step?: number;
}

export interface StudyProgress {
	missions: Record<string, MissionRecord>;
	tours: Record<string, TourRecord>;
}

export interface LoadedStudy {
	data: StudyProgress;
	/** A polite notice when something saved could not be used; null otherwise. */
	notice: string | null;
}

export const emptyStudy = (): StudyProgress => ({ missions: {}, tours: {} });
export const emptyMission = (): MissionRecord => ({
	hints: 0,
	attempts: 0,
	ways: [],
	solved: false,
	view: '',
	answers: []
});

export const NOTICES = {
	corrupted:
		'Your saved answers could not be read, so this page starts afresh. Nothing else was changed, and they will be replaced when you next answer.',
	outdated:
		'Your saved answers come from another version of the explorer and cannot be used here, so this page starts afresh. They will be replaced when you next answer.',
	foreign:
		'Something that is not the explorer’s is stored where your answers would be, so it was left alone and this page starts afresh. It will be replaced when you next answer.',
	partial: 'Some of your saved answers could not be read and were left out.'
} as const;

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown, max: number): x is number =>
	Number.isSafeInteger(x) && (x as number) >= 0 && (x as number) <= max;
const isText = (x: unknown, max: number): x is string =>
	typeof x === 'string' && x.length <= max && !/\p{Cc}/u.test(x);

function readAnswer(x: unknown): Answer | null {
	if (!isObject(x)) return null;
	const { part, at, way, choice, correct } = x;
	if (part !== 'next' && part !== 'why') return null;
	if (!isText(at, MAX_QUERY) || (at !== '' && !at.startsWith('?'))) return null;
	if (!isText(choice, MAX_CHOICE) || choice === '' || typeof correct !== 'boolean') return null;
	if (part === 'why' && !(isText(way, 60) && ID.test(way))) return null;
	return part === 'why'
		? { part, at, way: way as TransitionId, choice, correct }
		: { part, at, choice, correct };
}

/** Valid answers of a list, and whether any was left out. */
function readAnswers(x: unknown): [Answer[], boolean] {
	if (!Array.isArray(x)) return [[], true];
	const answers = x.slice(0, MAX_ANSWERS).map(readAnswer);
	const kept = answers.filter((a): a is Answer => a !== null);
	return [kept, kept.length < x.length];
}

/** One mission's record as saved, checked; and whether anything in it was left out. */
export function readMission(x: unknown): [MissionRecord | null, boolean] {
	if (!isObject(x)) return [null, true];
	const { hints, attempts, ways, solved, view } = x;
	if (!isCount(hints, 3) || !isCount(attempts, 1_000_000) || typeof solved !== 'boolean')
		return [null, true];
	if (!isText(view, MAX_QUERY) || (view !== '' && !view.startsWith('?'))) return [null, true];
	if (!Array.isArray(ways) || ways.length > MAX_WAYS || !ways.every((w) => isText(w, MAX_CHOICE)))
		return [null, true];
	const [answers, lost] = readAnswers(x.answers);
	return [{ hints, attempts, ways: [...ways], solved, view, answers }, lost];
}

/** One tour's record as saved, checked; and whether anything in it was left out. */
export function readTour(x: unknown): [TourRecord | null, boolean] {
	if (!isObject(x)) return [null, true];
	const [answers, lost] = readAnswers(x.answers);
	const step = x.step;
	if (step === undefined) return [{ answers }, lost];
	if (!Number.isSafeInteger(step) || (step as number) < 0 || (step as number) > 1000)
		return [{ answers }, true];
	return [{ answers, step: step as number }, lost];
}

/** Reads the records of one kind: only kebab-case ids (never `__proto__`), each checked alone. */
function readRecords<T>(
	x: unknown,
	read: (r: unknown) => [T | null, boolean]
): [Record<string, T>, boolean] {
	const out: Record<string, T> = {};
	if (x === undefined) return [out, false];
	if (!isObject(x)) return [out, true];
	let lost = false;
	for (const [id, value] of Object.entries(x)) {
		const [record, partly] = ID.test(id) && id.length <= 80 ? read(value) : [null, true];
		if (record) out[id] = record;
		lost ||= partly;
	}
	return [out, lost];
}

/** The saved progress, or a fresh start with a notice saying why. Never throws, never writes. */
export function loadStudy(storage: Pick<Storage, 'getItem'> | undefined): LoadedStudy {
	let raw: unknown;
	try {
		raw = storage?.getItem(STUDY_KEY);
	} catch {
		return { data: emptyStudy(), notice: null };
	}
	if (raw === null || raw === undefined || raw === '') return { data: emptyStudy(), notice: null };
	const fresh = (notice: string): LoadedStudy => ({ data: emptyStudy(), notice });
	if (typeof raw !== 'string' || raw.length > MAX_STORED) return fresh(NOTICES.foreign);
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return fresh(NOTICES.corrupted);
	}
	if (!isObject(parsed) || parsed.app !== 'mce-study') return fresh(NOTICES.foreign);
	if (parsed.v !== STUDY_VERSION)
		return fresh(typeof parsed.v === 'number' ? NOTICES.outdated : NOTICES.corrupted);
	const [missions, lostMissions] = readRecords(parsed.missions, readMission);
	const [tours, lostTours] = readRecords(parsed.tours, readTour);
	return {
		data: { missions, tours },
		notice: lostMissions || lostTours ? NOTICES.partial : null
	};
}

/** What saveStudy writes. */
export const serializeStudy = (data: StudyProgress): string =>
	JSON.stringify({
		app: 'mce-study',
		v: STUDY_VERSION,
		missions: data.missions,
		tours: data.tours
	});

export function saveStudy(
	storage: Pick<Storage, 'setItem'> | undefined,
	data: StudyProgress
): void {
	try {
		storage?.setItem(STUDY_KEY, serializeStudy(data));
	} catch {
		// Storage full or disabled: progress simply is not kept.
	}
}

/** The progress with one record of a kind replaced (or removed, with null). */
function withRecord<K extends keyof StudyProgress>(
	data: StudyProgress,
	kind: K,
	id: string,
	record: StudyProgress[K][string] | null
): StudyProgress {
	const records = { ...data[kind] };
	if (record) records[id] = record;
	else delete records[id];
	return { ...data, [kind]: records };
}

/** The progress with one mission's record replaced (or removed, with null). */
export const withMission = (data: StudyProgress, id: string, record: MissionRecord | null) =>
	withRecord(data, 'missions', id, record);

/** The progress with one tour's record replaced (or removed, with null). */
export const withTour = (data: StudyProgress, id: string, record: TourRecord | null) =>
	withRecord(data, 'tours', id, record);

/** Records an answer, replacing an earlier answer to the same question (same part, place and way). */
export function withAnswer(answers: readonly Answer[], answer: Answer): Answer[] {
	const same = (a: Answer) => a.part === answer.part && a.at === answer.at && a.way === answer.way;
	return [...answers.filter((a) => !same(a)), answer].slice(-MAX_ANSWERS);
}

/** Forgets every saved answer (the student chose "Reset my answers" for everything). */
export function clearStudy(storage: Pick<Storage, 'removeItem'> | undefined): void {
	try {
		storage?.removeItem(STUDY_KEY);
	} catch {
		// Storage disabled: nothing was kept.
	}
}
