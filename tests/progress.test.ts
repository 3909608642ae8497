import { describe, expect, it } from 'vitest';
import { loadProgress, PROGRESS_KEY, saveProgress } from '../src/lib/app/progress';
import { startView } from '../src/lib/cascade/session';
import { plainView } from './support/views';

const storeWith = (value: unknown) => ({
	getItem: (k: string) => (k === PROGRESS_KEY ? (value as string) : null)
});

describe('saved progress', () => {
	it('round-trips a view', () => {
		const data = new Map<string, string>();
		const view = plainView('circulation', ['invade', 'intravasate'], { organ: 'brain' });
		saveProgress({ setItem: (k, v) => data.set(k, v) }, view);
		expect(loadProgress({ getItem: (k) => data.get(k) ?? null })).toEqual({ kind: 'ok', view });
	});
	it.each([
		[null, 'none'],
		['', 'none'],
		['?', 'none'],
		['?at=circulation&path=invade.intravasate', 'ok'],
		['?path=invade.fly', 'unreadable'],
		['{"stateId":"solitary"}', 'unreadable'],
		['<script>alert(1)</script>', 'unreadable'],
		[`?${'path=invade&'.repeat(1000)}`, 'unreadable'],
		['?organ=spleen', 'unreadable']
	])('reads %j as %s', (raw, kind) => expect(loadProgress(storeWith(raw)).kind).toBe(kind));
	it('survives storage that throws or is missing', () => {
		expect(
			loadProgress({
				getItem: () => {
					throw new Error('denied');
				}
			})
		).toEqual({ kind: 'none' });
		expect(loadProgress(undefined)).toEqual({ kind: 'none' });
		expect(() =>
			saveProgress(
				{
					setItem: () => {
						throw new Error('quota');
					}
				},
				startView()
			)
		).not.toThrow();
	});
});
