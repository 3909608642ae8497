/**
 * Lecture mode's state, shared by the audience's window and the presenter view: the deck a link
 * asks for (a tour, or the default way), the step shown, notices about the link, and the
 * BroadcastChannel that keeps every window of the same deck in step. Local moves are told to the
 * other windows; moves heard from them are only shown, so nothing echoes back and forth.
 */
import { TOURS } from '$lib/content/tours';
import {
	backStep,
	deckFromUrl,
	deckQuery,
	freeDeck,
	lastStep,
	nextStep,
	stepForStage,
	stepFromUrl,
	type Deck
} from '$lib/tours/player';
import { openLectureChannel, type LectureChannel } from '$lib/tours/sync';

export class Lecture {
	deck: Deck = $state.raw(freeDeck());
	index = $state(0);
	notices: string[] = $state([]);
	#channel: LectureChannel | null = null;
	#onShow: (from: number, to: number) => void;

	/** `onShow` hears every change of step, local or from another window. */
	constructor(onShow: (from: number, to: number) => void = () => {}) {
		this.#onShow = onShow;
	}

	get count() {
		return this.deck.steps.length;
	}
	get step() {
		return this.deck.steps[this.index]!;
	}

	/** Opens the deck and step a link asks for, and joins the other windows of that deck. */
	open(params: URLSearchParams): void {
		const { deck, notice } = deckFromUrl(params.get('tour'), TOURS, params.get('t'));
		const step = stepFromUrl(params.get('step'), deck.steps.length);
		this.deck = deck;
		this.notices = [notice, step.notice].filter(Boolean);
		this.#show(-1, step.index);
		this.#channel?.close();
		this.#channel = openLectureChannel(
			deck.id,
			(i) => this.#show(this.index, Math.min(i, lastStep(this.count))),
			() => this.index
		);
		this.#channel.hello();
	}

	#show(from: number, to: number) {
		this.index = to;
		this.#onShow(from, to);
	}

	/** Shows step `i` here and in the other windows. */
	go(i: number): void {
		if (i === this.index) return;
		this.#show(this.index, i);
		this.#channel?.step(i);
	}
	next = () => this.go(nextStep(this.index, this.count));
	back = () => this.go(backStep(this.index, this.count));
	first = () => this.go(0);
	last = () => this.go(lastStep(this.count));
	/** Jumps to the first step in stage k (the number keys); false when the deck has none. */
	stage(k: number): boolean {
		const i = stepForStage(
			this.deck.steps.map((s) => s.view),
			k
		);
		if (i === null) return false;
		this.go(i);
		return true;
	}

	/** The link's query for the step shown (deckQuery). */
	get query(): string {
		return deckQuery(this.deck, this.index);
	}

	close(): void {
		this.#channel?.close();
		this.#channel = null;
	}
}
