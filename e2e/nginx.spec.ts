/**
 * deploy/nginx.conf, run for real: nginx serves this checkout's build/ with the deployable file
 * (only its `listen` and `root` lines rewritten, in a temporary copy; see e2e/support/nginx.ts),
 * and the host headers must be the ones static/_headers gives (the same expectations as
 * e2e/headers.spec.ts, from e2e/support/host-headers.ts). Without nginx this test fails, saying how
 * to install it, unless ALLOW_NO_NGINX=1 is set. Playwright's own `test`: the fixture's origin
 * guard is about the preview server, not this one.
 */
import { expect, test } from '@playwright/test';
import { expectHostHeaders, expectNotFoundPage } from './support/host-headers';
import { findNginx, NO_NGINX, startNginx, type Nginx } from './support/nginx';

const binary = findNginx();

test.describe('deploy/nginx.conf served by nginx', () => {
	test.describe.configure({ mode: 'serial' });
	test.skip(!binary && process.env.ALLOW_NO_NGINX === '1', 'no nginx here, and ALLOW_NO_NGINX=1');

	let nginx: Nginx | undefined;
	test.beforeAll(async () => {
		if (!binary) throw new Error(NO_NGINX);
		nginx = await startNginx(binary);
	});
	test.afterAll(async () => {
		await nginx?.stop();
	});

	test('sends the host headers on every route, with frame-ancestors open only for /embed', async () => {
		await expectHostHeaders(nginx!.url);
	});

	test('answers unknown addresses with the site’s 404 page', async () => {
		await expectNotFoundPage(nginx!.url);
	});

	test('serves pages a browser runs without errors (types, compression)', async ({ page }) => {
		const problems: string[] = [];
		page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
		page.on('console', (m) => {
			if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
		});
		const response = await page.goto(`${nginx!.url}/`);
		expect(response?.headers()['content-encoding'], 'HTML is gzipped').toBe('gzip');
		await page.locator('html[data-ready]').waitFor();
		await page.getByRole('button', { name: /^Next/ }).click();
		await page.goto(`${nginx!.url}/references`);
		await expect(page.locator('#main')).not.toBeEmpty();
		expect(problems).toEqual([]);
		expect(nginx!.output(), 'nginx logged nothing').toBe('');
	});
});
