/**
 * Replays a tour on the machine: the view after each of its steps, or the first step the machine
 * refuses, named with the reason. A shipped tour that does not replay fails the build; a loaded
 * one is refused with the same message. Pure: it runs the statechart, nothing else.
 */
import { DEFAULT_FACTORS, factorDef, isFactorValue, type FactorKey } from '../cascade/factors';
import { explain, getTransition } from '../cascade/graph';
import { actorAt, startView, viewOf, type View } from '../cascade/session';
import type { Tour } from './types';

export type Replay =
	| { ok: true; views: View[] }
	| {
			ok: false;
			/** The views of the steps before the refused one. */
			views: View[];
			/** Index of the refused step (0 is the first). */
			step: number;
			error: string;
	  };

/** How a step is named in messages: counted from 1, as the tour shows it. */
export const stepName = (tour: Pick<Tour, 'id'>, index: number) =>
	`Tour "${tour.id}", step ${index + 1}`;

function badFactor(key: string, value: unknown): string | null {
	if (!(key in DEFAULT_FACTORS)) return `"${key}" is not a factor`;
	if (!isFactorValue(key as FactorKey, value))
		return `${JSON.stringify(value)} is not a value of the factor "${factorDef(key as FactorKey).label}"`;
	return null;
}

export function replayTour(tour: Tour): Replay {
	const views: View[] = [];
	const refuse = (step: number, why: string): Replay => ({
		ok: false,
		views,
		step,
		error: `${stepName(tour, step)}: ${why}`
	});
	for (const [key, value] of Object.entries(tour.start ?? {})) {
		const bad = badFactor(key, value);
		if (bad) return refuse(0, `the start sets ${bad}`);
	}
	const actor = actorAt(startView({ ...DEFAULT_FACTORS, ...tour.start }));
	actor.start();
	try {
		for (const [i, step] of tour.steps.entries()) {
			if (i === 0 && (step.take || step.set))
				return refuse(0, 'the first step shows the start; set its factors in the tour’s "start"');
			if (i > 0 && !step.take && Object.keys(step.set ?? {}).length === 0)
				return refuse(i, 'it neither takes a way nor changes a factor');
			for (const [key, value] of Object.entries(step.set ?? {})) {
				const bad = badFactor(key, value);
				if (bad) return refuse(i, `it sets ${bad}`);
				actor.send({ type: 'setFactor', key, value } as never);
			}
			if (step.take) {
				const view = viewOf(actor.getSnapshot());
				const t = getTransition(step.take);
				if (!t) return refuse(i, `"${step.take}" is not a way in the model`);
				if (t.from !== view.stateId)
					return refuse(
						i,
						`"${step.take}" does not leave from where the cell is ("${view.stateId}")`
					);
				const status = explain(t, view.factors, view.path);
				if (!status.open) {
					const unmet = status.conditions.filter((c) => !c.holds).map((c) => c.reason);
					return refuse(i, `the model closes "${step.take}" here: ${unmet.join(' ')}`);
				}
				actor.send({ type: step.take });
			}
			views.push(viewOf(actor.getSnapshot()));
		}
	} finally {
		actor.stop();
	}
	return { ok: true, views };
}
