// /en/programme/place/<slug>.ics: one place's calendar, in English.
export { GET, getStaticPaths } from '../../../agenda/lieu/[slug].ics';
