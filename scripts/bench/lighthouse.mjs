/**
 * One Lighthouse run (mobile or desktop preset) in a fresh Chromium started by chrome-launcher:
 * the four category scores, LCP, TBT and CLS, and the audits that kept a category below 100.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { writeFileSync } from 'node:fs';

export const CATEGORIES = /** @type {const} */ ([
	'performance',
	'accessibility',
	'best-practices',
	'seo'
]);

/**
 * @typedef {{
 *   preset: 'mobile' | 'desktop',
 *   scores: Record<string, number | null>,
 *   lcpMs: number | null, tbtMs: number | null, cls: number | null, fcpMs: number | null,
 *   belowFull: Record<string, string[]>,
 *   warnings: string[],
 *   error?: string,
 *   seconds: number
 * }} LighthouseResult
 */

/**
 * @param {string} url
 * @param {'mobile' | 'desktop'} preset
 * @param {{ chromePath: string, chromeFlags: string[], timeoutMs?: number, saveTo?: string, track?: (kill: () => void) => () => void }} options
 * @returns {Promise<LighthouseResult>}
 */
export async function runLighthouse(url, preset, options) {
	const started = Date.now();
	/** @type {LighthouseResult} */
	const result = {
		preset,
		scores: {},
		lcpMs: null,
		tbtMs: null,
		cls: null,
		fcpMs: null,
		belowFull: {},
		warnings: [],
		seconds: 0
	};
	const chrome = await launch({
		chromePath: options.chromePath,
		chromeFlags: options.chromeFlags,
		logLevel: 'silent',
		handleSIGINT: false
	});
	const untrack = options.track?.(() => {
		try {
			process.kill(-chrome.pid, 'SIGKILL'); // chrome-launcher starts it as a process group leader
		} catch {
			/* gone */
		}
	});
	/** @type {ReturnType<typeof setTimeout> | undefined} */
	let timer;
	try {
		const run = lighthouse(
			url,
			{ port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] },
			preset === 'desktop' ? desktopConfig : undefined
		);
		const timeout = new Promise((_, reject) => {
			timer = setTimeout(
				() =>
					reject(
						new Error(`Lighthouse took longer than ${(options.timeoutMs ?? 120_000) / 1000} s`)
					),
				options.timeoutMs ?? 120_000
			);
		});
		const out = /** @type {Awaited<typeof run>} */ (await Promise.race([run, timeout]));
		if (!out) throw new Error('Lighthouse returned no result');
		const lhr = out.lhr;
		if (options.saveTo)
			writeFileSync(
				options.saveTo,
				typeof out.report === 'string' ? out.report : JSON.stringify(lhr)
			);
		if (lhr.runtimeError) result.error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
		result.warnings = (lhr.runWarnings ?? []).map(String);
		for (const id of CATEGORIES) {
			const category = lhr.categories[id];
			result.scores[id] = category?.score == null ? null : Math.round(category.score * 100);
			// Audits that count towards the score and did not pass.
			result.belowFull[id] = (category?.auditRefs ?? [])
				.filter((ref) => ref.weight > 0)
				.map((ref) => lhr.audits[ref.id])
				.filter(
					(a) =>
						a &&
						a.score !== null &&
						a.score < 1 &&
						a.scoreDisplayMode !== 'notApplicable' &&
						a.scoreDisplayMode !== 'informative'
				)
				.map(
					(a) =>
						`${a.id} (${a.displayValue ? `${a.displayValue}, ` : ''}score ${Math.round((a.score ?? 0) * 100)})`
				);
		}
		/** @param {string} id */
		const numeric = (id) => {
			const v = lhr.audits[id]?.numericValue;
			return typeof v === 'number' ? v : null;
		};
		result.lcpMs = numeric('largest-contentful-paint');
		result.tbtMs = numeric('total-blocking-time');
		result.cls = numeric('cumulative-layout-shift');
		result.fcpMs = numeric('first-contentful-paint');
	} catch (e) {
		result.error = e instanceof Error ? e.message : String(e);
	} finally {
		clearTimeout(timer);
		await chrome.kill();
		untrack?.();
		result.seconds = Math.round((Date.now() - started) / 100) / 10;
	}
	return result;
}
