/**
 * Opens and closes the definitions of the glossary terms marked by `glossary-markup.ts` (a
 * toggletip per term), for the whole page with one set of listeners on the document, so that a
 * marked term costs no component, listener or effect of its own.
 *
 * A definition shows on hover, on keyboard focus and on a tap or click. Enter or a click keeps it
 * open (pinned); a second one, Escape (from anywhere, also while only hovered), or moving on
 * closes it, and a tap or click elsewhere unpins it. Focus stays on the term; the definition is
 * its accessible description. The terms' markup is inserted as HTML and never updated by Svelte,
 * so these listeners are the only writers of its `aria-expanded` and `hidden`.
 */

interface TermState {
	hovered: boolean;
	focused: boolean;
	/** Opened on purpose (Enter, click, tap): stays open without hover or focus. */
	pinned: boolean;
	/** Closed on purpose (Escape, a second click): stays closed until the next hover or focus. */
	dismissed: boolean;
}

/** The terms with any state; a term with none is closed and forgotten. */
const states = new Map<HTMLElement, TermState>();

const isOpen = (s: TermState) => !s.dismissed && (s.pinned || s.hovered || s.focused);

const termOf = (target: EventTarget | null): HTMLElement | null =>
	target instanceof Element ? target.closest<HTMLElement>('.term[data-term]') : null;

const partsOf = (term: HTMLElement) => ({
	button: term.querySelector<HTMLButtonElement>(':scope > button')!,
	tip: term.querySelector<HTMLElement>(':scope > .tip')!
});

function stateOf(term: HTMLElement): TermState {
	let s = states.get(term);
	if (!s)
		states.set(term, (s = { hovered: false, focused: false, pinned: false, dismissed: false }));
	return s;
}

/**
 * Keeps the definition inside the window: placed before it shows (never after, so that it never
 * overflows, not even for a moment, which would widen a phone's layout viewport).
 */
function place(term: HTMLElement) {
	const { button, tip } = partsOf(term);
	const width = document.documentElement.clientWidth;
	const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
	const max = Math.min(22 * rem, width - 2 * rem);
	const dx = Math.min(0, width - rem - max - button.getBoundingClientRect().left);
	tip.style.maxWidth = `${max}px`;
	tip.style.translate = dx ? `${dx}px 0` : '';
}

/** Shows the term's state in its markup. */
function show(term: HTMLElement, s: TermState) {
	const open = isOpen(s);
	const { button, tip } = partsOf(term);
	if (button.getAttribute('aria-expanded') !== String(open))
		button.setAttribute('aria-expanded', String(open));
	if (tip.hidden === open) tip.hidden = !open;
	if (!s.hovered && !s.focused && !s.pinned) states.delete(term);
}

function arrive(term: HTMLElement, how: 'hovered' | 'focused') {
	place(term);
	const s = stateOf(term);
	s[how] = true;
	s.dismissed = false;
	show(term, s);
}

function close(term: HTMLElement, s: TermState) {
	s.pinned = false;
	s.dismissed = true;
	show(term, s);
}

function onpointerover(event: PointerEvent) {
	const term = termOf(event.target);
	if (term && !term.contains(event.relatedTarget as Node | null)) arrive(term, 'hovered');
}

function onpointerout(event: PointerEvent) {
	const term = termOf(event.target);
	const s = term && states.get(term);
	if (!term || !s || term.contains(event.relatedTarget as Node | null)) return;
	s.hovered = false;
	show(term, s);
}

function onfocusin(event: FocusEvent) {
	const term = termOf(event.target);
	if (term && event.target === partsOf(term).button) arrive(term, 'focused');
}

function onfocusout(event: FocusEvent) {
	const term = termOf(event.target);
	const s = term && states.get(term);
	if (!term || !s || event.target !== partsOf(term).button) return;
	s.focused = false;
	s.pinned = false;
	show(term, s);
}

function onclick(event: MouseEvent) {
	const term = termOf(event.target);
	if (!term || !(event.target as Element).closest('button')) return;
	const s = stateOf(term);
	if (isOpen(s) && s.pinned) close(term, s);
	else {
		place(term);
		s.pinned = true;
		s.dismissed = false;
		show(term, s);
	}
}

/** Escape closes every open definition; terms no longer on the page are forgotten. */
function onkeydown(event: KeyboardEvent) {
	for (const [term, s] of states) {
		if (!term.isConnected) states.delete(term);
		else if (event.key === 'Escape' && isOpen(s)) close(term, s);
	}
}

/** A tap or click elsewhere unpins the open definitions. */
function onpointerdown(event: PointerEvent) {
	for (const [term, s] of states) {
		if (!term.isConnected) states.delete(term);
		else if (s.pinned && !term.contains(event.target as Node | null)) {
			s.pinned = false;
			show(term, s);
		}
	}
}

let watching = false;

/** Starts handling every marked term of the page (once). */
export function watchTerms(): void {
	if (watching) return;
	watching = true;
	document.addEventListener('pointerover', onpointerover);
	document.addEventListener('pointerout', onpointerout);
	document.addEventListener('focusin', onfocusin);
	document.addEventListener('focusout', onfocusout);
	document.addEventListener('click', onclick);
	window.addEventListener('keydown', onkeydown);
	window.addEventListener('pointerdown', onpointerdown);
}
