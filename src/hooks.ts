import type { Reroute } from '@sveltejs/kit';

/**
 * In an LMS package only (see src/app.d.ts): an LMS serves the package's files as they are, so a
 * page is opened by its file's name (`missions/three-immune-deaths.html`, `index.html`). The
 * router reads such an address as the page's own route; the address itself is kept.
 */
export const reroute: Reroute = ({ url }) => {
	if (!__MCE_SCORM__) return;
	const path = url.pathname;
	if (path.endsWith('/index.html')) return path.slice(0, -'index.html'.length);
	if (path.endsWith('.html')) return path.slice(0, -'.html'.length);
};
