/**
 * The population model is the statechart itself, read as a Markov chain: one time step, a cell
 * waiting in a state takes each open way with that way's chance (see ../content/population.ts)
 * and otherwise stays. "Open" is decided by the machine's own guards, on the same situation the
 * single-cell view uses (../cascade/situation): the factors, plus what the path has changed (a
 * MET, a lymph node). So the chain's nodes are a state together with those path-made changes,
 * found by walking the machine's transitions from the start. Nothing here names a state or a
 * transition: a new transition in the machine enters the chain through its rate row alone.
 */
import type { Factors } from '../cascade/factors';
import { situationOf } from '../cascade/situation';

export interface ChainState {
	id: string;
	stage: string;
}

export interface ChainTransition {
	id: string;
	from: string;
	to: string;
}

/** The statechart's structure and how it decides which ways are open. */
export interface ChainGraph {
	states: readonly ChainState[];
	transitions: readonly ChainTransition[];
	initial: string;
	/** Whether a transition is open under these factors after this path (the machine's guard). */
	isOpen: (transition: ChainTransition, factors: Factors, path: readonly string[]) => boolean;
}

export interface Way {
	transition: string;
	/** The node it leads to. */
	to: number;
	p: number;
}

export interface ChainNode {
	/** The machine's state. */
	state: string;
	/** What the path has changed in the situation, e.g. "emtNow=hybrid;viaLymphNode=true". */
	variant: string;
	/** One path that reaches it (for the guards). */
	path: readonly string[];
	/** The open ways out, with their chances. */
	ways: Way[];
	/** The chance of staying put for a step. */
	stay: number;
}

export interface Chain {
	nodes: ChainNode[];
	/** The node the cohort starts in (always 0). */
	start: number;
	/** The machine's states, in the machine's order; `stateIndex[node]` is a node's state. */
	states: readonly ChainState[];
	stateIndex: Int32Array;
	transitions: readonly ChainTransition[];
	/** `transitionIndex.get(id)` is a transition's position in `transitions`. */
	transitionIndex: Map<string, number>;
}

/** The path-made part of the situation, as a stable key. */
function variantOf(factors: Factors, path: readonly string[]): string {
	const situation = situationOf(factors, path) as unknown as Record<string, unknown>;
	return Object.keys(situation)
		.filter((k) => !(k in factors))
		.sort()
		.map((k) => `${k}=${String(situation[k])}`)
		.join(';');
}

/**
 * Builds the chain for these factors and rates. Every open transition has a rate (checked by
 * ./params before); a way with chance 0 is left out, so it carries no cells.
 */
export function buildChain(
	graph: ChainGraph,
	factors: Factors,
	rates: ReadonlyMap<string, number>
): Chain {
	const nodes: ChainNode[] = [];
	const byKey = new Map<string, number>();
	const stateIds = new Map(graph.states.map((s, i) => [s.id, i]));
	const add = (state: string, path: readonly string[]): number => {
		const variant = variantOf(factors, path);
		const key = `${state}|${variant}`;
		const known = byKey.get(key);
		if (known !== undefined) return known;
		byKey.set(key, nodes.length);
		nodes.push({ state, variant, path, ways: [], stay: 1 });
		return nodes.length - 1;
	};
	add(graph.initial, []);
	for (let i = 0; i < nodes.length; i++) {
		const node = nodes[i]!;
		let out = 0;
		for (const t of graph.transitions) {
			if (t.from !== node.state || !graph.isOpen(t, factors, node.path)) continue;
			const p = rates.get(t.id);
			if (p === undefined) throw new Error(`Population rates: transition “${t.id}” has no rate.`);
			if (p <= 0) continue;
			const to = add(t.to, [...node.path, t.id]);
			nodes[i]!.ways.push({ transition: t.id, to, p });
			out += p;
		}
		node.stay = Math.max(0, 1 - out);
	}
	const stateIndex = Int32Array.from(nodes, (n) => {
		const s = stateIds.get(n.state);
		if (s === undefined) throw new Error(`Population chain: unknown state “${n.state}”.`);
		return s;
	});
	return {
		nodes,
		start: 0,
		states: graph.states,
		stateIndex,
		transitions: graph.transitions,
		transitionIndex: new Map(graph.transitions.map((t, i) => [t.id, i]))
	};
}

export interface Expected {
	/** `byState[step * states + s]`: expected share of the cohort in state s after `step` steps. */
	byState: Float64Array;
	/** Expected share of the cohort that took each transition by the horizon, by transition index. */
	flows: Float64Array;
}

/**
 * The exact expected course of the cohort over `steps` steps: the start distribution pushed
 * through the chain step by step (the absorbing chain's transient analysis). Shares of one.
 */
export function expectedCourse(chain: Chain, steps: number): Expected {
	const S = chain.states.length;
	const byState = new Float64Array((steps + 1) * S);
	const flows = new Float64Array(chain.transitions.length);
	let now = new Float64Array(chain.nodes.length);
	let next = new Float64Array(chain.nodes.length);
	now[chain.start] = 1;
	const record = (step: number) => {
		for (let i = 0; i < now.length; i++) byState[step * S + chain.stateIndex[i]!]! += now[i]!;
	};
	record(0);
	// Flat arrays of the ways, so that the loop below does no lookups.
	const from: number[] = [];
	const to: number[] = [];
	const p: number[] = [];
	const flow: number[] = [];
	chain.nodes.forEach((node, i) =>
		node.ways.forEach((way) => {
			from.push(i);
			to.push(way.to);
			p.push(way.p);
			flow.push(chain.transitionIndex.get(way.transition)!);
		})
	);
	const stay = chain.nodes.map((node) => node.stay);
	for (let step = 1; step <= steps; step++) {
		for (let i = 0; i < now.length; i++) next[i] = now[i]! * stay[i]!;
		for (let w = 0; w < from.length; w++) {
			const moved = now[from[w]!]! * p[w]!;
			next[to[w]!]! += moved;
			flows[flow[w]!]! += moved;
		}
		[now, next] = [next, now];
		record(step);
	}
	return { byState, flows };
}

/**
 * Where the cohort ends in the long run: for each state in which cells stop (an outcome, or a
 * state whose open ways all have chance 0), the probability that a cell ends there. Solved
 * exactly as an absorbing chain, B = (I − Q)⁻¹R, by Gaussian elimination. Cells caught in a
 * loop with no way out would never stop; their share is reported as `never`.
 */
export function longRun(chain: Chain): { byState: Float64Array; never: number } {
	const n = chain.nodes.length;
	const absorbing = chain.nodes.map((node) => node.stay >= 1);
	// Nodes from which some absorbing node can be reached.
	const reaches = absorbing.slice();
	for (let changed = true; changed;) {
		changed = false;
		for (let i = 0; i < n; i++)
			if (!reaches[i] && chain.nodes[i]!.ways.some((w) => reaches[w.to])) {
				reaches[i] = true;
				changed = true;
			}
	}
	const transient = chain.nodes.map((_, i) => i).filter((i) => !absorbing[i] && reaches[i]);
	const ends = chain.nodes.map((_, i) => i).filter((i) => absorbing[i]);
	const byState = new Float64Array(chain.states.length);
	if (absorbing[chain.start]) {
		byState[chain.stateIndex[chain.start]!] = 1;
		return { byState, never: 0 };
	}
	if (!reaches[chain.start]) return { byState, never: 1 };
	// (I − Q) x = R, for every absorbing node as a column; solved together.
	const row = new Map(transient.map((node, r) => [node, r]));
	const col = new Map(ends.map((node, c) => [node, c]));
	const m = transient.length;
	const k = ends.length;
	const A = transient.map(() => new Float64Array(m + k));
	transient.forEach((node, r) => {
		const a = A[r]!;
		a[r] = 1 - chain.nodes[node]!.stay;
		for (const way of chain.nodes[node]!.ways) {
			const inner = row.get(way.to);
			if (inner !== undefined) a[inner]! -= way.p;
			const end = col.get(way.to);
			if (end !== undefined) a[m + end]! += way.p;
		}
	});
	for (let c = 0; c < m; c++) {
		let pivot = c;
		for (let r = c + 1; r < m; r++) if (Math.abs(A[r]![c]!) > Math.abs(A[pivot]![c]!)) pivot = r;
		[A[c], A[pivot]] = [A[pivot]!, A[c]!];
		const top = A[c]!;
		const d = top[c]!;
		for (let j = c; j < m + k; j++) top[j]! /= d;
		for (let r = 0; r < m; r++) {
			if (r === c) continue;
			const f = A[r]![c]!;
			if (f === 0) continue;
			const a = A[r]!;
			for (let j = c; j < m + k; j++) a[j]! -= f * top[j]!;
		}
	}
	const startRow = A[row.get(chain.start)!]!;
	let total = 0;
	ends.forEach((node, c) => {
		const p = startRow[m + c]!;
		byState[chain.stateIndex[node]!]! += p;
		total += p;
	});
	return { byState, never: Math.max(0, 1 - total) };
}
