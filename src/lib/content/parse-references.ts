/**
 * Parses the review's numbered reference list (one per line, as the review prints it:
 * "N. Authors. Title. Journal Volume, pages (year).") into structured references.
 * Pure; throws an error naming the line when one does not fit.
 */
import type { Reference } from './types';

const INITIALS = String.raw`(?:[A-Z]\.(?:[ -](?=[A-Z]\.))?)+`;
const AUTHOR = String.raw`[^,&]+?, ${INITIALS}`;
const AUTHOR_LIST = new RegExp(String.raw`^(${AUTHOR}(?:, ${AUTHOR})*(?: & ${AUTHOR})?) (.+)$`);
const ET_AL = /^(.+? et al\.) (.+)$/;
const TAIL = /^(.+?)\. (.+) (\d+), ([^,]+) \((\d{4})\)\.$/;

export function parseReference(line: string): Reference {
	const numbered = /^(\d+)\. (.+)$/.exec(line.trim());
	if (!numbered) throw new Error(`Reference line has no number: "${line}"`);
	const n = Number(numbered[1]);
	const citation = numbered[2]!;
	const authored = ET_AL.exec(citation) ?? AUTHOR_LIST.exec(citation);
	if (!authored) throw new Error(`Reference ${n}: cannot find the authors in "${citation}"`);
	const tail = TAIL.exec(authored[2]!);
	if (!tail) throw new Error(`Reference ${n}: cannot split title, journal, volume, pages and year`);
	return {
		n,
		authors: authored[1]!,
		title: tail[1]!,
		journal: tail[2]!,
		volume: tail[3]!,
		pages: tail[4]!,
		year: Number(tail[5]),
		citation
	};
}

/** Parses the whole list; checks the numbering runs 1, 2, 3 … without gaps. */
export function parseReferences(text: string): Reference[] {
	const lines = text.split('\n').filter((l) => l.trim() !== '');
	return lines.map((line, i) => {
		const ref = parseReference(line);
		if (ref.n !== i + 1)
			throw new Error(`Reference numbering breaks at line ${i + 1}: found ${ref.n}`);
		return ref;
	});
}
