// /en/programme/rss.xml: the upcoming events in English (French text of events not translated yet).
export { GET } from '../../agenda/rss.xml';
