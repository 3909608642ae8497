/**
 * The thin wiring of an LMS package (see ./lms): which lesson a mission or tour page is, and the
 * connection to the LMS found from this window, made once per page load (the lesson's page may be
 * left for another of the package's pages and come back without a reload) and finished when the
 * page goes. Used only by the package's own lesson where `__MCE_SCORM__` is true, so no other
 * build carries it.
 */
import type { Mission } from '../missions/types';
import { whyChoices, type BranchPoint } from '../tours/predict';
import { findApi, LmsSession, type ApiWindow, type Lesson, type Resumed } from './lms';

export const missionLesson = (mission: Mission): Lesson => ({
	kind: 'mission',
	id: mission.id,
	ways: mission.goal.kind === 'ways' ? mission.goal.count : 1
});

/** A tour's lesson: each branch point asks "what next" and, where a change could close it, "why". */
export const tourLesson = (id: string, steps: number, points: readonly BranchPoint[]): Lesson => ({
	kind: 'tour',
	id,
	steps,
	questions: points.reduce((n, p) => n + (whyChoices(p.view, p.take).length > 0 ? 2 : 1), 0)
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
