/**
 * The SCORM 1.2 package (`npm run package:scorm`, README "LMS packages") in an LMS: the package
 * of a mission is written by the script, unzipped into a course folder of a server, and launched,
 * as the manifest says, in a frame of an LMS page whose SCORM 1.2 API is scorm-again's (the page
 * keeps the status, score and suspend_data the lesson commits, and gives them back at the next
 * launch with cmi.core.entry "resume", as an LMS does). Checked:
 * the LMS records the attempt, the completion and the score; a new launch resumes from
 * suspend_data; corrupted suspend_data gets a polite notice and a fresh start; opened without an
 * LMS, the page works as the site does, with its progress in this browser. Every request stays
 * on the server; no page or console error. Playwright's own `test`: the site is not the
 * fixture's baseURL.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { serve } from '../scripts/serve-with-headers.mjs';
import { SUSPEND_NOTICE } from '../src/lib/scorm/lms';
import { setFactorsWithMouse } from './support/fixtures';
import { watchProblems } from './support/problems';

const MISSION = 'bone-keeps-mhc';
/** The package made without naming a lesson. */
const DEFAULT_TOUR = 'to-a-macrometastasis';

let work: string;
let site: Awaited<ReturnType<typeof serve>>;

/** One package, unzipped into a course folder of the LMS: any folder, a few levels down. */
interface Installed {
	course: string;
	launch: string;
	zipped: Record<string, Uint8Array>;
	/** The LMS's page that launches it. */
	lms: string;
}
let mission: Installed;
let tour: Installed;

/**
 * The LMS's page: scorm-again's SCORM 1.2 API as window.API, filled with what the last attempt
 * committed (kept in this origin's localStorage under `key`), and the lesson in a frame.
 */
const lmsPage = (
	src: string,
	key: string
) => `<!doctype html><html lang="en"><title>An LMS</title><link rel="icon" href="data:,">
<script src="/scorm12.min.js"></script>
<script>
const kept = JSON.parse(localStorage.getItem('${key}') || 'null');
window.API = new Scorm12API({ autocommit: false, logLevel: 4 });
const cmi = window.API.cmi;
if (kept) {
  cmi.suspend_data = kept.suspend_data;
  cmi.core.lesson_status = kept.lesson_status;
  cmi.core.score.raw = kept.score;
  cmi.core.entry = kept.exit === 'suspend' ? 'resume' : '';
}
const keep = () => {
  const now = window.API.renderCMIToJSONObject().cmi;
  localStorage.setItem('${key}', JSON.stringify({
    suspend_data: now.suspend_data, lesson_status: now.core.lesson_status,
    score: now.core.score.raw, exit: now.core.exit, time: now.core.session_time }));
};
for (const f of ['LMSCommit', 'LMSFinish']) {
  const call = window.API[f].bind(window.API);
  window.API[f] = (arg) => { const done = call(arg); keep(); return done; };
}
</script>
<iframe id="sco" title="Lesson" src="${src}" style="width:1280px;height:900px;border:0"></iframe>`;

const BLANK = '<!doctype html><html lang="en"><title>LMS</title><link rel="icon" href="data:,">';

const resourceOf = (zipped: Record<string, Uint8Array>) =>
	new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
		new TextDecoder().decode(zipped['imsmanifest.xml'])
	).manifest.resources.resource;

/** Runs `npm run package:scorm` with `args`, and unzips the package into the LMS's `course`. */
function install(args: string[], course: string, www: string, name: string): Installed {
	const zip = join(work, `${name}.zip`);
	const made = spawnSync(process.execPath, ['scripts/package-scorm.mjs', ...args, '--out', zip], {
		encoding: 'utf8'
	});
	expect(made.status, `package:scorm failed:\n${made.stdout}\n${made.stderr}`).toBe(0);
	const zipped = unzipSync(readFileSync(zip));
	expect(XMLValidator.validate(new TextDecoder().decode(zipped['imsmanifest.xml']))).toBe(true);
	const launch: string = resourceOf(zipped)['@href'];
	expect(made.stdout).toContain(`launching ${launch}`);
	for (const [file, bytes] of Object.entries(zipped)) {
		const path = join(www, course, file);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, bytes);
	}
	const lms = `${name}.html`;
	writeFileSync(join(www, lms), lmsPage(`${course}/${launch}`, `lms.${name}`));
	return { course, launch, zipped, lms };
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(360_000);
	work = mkdtempSync(join(tmpdir(), 'mce-scorm-'));
	// The LMS's server: its pages, scorm-again, and the packages unzipped into course folders.
	const www = join(work, 'www');
	mission = install(['--mission', MISSION], '/lms/course/7/content/3', www, 'mission');
	tour = install([], '/lms/course/8/content/1', www, 'tour');
	cpSync('node_modules/scorm-again/dist/scorm12.min.js', join(www, 'scorm12.min.js'));
	writeFileSync(join(www, 'blank.html'), BLANK);
	writeFileSync(join(www, '_headers'), '# none\n');
	site = await serve({ dir: www, port: 0 });
});

test.afterAll(async () => {
	await site?.close();
	if (work) rmSync(work, { recursive: true, force: true });
});

test('each package lists every file it holds, launches its lesson and leaves out the worker', () => {
	expect(mission.launch).toBe(`missions/${MISSION}.html`);
	expect(tour.launch).toBe(`tours/${DEFAULT_TOUR}.html`);
	for (const { zipped, launch } of [mission, tour]) {
		const listed = (resourceOf(zipped).file as { '@href': string }[]).map((f) =>
			decodeURI(f['@href'])
		);
		const held = Object.keys(zipped).filter((f) => f !== 'imsmanifest.xml');
		expect(listed.sort()).toEqual(held.sort());
		expect(held).toContain(launch);
		expect(held.filter((f) => /service-worker|_headers/.test(f))).toEqual([]);
		// Every page's paths are relative: nothing starts at the server's root.
		const page = new TextDecoder().decode(zipped[launch]);
		expect(page).not.toMatch(/(href|src)="\/(?!\/)/);
	}
});

/** Fails the test on any page or console error and any request leaving the server. */
function guard(page: Page): string[] {
	const problems = watchProblems(page, [site.url]);
	page.on('response', (r) => {
		if (r.status() >= 400) problems.push(`${r.status()} for ${r.url()}`);
	});
	return problems;
}

async function openLms(page: Page, lesson = mission): Promise<Frame> {
	await page.goto(`${site.url}/${lesson.lms}`);
	const frame = page.frame({ url: (u) => u.pathname === `${lesson.course}/${lesson.launch}` });
	expect(frame, 'the lesson is framed').not.toBeNull();
	await frame!.locator('html[data-ready]').waitFor();
	return frame!;
}

const lms = (page: Page, element: string) =>
	page.evaluate(
		(e) => (window as unknown as { API: { LMSGetValue(e: string): string } }).API.LMSGetValue(e),
		element
	);

test('in an LMS: the attempt, a solved mission’s completion and score, and a resumed launch', async ({
	page
}) => {
	const problems = guard(page);
	let frame = await openLms(page);
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/MHC/);
	expect(await lms(page, 'cmi.core.lesson_status')).toBe('incomplete');

	// A hint, a first Check too early, then the mission solved with the mouse.
	await frame.getByRole('button', { name: 'Show hint 1 of 3' }).click();
	await expect.poll(() => lms(page, 'cmi.suspend_data')).toContain(MISSION);
	const check = frame.getByRole('button', { name: 'Check', exact: true });
	await check.click();
	expect(await lms(page, 'cmi.core.lesson_status')).toBe('incomplete');
	expect(await lms(page, 'cmi.core.score.raw')).toBe('0');
	await setFactorsWithMouse(frame as unknown as Page, {
		perivascularNiche: false,
		sting: false,
		tCellSuppression: true
	});
	const next = frame.getByRole('button', { name: /^Next/ });
	for (let i = 0; i < 20 && (await next.getAttribute('aria-disabled')) !== 'true'; i++)
		await next.click();
	await expect(frame.locator('#details-title')).toHaveText('Macrometastasis');
	await check.click();
	await expect(frame.getByRole('heading', { name: 'Mission solved' })).toBeVisible();
	await expect.poll(() => lms(page, 'cmi.core.lesson_status')).toBe('passed');
	expect(await lms(page, 'cmi.core.score.raw')).toBe('100');
	expect(await lms(page, 'cmi.core.score.max')).toBe('100');
	const suspend = await lms(page, 'cmi.suspend_data');
	expect(suspend.length).toBeLessThanOrEqual(4096);
	// The LMS keeps the progress, not this browser (a shared computer in a library).
	expect(await page.evaluate(() => localStorage.getItem('mce.study'))).toBeNull();

	// Another page of the package and back, without a reload: the same attempt goes on.
	const nav = frame.getByRole('navigation', { name: 'Site' });
	await nav.getByRole('link', { name: 'Missions' }).click();
	await frame.getByRole('link', { name: /MHC/ }).first().click();
	await expect(frame.getByRole('heading', { name: 'Mission solved' })).toBeVisible();
	await frame.getByRole('button', { name: 'Show hint 2 of 3' }).click();
	await expect
		.poll(() => lms(page, 'cmi.suspend_data'))
		.toMatch(/^\["mce1","m","bone-keeps-mhc",2,/);
	expect(await lms(page, 'cmi.core.lesson_status')).toBe('passed');

	// The next launch: the LMS gives back what was committed; the lesson goes on from there.
	frame = await openLms(page);
	await expect(frame.getByRole('heading', { name: 'Mission solved' })).toBeVisible();
	await expect(frame.getByRole('button', { name: 'Show hint 3 of 3' })).toBeVisible();
	expect(await lms(page, 'cmi.core.lesson_status')).toBe('passed');
	expect(await lms(page, 'cmi.core.entry')).toBe('resume');
	// The first launch ended with its session time (LMSFinish as its page went), as the LMS
	// keeps it (scorm-again writes hours with two digits).
	const time = JSON.parse((await page.evaluate(() => localStorage.getItem('lms.mission')))!).time;
	const [, h, m, sec] = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/.exec(time) ?? [];
	expect(Number(h) * 3600 + Number(m) * 60 + Number(sec), time).toBeGreaterThan(1);
	expect(await lms(page, 'cmi.core.score.raw')).toBe('100');
	expect(problems).toEqual([]);
});

test('corrupted suspend_data: a polite notice and a fresh start, never a blank page', async ({
	page
}) => {
	const problems = guard(page);
	// What an earlier attempt left, cut short in the LMS's database (set from a page of the LMS's
	// origin that is not the lesson, whose leaving would commit over it).
	await page.goto(`${site.url}/blank.html`);
	await page.evaluate(() =>
		localStorage.setItem(
			'lms.mission',
			JSON.stringify({
				suspend_data: '["mce1","m","bone-keeps-mhc",1,2,[],1,"?at=arre',
				lesson_status: 'passed',
				score: '100',
				exit: 'suspend'
			})
		)
	);
	const frame = await openLms(page);
	await expect(frame.getByRole('status').filter({ hasText: SUSPEND_NOTICE })).toBeVisible();
	await expect(frame.getByRole('button', { name: 'Show hint 1 of 3' })).toBeVisible();
	await expect(frame.getByRole('heading', { name: 'Mission solved' })).toHaveCount(0);
	await expect(frame.locator('#details-title')).toHaveText(/primary tumour/i);
	// What the LMS recorded before stays: a status is never lowered.
	expect(await lms(page, 'cmi.core.lesson_status')).toBe('passed');
	expect(problems).toEqual([]);
});

test('without an LMS, the packaged page works as the site does and keeps progress here', async ({
	page
}) => {
	const problems = guard(page);
	await page.goto(`${site.url}${mission.course}/${mission.launch}`);
	await page.locator('html[data-ready]').waitFor();
	await page.getByRole('button', { name: 'Show hint 1 of 3' }).click();
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('mce.study')))
		.toContain('"hints":1');
	// The site's own navigation works from the package's folder.
	await page
		.getByRole('navigation', { name: 'Site' })
		.getByRole('link', { name: 'References' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('References');
	expect(new URL(page.url()).pathname.startsWith(mission.course)).toBe(true);
	expect(problems).toEqual([]);
});

test('in an LMS: a tour’s questions score it, its last step completes it, a new launch goes on', async ({
	page
}) => {
	const problems = guard(page);
	let frame = await openLms(page, tour);
	expect(await lms(page, 'cmi.core.lesson_status')).toBe('incomplete');
	const question = frame.getByTestId('tour-question');
	const next = frame.getByRole('button', { name: /^Next/ });
	// To the first question; one answer, then on through the tour (revealing past the others).
	for (let i = 0; i < 15 && !(await question.isVisible()); i++) await next.click();
	await question.getByRole('radio').first().check();
	await question.getByRole('button', { name: 'Check my prediction' }).click();
	const right = await question
		.locator('.verdict')
		.first()
		.evaluate((v) => v.classList.contains('right'));
	await expect.poll(() => lms(page, 'cmi.suspend_data')).toContain('"t"');
	for (let i = 0; i < 40 && (await next.getAttribute('aria-disabled')) !== 'true'; i++) {
		if (await question.isVisible())
			await question.getByRole('button', { name: /Show what happens/ }).click();
		else await next.click();
	}
	const steps = await frame.getByText(/^Step \d+ of \d+$/).innerText();
	const [, shown, count] = /Step (\d+) of (\d+)/.exec(steps)!;
	expect(shown).toBe(count);
	await expect.poll(() => lms(page, 'cmi.core.lesson_status')).toBe('completed');
	// The share of the tour's questions answered correctly: one answer, right or wrong.
	const score = Number(await lms(page, 'cmi.core.score.raw'));
	if (right) expect(score).toBeGreaterThan(0);
	else expect(score).toBe(0);
	expect(score).toBeLessThan(100);
	expect(await page.evaluate(() => localStorage.getItem('mce.study'))).toBeNull();

	// A new launch goes on at the step shown last, with the answer kept.
	frame = await openLms(page, tour);
	await expect(frame.getByText(/^Step \d+ of \d+$/)).toHaveText(`Step ${count} of ${count}`);
	expect(await lms(page, 'cmi.core.lesson_status')).toBe('completed');
	expect(Number(await lms(page, 'cmi.core.score.raw'))).toBe(score);
	expect(problems).toEqual([]);
});
