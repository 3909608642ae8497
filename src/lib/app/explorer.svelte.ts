/**
 * The explorer's state holder. The running XState actor is the single source of truth: the view
 * (and through it the URL, the diagram, the panels and the narration) is derived from its
 * snapshot. Back and restoring a link start a new actor at the wanted view.
 */
import type { Actor } from 'xstate';
import type { FactorKey, Factors } from '../cascade/factors';
import { defaultNext, getTransition } from '../cascade/graph';
import type { cascadeMachine, TransitionId } from '../cascade/machine';
import {
	actorAt,
	keepUnchanged,
	sameView,
	START_VIEW,
	undo,
	viewOf,
	type CascadeSnapshot,
	type View
} from '../cascade/session';
import { narrate, type Change } from '../narration';

export class Explorer {
	#actor: Actor<typeof cascadeMachine>;
	snapshot: CascadeSnapshot = $state.raw() as CascadeSnapshot;
	#lastView: View | undefined;
	/**
	 * The view. A step keeps the identity of every part it leaves unchanged (the factors, mostly),
	 * so that what shows only that part does not run again.
	 */
	view: View = $derived.by(
		() => (this.#lastView = keepUnchanged(this.#lastView, viewOf(this.snapshot)))
	);
	/** The last change, for the diagram's marker and the URL's history entry. */
	lastChange: Change = $state.raw({ kind: 'restore' });
	/** Counts changes, so that views can key animations on it. */
	revision = $state(0);
	narration = $state('');

	/** Factors the student cannot change here (a mission's fixed factors); empty in the explorer. */
	readonly locked: ReadonlySet<FactorKey>;

	constructor(view: View = START_VIEW, locked: readonly FactorKey[] = []) {
		// Fixed for the explorer's life, so not reactive.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.locked = new Set(locked);
		this.#actor = this.#start(view);
	}

	#start(view: View) {
		const actor = actorAt(view);
		actor.subscribe((s) => (this.snapshot = s));
		actor.start();
		this.snapshot = actor.getSnapshot();
		return actor;
	}

	#commit(before: View, change: Change) {
		const after = this.view;
		if (sameView(before, after) && change.kind !== 'restore') return false;
		this.lastChange = change;
		this.revision++;
		this.narration = narrate(before, after, change);
		return true;
	}

	/** Takes a transition if it is open; returns whether the cell moved. */
	take(id: TransitionId): boolean {
		const before = this.view;
		const t = getTransition(id);
		if (!t || t.from !== before.stateId) return false;
		this.#actor.send({ type: id });
		return this.#commit(before, { kind: 'step' });
	}

	/** The way Next takes from here, if any. */
	nextWay() {
		return defaultNext(this.view.stateId, this.view.factors, this.view.path);
	}

	next(): boolean {
		const t = this.nextWay();
		return t ? this.take(t.id) : false;
	}

	back(): boolean {
		const before = this.view;
		if (before.path.length === 0) return false;
		this.#replace(undo(before));
		return this.#commit(before, { kind: 'back' });
	}

	reset(): void {
		const before = this.view;
		this.#actor.send({ type: 'reset' });
		this.#commit(before, { kind: 'reset' });
	}

	setFactor<K extends FactorKey>(key: K, value: Factors[K]): void {
		if (this.locked.has(key)) return;
		const before = this.view;
		this.#actor.send({ type: 'setFactor', key, value } as never);
		this.#commit(before, { kind: 'factor', key });
	}

	/**
	 * Moves to a view decoded from a link or the browser's history. A tour that moves on by one
	 * way says so (`{ kind: 'step' }`), so that the diagram's marker travels it.
	 */
	restore(view: View, change: { kind: 'restore' } | { kind: 'step' } = { kind: 'restore' }): void {
		const before = this.view;
		if (sameView(before, view)) return;
		this.#replace(view);
		this.#commit(before, change);
	}

	#replace(view: View) {
		this.#actor.stop();
		this.#actor = this.#start(view);
	}
}
