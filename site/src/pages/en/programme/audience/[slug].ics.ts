// /en/programme/audience/<English audience slug>.ics: one audience's calendar, in English.
export { GET, getStaticPaths } from '../../../agenda/public/[slug].ics';
