/**
 * Runs the population model in its Web Worker and holds the latest answer as reactive state. While
 * a run is in the worker, newer requests wait and only the newest is sent next, so dragging a
 * slider never queues up stale runs and the page never waits on the model.
 */
import type { PopulationParams } from '$lib/population/model';
import type { PopulationRequest, PopulationResult } from '$lib/population/run';
import type { RunView } from '$lib/population/view';

/** A run and its reading for the page, as the worker sends them. */
export type ShownRun = PopulationResult & { view: RunView };

export class PopulationRunner {
	result = $state.raw<ShownRun | null>(null);
	error = $state('');
	busy = $state(false);
	#worker: Worker | null = null;
	#next = 0;
	#waiting: PopulationRequest | null = null;
	#inFlight = false;

	#start(): Worker {
		// Vite bundles a worker from exactly this pattern (a plain URL of the module).
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- not state: read once
		const worker = new Worker(new URL('../population/worker.ts', import.meta.url), {
			type: 'module'
		});
		worker.onmessage = (event: MessageEvent<ShownRun | { id: number; error: string }>) => {
			this.#inFlight = false;
			const data = event.data;
			if ('error' in data) this.error = `The model could not run: ${data.error}`;
			else {
				this.error = '';
				this.result = data;
			}
			this.#send();
		};
		worker.onerror = (event) => {
			event.preventDefault();
			this.#inFlight = false;
			this.busy = false;
			this.error =
				'The model could not start in this browser (its Web Worker failed). Reload the page to try again.';
		};
		return worker;
	}

	request(params: PopulationParams): void {
		this.#waiting = {
			id: ++this.#next,
			cells: params.cells,
			steps: params.steps,
			seed: params.seed,
			factors: { ...params.factors },
			rates: [...params.rates]
		};
		this.#send();
	}

	#send(): void {
		if (this.#inFlight) return;
		const request = this.#waiting;
		this.busy = request !== null;
		if (!request) return;
		this.#waiting = null;
		this.#worker ??= this.#start();
		this.#inFlight = true;
		this.#worker.postMessage(request);
	}

	stop(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}
}
