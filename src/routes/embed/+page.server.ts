// The embed view shows the explorer's diagram: the same geometry, laid out at build time.
export { load } from '../+page.server';
