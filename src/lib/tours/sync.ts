/**
 * Keeping the audience's window and the presenter view in step: both open a BroadcastChannel of
 * this name and tell each other the step shown. Messages come from any page of the site in this
 * browser, so each is checked before use and anything malformed is ignored. Pure, but for
 * `openLectureChannel`, which wraps the browser's channel.
 */

export const CHANNEL_NAME = 'mce-lecture';

export type LectureMessage =
	/** "I am showing step `step` of deck `deck`." */
	| { type: 'step'; deck: string; step: number }
	/** "Which step is deck `deck` at?" (a window that has just opened). */
	| { type: 'hello'; deck: string };

const MAX_DECK = 100;
const MAX_STEP = 1000;

/** A valid message, rebuilt from its known fields only; null for anything else. */
export function parseMessage(x: unknown): LectureMessage | null {
	if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
	const m = x as Record<string, unknown>;
	const deck = m.deck;
	if (typeof deck !== 'string' || deck.length === 0 || deck.length > MAX_DECK) return null;
	if (m.type === 'hello') return { type: 'hello', deck };
	if (m.type === 'step') {
		const step = m.step;
		if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step >= MAX_STEP)
			return null;
		return { type: 'step', deck, step };
	}
	return null;
}

export interface LectureChannel {
	/** Tells the other windows the step shown now. */
	step(step: number): void;
	/** Asks the other windows which step they show. */
	hello(): void;
	close(): void;
}

/**
 * Joins the channel for one deck: `onStep` hears the steps other windows show; a "hello" is
 * answered with `current()`. Without BroadcastChannel it does nothing.
 */
export function openLectureChannel(
	deck: string,
	onStep: (step: number) => void,
	current: () => number
): LectureChannel {
	if (typeof BroadcastChannel === 'undefined')
		return { step: () => {}, hello: () => {}, close: () => {} };
	const channel = new BroadcastChannel(CHANNEL_NAME);
	const send = (message: LectureMessage) => channel.postMessage(message);
	channel.onmessage = (event: MessageEvent) => {
		const message = parseMessage(event.data);
		if (!message || message.deck !== deck) return;
		if (message.type === 'hello') send({ type: 'step', deck, step: current() });
		else onStep(message.step);
	};
	return {
		step: (step) => send({ type: 'step', deck, step }),
		hello: () => send({ type: 'hello', deck }),
		close: () => channel.close()
	};
}

/** An elapsed time as the presenter's timer shows it: "4:05", "1:02:03". */
export function formatElapsed(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const two = (n: number) => String(n).padStart(2, '0');
	return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
