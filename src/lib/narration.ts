/**
 * What the live region says after each change: where the cell is now, what happened, and what
 * can happen next. Pure: it reads views and content only.
 */
import { describeFactorValue, factorDef, type FactorKey } from './cascade/factors';
import { getState, statusesFrom } from './cascade/graph';
import type { View } from './cascade/session';
import { stageContent, stateContent, transitionContent } from './content/core';

export type Change =
	| { kind: 'step' }
	| { kind: 'back' }
	| { kind: 'reset' }
	| { kind: 'restore' }
	| { kind: 'factor'; key: FactorKey };

function listOf(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** "Now at Solitary dormancy (Dormancy)." */
export function whereNow(view: View): string {
	const state = getState(view.stateId);
	const content = stateContent(view.stateId);
	return `Now at ${content.title}${state ? ` (${stageContent(state.stage).title})` : ''}.`;
}

/** "Open next: Wake up or Die while dormant." or the end of the journey. */
export function whatNext(view: View): string {
	const statuses = statusesFrom(view.stateId, view.factors, view.path);
	if (statuses.length === 0) return 'The journey ends here. Go back or start again.';
	const open = statuses.filter((s) => s.open).map((s) => transitionContent(s.transition.id).action);
	const closed = statuses.filter((s) => !s.open).length;
	if (open.length === 0)
		return `Nothing is open from here${closed ? '; change a factor to open a way on' : ''}.`;
	return `Open next: ${listOf(open)}.${closed ? ` ${closed} more closed.` : ''}`;
}

function openIds(view: View): Set<string> {
	return new Set(
		statusesFrom(view.stateId, view.factors, view.path)
			.filter((s) => s.open)
			.map((s) => s.transition.id)
	);
}

export function narrate(before: View, after: View, change: Change): string {
	switch (change.kind) {
		case 'step': {
			const last = after.path.at(-1);
			const what = last ? transitionContent(last).narration : '';
			return `${what} ${whereNow(after)} ${whatNext(after)}`.trim();
		}
		case 'back':
			return `Went back one step. ${whereNow(after)} ${whatNext(after)}`;
		case 'reset':
			return `Started again at the primary tumour. ${whatNext(after)}`;
		case 'restore':
			return `${whereNow(after)} ${whatNext(after)}`;
		case 'factor': {
			const label = factorDef(change.key).label;
			const value = describeFactorValue(change.key, after.factors);
			const was = openIds(before);
			const now = openIds(after);
			const opened = [...now]
				.filter((id) => !was.has(id))
				.map((id) => transitionContent(id as never).action);
			const closed = [...was]
				.filter((id) => !now.has(id))
				.map((id) => transitionContent(id as never).action);
			const parts = [`${label}: ${value}.`];
			if (opened.length) parts.push(`Now open: ${listOf(opened)}.`);
			if (closed.length) parts.push(`Now closed: ${listOf(closed)}.`);
			if (!opened.length && !closed.length) parts.push('No way on from here changed.');
			return parts.join(' ');
		}
	}
}
