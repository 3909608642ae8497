/**
 * A QR code of a link as one SVG path, for the share dialog (projected to a room of phones).
 * The encoder is uqr (MIT, no dependencies); this module is only ever loaded with import() when
 * the dialog opens, so the explorer's first load does not carry it.
 */
import { encode } from 'uqr';

export interface QrDrawing {
	/** Width and height in modules, the quiet zone included. */
	size: number;
	/** The dark modules, as unit squares: one "M x y h n v 1 h -n z" per run of a row. */
	path: string;
}

/** The quiet zone the standard asks for, in modules. */
export const QUIET_ZONE = 4;

/** The dark modules of a matrix as a path; runs along a row are one rectangle. */
export function modulesPath(modules: readonly (readonly boolean[])[], offset = 0): string {
	const parts: string[] = [];
	modules.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const from = x;
			while (x < row.length && row[x]) x++;
			parts.push(`M${from + offset} ${y + offset}h${x - from}v1h-${x - from}z`);
		}
	});
	return parts.join('');
}

/** The QR code of `text` (error correction M: still read from a projector across a room). */
export function qrDrawing(text: string): QrDrawing {
	const qr = encode(text, { ecc: 'M', border: 0 });
	return { size: qr.size + 2 * QUIET_ZONE, path: modulesPath(qr.data, QUIET_ZONE) };
}
