/**
 * A stochastic run of a cohort through the chain: at each step and node, how many of the cells
 * waiting there take each way is one multinomial draw. The cost grows with nodes × steps, not
 * with the number of cells, so 10⁹ cells cost what 10 do.
 */
import type { Chain } from './chain';
import { sampler, seededUniform } from './sampler';

export interface Run {
	cells: number;
	steps: number;
	seed: number;
	/** `byState[step * states + s]`: cells in state s after `step` steps. */
	byState: Float64Array;
	/** Cells that took each transition by the horizon, by transition index. */
	flows: Float64Array;
}

export function simulate(chain: Chain, cells: number, steps: number, seed: number): Run {
	const S = chain.states.length;
	const byState = new Float64Array((steps + 1) * S);
	const flows = new Float64Array(chain.transitions.length);
	const draw = sampler(seed);
	let now = new Float64Array(chain.nodes.length);
	let next = new Float64Array(chain.nodes.length);
	now[chain.start] = cells;
	const chances = chain.nodes.map((node) => node.ways.map((w) => w.p));
	const targets = chain.nodes.map((node) => node.ways.map((w) => w.to));
	const flowIndex = chain.nodes.map((node) =>
		node.ways.map((w) => chain.transitionIndex.get(w.transition)!)
	);
	const counts = new Float64Array(Math.max(1, ...chances.map((c) => c.length)));
	const record = (step: number) => {
		for (let i = 0; i < now.length; i++) byState[step * S + chain.stateIndex[i]!]! += now[i]!;
	};
	record(0);
	for (let step = 1; step <= steps; step++) {
		next.fill(0);
		for (let i = 0; i < now.length; i++) {
			const n = now[i]!;
			if (n === 0) continue;
			const ps = chances[i]!;
			if (ps.length === 0) {
				next[i]! += n;
				continue;
			}
			const stayed = draw.multinomial(n, ps, counts);
			const to = targets[i]!;
			const fi = flowIndex[i]!;
			for (let w = 0; w < ps.length; w++) {
				const k = counts[w]!;
				next[to[w]!]! += k;
				flows[fi[w]!]! += k;
			}
			next[i]! += stayed;
		}
		[now, next] = [next, now];
		record(step);
	}
	return { cells, steps, seed, byState, flows };
}

/**
 * The same run, one cell at a time: each cell draws a uniform number for each of the steps. Kept
 * only as the benchmark's baseline (`npm run bench`) and as a check in the tests; never used by
 * the view. `stopWhenDone` lets a cell stop drawing once it reaches a state with no way out (an
 * outcome), a shortcut a naive loop does not take.
 */
export function simulateOneByOne(
	chain: Chain,
	cells: number,
	steps: number,
	seed: number,
	{ stopWhenDone = false } = {}
): Float64Array {
	const S = chain.states.length;
	const atEnd = new Float64Array(S);
	const uniform = seededUniform(seed);
	for (let c = 0; c < cells; c++) {
		let at = chain.start;
		for (let step = 0; step < steps; step++) {
			const node = chain.nodes[at]!;
			if (stopWhenDone && node.ways.length === 0) break;
			let u = uniform();
			for (const way of node.ways) {
				if (u < way.p) {
					at = way.to;
					break;
				}
				u -= way.p;
			}
		}
		atEnd[chain.stateIndex[at]!]! += 1;
	}
	return atEnd;
}
