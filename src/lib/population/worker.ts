/**
 * The population view's Web Worker: runs the cohort off the main thread, so the page never
 * stalls, even for 10⁹ cells over 2,000 weeks. One message in (a PopulationRequest), one out (a
 * PopulationResult with its reading for the page, a RunView; its arrays transferred), or `{ id, error }` if the request could not be run.
 */
/// <reference lib="webworker" />
import { runPopulation, transferables, type PopulationRequest } from './run';
import { describeRun } from './view';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<PopulationRequest>) => {
	const id = event.data?.id ?? -1;
	try {
		// The worker also reads the run for the page (fates, funnel, series, summary), so that the
		// page's main thread only draws.
		const result = runPopulation(event.data);
		const view = describeRun(result);
		scope.postMessage({ ...result, view }, [
			...transferables(result),
			view.series.dormant.run.buffer,
			view.series.dormant.expected.buffer,
			view.series.metastases.run.buffer,
			view.series.metastases.expected.buffer
		] as ArrayBuffer[]);
	} catch (error) {
		scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
};
