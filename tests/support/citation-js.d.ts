/**
 * The little of citation-js the tests use to read exports back (it ships no types): parse input
 * of a forced type, or CSL-JSON, into CSL-JSON items.
 */
declare module '@citation-js/core' {
	export class Cite {
		static async(data: unknown, options?: { forceType?: string }): Promise<Cite>;
		data: unknown[];
	}
}
declare module '@citation-js/plugin-ris';
