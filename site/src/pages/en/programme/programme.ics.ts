// /en/programme/programme.ics: the whole programme's calendar, English names and descriptions.
export { GET } from '../../agenda/programme.ics';
