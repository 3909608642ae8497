/**
 * The imsmanifest.xml of a SCORM 1.2 package (scripts/package-scorm.mjs): one organization with
 * one item, launched from one SCO resource that lists every file of the package. Pure.
 */

export interface ManifestInput {
	/** The package's identifier: letters, digits, `-`, `_` and `.`, starting with a letter. */
	identifier: string;
	/** The lesson's title, as the LMS lists it. */
	title: string;
	/** The page the LMS opens, relative to the package's root (one of `files`). */
	launch: string;
	/** Every file of the package except imsmanifest.xml, relative to its root, with `/`. */
	files: readonly string[];
}

const escapeXml = (s: string): string =>
	s
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&apos;');

/** A file's path as a URL reference inside the package: each segment percent-encoded. */
export const fileHref = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/** Why the input cannot make a manifest, or null. */
export function manifestProblem(input: ManifestInput): string | null {
	if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(input.identifier))
		return `The package identifier "${input.identifier}" must start with a letter and hold only letters, digits, "-", "_" and ".".`;
	if (input.title.trim() === '') return 'The package needs a title.';
	if (!input.files.includes(input.launch))
		return `The launch page "${input.launch}" is not among the package's files.`;
	const bad = input.files.find(
		(f) => f === '' || f.startsWith('/') || f.split('/').some((s) => s === '..' || s === '.')
	);
	if (bad !== undefined) return `The file path "${bad}" is not relative to the package's root.`;
	return null;
}

/** The manifest's text; throws with manifestProblem's sentence on input it cannot use. */
export function scormManifest(input: ManifestInput): string {
	const problem = manifestProblem(input);
	if (problem) throw new Error(problem);
	const id = escapeXml(input.identifier);
	const title = escapeXml(input.title);
	const files = [...input.files]
		.sort()
		.map((f) => `      <file href="${escapeXml(fileHref(f))}"/>`)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(fileHref(input.launch))}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
