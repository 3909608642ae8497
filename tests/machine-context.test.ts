/**
 * The running machine's memory: the factors it starts with, changes of factor wherever the cell
 * is, the steps it records, and starting again.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { DEFAULT_FACTORS } from '../src/lib/cascade/factors';
import { cascadeMachine } from '../src/lib/cascade/machine';
import { startView, viewOf } from '../src/lib/cascade/session';

const start = (factors?: object) =>
	createActor(cascadeMachine, { input: factors ? { factors } : {} }).start();

describe('the machine’s context', () => {
	it('starts with the defaults, or with the factors given over them', () => {
		expect(viewOf(start().getSnapshot())).toEqual(startView(DEFAULT_FACTORS));
		expect(viewOf(start({ organ: 'bone', sting: false }).getSnapshot()).factors).toEqual({
			...DEFAULT_FACTORS,
			organ: 'bone',
			sting: false
		});
	});

	it('records each step taken, in order, and not a step refused', () => {
		const actor = start({ emt: 'epithelial' });
		for (const type of [
			'invade',
			'invade-collectively',
			'enter-lymphatics',
			'arrest',
			'leave-lymph-node'
		] as const)
			actor.send({ type });
		expect(viewOf(actor.getSnapshot())).toMatchObject({
			stateId: 'circulation',
			path: ['invade-collectively', 'enter-lymphatics', 'leave-lymph-node']
		});
	});

	it('changes one factor at a time, anywhere, even at an outcome, and keeps the path', () => {
		const actor = start();
		for (const type of ['invade', 'intravasate', 'die-in-circulation'] as const)
			actor.send({ type });
		actor.send({ type: 'setFactor', key: 'emt', value: 'mesenchymal' });
		actor.send({ type: 'setFactor', key: 'nkActive', value: false });
		expect(viewOf(actor.getSnapshot())).toEqual({
			stateId: 'anoikis',
			path: ['invade', 'intravasate', 'die-in-circulation'],
			factors: { ...DEFAULT_FACTORS, emt: 'mesenchymal', nkActive: false },
			startFactors: DEFAULT_FACTORS,
			changes: [
				{ step: 3, key: 'emt', value: 'mesenchymal' },
				{ step: 3, key: 'nkActive', value: false }
			]
		});
	});

	it('a factor change opens or closes the ways from where the cell is', () => {
		const actor = start();
		actor.send({ type: 'setFactor', key: 'emt', value: 'epithelial' });
		actor.send({ type: 'invade' });
		expect(actor.getSnapshot().value).toEqual({ dissemination: 'primaryTumour' });
		actor.send({ type: 'setFactor', key: 'emt', value: 'hybrid' });
		actor.send({ type: 'invade' });
		expect(actor.getSnapshot().value).toEqual({ dissemination: 'localInvasion' });
	});

	it('starts again from anywhere with an empty path', () => {
		const actor = start({ surgery: true });
		for (const type of ['invade', 'intravasate', 'arrest', 'extravasate'] as const)
			actor.send({ type });
		actor.send({ type: 'reset' });
		expect(viewOf(actor.getSnapshot())).toEqual(startView({ ...DEFAULT_FACTORS, surgery: true }));
		actor.send({ type: 'invade' });
		expect(viewOf(actor.getSnapshot()).path).toEqual(['invade']);
	});
});

/** Events in a short form: a transition id, "reset", or "key=value" for a change of factor. */
function send(actor: ReturnType<typeof start>, events: string[]) {
	for (const e of events) {
		const [key, raw] = e.split('=');
		if (raw === undefined) actor.send({ type: e } as never);
		else
			actor.send({
				type: 'setFactor',
				key,
				value: raw === 'true' ? true : raw === 'false' ? false : raw
			} as never);
	}
}

describe('the machine’s record of factor changes (what a link replays)', () => {
	it.each([
		[
			'a change before any step changes the starting factors',
			['nkActive=false'],
			{ nkActive: false },
			[]
		],
		[
			'a change after a step is recorded after it',
			['invade', 'nkActive=false'],
			{},
			[{ step: 1, key: 'nkActive', value: false }]
		],
		[
			'changing it back before the next step removes it',
			['invade', 'nkActive=false', 'nkActive=true'],
			{},
			[]
		],
		['setting the same value again records nothing', ['invade', 'organ=lung'], {}, []],
		[
			'a second change of one factor replaces the first, at the end',
			['invade', 'nkActive=false', 'organ=bone', 'organ=liver'],
			{},
			[
				{ step: 1, key: 'nkActive', value: false },
				{ step: 1, key: 'organ', value: 'liver' }
			]
		],
		[
			'changes between different steps are kept apart',
			['invade', 'nkActive=false', 'intravasate', 'nkActive=true'],
			{},
			[
				{ step: 1, key: 'nkActive', value: false },
				{ step: 2, key: 'nkActive', value: true }
			]
		],
		[
			'a refused step and a refused change record nothing',
			['emt=epithelial', 'invade', 'organ=spleen', 'nkActive=0'],
			{ emt: 'epithelial' },
			[]
		],
		[
			'Start again makes the factors in force the starting factors',
			['invade', 'nkActive=false', 'intravasate', 'reset'],
			{ nkActive: false },
			[]
		]
	] as const)('%s', (_name, events, start_, changes) => {
		const actor = start();
		send(actor, [...events]);
		const { context } = actor.getSnapshot();
		expect(context.startFactors).toEqual({ ...DEFAULT_FACTORS, ...start_ });
		expect(context.changes).toEqual(changes);
		actor.stop();
	});
});
