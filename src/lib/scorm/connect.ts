/**
 * The thin wiring of an LMS package (see ./lms): which lesson a mission or tour page is, and the
 * connection to the LMS found from this window, made once per page load (the lesson's page may be
 * left for another of the package's pages and come back without a reload) and finished when the
 * page goes. Used only by the package's own lesson where `__MCE_SCORM__` is true, so no other
 * build carries it.
 */
import type { Mission } from '../missions/types';
import { findApi, LmsSession, type ApiWindow, type Lesson, type Resumed } from './lms';

export const missionLesson = (mission: Mission): Lesson => ({
	kind: 'mission',
	id: mission.id,
	ways: mission.goal.kind === 'ways' ? mission.goal.count : 1
});

/** A tour's lesson; `questions` from questionCount (../tours/predict), which tour pages load. */
export const tourLesson = (id: string, steps: number, questions: number): Lesson => ({
	kind: 'tour',
	id,
	steps,
	questions
});

export interface LmsLink {
	session: LmsSession;
	resumed: Resumed;
}

let link: LmsLink | null | undefined;

/**
 * The LMS's attempt at this lesson, or null where there is no LMS (or it refused to start). The
 * second time in a page load, the same attempt, resumed from what was reported last.
 */
export function connectLms(lesson: Lesson): LmsLink | null {
	if (link !== undefined)
		return (
			link && { session: link.session, resumed: { record: link.session.record, notice: null } }
		);
	link = null;
	const api = findApi(window as unknown as ApiWindow);
	if (!api) return null;
	const session = new LmsSession(api, lesson);
	const resumed = session.start();
	if (!resumed) return null;
	addEventListener('pagehide', () => session.finish(), { once: true });
	link = { session, resumed };
	return link;
}
