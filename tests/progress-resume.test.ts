/**
 * Coming back to the bare address: what saved progress brings back, what is set aside as
 * unreadable, and what is written (the same query string as the URL, under one key).
 */
import { describe, expect, it } from 'vitest';
import { clearProgress, loadProgress, PROGRESS_KEY, saveProgress } from '../src/lib/app/progress';
import { DEFAULT_FACTORS } from '../src/lib/cascade/factors';
import { START_VIEW, startView, type View } from '../src/lib/cascade/session';
import { plainView } from './support/views';

/** A storage that remembers what was written, under which key. */
function memory(initial: Record<string, unknown> = {}) {
	const data = new Map<string, unknown>(Object.entries(initial));
	return {
		data,
		getItem: (k: string) => (data.has(k) ? (data.get(k) as string) : null),
		setItem: (k: string, v: string) => void data.set(k, v),
		removeItem: (k: string) => void data.delete(k)
	};
}
const CIRCULATION: View = plainView('circulation', ['invade', 'intravasate'], { nkActive: false });

describe('saving', () => {
	it.each([
		['a view on the way', CIRCULATION, '?at=circulation&path=invade.intravasate&nk=0'],
		['the start', START_VIEW, '?'],
		[
			'the start with a factor changed',
			startView({ ...DEFAULT_FACTORS, organ: 'bone' }),
			'?organ=bone'
		]
	])('writes %s as %j under mce.progress', (_name, view, saved) => {
		const store = memory();
		saveProgress(store, view);
		expect(PROGRESS_KEY).toBe('mce.progress');
		expect([...store.data]).toEqual([['mce.progress', saved]]);
	});
	it('does nothing without storage', () =>
		expect(() => saveProgress(undefined, CIRCULATION)).not.toThrow());
});

describe('resuming', () => {
	it('brings back exactly what was saved, and reads only its own key', () => {
		const store = memory({
			'mce.theme': 'dark',
			other: '?at=lymphNode&path=invade.enter-lymphatics'
		});
		saveProgress(store, CIRCULATION);
		expect(loadProgress(store)).toEqual({ kind: 'ok', view: CIRCULATION });
	});
	it.each([
		['nothing saved', undefined, 'none'],
		['the start', '?', 'none'],
		['the start, spelled out', '?at=primaryTumour', 'none'],
		['only factors changed, no step taken', '?organ=bone', 'ok'],
		['a journey with a factor changed on the way', '?at=localInvasion&path=invade.nk:0', 'ok'],
		['a step its factors close', '?at=localInvasion&path=invade&emt=epithelial', 'unreadable'],
		['not a query string', 'at=circulation&path=invade.intravasate', 'unreadable'],
		['a number', 42, 'unreadable'],
		['an object', { at: 'circulation' }, 'unreadable'],
		['a path that breaks', '?path=invade.arrest', 'unreadable'],
		['a place the path does not reach', '?at=solitary&path=invade', 'unreadable'],
		['a bad switch', '?at=circulation&path=invade.intravasate&nk=2', 'unreadable']
	])('%s reads as %s', (_name, saved, kind) => {
		expect(loadProgress(memory(saved === undefined ? {} : { [PROGRESS_KEY]: saved })).kind).toBe(
			kind
		);
	});
	it('reads up to 8000 characters, and no more', () => {
		// Unknown parameters are ignored; each stays under the URL's limit of 4000 characters.
		const query = `?at=localInvasion&path=invade&x=${'a'.repeat(3900)}&y=${'a'.repeat(3900)}&z=`;
		const fits = query + 'a'.repeat(8000 - query.length);
		expect(loadProgress(memory({ [PROGRESS_KEY]: fits }))).toEqual({
			kind: 'ok',
			view: plainView('localInvasion', ['invade'])
		});
		expect(loadProgress(memory({ [PROGRESS_KEY]: `${fits}a` })).kind).toBe('unreadable');
	});
});

describe('starting fresh', () => {
	it('forgets the saved progress, and only it', () => {
		const store = memory({ 'mce.theme': 'dark' });
		saveProgress(store, CIRCULATION);
		clearProgress(store);
		expect(loadProgress(store)).toEqual({ kind: 'none' });
		expect([...store.data]).toEqual([['mce.theme', 'dark']]);
	});
	it('brings back factors changed without a step, exactly', () => {
		const store = memory();
		const view = startView({ ...DEFAULT_FACTORS, nkActive: false });
		saveProgress(store, view);
		expect(loadProgress(store)).toEqual({ kind: 'ok', view });
	});
	it.each([
		['no storage', undefined],
		[
			'storage that throws',
			{
				removeItem: () => {
					throw new DOMException('denied', 'SecurityError');
				}
			}
		]
	])('does nothing with %s', (_name, storage) =>
		expect(() => clearProgress(storage)).not.toThrow()
	);
});
