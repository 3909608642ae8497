/**
 * The invasion–metastasis cascade as an XState v5 statechart: one disseminating carcinoma cell
 * (or cluster) and the stages of Lambert, Zhang & Weinberg (2024). Every transition's event type
 * is its stable id; guards and actions are named in `setup` and built from ./conditions.
 */
import { assign, setup } from 'xstate';
import { guardHolds, type GuardName } from './conditions';
import { DEFAULT_FACTORS, isFactorValue, type FactorKey, type Factors } from './factors';

export const TRANSITION_IDS = [
	'invade',
	'intravasate',
	'die-in-circulation',
	'arrest',
	'extravasate',
	'killed-in-vessel',
	'spread',
	'fail-to-settle',
	'adapt',
	'succumb-to-stress',
	'initiate',
	'enter-dormancy',
	'grow-at-once',
	'awaken',
	'die-while-dormant',
	'return-to-dormancy',
	'grow-out',
	'held-in-check',
	'released',
	'expand',
	'evade-nk',
	'killed-by-nk',
	'evade-t-cells',
	'killed-by-t-cells',
	'immune-equilibrium'
] as const;

export type TransitionId = (typeof TRANSITION_IDS)[number];

export type SetFactorEvent = {
	[K in FactorKey]: { type: 'setFactor'; key: K; value: Factors[K] };
}[FactorKey];

export type CascadeEvent = { type: TransitionId } | SetFactorEvent | { type: 'reset' };

export interface CascadeContext {
	factors: Factors;
	/** The transitions taken since the start, oldest first (drives Back and the URL). */
	history: TransitionId[];
}

export interface CascadeInput {
	factors?: Partial<Factors>;
}

function guardFor(name: GuardName) {
	return ({ context }: { context: CascadeContext }) => guardHolds(name, context.factors);
}

const step = <T extends string>(target: T, guard?: GuardName) =>
	guard ? { target, guard, actions: 'recordStep' as const } : { target, actions: 'recordStep' as const };

export const cascadeMachine = setup({
	types: {
		context: {} as CascadeContext,
		events: {} as CascadeEvent,
		input: {} as CascadeInput
	},
	guards: {
		canInvade: guardFor('canInvade'),
		canInitiate: guardFor('canInitiate'),
		canGrowAtOnce: guardFor('canGrowAtOnce'),
		canAwaken: guardFor('canAwaken'),
		controlReleased: guardFor('controlReleased'),
		nkCanKill: guardFor('nkCanKill'),
		escapesNk: guardFor('escapesNk'),
		escapesTCells: guardFor('escapesTCells'),
		tCellsCanAct: guardFor('tCellsCanAct'),
		isValidFactor: ({ event }) => event.type === 'setFactor' && isFactorValue(event.key, event.value)
	},
	actions: {
		recordStep: assign({
			history: ({ context, event }) => [...context.history, event.type as TransitionId]
		}),
		setFactor: assign({
			factors: ({ context, event }) =>
				event.type === 'setFactor' ? { ...context.factors, [event.key]: event.value } : context.factors
		}),
		clearHistory: assign({ history: () => [] })
	}
}).createMachine({
	id: 'cascade',
	context: ({ input }) => ({
		factors: { ...DEFAULT_FACTORS, ...(input.factors ?? {}) },
		history: []
	}),
	initial: 'dissemination',
	on: {
		setFactor: { guard: 'isValidFactor', actions: 'setFactor' },
		reset: { target: '#primaryTumour', actions: 'clearHistory' }
	},
	states: {
		dissemination: {
			initial: 'primaryTumour',
			states: {
				primaryTumour: { id: 'primaryTumour', on: { invade: step('#localInvasion', 'canInvade') } },
				localInvasion: { id: 'localInvasion', on: { intravasate: step('#circulation') } },
				circulation: {
					id: 'circulation',
					on: {
						arrest: step('#arrest'),
						'die-in-circulation': step('#anoikis')
					}
				},
				arrest: {
					id: 'arrest',
					on: {
						extravasate: step('#seeding'),
						'killed-in-vessel': step('#innateKilling', 'nkCanKill')
					}
				}
			}
		},
		survival: {
			initial: 'seeding',
			states: {
				seeding: {
					id: 'seeding',
					on: { spread: step('#spreading'), 'fail-to-settle': step('#failedToAdapt') }
				},
				spreading: {
					id: 'spreading',
					on: { adapt: step('#adapting'), 'succumb-to-stress': step('#failedToAdapt') }
				},
				adapting: { id: 'adapting', on: { initiate: step('#initiating', 'canInitiate') } },
				initiating: {
					id: 'initiating',
					on: {
						'enter-dormancy': step('#solitary'),
						'grow-at-once': step('#micrometastasis', 'canGrowAtOnce')
					}
				}
			}
		},
		dormancy: {
			initial: 'solitary',
			states: {
				solitary: {
					id: 'solitary',
					on: {
						awaken: step('#awakening', 'canAwaken'),
						'die-while-dormant': step('#failedToAdapt')
					}
				},
				balanced: {
					id: 'balanced',
					on: { released: step('#micrometastasis', 'controlReleased') }
				}
			}
		},
		reactivation: {
			initial: 'awakening',
			states: {
				awakening: {
					id: 'awakening',
					on: { 'grow-out': step('#micrometastasis'), 'return-to-dormancy': step('#solitary') }
				},
				micrometastasis: {
					id: 'micrometastasis',
					on: { expand: step('#innateEscape'), 'held-in-check': step('#balanced') }
				}
			}
		},
		immuneEscape: {
			initial: 'innateEscape',
			states: {
				innateEscape: {
					id: 'innateEscape',
					on: {
						'evade-nk': step('#adaptiveEscape', 'escapesNk'),
						'killed-by-nk': step('#innateKilling', 'nkCanKill')
					}
				},
				adaptiveEscape: {
					id: 'adaptiveEscape',
					on: {
						'evade-t-cells': step('#macrometastasis', 'escapesTCells'),
						'killed-by-t-cells': step('#tCellKilling', 'tCellsCanAct'),
						'immune-equilibrium': step('#balanced', 'tCellsCanAct')
					}
				}
			}
		},
		macrometastasis: { id: 'macrometastasis', tags: ['outcome'] },
		eliminated: {
			initial: 'anoikis',
			tags: ['outcome'],
			states: {
				anoikis: { id: 'anoikis' },
				innateKilling: { id: 'innateKilling' },
				failedToAdapt: { id: 'failedToAdapt' },
				tCellKilling: { id: 'tCellKilling' }
			}
		}
	}
});

export type CascadeMachine = typeof cascadeMachine;
