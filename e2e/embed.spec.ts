/**
 * The embed view in a frame of a page from ANOTHER origin, as a course site frames it: the build
 * is served with the host headers (scripts/serve-with-headers.mjs, as e2e/headers.spec.ts does)
 * and course pages come from a second server on another port. Checked: the frame is not blocked;
 * a host drives the explorer through the postMessage API (docs/embed-example.html, the README's
 * example page) and hears `ready`, `statechange`, `resize` and `error`; Canvas-style and H5P-style
 * hosts size the frame without our script; malformed commands and commands from origins the
 * embedder did not allow are ignored; locked factors stay; Start again returns to the preset;
 * the view works where the frame may not use storage. These tests use Playwright's own `test`
 * (the site is not the fixture's baseURL) with the same guard against page and console errors.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { serve } from '../scripts/serve-with-headers.mjs';
import { watchProblems } from './support/problems';

let site: Awaited<ReturnType<typeof serve>>;
let course: Server;
let courseUrl: string;

const EXAMPLE = readFileSync('docs/embed-example.html', 'utf8');
const EXAMPLE_SRC = 'https://your-site.example/embed?organ=bone&lock=organ&theme=light';

/** Records every message the page receives, with its origin, in window.received. */
const RECORD = `<script>window.received=[];addEventListener('message',e=>received.push({origin:e.origin,data:e.data}));</script>`;

/** A Canvas-like page: it resizes the frame on lti.frameResize, and knows nothing else. */
const CANVAS = `<script>addEventListener('message',e=>{let d=e.data;try{if(typeof d==='string')d=JSON.parse(d)}catch{}
if(d&&d.subject==='lti.frameResize'){const f=document.getElementById('frame');if(f.contentWindow===e.source)f.style.height=d.height+'px'}});</script>`;

/**
 * A page running a resizer written from the description of H5P's h5p-resizer.js: it answers
 * `hello`, and on `prepareResize` resets the frame to the reported clientHeight and answers
 * `resizePrepared`; on `resize` it sets the frame to the reported scrollHeight.
 */
const H5P = `<script>addEventListener('message',e=>{const d=e.data;if(!d||d.context!=='h5p')return;
const f=[...document.getElementsByTagName('iframe')].find(i=>i.contentWindow===e.source);if(!f)return;
const respond=(action,data={})=>e.source.postMessage({...data,action,context:'h5p'},e.origin);
if(d.action==='hello'){f.style.width='100%';respond('hello')}
else if(d.action==='prepareResize'){if(f.clientHeight!==d.scrollHeight||d.scrollHeight!==d.clientHeight){f.style.height=d.clientHeight+'px';respond('resizePrepared')}}
else if(d.action==='resize'){f.style.height=d.scrollHeight+'px'}});</script>`;

function coursePage(kind: string, src: string): string {
	if (kind === 'example') return EXAMPLE.replace(EXAMPLE_SRC, src.replaceAll('&', '&amp;'));
	const script = kind === 'canvas' ? CANVAS : kind === 'h5p' ? H5P : RECORD;
	return `<!doctype html><html lang="en"><title>A course page</title>${script}<iframe id="frame" title="Explorer" src="${src.replaceAll('&', '&amp;')}" style="width:900px;height:150px"></iframe>`;
}

test.beforeAll(async () => {
	site = await serve({ dir: 'build', port: 0 });
	course = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		const src = `${site.url}${url.searchParams.get('src') ?? '/embed'}`;
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(coursePage(url.pathname.slice(1), src));
	});
	// Another origin: the same address, another port.
	await new Promise<void>((done) => course.listen(0, '127.0.0.1', done));
	const address = course.address();
	courseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(async () => {
	await site?.close();
	course?.closeAllConnections();
	await new Promise((done) => course?.close(done));
});

/** Fails the test on any page or console error, in the page or its frame. */
const guard = (page: Page): string[] => watchProblems(page, [site.url, courseUrl]);

async function openHost(page: Page, kind: string, embed: string): Promise<Frame> {
	await page.goto(`${courseUrl}/${kind}?src=${encodeURIComponent(embed)}`);
	const frame = page.frame({ url: (u) => u.href.startsWith(`${site.url}/embed`) });
	expect(frame, 'the embed is framed').not.toBeNull();
	await frame!.locator('html[data-ready]').waitFor();
	return frame!;
}

type Message = { origin: string; data: Record<string, unknown> };
const received = (page: Page) =>
	page.evaluate(() => (window as unknown as { received: unknown[] }).received) as Promise<
		Message[]
	>;
const ours = async (page: Page, type?: string) =>
	(await received(page))
		.filter((m) => m.data?.source === 'metastasis-cascade-explorer')
		.filter((m) => !type || m.data.type === type)
		.map((m) => ({ ...m.data, origin: m.origin }));
const post = (page: Page, data: unknown, target = '*') =>
	page.evaluate(
		([d, t]) =>
			(document.getElementById('frame') as HTMLIFrameElement).contentWindow!.postMessage(
				d,
				t as string
			),
		[data, target] as const
	);
const frameHeight = (page: Page) =>
	page.locator('#frame, #explorer').evaluate((f) => f.clientHeight);

test('the example course page embeds the explorer, drives it and sizes the frame', async ({
	page
}) => {
	const problems = guard(page);
	const frame = await openHost(page, 'example', '/embed?organ=bone&lock=organ&theme=light');
	await expect(frame.locator('#details-title')).toHaveText(/primary tumour/i);
	await expect(page.locator('#where')).toHaveText('primaryTumour after 0 steps');
	// The example page follows `resize`: the frame shows the whole content, no inner scrollbar.
	await expect
		.poll(async () => {
			const content = await frame.evaluate(() => document.documentElement.scrollHeight);
			return Math.abs((await frameHeight(page)) - content);
		})
		.toBeLessThanOrEqual(2);
	await page.getByRole('button', { name: 'Next step' }).click();
	await expect(page.locator('#where')).toHaveText('localInvasion after 1 steps');
	await page.getByRole('button', { name: 'Switch NK cells off' }).click();
	await expect(frame.getByRole('switch', { name: /NK-cell/ })).not.toBeChecked();
	await page.getByRole('button', { name: 'Start again' }).click();
	await expect(page.locator('#where')).toHaveText('primaryTumour after 0 steps');
	await expect(frame.getByRole('switch', { name: /NK-cell/ })).toBeChecked();
	expect(problems).toEqual([]);
});

test('a host drives it through the API and hears ready, statechange, resize and error', async ({
	page
}) => {
	const problems = guard(page);
	const frame = await openHost(
		page,
		'plain',
		'/embed?at=localInvasion&path=invade&organ=bone&lock=organ'
	);
	await expect.poll(async () => (await ours(page, 'ready')).length).toBe(1);
	const [ready] = await ours(page, 'ready');
	expect(ready).toMatchObject({
		origin: site.url,
		version: 1,
		state: 'localInvasion',
		path: ['invade'],
		locked: ['organ'],
		query: '?at=localInvasion&path=invade&organ=bone'
	});
	expect(ready!.factors).toMatchObject({ organ: 'bone', nkActive: true });
	await expect.poll(async () => (await ours(page, 'resize')).length).toBeGreaterThan(0);
	const [resize] = await ours(page, 'resize');
	expect(resize!.height).toBeGreaterThan(400);

	await post(page, { type: 'next', id: 1 });
	await expect
		.poll(async () => (await ours(page, 'statechange')).at(-1)?.state)
		.toBe('circulation');

	await post(page, { type: 'setFactor', factor: 'nkActive', value: false });
	await expect
		.poll(
			async () =>
				((await ours(page, 'statechange')).at(-1)?.factors as { nkActive: boolean }).nkActive
		)
		.toBe(false);

	// A locked factor: refused with an error, and nothing changes.
	await post(page, { type: 'setFactor', factor: 'organ', value: 'liver', id: 'lock' });
	await expect.poll(async () => (await ours(page, 'error')).length).toBe(1);
	expect((await ours(page, 'error'))[0]).toMatchObject({ id: 'lock', command: 'setFactor' });
	expect(String((await ours(page, 'error'))[0]!.message)).toMatch(/“organ” is fixed/);
	await expect(
		frame.getByRole('radiogroup', { name: /Target organ/ }).getByRole('radio', { name: 'Bone' })
	).toBeChecked();

	// Malformed commands: each answered with an error, none breaks anything.
	for (const bad of [
		{ type: 'fly' },
		{ type: 'setFactor', factor: 'nkActive', value: 'no' },
		{ type: 'goto' }
	])
		await post(page, bad);
	await expect.poll(async () => (await ours(page, 'error')).length).toBe(4);
	// Messages that are not commands at all are left alone, without an answer.
	for (const other of ['next', 42, null, [1], { context: 'h5p', action: 'fullScreen' }])
		await post(page, other);

	await post(page, { type: 'goto', state: 'solitary' });
	await expect.poll(async () => (await ours(page, 'statechange')).at(-1)?.state).toBe('solitary');
	await post(page, { type: 'reset' });
	await expect
		.poll(async () => (await ours(page, 'statechange')).at(-1))
		.toMatchObject({
			state: 'localInvasion',
			path: ['invade']
		});
	expect((await ours(page, 'error')).length).toBe(4);
	expect(problems).toEqual([]);
});

test('only the origins the embedder allows may drive it, and only they hear it', async ({
	page
}) => {
	const problems = guard(page);
	const frame = await openHost(page, 'plain', '/embed?origin=https://course.example.org');
	await post(page, { type: 'next' });
	await post(page, { type: 'fly' });
	// Give the frame time to (not) react, then check nothing moved and nothing was sent.
	await frame.evaluate(() => new Promise((done) => setTimeout(done, 300)));
	await expect(frame.locator('#details-title')).toHaveText(/primary tumour/i);
	expect(await ours(page)).toEqual([]);

	const allowed = await openHost(
		page,
		'plain',
		`/embed?origin=https://course.example.org,${courseUrl}`
	);
	await expect.poll(async () => (await ours(page, 'ready')).length).toBe(1);
	await post(page, { type: 'next' });
	await expect(allowed.locator('#details-title')).not.toHaveText(/primary tumour/i);
	expect(problems).toEqual([]);
});

for (const kind of ['canvas', 'h5p'] as const)
	test(`a ${kind === 'canvas' ? 'Canvas' : 'H5P'}-style host page sizes the frame without our script`, async ({
		page
	}) => {
		const problems = guard(page);
		// The host page gives the frame 150 px; only the resize protocol makes it taller.
		const frame = await openHost(page, kind, '/embed');
		const content = () =>
			frame.locator('.embed').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
		await expect
			.poll(async () => Math.abs((await frameHeight(page)) - (await content())))
			.toBeLessThanOrEqual(1);
		expect(await frameHeight(page)).toBeGreaterThan(600);
		// Content that grows (a step, with the mechanisms under the details) grows the frame.
		const before = await frameHeight(page);
		await frame.getByRole('button', { name: /^Next/ }).click();
		await frame.getByRole('button', { name: /^Next/ }).click();
		await expect
			.poll(async () => Math.abs((await frameHeight(page)) - (await content())))
			.toBeLessThanOrEqual(1);
		expect(await frameHeight(page)).not.toBe(before);
		expect(problems).toEqual([]);
	});

test('locked factors cannot be changed in the frame; Start again returns to the preset', async ({
	page
}) => {
	const problems = guard(page);
	const frame = await openHost(
		page,
		'plain',
		'/embed?at=localInvasion&path=invade&organ=bone&lock=organ&hide=aged'
	);
	const organ = frame.getByRole('radiogroup', { name: 'Target organ (fixed)' });
	await expect(organ.getByRole('radio', { name: 'Bone' })).toBeChecked();
	await expect(organ.getByRole('radio', { name: 'Liver' })).toBeDisabled();
	await expect(frame.getByRole('switch', { name: /Aged/ })).toHaveCount(0);
	await expect(frame.getByRole('button', { name: 'Start again' })).toHaveAttribute(
		'aria-disabled',
		'true'
	);
	await frame.getByRole('button', { name: /^Next/ }).click();
	await frame.getByRole('button', { name: /^Next/ }).click();
	await frame.getByRole('switch', { name: /NK-cell/ }).click();
	await frame.getByRole('button', { name: 'Start again' }).click();
	await expect(frame.locator('#details-title')).toHaveText(/local invasion|invad/i);
	await expect(frame.getByRole('switch', { name: /NK-cell/ })).toBeChecked();
	await expect(frame.getByRole('button', { name: '← Back' })).toHaveAttribute(
		'aria-disabled',
		'false'
	);
	// Undo works as on the main page.
	await frame.getByRole('button', { name: 'Undo Start again' }).click();
	await expect(frame.getByRole('switch', { name: /NK-cell/ })).not.toBeChecked();
	// The full explorer opens at the view shown.
	const href = await frame
		.getByRole('link', { name: /Open the full explorer/ })
		.getAttribute('href');
	expect(href).toMatch(/^\/\?at=.*organ=bone/);
	expect(problems).toEqual([]);
});

test('where the frame may not use storage, the view works, without an error', async ({ page }) => {
	const problems = guard(page);
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('Access is denied for this document.', 'SecurityError');
			}
		});
	});
	const frame = await openHost(
		page,
		'plain',
		'/embed?tour=to-a-macrometastasis&step=2&theme=projector'
	);
	await expect(frame.locator('html')).toHaveAttribute('data-theme', 'projector');
	await expect(frame.getByTestId('tour-narration')).not.toBeEmpty();
	await frame.getByRole('button', { name: /^Next/ }).click();
	// Before a branch, the tour asks first; Next (or "Show what happens") goes on.
	if (await frame.getByTestId('tour-question').isVisible())
		await frame.getByRole('button', { name: /^Next/ }).click();
	await expect(frame.getByText(/· Step 3 of/)).toBeVisible();
	await expect
		.poll(async () => (await ours(page, 'statechange')).at(-1)?.tour)
		.toMatchObject({ step: 3 });
	expect(problems).toEqual([]);
});

test('a tour in the frame asks before each branch; each answer goes to the host, also as an xAPI statement', async ({
	page
}) => {
	const problems = guard(page);
	const frame = await openHost(page, 'plain', '/embed?tour=to-a-macrometastasis');
	const question = frame.getByTestId('tour-question');
	for (let i = 0; i < 15 && !(await question.isVisible()); i++)
		await frame.getByRole('button', { name: /^Next/ }).click();
	await expect(question).toBeVisible();
	await question.getByRole('radio').first().check();
	await question.getByRole('button', { name: 'Check my prediction' }).click();
	await expect.poll(async () => (await ours(page, 'answer')).length).toBe(1);
	const [answer] = await ours(page, 'answer');
	const statement = answer!.statement as Record<string, Record<string, unknown>>;
	expect(answer!.answer).toMatchObject({ part: 'next', correct: expect.any(Boolean) });
	expect(statement.verb!.id).toBe('http://adlnet.gov/expapi/verbs/answered');
	expect(String(statement.object!.id)).toMatch(new RegExp(`^${site.url}/embed(\\?.*)?#next$`));
	expect(statement.result).toEqual({
		success: (answer!.answer as { correct: boolean }).correct,
		response: (answer!.answer as { choice: string }).choice
	});
	await question.getByRole('button', { name: /Show what happens/ }).click();
	await expect(question).toBeHidden();
	expect(problems).toEqual([]);
});
