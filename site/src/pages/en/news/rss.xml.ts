// /en/news/rss.xml: the French feed's endpoint, which reads its language from Astro's current locale (English here).
export { GET } from '../../actualites/rss.xml';
