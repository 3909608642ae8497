/**
 * The population view's Web Worker: runs the cohort off the main thread, so the page never
 * stalls, even for 10⁹ cells over 2,000 weeks. One message in (a PopulationRequest), one out (a
 * PopulationResult, its arrays transferred), or `{ id, error }` if the request could not be run.
 */
/// <reference lib="webworker" />
import { runPopulation, transferables, type PopulationRequest } from './run';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<PopulationRequest>) => {
	const id = event.data?.id ?? -1;
	try {
		const result = runPopulation(event.data);
		scope.postMessage(result, transferables(result));
	} catch (error) {
		scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
};
