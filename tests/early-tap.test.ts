import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { earlyTapTarget, takeEarlyTap } from '../src/lib/app/early-tap';

describe('earlyTapTarget: the control a remembered tap names', () => {
	it.each([
		['next', '.toolbar .next'],
		['invade', '.diagram [data-transition="invade"]'],
		['evade-t-cells', '.diagram [data-transition="evade-t-cells"]'],
		['fly', null],
		['invade"], body', null],
		['', null],
		[undefined, null],
		[42, null],
		[{ toString: () => 'next' }, null]
	])('%j → %j', (tap, selector) => expect(earlyTapTarget(tap)).toBe(selector));
});

describe('takeEarlyTap', () => {
	class FakeMouseEvent extends Event {
		detail: number;
		constructor(type: string, init: MouseEventInit) {
			super(type, init);
			this.detail = init.detail ?? 0;
		}
	}
	afterEach(() => vi.unstubAllGlobals());

	function page(found: boolean) {
		const events: Event[] = [];
		const queries: string[] = [];
		const control = { dispatchEvent: (e: Event) => events.push(e) };
		const root = {
			querySelector: (s: string) => (queries.push(s), found ? control : null)
		} as unknown as ParentNode;
		return { root, events, queries };
	}

	it.each([
		{ tap: 'invade', replay: true, found: true, clicked: true },
		{ tap: 'next', replay: true, found: true, clicked: true },
		{ tap: 'invade', replay: false, found: true, clicked: false },
		{ tap: 'invade', replay: true, found: false, clicked: false },
		{ tap: 'no-such-way', replay: true, found: true, clicked: false },
		{ tap: undefined, replay: true, found: true, clicked: false }
	])('$tap, replay $replay, control found $found → clicked $clicked', (c) => {
		vi.stubGlobal('MouseEvent', FakeMouseEvent);
		const win: { __mceTap?: unknown } = { __mceTap: c.tap };
		const { root, events } = page(c.found);
		expect(takeEarlyTap(root, c.replay, win)).toBe(c.clicked);
		expect(win.__mceTap, 'the tap is forgotten either way').toBeUndefined();
		expect(events).toHaveLength(c.clicked ? 1 : 0);
		if (c.clicked) {
			// As a pointer's click: it bubbles to Svelte's delegated handler, with detail 1.
			expect(events[0]!.type).toBe('click');
			expect(events[0]!.bubbles).toBe(true);
			expect((events[0] as FakeMouseEvent).detail).toBe(1);
		}
	});

	it('a second call finds nothing left to take', () => {
		vi.stubGlobal('MouseEvent', FakeMouseEvent);
		const win: { __mceTap?: unknown } = { __mceTap: 'next' };
		const { root } = page(true);
		expect(takeEarlyTap(root, true, win)).toBe(true);
		expect(takeEarlyTap(root, true, win)).toBe(false);
	});
});

describe('the early tap script in src/app.html', () => {
	// It runs before the app, so it repeats what early-tap.ts reads: the same global, and
	// controls that earlyTapTarget finds again.
	const html = readFileSync(new URL('../src/app.html', import.meta.url), 'utf8');
	const script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1] ?? '')
		.find((s) => s.includes('__mceTap'));

	it('is there, and stops once the app is ready', () => {
		expect(script).toBeDefined();
		expect(script).toContain('document.documentElement.dataset.ready');
	});
	it('remembers the first tap on the controls the explorer takes it through', () => {
		// A way's pill (the only elements with data-transition) and the Next button (the toolbar's
		// only button.next; the ways-on list is a ul.next, and a tap there is not Next).
		expect(script).toContain("closest?.('[data-transition],button.next')");
		expect(script).toContain("window.__mceTap ??= t.dataset.transition || 'next'");
	});
});
