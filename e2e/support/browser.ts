/**
 * Which Chromium to drive. Playwright's own browser when it is installed (its headless shell or
 * full Chromium), otherwise Debian's `chromium`; with neither, a clear message on how to get one.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

const SYSTEM_CHROMIUM = [
	'/usr/bin/chromium',
	'/usr/lib/chromium/chromium',
	'/usr/bin/chromium-browser'
];

export function chromiumExecutable(): string {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there.`);
	}
	// Playwright reports a path even when nothing was downloaded: check the file exists. Its
	// headless runs use the separate headless shell, so look for that one too.
	const own = chromium.executablePath();
	const shell = own.replace(
		/chromium-(\d+)\/chrome-linux\/chrome$/,
		'chromium_headless_shell-$1/chrome-linux/headless_shell'
	);
	for (const candidate of [shell, own, ...SYSTEM_CHROMIUM])
		if (candidate && existsSync(candidate)) return candidate;
	throw new Error(
		'No Chromium found for the browser tests. Install Debian’s package as root ' +
			'(`apt-get update && apt-get install -y chromium`), run `npx playwright install chromium` where downloads work, ' +
			'or set CHROMIUM_PATH to a Chromium or Chrome executable.'
	);
}
