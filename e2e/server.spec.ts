/**
 * The browser tests test this checkout: the server they talk to is the `vite preview` that
 * playwright.config.ts starts on a free port, serving this checkout's build/ — not a server that
 * happened to be running (another checkout, an older build).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import config from '../playwright.config';
import { builtRoutes } from './support/host-headers';

test('Playwright starts its own server and never reuses one', () => {
	const servers = [config.webServer].flat();
	expect(servers).toHaveLength(1);
	expect(servers[0]!.reuseExistingServer, 'reuseExistingServer').toBe(false);
	expect(config.use?.baseURL).toBe(`http://127.0.0.1:${process.env.E2E_PORT}`);
});

test('the server under test serves this checkout’s build, file for file', async ({ request }) => {
	const version = await request.get('/_app/version.json');
	expect(version.status()).toBe(200);
	expect(await version.json(), 'the build version').toEqual(
		JSON.parse(readFileSync('build/_app/version.json', 'utf8'))
	);
	for (const route of builtRoutes().filter((r) => r !== '/404')) {
		const file = route === '/' ? 'build/index.html' : `build${route}.html`;
		const response = await request.get(route);
		expect(response.status(), route).toBe(200);
		expect(await response.text(), `${route} is ${file}`).toBe(readFileSync(file, 'utf8'));
	}
});
