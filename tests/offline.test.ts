import { describe, expect, it } from 'vitest';
import {
	isWorkerMessage,
	precacheList,
	shouldNotify,
	strategyFor,
	type UpdateState
} from '../src/lib/offline/policy';

describe('precacheList', () => {
	const lists = (base: string) => ({
		base,
		build: [`${base}/_app/immutable/entry/start.abc.js`, `${base}/_app/version.json`],
		files: [`${base}/favicon.svg`, `${base}/_headers`],
		prerendered: [
			`${base}/`,
			`${base}/references`,
			`${base}/tours/immune-escape`,
			`${base}/tours/immune-escape/__data.json`,
			`${base}/glossary`,
			`${base}/lecture`,
			`${base}/404`,
			`${base}/content.json`,
			`${base}/bench/floor`,
			`${base}/references`
		]
	});

	for (const base of ['', '/sub/path'])
		it(`keeps code, static files and pages, without course-tool data, the bench or _headers (base "${base}")`, () => {
			const kept = precacheList(lists(base));
			expect(kept).toEqual([
				`${base}/_app/immutable/entry/start.abc.js`,
				`${base}/_app/version.json`,
				`${base}/favicon.svg`,
				`${base}/`,
				`${base}/references`,
				`${base}/tours/immune-escape`,
				`${base}/tours/immune-escape/__data.json`,
				`${base}/glossary`,
				`${base}/lecture`,
				`${base}/404`
			]);
		});

	it('does not drop a page whose name only contains a left-out word', () => {
		const kept = precacheList({
			base: '',
			build: [],
			files: [],
			prerendered: ['/benches', '/tours/content.json-explained']
		});
		expect(kept).toEqual(['/benches', '/tours/content.json-explained']);
	});
});

describe('strategyFor', () => {
	const origin = 'https://example.org';
	const get = (url: string, mode = 'no-cors') => ({ method: 'GET', url, mode });

	it('answers hashed files from the cache first, pages and other files from the network first', () => {
		expect(strategyFor(get(`${origin}/_app/immutable/chunks/a1b2.js`), origin, '')).toBe(
			'cache-first'
		);
		expect(strategyFor(get(`${origin}/references`, 'navigate'), origin, '')).toBe('network-first');
		expect(strategyFor(get(`${origin}/?at=dormant&organ=liver`, 'navigate'), origin, '')).toBe(
			'network-first'
		);
		expect(strategyFor(get(`${origin}/_app/version.json`), origin, '')).toBe('network-first');
		expect(strategyFor(get(`${origin}/tours/x/__data.json`), origin, '')).toBe('network-first');
	});

	it('leaves other origins, other methods and addresses outside the base path to the browser', () => {
		expect(strategyFor(get('https://other.example/_app/immutable/a.js'), origin, '')).toBe(
			'browser'
		);
		expect(strategyFor({ method: 'POST', url: `${origin}/`, mode: 'navigate' }, origin, '')).toBe(
			'browser'
		);
		expect(strategyFor(get(`${origin}/other/page`, 'navigate'), origin, '/sub/path')).toBe(
			'browser'
		);
		expect(strategyFor(get(`${origin}/sub/pathological`), origin, '/sub/path')).toBe('browser');
		expect(strategyFor(get('not a url'), origin, '')).toBe('browser');
	});

	it('works under a base path', () => {
		const base = '/sub/path';
		expect(strategyFor(get(`${origin}${base}/_app/immutable/x.css`), origin, base)).toBe(
			'cache-first'
		);
		expect(strategyFor(get(`${origin}${base}`, 'navigate'), origin, base)).toBe('network-first');
		expect(strategyFor(get(`${origin}${base}/glossary`, 'navigate'), origin, base)).toBe(
			'network-first'
		);
		// /_app/immutable/ outside the base is someone else's.
		expect(strategyFor(get(`${origin}/_app/immutable/x.css`), origin, base)).toBe('browser');
	});
});

describe('shouldNotify', () => {
	const waiting: UpdateState = {
		controlled: true,
		waitingVersion: '2',
		currentVersion: '1',
		dismissedVersion: null
	};

	it('tells the reader when a new version waits', () => {
		expect(shouldNotify(waiting)).toBe(true);
	});

	it('says nothing on the first visit, when nothing waits, or when the waiting version is this one', () => {
		expect(shouldNotify({ ...waiting, controlled: false })).toBe(false);
		expect(shouldNotify({ ...waiting, waitingVersion: null })).toBe(false);
		expect(shouldNotify({ ...waiting, waitingVersion: '1' })).toBe(false);
	});

	it('tells once per version: not again after Later, but again for a newer version', () => {
		expect(shouldNotify({ ...waiting, dismissedVersion: '2' })).toBe(false);
		expect(shouldNotify({ ...waiting, waitingVersion: '3', dismissedVersion: '2' })).toBe(true);
	});
});

describe('isWorkerMessage', () => {
	it('accepts the two messages and ignores anything else', () => {
		expect(isWorkerMessage({ type: 'skip-waiting' })).toBe(true);
		expect(isWorkerMessage({ type: 'version' })).toBe(true);
		for (const bad of [null, undefined, 'skip-waiting', { type: 'SKIP_WAITING' }, {}, [], 7])
			expect(isWorkerMessage(bad), JSON.stringify(bad)).toBe(false);
	});
});
