/**
 * The running machine's memory: the factors it starts with, changes of factor wherever the cell
 * is, the steps it records, and starting again.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { DEFAULT_FACTORS } from '../src/lib/cascade/factors';
import { cascadeMachine } from '../src/lib/cascade/machine';
import { viewOf } from '../src/lib/cascade/session';

const start = (factors?: object) => createActor(cascadeMachine, { input: factors ? { factors } : {} }).start();

describe('the machine’s context', () => {
	it('starts with the defaults, or with the factors given over them', () => {
		expect(viewOf(start().getSnapshot())).toEqual({ stateId: 'primaryTumour', path: [], factors: DEFAULT_FACTORS });
		expect(viewOf(start({ organ: 'bone', sting: false }).getSnapshot()).factors).toEqual({ ...DEFAULT_FACTORS, organ: 'bone', sting: false });
	});

	it('records each step taken, in order, and not a step refused', () => {
		const actor = start({ emt: 'epithelial' });
		for (const type of ['invade', 'invade-collectively', 'enter-lymphatics', 'arrest', 'leave-lymph-node'] as const) actor.send({ type });
		expect(viewOf(actor.getSnapshot())).toMatchObject({ stateId: 'circulation', path: ['invade-collectively', 'enter-lymphatics', 'leave-lymph-node'] });
	});

	it('changes one factor at a time, anywhere, even at an outcome, and keeps the path', () => {
		const actor = start();
		for (const type of ['invade', 'intravasate', 'die-in-circulation'] as const) actor.send({ type });
		actor.send({ type: 'setFactor', key: 'emt', value: 'mesenchymal' });
		actor.send({ type: 'setFactor', key: 'nkActive', value: false });
		expect(viewOf(actor.getSnapshot())).toEqual({
			stateId: 'anoikis',
			path: ['invade', 'intravasate', 'die-in-circulation'],
			factors: { ...DEFAULT_FACTORS, emt: 'mesenchymal', nkActive: false }
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
		for (const type of ['invade', 'intravasate', 'arrest', 'extravasate'] as const) actor.send({ type });
		actor.send({ type: 'reset' });
		expect(viewOf(actor.getSnapshot())).toEqual({ stateId: 'primaryTumour', path: [], factors: { ...DEFAULT_FACTORS, surgery: true } });
		actor.send({ type: 'invade' });
		expect(viewOf(actor.getSnapshot()).path).toEqual(['invade']);
	});
});
