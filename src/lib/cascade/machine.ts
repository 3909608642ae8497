/**
 * The invasion–metastasis cascade as an XState v5 statechart: one disseminating carcinoma cell
 * (or cluster) and the stages of Lambert, Zhang & Weinberg (2024). Every transition's event type
 * is its stable id; guards and actions are named in `setup` and built from ./conditions.
 */
import { assign, setup } from 'xstate';
import { guardHolds, type GuardName } from './conditions';
import { situationOf } from './situation';
import { DEFAULT_FACTORS, isFactorValue, type FactorKey, type Factors } from './factors';
import { recordChange, type FactorChange } from './journey';

export const TRANSITION_IDS = [
	'invade',
	'invade-collectively',
	'disseminate-early',
	'intravasate',
	'enter-lymphatics',
	'leave-lymph-node',
	'die-in-circulation',
	'arrest',
	'extravasate',
	'killed-in-vessel',
	'spread',
	'fail-to-settle',
	'adapt',
	'succumb-to-stress',
	'initiate',
	'undergo-met',
	'enter-dormancy',
	'dormancy-programme',
	'grow-at-once',
	'awaken',
	'die-while-dormant',
	'cleared-while-dormant',
	'return-to-dormancy',
	'grow-out',
	'killed-on-waking',
	'held-in-check',
	'vascular-switch',
	'die-out',
	'expand',
	'evade-nk',
	'killed-by-nk',
	'evade-t-cells',
	'killed-by-t-cells',
	'immune-equilibrium',
	'released',
	'cleared'
] as const;

export type TransitionId = (typeof TRANSITION_IDS)[number];

export type SetFactorEvent = {
	[K in FactorKey]: { type: 'setFactor'; key: K; value: Factors[K] };
}[FactorKey];

export type CascadeEvent = { type: TransitionId } | SetFactorEvent | { type: 'reset' };

export interface CascadeContext {
	/** The factors in force now (guards read them). */
	factors: Factors;
	/** The transitions taken since the start, oldest first (drives Back and the URL). */
	history: TransitionId[];
	/** The factors in force at the start (see ./journey). */
	startFactors: Factors;
	/** Factors changed on the way, oldest first, so that a link replays the journey (see ./journey). */
	changes: FactorChange[];
}

export interface CascadeInput {
	factors?: Partial<Factors>;
}

function guardFor(name: GuardName) {
	return ({ context }: { context: CascadeContext }) =>
		guardHolds(name, situationOf(context.factors, context.history));
}

const step = <T extends string>(target: T, guard?: GuardName) =>
	guard
		? { target, guard, actions: 'recordStep' as const }
		: { target, actions: 'recordStep' as const };

export const cascadeMachine = setup({
	types: {
		context: {} as CascadeContext,
		events: {} as CascadeEvent,
		input: {} as CascadeInput
	},
	guards: {
		canInvadeAlone: guardFor('canInvadeAlone'),
		canInvadeAsCluster: guardFor('canInvadeAsCluster'),
		canFailToSettle: guardFor('canFailToSettle'),
		canInitiate: guardFor('canInitiate'),
		needsMet: guardFor('needsMet'),
		nicheImposesDormancy: guardFor('nicheImposesDormancy'),
		canGrowAtOnce: guardFor('canGrowAtOnce'),
		canAwaken: guardFor('canAwaken'),
		canFallBack: guardFor('canFallBack'),
		immuneFindsDormantCell: guardFor('immuneFindsDormantCell'),
		canGrowOut: guardFor('canGrowOut'),
		stingExposesWakingCell: guardFor('stingExposesWakingCell'),
		hasBloodSupply: guardFor('hasBloodSupply'),
		lacksBloodSupply: guardFor('lacksBloodSupply'),
		nkAttacks: guardFor('nkAttacks'),
		nkHoldsOff: guardFor('nkHoldsOff'),
		tCellsAct: guardFor('tCellsAct'),
		tCellsFail: guardFor('tCellsFail'),
		isValidFactor: ({ event }) =>
			event.type === 'setFactor' && isFactorValue(event.key, event.value)
	},
	actions: {
		recordStep: assign({
			history: ({ context, event }) => [...context.history, event.type as TransitionId]
		}),
		setFactor: assign(({ context, event }) => {
			if (event.type !== 'setFactor') return {};
			return {
				factors: { ...context.factors, [event.key]: event.value },
				...recordChange(context, context.history.length, event.key, event.value)
			};
		}),
		/** Start again: the factors in force now become the starting factors. */
		clearHistory: assign(({ context }) => ({
			history: [],
			startFactors: { ...context.factors },
			changes: []
		}))
	}
}).createMachine({
	id: 'cascade',
	context: ({ input }) => {
		const factors = { ...DEFAULT_FACTORS, ...(input.factors ?? {}) };
		return { factors, history: [], startFactors: { ...factors }, changes: [] };
	},
	initial: 'dissemination',
	on: {
		setFactor: { guard: 'isValidFactor', actions: 'setFactor' },
		reset: { target: '#primaryTumour', actions: 'clearHistory' }
	},
	states: {
		dissemination: {
			initial: 'primaryTumour',
			states: {
				primaryTumour: {
					id: 'primaryTumour',
					on: {
						invade: step('#localInvasion', 'canInvadeAlone'),
						'invade-collectively': step('#localInvasion', 'canInvadeAsCluster'),
						'disseminate-early': step('#circulation', 'canInvadeAlone')
					}
				},
				localInvasion: {
					id: 'localInvasion',
					on: { intravasate: step('#circulation'), 'enter-lymphatics': step('#lymphNode') }
				},
				lymphNode: { id: 'lymphNode', on: { 'leave-lymph-node': step('#circulation') } },
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
						'killed-in-vessel': step('#innateKilling', 'nkAttacks')
					}
				}
			}
		},
		survival: {
			initial: 'seeding',
			states: {
				seeding: {
					id: 'seeding',
					on: {
						spread: step('#spreading'),
						'fail-to-settle': step('#failedToAdapt', 'canFailToSettle')
					}
				},
				spreading: {
					id: 'spreading',
					on: { adapt: step('#adapting'), 'succumb-to-stress': step('#failedToAdapt') }
				},
				adapting: {
					id: 'adapting',
					on: {
						initiate: step('#initiating', 'canInitiate'),
						'undergo-met': step('#initiating', 'needsMet')
					}
				},
				initiating: {
					id: 'initiating',
					on: {
						'enter-dormancy': step('#solitary', 'nicheImposesDormancy'),
						'dormancy-programme': step('#solitary'),
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
						'die-while-dormant': step('#failedToAdapt'),
						'cleared-while-dormant': step('#immuneClearance', 'immuneFindsDormantCell')
					}
				},
				balanced: {
					id: 'balanced',
					on: { 'vascular-switch': step('#micrometastasis', 'hasBloodSupply') }
				},
				equilibrium: {
					id: 'equilibrium',
					on: {
						released: step('#macrometastasis', 'tCellsFail'),
						cleared: step('#tCellKilling', 'tCellsAct')
					}
				}
			}
		},
		reactivation: {
			initial: 'awakening',
			states: {
				awakening: {
					id: 'awakening',
					on: {
						'grow-out': step('#micrometastasis', 'canGrowOut'),
						'killed-on-waking': step('#immuneClearance', 'stingExposesWakingCell'),
						'return-to-dormancy': step('#solitary', 'canFallBack')
					}
				},
				micrometastasis: {
					id: 'micrometastasis',
					on: {
						expand: step('#innateEscape', 'hasBloodSupply'),
						'held-in-check': step('#balanced', 'lacksBloodSupply'),
						'die-out': step('#failedToAdapt')
					}
				}
			}
		},
		immuneEscape: {
			initial: 'innateEscape',
			states: {
				innateEscape: {
					id: 'innateEscape',
					on: {
						'evade-nk': step('#adaptiveEscape', 'nkHoldsOff'),
						'killed-by-nk': step('#innateKilling', 'nkAttacks')
					}
				},
				adaptiveEscape: {
					id: 'adaptiveEscape',
					on: {
						'evade-t-cells': step('#macrometastasis', 'tCellsFail'),
						'killed-by-t-cells': step('#tCellKilling', 'tCellsAct'),
						'immune-equilibrium': step('#equilibrium', 'tCellsAct')
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
				tCellKilling: { id: 'tCellKilling' },
				immuneClearance: { id: 'immuneClearance' }
			}
		}
	}
});

export type CascadeMachine = typeof cascadeMachine;
