/**
 * The situation a guard judges: the factors a student set, plus what the cell's own journey has
 * changed. Two things change along the path:
 * - the EMT state: a cell that regains epithelial traits at the distant site (MET, refs 37, 48, 49)
 *   is no longer fully mesenchymal;
 * - tolerance: a cell that passed through a lymph node has taught the immune system to tolerate
 *   the tumour (ref 144), so T cells no longer act against it.
 * Pure: derived from the factors and the transitions taken, never stored, so Back and deep links
 * recompute it exactly.
 */
import type { EmtState, Factors } from './factors';

export interface Situation extends Factors {
	/** The cell's EMT state now. `emt` is the state it started with in the primary tumour. */
	emtNow: EmtState;
	/** The cell spread through a lymph node, which induced tolerance of the tumour (ref 144). */
	viaLymphNode: boolean;
}

/** The steps that change the situation, by transition id. */
export const MET_STEP = 'undergo-met';
export const LYMPH_NODE_STEP = 'enter-lymphatics';

export function situationOf(factors: Factors, path: readonly string[] = []): Situation {
	return {
		...factors,
		emtNow: path.includes(MET_STEP) ? 'hybrid' : factors.emt,
		viaLymphNode: path.includes(LYMPH_NODE_STEP)
	};
}
