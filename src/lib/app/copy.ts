/**
 * Copies text to the clipboard. Where the browser refuses (no permission, an insecure address, an
 * old browser), the field showing the text is focused and selected instead, so that the reader can
 * copy it by hand; the caller says which happened.
 */
export async function copyText(
	text: string,
	field: HTMLInputElement | HTMLTextAreaElement
): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		field.focus();
		field.select();
		return false;
	}
}

/** The polite confirmation after copyText: what was copied, or how to copy it by hand. */
export function copyMessage(copied: boolean, what: string): string {
	return copied
		? `${what} copied to the clipboard.`
		: `${what} could not be copied automatically. It is selected: press Ctrl+C (⌘C on a Mac) to copy it.`;
}
