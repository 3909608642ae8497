import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './e2e/support/browser';

/**
 * The browser tests always run against this checkout's build, served by a `vite preview` that
 * Playwright starts itself on a free port of 127.0.0.1 — never against a server that happens to be
 * running (another checkout, an old build, `npm start`). The port is chosen once, in the main
 * process, and passed to the worker processes (which load this file again) through E2E_PORT; set
 * E2E_PORT yourself to pick the port (it must be free: an existing server is never reused).
 */
function freePort(): number {
	// Synchronous, since the config is: a short-lived Node process asks the OS for a free port.
	const script =
		"const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
	const port = Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
	if (!Number.isInteger(port) || port <= 0)
		throw new Error(`Could not find a free port for the browser tests (got "${port}")`);
	return port;
}

process.env.E2E_PORT ||= String(freePort());
const PORT = Number(process.env.E2E_PORT);
if (!Number.isInteger(PORT) || PORT <= 0 || PORT > 65535)
	throw new Error(`E2E_PORT must be a port number, got "${process.env.E2E_PORT}"`);
if (!existsSync('build/index.html'))
	throw new Error('No build/ in this checkout: run `npm run build` first (`npm test` does).');

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 60_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'off',
		// The site's service worker (src/service-worker.ts) would download the whole site in every
		// test and answer later requests itself: blocked here, so that each test sees the server.
		// e2e/offline.spec.ts and e2e/base-path.spec.ts allow it, to test it.
		serviceWorkers: 'block',
		launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS }
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${PORT}`,
		// Never: a server already on the port is an error, not something to test.
		reuseExistingServer: false,
		timeout: 60_000
	}
});
