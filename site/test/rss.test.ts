import { getRssString } from '@astrojs/rss';
import { ArticleSchema, EventSchema } from '@dk20000/shared';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { articleItems, eventItems } from '../src/lib/rss';

const updatedAt = '2026-11-20T09:00:00.000Z';
const hostile = '<script>alert(1)</script> & "><img src=x onerror=alert(1)>';

const article = (slug: string, date: string, title = `Article ${slug}`) =>
  ArticleSchema.parse({
    documentId: slug,
    updatedAt,
    title,
    slug,
    summary: 'Un résumé de l’article.',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Texte.' }] }],
    date,
    sectors: [{ documentId: 's1', name: 'Batteries' }],
  });

const event = (slug: string, startsAt: string, endsAt: string, state = 'scheduled', title = `Rendez-vous ${slug}`) =>
  EventSchema.parse({
    documentId: slug,
    updatedAt,
    title,
    slug,
    type: 'job-dating',
    summary: 'Rencontrer des recruteurs.',
    startsAt,
    endsAt,
    venue: { documentId: 'v1', name: 'Point relais Dunkerque – place de la Gare', slug: 'point-relais-dunkerque-gare' },
    state,
  });

describe('articleItems', () => {
  it('lists the news newest first with their page, summary, date and sectors', () => {
    const items = articleItems([article('a', '2026-10-01'), article('b', '2026-11-15'), article('c', '2026-09-01')]);
    expect(items.map((i) => i.link)).toEqual(['/actualites/b/', '/actualites/a/', '/actualites/c/']);
    expect(items[0]).toMatchObject({ description: 'Un résumé de l’article.', categories: ['Batteries'] });
    expect(items[0]!.pubDate?.toISOString()).toBe('2026-11-15T00:00:00.000Z');
  });
});

describe('articleItems on the English site', () => {
  it('links each article to its English page and names its sectors in English, leaving out an article without a page', () => {
    const items = articleItems([article('a', '2026-10-01'), article('b', '2026-11-15'), article('none', '2026-12-01')], {
      href: (a) => (a.slug === 'none' ? undefined : `/en/news/${a.slug}/`),
      sectorName: (s) => (s.name === 'Batteries' ? 'Battery industry' : s.name),
    });
    expect(items.map((i) => i.link)).toEqual(['/en/news/b/', '/en/news/a/']);
    expect(items[0]!.categories).toEqual(['Battery industry']);
  });
});

describe('eventItems', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');

  it('keeps the events not over yet, soonest first, each described by its French date, place and status', () => {
    const items = eventItems(
      [
        event('later', '2026-12-10T13:00:00Z', '2026-12-10T15:00:00Z', 'cancelled'),
        event('past', '2026-11-30T08:00:00Z', '2026-11-30T10:00:00Z'),
        event('soon', '2026-12-02T13:00:00Z', '2026-12-02T16:00:00Z'),
        event('running', '2026-12-01T09:00:00Z', '2026-12-01T17:00:00Z'),
      ],
      now,
    );
    expect(items.map((i) => i.link)).toEqual(['/evenements/running/', '/evenements/soon/', '/evenements/later/']);
    expect(items[1]!.description).toBe(
      'mercredi 2\u00a0décembre\u00a02026, de 14\u00a0h\u00a000 à 17\u00a0h\u00a000 · Point relais Dunkerque – place de la Gare. Rencontrer des recruteurs.',
    );
    expect(items[2]!.title).toBe('Annulé\u00a0: Rendez-vous later');
    expect(items[2]!.description).toMatch(/^Annulé · /);
  });
});

describe('eventItems on the English site', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');

  it('links the English event pages and gives the date, status and type in English, the event text as written', async () => {
    const items = eventItems(
      [event('later', '2026-12-10T13:00:00Z', '2026-12-10T15:00:00Z', 'full'), event('soon', '2026-03-03T13:00:00Z', '2026-03-03T15:30:00Z')],
      Date.parse('2026-03-01T12:00:00Z'),
      'en',
    );
    expect(items.map((i) => i.link)).toEqual(['/en/events/soon/', '/en/events/later/']);
    expect(items[0]!.description).toBe(
      'Tuesday 3\u00a0March\u00a02026, 2:00 pm to 4:30 pm · Point relais Dunkerque – place de la Gare. Rencontrer des recruteurs.',
    );
    expect(items[1]!.title).toBe('Full: Rendez-vous later');
    expect(items[1]!.categories).toEqual(['Job dating']);
    const xml = await getRssString({
      title: 'Programme',
      description: 'Upcoming events',
      site: 'https://emplois.example.fr',
      items: eventItems([event('soon', '2026-12-03T13:00:00Z', '2026-12-03T15:30:00Z')], now, 'en'),
      customData: '<language>en-gb</language>',
      trailingSlash: true,
    });
    const feed = await new Parser().parseString(xml);
    expect(feed.items[0]!.link).toBe('https://emplois.example.fr/en/events/soon/');
  });
});

describe('the RSS documents', () => {
  it('keep hostile titles as text: a feed parser reads back exactly the editor’s characters', async () => {
    const xml = await getRssString({
      title: 'Actualités',
      description: 'Test',
      site: 'https://emplois.example.fr',
      items: articleItems([article('h', '2026-11-01', hostile)]),
      trailingSlash: true,
    });
    expect(xml).not.toContain('<script>');
    const feed = await new Parser().parseString(xml);
    expect(feed.items[0]!.title).toBe(hostile);
    expect(feed.items[0]!.link).toBe('https://emplois.example.fr/actualites/h/');
  });
});
