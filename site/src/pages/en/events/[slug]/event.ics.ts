// /en/events/<slug>/event.ics: « Add to my calendar » of an English event page.
export { GET, getStaticPaths } from '../../../evenements/[slug]/evenement.ics';
