/**
 * Views for tests: journeys without factor changes on the way (the factors in force at the start
 * are the factors in force now), as older links and most walks are.
 */
import { DEFAULT_FACTORS, type Factors } from '../../src/lib/cascade/factors';
import { followPath } from '../../src/lib/cascade/graph';
import type { TransitionId } from '../../src/lib/cascade/machine';
import type { View } from '../../src/lib/cascade/session';

/** The view at `stateId` after `path`, under `factors` all along (the path is not checked). */
export function plainView(
	stateId: string,
	path: readonly TransitionId[],
	factors: Partial<Factors> = {}
): View {
	const all = { ...DEFAULT_FACTORS, ...factors };
	return { stateId, path: [...path], factors: all, startFactors: { ...all }, changes: [] };
}

/** The view after following `path` (by structure) under `factors` all along. */
export function viewAt(path: readonly TransitionId[], factors: Partial<Factors> = {}): View {
	const followed = followPath(path);
	if (!followed.ok) throw new Error(`test walk does not follow the machine: ${path.join('.')}`);
	return plainView(followed.stateId, followed.path, factors);
}
