/**
 * The deep-link contract as README.md documents it ("Public contracts → Deep links"), from the
 * outside: the parameter names and values a course page may already link to, what is written and
 * what is left out, and the exact limits of what a link may carry.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS, type Factors } from '../src/lib/cascade/factors';
import { CONDITIONS } from '../src/lib/cascade/conditions';
import { TRANSITION_IDS, type TransitionId } from '../src/lib/cascade/machine';
import { actorAt, START_VIEW, viewOf, type View } from '../src/lib/cascade/session';
import { CHANGE_MARK, decodeView, encodeView } from '../src/lib/url';
import { plainView } from './support/views';
import { allWalks } from './support/walks';

/** A view with these factors all along (no change on the way). */
const view = (
	over: Partial<Pick<View, 'stateId' | 'path'>> & { factors?: Partial<Factors> } = {}
): View => plainView(over.stateId ?? START_VIEW.stateId, over.path ?? [], over.factors);
const decode = (query: string) => decodeView(new URLSearchParams(query));

describe('factor parameters (names and values are public)', () => {
	const cases: [Partial<Factors>, string][] = [
		[{ organ: 'liver' }, 'organ=liver'],
		[{ organ: 'bone' }, 'organ=bone'],
		[{ organ: 'brain' }, 'organ=brain'],
		[{ organ: 'muscle' }, 'organ=muscle'],
		[{ emt: 'epithelial' }, 'emt=epithelial'],
		[{ emt: 'mesenchymal' }, 'emt=mesenchymal'],
		[{ inflammation: true }, 'inflammation=1'],
		[{ agedStroma: true }, 'aged=1'],
		[{ surgery: true }, 'surgery=1'],
		[{ perivascularNiche: false }, 'niche=0'],
		[{ nkActive: false }, 'nk=0'],
		[{ tCellSuppression: true }, 'tsup=1'],
		[{ premetastaticNiche: true }, 'pmn=1'],
		[{ mhcI: false }, 'mhc=0'],
		[{ sting: false }, 'sting=0']
	];
	it.each(cases)('writes %o as ?%s and reads it back', (factors, query) => {
		expect(encodeView(view({ factors }))).toBe(`?${query}`);
		expect(decode(query)).toEqual({ view: view({ factors }), notices: [] });
	});

	it.each([
		['inflammation=0', 'inflammation'],
		['nk=1', 'nk'],
		['organ=lung', 'organ'],
		['emt=hybrid', 'emt']
	])('accepts a default written out (%s) and leaves it out again', (query) => {
		const { view: v, notices } = decode(query);
		expect(notices).toEqual([]);
		expect(v).toEqual(START_VIEW);
		expect(encodeView(v)).toBe('');
	});

	it('writes every changed factor, in a stable order, after at and path', () => {
		const v = view({
			stateId: 'localInvasion',
			path: ['invade'],
			factors: { sting: false, organ: 'bone', inflammation: true }
		});
		expect(encodeView(v)).toBe('?at=localInvasion&path=invade&organ=bone&inflammation=1&sting=0');
	});

	it.each([
		['nk=true', 'NK-cell activity', 'not 1 or 0'],
		['nk=', 'NK-cell activity', 'not 1 or 0'],
		['sting=01', 'STING signalling', 'not 1 or 0'],
		['organ=Lung', 'Target organ', 'not one of its choices'],
		['emt=', 'EMT state in the tumour', 'not one of its choices']
	])('refuses %s, naming the control (%s), and keeps the default', (query, label, why) => {
		const { view: v, notices } = decode(query);
		expect(v).toEqual(START_VIEW);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain(`“${label}”`);
		expect(notices[0]).toContain(why);
		expect(notices[0]).toContain('the default is used');
	});

	it('reports each bad factor once, and keeps the good ones', () => {
		const { view: v, notices } = decode('organ=mars&nk=2&emt=mesenchymal');
		expect(notices).toHaveLength(2);
		expect(v.factors).toEqual({ ...DEFAULT_FACTORS, emt: 'mesenchymal' });
	});
});

describe('where the cell is', () => {
	it.each([
		['the start', view(), ''],
		[
			'one step on',
			view({ stateId: 'localInvasion', path: ['invade'] }),
			'?at=localInvasion&path=invade'
		],
		[
			'a step that ends in elimination',
			view({ stateId: 'anoikis', path: ['invade', 'intravasate', 'die-in-circulation'] }),
			'?at=anoikis&path=invade.intravasate.die-in-circulation'
		]
	])('writes %s as %j', (_name, v, query) => {
		expect(encodeView(v)).toBe(query);
		expect(decode(query)).toEqual({ view: v, notices: [] });
	});

	it.each(['at=primaryTumour', 'path=', 'at=primaryTumour&path='])(
		'opens the start without complaint for %j',
		(query) => expect(decode(query)).toEqual({ view: START_VIEW, notices: [] })
	);

	it.each([
		['path=fly', 0, 'step 1, “fly”, is not a step of this cascade'],
		['path=invade.fly', 1, 'step 2, “fly”, is not a step of this cascade'],
		[
			'path=invade.invade',
			1,
			'step 2, “Invade the stroma alone”, cannot be taken from where the cell was'
		],
		['path=invade..intravasate', 1, 'step 2, “”, is not a step of this cascade']
	])('follows %j as far as it can and says where it stopped', (query, steps, why) => {
		const { view: v, notices } = decode(query);
		expect(v.path).toEqual(['invade'].slice(0, steps));
		expect(notices).toEqual([
			`This link’s path could not be followed${steps ? ` past step ${steps}` : ''}: ${why}. ${steps ? `Showing the journey up to step ${steps} instead.` : 'Showing the start of the cascade instead.'}`
		]);
	});

	it.each([
		[
			'at=circulation&path=invade',
			'localInvasion',
			'its path does not lead to “circulation”',
			'Showing the journey up to step 1 instead.'
		],
		[
			'at=nowhere&path=invade',
			'localInvasion',
			'“nowhere” is not a stage of this cascade',
			'Showing the journey up to step 1 instead.'
		],
		[
			'at=',
			'primaryTumour',
			'“” is not a stage of this cascade',
			'Showing the start of the cascade instead.'
		]
	])(
		'shows where the path of %j leads, when `at` names another place',
		(query, stateId, why, showing) => {
			const { view: v, notices } = decode(query);
			expect(v.stateId).toBe(stateId);
			expect(notices).toEqual([`This link could not be opened as it is (${why}). ${showing}`]);
		}
	);
});

const DORMANT = 'invade.intravasate.arrest.extravasate.spread.adapt.initiate.enter-dormancy';
const TO_DORMANT = DORMANT.split('.') as TransitionId[];

describe('a link replays the journey (contract version 2)', () => {
	it.each([
		[
			'a link from before version 2, every step open under its factors',
			`at=solitary&path=${DORMANT}&organ=bone&nk=0`,
			'solitary',
			TO_DORMANT
		],
		[
			'a link through a lymph node',
			'at=circulation&path=invade.enter-lymphatics.leave-lymph-node',
			'circulation',
			['invade', 'enter-lymphatics', 'leave-lymph-node']
		],
		[
			'a link that ends in elimination',
			'at=anoikis&path=invade.intravasate.die-in-circulation',
			'anoikis',
			['invade', 'intravasate', 'die-in-circulation']
		]
	])('opens %s where it always did, with no notice', (_name, query, stateId, path) => {
		const { view: v, notices } = decode(query);
		expect(notices).toEqual([]);
		expect(v.stateId).toBe(stateId);
		expect(v.path).toEqual(path);
		expect(encodeView(v)).toBe(`?${query}`);
	});

	// A step the guards close under the factors of its moment: the steps before it are shown, and
	// the notice names the step, the way (its words in the explorer) and what was missing.
	it.each([
		[
			'a cell woken without a wake-up signal',
			`at=awakening&path=${DORMANT}.awaken`,
			9,
			'Wake up',
			['wakeSignal']
		],
		[
			'a cell held dormant by a disrupted niche',
			`at=solitary&path=${DORMANT}&niche=0`,
			8,
			'Be held dormant by the niche',
			['dormancyNiche']
		],
		[
			'an epithelial cell invading alone',
			'at=localInvasion&path=invade&emt=epithelial',
			1,
			'Invade the stroma alone',
			['emtActive']
		],
		[
			'T cells acting after a lymph node taught tolerance (the journey, not only the factors)',
			'path=invade.enter-lymphatics.leave-lymph-node.arrest.extravasate.spread.adapt.initiate.grow-at-once.expand.evade-nk.killed-by-t-cells&niche=0&sting=0',
			12,
			'Be killed by T cells',
			['tCellsAct']
		],
		[
			'a waking cell growing out with STING exposing it',
			`at=micrometastasis&path=${DORMANT}.awaken.grow-out&inflammation=1`,
			10,
			'Grow into a micrometastasis',
			['notStingExposed']
		],
		[
			'a lesion gaining vessels under the factors that stalled it (a change on the way is needed)',
			`at=micrometastasis&path=${DORMANT}.awaken.grow-out.held-in-check.vascular-switch&inflammation=1&sting=0`,
			12,
			'Gain a blood supply',
			['bloodSupply']
		]
	] as const)('stops at %s', (_name, query, step, title, unmet) => {
		const { view: v, notices } = decode(query);
		const allowed = new URLSearchParams(query)
			.get('path')!
			.split('.')
			.slice(0, step - 1);
		expect(v.path).toEqual(allowed);
		const reasons = unmet.map((id) => CONDITIONS[id].unmet).join(' ');
		const showing =
			step > 1
				? `Showing the journey up to step ${step - 1} instead.`
				: 'Showing the start of the cascade instead.';
		const past = step > 1 ? ` past step ${step - 1}` : '';
		expect(notices).toEqual([
			`This link’s path could not be followed${past}: step ${step}, “${title}”, was closed at that point. ${reasons} ${showing}`
		]);
		// What is shown is itself a link that opens without a notice.
		expect(decode(encodeView(v).slice(1))).toEqual({ view: v, notices: [] });
	});

	it.each([
		[
			'a change after a step is written after it, and replayed there',
			`at=awakening&path=${DORMANT}.inflammation:1.awaken`,
			{
				stateId: 'awakening',
				path: [...TO_DORMANT, 'awaken'],
				factors: { inflammation: true },
				startFactors: {},
				changes: [{ step: 8, key: 'inflammation', value: true }]
			}
		],
		[
			'a lesion that stalled and then gained vessels',
			`at=micrometastasis&path=${DORMANT}.awaken.grow-out.held-in-check.niche:0.vascular-switch&inflammation=1&sting=0`,
			{
				stateId: 'micrometastasis',
				path: [...TO_DORMANT, 'awaken', 'grow-out', 'held-in-check', 'vascular-switch'],
				factors: { inflammation: true, sting: false, perivascularNiche: false },
				startFactors: { inflammation: true, sting: false },
				changes: [{ step: 11, key: 'perivascularNiche', value: false }]
			}
		],
		[
			'several changes, of every kind of factor, after the last step',
			'at=localInvasion&path=invade.organ:liver.emt:mesenchymal.nk:0',
			{
				stateId: 'localInvasion',
				path: ['invade'],
				factors: { organ: 'liver', emt: 'mesenchymal', nkActive: false },
				startFactors: {},
				changes: [
					{ step: 1, key: 'organ', value: 'liver' },
					{ step: 1, key: 'emt', value: 'mesenchymal' },
					{ step: 1, key: 'nkActive', value: false }
				]
			}
		]
	] as const)('round-trips %s', (_name, query, want) => {
		const { view: v, notices } = decode(query);
		expect(notices).toEqual([]);
		expect(v).toEqual({
			...want,
			path: [...want.path],
			factors: { ...DEFAULT_FACTORS, ...want.factors },
			startFactors: { ...DEFAULT_FACTORS, ...want.startFactors },
			changes: [...want.changes]
		});
		expect(encodeView(v)).toBe(`?${query}`);
	});

	it.each([
		[
			'a change before the first step, as a starting factor',
			'path=organ:bone.invade',
			'?at=localInvasion&path=invade&organ=bone'
		],
		[
			'a change undone before the next step, as nothing',
			'path=invade.nk:0.nk:1.intravasate',
			'?at=circulation&path=invade.intravasate'
		],
		[
			'a change to the value in force, as nothing',
			'path=invade.organ:lung',
			'?at=localInvasion&path=invade'
		],
		[
			'two changes of one factor, as the last',
			'path=invade.organ:bone.nk:0.organ:brain',
			'?at=localInvasion&path=invade.nk:0.organ:brain'
		],
		['a change spelled with %3A', 'path=invade.nk%3A0', '?at=localInvasion&path=invade.nk:0']
	])(
		'opens the same journey written another way, and writes it back shortest: %s',
		(_name, query, written) => {
			const { view: v, notices } = decode(query);
			expect(notices).toEqual([]);
			expect(encodeView(v)).toBe(written);
		}
	);

	it.each([
		['path=invade.nk:2.intravasate', 1, '“nk:2”'],
		['path=invade.spleen:1', 1, '“spleen:1”'],
		['path=nk:.invade', 0, '“nk:”'],
		['path=invade.:0', 1, '“:0”'],
		['path=invade.__proto__:1', 1, '“__proto__:1”'],
		['path=invade.NK:0', 1, '“NK:0”']
	])('stops at a change it cannot read, %j, and says which', (query, steps, quoted) => {
		const { view: v, notices } = decode(query);
		expect(v.path).toEqual(['invade'].slice(0, steps));
		expect(v.factors).toEqual(DEFAULT_FACTORS);
		expect(notices).toEqual([
			`This link’s path could not be followed${steps ? ' past step 1' : ''}: ${quoted} is not a change of a factor this explorer knows. ${steps ? 'Showing the journey up to step 1 instead.' : 'Showing the start of the cascade instead.'}`
		]);
	});

	it('no transition id can be read as a factor change (ids never contain the mark)', () => {
		for (const id of TRANSITION_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
		expect(CHANGE_MARK).toBe(':');
	});

	// Model-based: the walks generated from the statechart, some starting from a journey with a
	// change of factors on the way; every view they reach round-trips, with its record of changes.
	it('every view the generated walks reach, factor changes included, is a link that replays it exactly', () => {
		let withChanges = 0;
		for (const walk of allWalks()) {
			const actor = actorAt(walk.start).start();
			for (const step of ['', ...walk.steps]) {
				if (step) actor.send({ type: step as TransitionId });
				const v = viewOf(actor.getSnapshot());
				const query = encodeView(v);
				expect(decode(query.slice(1)), query).toEqual({ view: v, notices: [] });
				if (v.changes.length > 0) withChanges++;
			}
			actor.stop();
		}
		expect(withChanges).toBeGreaterThan(0);
	});
});

describe('what a link may carry', () => {
	it('reads a parameter of 4000 characters and refuses one of 4001, naming it', () => {
		const at4000 = decode(`organ=${'x'.repeat(4000)}`);
		expect(at4000.notices).toHaveLength(1);
		expect(at4000.notices[0]).toMatch(/not one of its choices/);
		const at4001 = decode(`organ=liver&nk=0&zzz=${'x'.repeat(4001)}`);
		expect(at4001.view).toEqual(START_VIEW);
		expect(at4001.notices).toEqual([
			'The link is too long to read (parameter “zzz”); showing the start of the cascade.'
		]);
	});

	it.each([
		['40 characters are quoted whole', 'a'.repeat(40), `“${'a'.repeat(40)}”`],
		['41 are cut to 40 and an ellipsis', 'a'.repeat(41), `“${'a'.repeat(40)}…”`],
		['emoji count as one character each', '🦠'.repeat(41), `“${'🦠'.repeat(40)}…”`],
		['control characters are dropped before counting', `${'\u0001\u009f'.repeat(30)}ok`, '“ok”'],
		['bidirectional overrides are dropped', 'ab\u202ecd\u2066e\u200ff', '“abcdef”'],
		['ordinary punctuation stays', 'a b-c_d!', '“a b-c_d!”']
	])('quotes untrusted text: %s', (_name, raw, quoted) => {
		const { notices } = decode(new URLSearchParams({ organ: raw }).toString());
		expect(notices[0]).toBe(
			`The link set “Target organ” to ${quoted}, which is not one of its choices; the default is used.`
		);
	});
});
