/**
 * Helpers for the self-study browser tests (e2e/self-study.spec.ts) and the hostile saved study
 * progress of e2e/fuzz.spec.ts: hostile values for localStorage `mce.study`, and the check that a
 * page with any of them opens, says so politely, runs nothing and leaves the value as saved.
 */
import type { Page } from '@playwright/test';
import { loadStudy, STUDY_KEY } from '../../src/lib/app/study-progress';
import { expect } from './fixtures';

const PWN = 'window.__pwned=1';

/** Saved study progress a page must survive: corrupted, outdated, foreign, hostile and valid. */
export const HOSTILE_STUDY: string[] = [
	'{"app":"mce-study","v":1,',
	'{"app":"mce-study","v":0,"missions":{}}',
	'{"app":"mce-study","v":99}',
	'{"theme":"dark"}',
	`<img src=x onerror=${PWN}>`,
	'[1,2,3]',
	'null',
	JSON.stringify({
		app: 'mce-study',
		v: 1,
		missions: {
			'bone-keeps-mhc': {
				hints: 9,
				attempts: -1,
				ways: [],
				solved: true,
				view: `?at=</script><script>${PWN}</script>`,
				answers: []
			}
		}
	}),
	JSON.stringify({
		app: 'mce-study',
		v: 1,
		missions: {
			'bone-keeps-mhc': {
				hints: 1,
				attempts: 2,
				ways: [],
				solved: false,
				view: `?at=circulation&path=invade.intravasate&organ=liver&nk=0`,
				answers: [{ part: 'next', at: `?at=<svg/onload=${PWN}>`, choice: 'x', correct: true }]
			}
		}
	}),
	'{"app":"mce-study","v":1,"missions":{"__proto__":{"hints":1}},"tours":{"constructor":{}}}',
	'x'.repeat(250_000)
];

/**
 * Before any of the app's scripts run, saves HOSTILE_STUDY[n] when the address ends in `#study=n`.
 * Call once per page.
 */
export async function saveHostileStudy(page: Page): Promise<void> {
	await page.addInitScript(
		([key, values]) => {
			const n = /^#study=(\d+)$/.exec(location.hash)?.[1];
			if (n !== undefined && values[Number(n)] !== undefined)
				localStorage.setItem(key, values[Number(n)]!);
		},
		[STUDY_KEY, HOSTILE_STUDY] as const
	);
}

/**
 * Opens `path` with HOSTILE_STUDY[n] saved (after saveHostileStudy) and checks: the page works, a
 * value that cannot be used brings a polite notice, nothing from it runs or is rendered as markup,
 * and it is left as saved.
 */
export async function expectSurvivesStudy(page: Page, path: string, n: number): Promise<void> {
	const saved = HOSTILE_STUDY[n]!;
	await page.goto('about:blank');
	await page.goto(`${path}#study=${n}`);
	await page.locator('html[data-ready]').waitFor();
	await expect(page.locator('h1')).toBeVisible();
	const { notice } = loadStudy({ getItem: () => saved });
	if (notice) await expect(page.getByText(notice)).toBeVisible();
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
		'no payload ran'
	).toBeUndefined();
	expect(await page.locator('img[src="x"], main script, [onerror], [onload]').count()).toBe(0);
	expect(
		await page.evaluate(() => Object.keys(Object.prototype).length),
		'Object.prototype is not polluted'
	).toBe(0);
	expect(await page.evaluate((key) => localStorage.getItem(key), STUDY_KEY)).toBe(saved);
}
