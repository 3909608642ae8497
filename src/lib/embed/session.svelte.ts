/**
 * One embedded explorer: the running Explorer (the single source of truth, as on the main page),
 * the preset that Start again returns to, the factors the embed fixes, and the tour it plays, if
 * any. The embed page's buttons and the host page's commands both go through here, so a locked
 * factor stays locked whoever asks. No DOM: tests drive it directly.
 */
import { Explorer } from '../app/explorer.svelte';
import type { FactorKey } from '../cascade/factors';
import { getState, TRANSITIONS } from '../cascade/graph';
import { sameView, startView, type View } from '../cascade/session';
import { backStep, nextStep, tourDeck, type Deck } from '../tours/player';
import type { Tour } from '../tours/types';
import { pathThrough } from '../content/core';
import { decodeView, encodeView, PATH_SEPARATOR, viewThrough } from '../url';
import { fixedFactors, type EmbedConfig } from './config';
import type { Command, StateReport } from './messages';

export class EmbedSession {
	readonly explorer: Explorer;
	/** What Start again returns to: the set-up's view, or its tour at its step. */
	readonly preset: { view: View; deck: Deck | null; index: number };
	readonly fixed: readonly FactorKey[];
	readonly #tours: readonly Tour[];
	/** The tour played, and the step shown (from 0); null in the free explorer. */
	deck: Deck | null = $state.raw(null);
	index = $state(0);

	constructor(config: EmbedConfig, tours: readonly Tour[]) {
		this.#tours = tours;
		this.fixed = fixedFactors(config);
		const start = config.start;
		const tour = start.kind === 'tour' ? tours.find((t) => t.id === start.tour) : undefined;
		const deck = tour ? tourDeck(tour) : null;
		const index = deck && start.kind === 'tour' ? clampStep(start.step, deck) : 0;
		const view = deck ? deck.steps[index]!.view : start.kind === 'view' ? start.view : startView();
		this.preset = { view, deck, index };
		this.deck = deck;
		this.index = index;
		this.explorer = new Explorer(view, this.fixed);
	}

	/** Whether the explorer shows the tour's current step (taking another way leaves the tour). */
	get onTour(): boolean {
		return this.deck !== null && sameView(this.explorer.view, this.deck.steps[this.index]!.view);
	}

	/** Shows the tour's step `index` (from 0); the marker travels when it is one way on. */
	show(index: number) {
		if (!this.deck) return;
		const to = this.deck.steps[index]!.view;
		const from = this.explorer.view;
		this.index = index;
		const oneStep =
			to.path.length === from.path.length + 1 && from.path.every((id, i) => to.path[i] === id);
		this.explorer.restore(to, oneStep ? { kind: 'step' } : undefined);
	}

	/** Next: the tour's next step while a tour plays, else the explorer's default way on. */
	next(): boolean {
		if (!this.deck) return this.explorer.next();
		const i = nextStep(this.index, this.deck.steps.length);
		if (i === this.index && this.onTour) return false;
		this.show(i);
		return true;
	}

	back(): boolean {
		if (!this.deck) return this.explorer.back();
		if (!this.onTour) {
			this.show(this.index);
			return true;
		}
		const i = backStep(this.index, this.deck.steps.length);
		if (i === this.index) return false;
		this.show(i);
		return true;
	}

	/** Start again: back to the preset (not to the primary tumour), tour and step included. */
	reset(): void {
		this.deck = this.preset.deck;
		this.index = this.preset.index;
		this.explorer.restore(this.preset.view, { kind: 'restore' });
	}

	get atPreset(): boolean {
		return sameView(this.explorer.view, this.preset.view) && this.deck === this.preset.deck;
	}

	/** Whether a view keeps every fixed factor as the preset has it, from start to end. */
	respectsLocks(view: View): boolean {
		const p = this.preset.view;
		return this.fixed.every(
			(k) =>
				view.startFactors[k] === p.startFactors[k] &&
				view.factors[k] === p.factors[k] &&
				!view.changes.some((c) => c.key === k && !p.changes.some((d) => d.key === k))
		);
	}

	#lockError(what: string): string {
		return `${what} would change a factor this embed keeps fixed (${this.fixed.join(', ')}).`;
	}

	/** Carries out a valid command; returns why it could not be, or null. */
	apply(command: Command): string | null {
		switch (command.type) {
			case 'next':
				if (!this.next())
					return this.deck ? 'This is the tour’s last step.' : 'No way on is open from here.';
				return null;
			case 'back':
				if (!this.back())
					return this.deck ? 'This is the tour’s first step.' : 'There is no step to undo.';
				return null;
			case 'reset':
				this.reset();
				return null;
			case 'setFactor': {
				if (this.fixed.includes(command.factor))
					return `“${command.factor}” is fixed in this embed and cannot be changed.`;
				this.explorer.setFactor(command.factor, command.value as never);
				return null;
			}
			case 'goto': {
				let view: View;
				if ('query' in command) {
					// Read once, never kept: not reactive state.
					// eslint-disable-next-line svelte/prefer-svelte-reactivity
					const decoded = decodeView(new URLSearchParams(command.query));
					if (decoded.notices.length) return decoded.notices.join(' ');
					view = decoded.view;
				} else view = viewOfPlace(command.state, this.explorer.view);
				if (!this.respectsLocks(view)) return this.#lockError('Going there');
				this.deck = null;
				this.explorer.restore(view);
				return null;
			}
			case 'startTour': {
				const tour = this.#tours.find((t) => t.id === command.tour);
				if (!tour) return `There is no tour called “${command.tour}”.`;
				const deck = tourDeck(tour);
				if (!deck.steps.every((s) => this.respectsLocks(s.view)))
					return this.#lockError('This tour');
				this.deck = deck;
				this.show(clampStep(command.step ?? 1, deck));
				return null;
			}
		}
	}

	report(): StateReport {
		const view = this.explorer.view;
		return {
			state: view.stateId,
			path: [...view.path],
			factors: { ...view.factors },
			query: encodeView(view),
			...(this.deck?.tourId
				? { tour: { id: this.deck.tourId, step: this.index + 1, steps: this.deck.steps.length } }
				: {})
		};
	}
}

function clampStep(step: number, deck: Deck): number {
	return Math.max(0, Math.min(deck.steps.length - 1, step - 1));
}

/**
 * A place as the host names it: the start under the current starting factors, or the view just
 * after the shortest way into it — under the current starting factors where that way is open,
 * else with factors that open every step (src/lib/url.ts, viewThrough).
 */
function viewOfPlace(stateId: string, now: View): View {
	const into = TRANSITIONS.filter((t) => t.to === stateId);
	if (!getState(stateId) || into.length === 0) return startView(now.startFactors);
	const underNow = into.flatMap((t) => {
		// Read once, never kept: not reactive state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const params = new URLSearchParams(encodeView(startView(now.startFactors)));
		params.set('path', pathThrough(t.id).join(PATH_SEPARATOR));
		const decoded = decodeView(params);
		return decoded.notices.length ? [] : [decoded.view];
	});
	const views = underNow.length ? underNow : into.map((t) => viewThrough(t.id));
	return views.reduce((a, b) => (b.path.length < a.path.length ? b : a));
}
