/**
 * Coming back to the bare address: what saved progress brings back, what is set aside as
 * unreadable, and what is written (the same query string as the URL, under one key).
 */
import { describe, expect, it } from 'vitest';
import { loadProgress, PROGRESS_KEY, saveProgress } from '../src/lib/app/progress';
import { DEFAULT_FACTORS } from '../src/lib/cascade/factors';
import { START_VIEW, type View } from '../src/lib/cascade/session';

/** A storage that remembers what was written, under which key. */
function memory(initial: Record<string, unknown> = {}) {
	const data = new Map<string, unknown>(Object.entries(initial));
	return { data, getItem: (k: string) => (data.has(k) ? (data.get(k) as string) : null), setItem: (k: string, v: string) => void data.set(k, v) };
}
const CIRCULATION: View = { stateId: 'circulation', path: ['invade', 'intravasate'], factors: { ...DEFAULT_FACTORS, nkActive: false } };

describe('saving', () => {
	it.each([
		['a view on the way', CIRCULATION, '?at=circulation&path=invade.intravasate&nk=0'],
		['the start', START_VIEW, '?'],
		['the start with a factor changed', { ...START_VIEW, factors: { ...DEFAULT_FACTORS, organ: 'bone' as const } }, '?organ=bone']
	])('writes %s as %j under mce.progress', (_name, view, saved) => {
		const store = memory();
		saveProgress(store, view);
		expect(PROGRESS_KEY).toBe('mce.progress');
		expect([...store.data]).toEqual([['mce.progress', saved]]);
	});
	it('does nothing without storage', () => expect(() => saveProgress(undefined, CIRCULATION)).not.toThrow());
});

describe('resuming', () => {
	it('brings back exactly what was saved, and reads only its own key', () => {
		const store = memory({ 'mce.theme': 'dark', other: '?at=lymphNode&path=invade.enter-lymphatics' });
		saveProgress(store, CIRCULATION);
		expect(loadProgress(store)).toEqual({ kind: 'ok', view: CIRCULATION });
	});
	it.each([
		['nothing saved', undefined, 'none'],
		['the start', '?', 'none'],
		['the start, spelled out', '?at=primaryTumour', 'none'],
		['only factors at the start', '?organ=bone', 'none'],
		['not a query string', 'at=circulation&path=invade.intravasate', 'unreadable'],
		['a number', 42, 'unreadable'],
		['an object', { at: 'circulation' }, 'unreadable'],
		['a path that breaks', '?path=invade.arrest', 'unreadable'],
		['a place the path does not reach', '?at=solitary&path=invade', 'unreadable'],
		['a bad switch', '?at=circulation&path=invade.intravasate&nk=2', 'unreadable']
	])('%s reads as %s', (_name, saved, kind) => {
		expect(loadProgress(memory(saved === undefined ? {} : { [PROGRESS_KEY]: saved })).kind).toBe(kind);
	});
	it('reads up to 8000 characters, and no more', () => {
		// Unknown parameters are ignored; each stays under the URL's limit of 4000 characters.
		const query = `?at=localInvasion&path=invade&x=${'a'.repeat(3900)}&y=${'a'.repeat(3900)}&z=`;
		const fits = query + 'a'.repeat(8000 - query.length);
		expect(loadProgress(memory({ [PROGRESS_KEY]: fits }))).toEqual({ kind: 'ok', view: { ...START_VIEW, stateId: 'localInvasion', path: ['invade'] } });
		expect(loadProgress(memory({ [PROGRESS_KEY]: `${fits}a` })).kind).toBe('unreadable');
	});
});
