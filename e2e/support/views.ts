/**
 * A link to every view the diagram can show — every living place and every ✕ exit — each reached
 * by a walk the model's guards allow (breadth-first, under the default factors first, then under
 * every other combination until every view is found).
 */
import { DEFAULT_FACTORS, type Factors } from '../../src/lib/cascade/factors';
import {
	getState,
	INITIAL_STATE_ID,
	statusesFrom,
	STATES,
	TRANSITIONS
} from '../../src/lib/cascade/graph';
import type { TransitionId } from '../../src/lib/cascade/machine';
import { viewKey } from '../../src/lib/diagram/geometry';
import { encodeView } from '../../src/lib/url';
import { plainView } from '../../tests/support/views';
import { allFactorSets } from '../../tests/support/factor-sets';

export interface ViewLink {
	/** The diagram's view key: a place's id, or "exit:<transition>". */
	key: string;
	stateId: string;
	query: string;
}

export function linksToEveryView(): ViewLink[] {
	const wanted = new Set([
		...STATES.filter((s) => s.stage !== 'eliminated').map((s) => s.id),
		...TRANSITIONS.filter((t) => t.elimination).map((t) => `exit:${t.id}`)
	]);
	const found = new Map<string, ViewLink>();
	for (const factors of [DEFAULT_FACTORS, ...allFactorSets()]) {
		walkFrom(factors, (key, stateId, path) => {
			if (!wanted.has(key) || found.has(key)) return;
			found.set(key, { key, stateId, query: encodeView(plainView(stateId, path, factors)) || '?' });
		});
		if (found.size === wanted.size) break;
	}
	const missing = [...wanted].filter((k) => !found.has(k));
	if (missing.length) throw new Error(`No allowed walk reaches ${missing.join(', ')}`);
	return [...wanted].map((k) => found.get(k)!);
}

function walkFrom(
	factors: Factors,
	visit: (key: string, stateId: string, path: TransitionId[]) => void
) {
	const queue: { stateId: string; path: TransitionId[] }[] = [
		{ stateId: INITIAL_STATE_ID, path: [] }
	];
	const seen = new Set<string>([INITIAL_STATE_ID]);
	visit(INITIAL_STATE_ID, INITIAL_STATE_ID, []);
	while (queue.length) {
		const { stateId, path } = queue.shift()!;
		for (const s of statusesFrom(stateId, factors, path)) {
			if (!s.open) continue;
			const to = s.transition.to;
			const next = [...path, s.transition.id];
			const key = viewKey(to, s.transition.id, getState(to)?.stage === 'eliminated');
			visit(key, to, next);
			if (seen.has(to) || getState(to)?.stage === 'eliminated') continue;
			seen.add(to);
			queue.push({ stateId: to, path: next });
		}
	}
}
