/**
 * The embed view's line to the page that frames it (README, "Embedding"): events out, commands
 * in, and the content height for three kinds of host — one that uses our API (`resize`), Canvas
 * (`lti.frameResize`) and a page running H5P's resizer script (its `context: 'h5p'` protocol).
 * The schemas and the rules are pure (src/lib/embed/messages.ts); this file only wires them to
 * window messages and a ResizeObserver. Without a parent frame it sends nothing.
 */
import { originAllowed } from '../embed/config';
import {
	canvasResize,
	h5pMessage,
	outgoing,
	readH5p,
	readMessage,
	type Command,
	type CommandId,
	type EmbedEvent
} from '../embed/messages';

export interface HostOptions {
	/** Origins allowed to send commands; empty allows any. Events go only to these. */
	origins: readonly string[];
	tourIds: readonly string[];
	/** The element whose height is the content's height. */
	content: HTMLElement;
	/** Carries out a command; returns why it could not be, or null. */
	run: (command: Command) => string | null;
}

export interface HostLine {
	send: (event: EmbedEvent) => void;
	close: () => void;
}

export function connectHost(options: HostOptions): HostLine {
	const parent = window.parent !== window ? window.parent : null;
	const targets = options.origins.length ? options.origins : ['*'];
	const send = (event: EmbedEvent) => {
		if (!parent) return;
		const message = outgoing(event);
		for (const target of targets) parent.postMessage(message, target);
	};
	/** Resizing carries nothing but a height: any page that frames us may have it. */
	const sendAny = (message: unknown) => parent?.postMessage(message, '*');
	const error = (message: string, command?: string, id?: CommandId) =>
		send({
			type: 'error',
			message,
			...(command ? { command } : {}),
			...(id !== undefined ? { id } : {})
		});

	let height = 0;
	let h5p = false;
	const contentHeight = () => Math.ceil(options.content.getBoundingClientRect().height);
	const prepareH5p = () =>
		sendAny(
			h5pMessage('prepareResize', {
				scrollHeight: contentHeight(),
				clientHeight: document.documentElement.clientHeight
			})
		);

	function onMessage(event: MessageEvent) {
		if (!parent || event.source !== parent) return;
		const action = readH5p(event.data);
		if (action) {
			if (action === 'ready') sendAny(h5pMessage('hello'));
			else if (action === 'hello') {
				h5p = true;
				prepareH5p();
			} else if (action === 'resize') prepareH5p();
			else if (action === 'resizePrepared')
				sendAny(h5pMessage('resize', { scrollHeight: contentHeight() }));
			return;
		}
		if (!originAllowed(options, event.origin)) return;
		const received = readMessage(event.data, options.tourIds);
		if (received.kind === 'other') return;
		if (received.kind === 'invalid') return error(received.error, received.command, received.id);
		try {
			const refused = options.run(received.command);
			if (refused) error(refused, received.command.type, received.id);
		} catch {
			error('The command could not be carried out.', received.command.type, received.id);
		}
	}

	const observer = new ResizeObserver(() => {
		const now = contentHeight();
		if (now === height || now === 0) return;
		height = now;
		send({ type: 'resize', height });
		sendAny(canvasResize(height));
		if (h5p) prepareH5p();
	});

	if (parent) {
		window.addEventListener('message', onMessage);
		observer.observe(options.content);
		sendAny(h5pMessage('hello'));
	}
	return {
		send,
		close: () => {
			window.removeEventListener('message', onMessage);
			observer.disconnect();
		}
	};
}
