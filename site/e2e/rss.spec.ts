import Parser from 'rss-parser';
import { expect, test } from './fixtures';

const feeds = [
  { path: '/actualites/rss.xml', link: 'Suivre les actualités par flux RSS', folder: '/actualites/' },
  { path: '/agenda/rss.xml', link: 'Suivre les prochains rendez-vous par flux RSS', folder: '/evenements/' },
];

test.describe('RSS feeds', () => {
  for (const feed of feeds) {
    test(`${feed.path} is linked from the home page, parses with a feed parser and its items link to pages of the site`, async ({
      page,
      request,
    }) => {
      await page.goto('/');
      await expect(page.getByRole('link', { name: feed.link })).toHaveAttribute('href', feed.path);
      const response = await request.get(feed.path);
      expect(response.status()).toBe(200);
      const parsed = await new Parser().parseString(await response.text());
      expect(parsed.title).toBeTruthy();
      expect(parsed.items.length).toBeGreaterThan(0);
      for (const item of parsed.items) {
        expect(item.title).toBeTruthy();
        expect(new URL(item.link!).pathname.startsWith(feed.folder)).toBe(true);
      }
      const first = new URL(parsed.items[0]!.link!).pathname;
      expect((await request.get(first)).status()).toBe(200);
    });
  }
});

test.describe('English news feed', () => {
  test('/en/news/rss.xml is linked from /en/news/, parses with a feed parser, is English, and its items link to English news pages', async ({
    page,
    request,
  }) => {
    await page.goto('/en/news/');
    await expect(page.getByRole('link', { name: 'Follow the news by RSS feed' })).toHaveAttribute('href', '/en/news/rss.xml');
    const response = await request.get('/en/news/rss.xml');
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const parsed = await new Parser({ customFields: { feed: ['language'] } }).parseString(xml);
    expect(parsed.title).toBe('News · 20,000 sustainable jobs');
    expect((parsed as { language?: string }).language).toBe('en-gb');
    expect(new URL(parsed.link!).pathname).toBe('/en/news/');
    expect(parsed.items.length).toBeGreaterThan(0);
    // The same articles as the French feed (untranslated ones in French), each at its English address.
    const french = await new Parser().parseString(await (await request.get('/actualites/rss.xml')).text());
    expect(parsed.items.length).toBe(french.items.length);
    for (const item of parsed.items) {
      expect(item.title).toBeTruthy();
      expect(new URL(item.link!).pathname).toMatch(/^\/en\/news\/[a-z0-9-]+\/$/);
    }
    const first = new URL(parsed.items[0]!.link!).pathname;
    expect((await request.get(first)).status()).toBe(200);
  });
});

test.describe('English events feed', () => {
  test('/en/programme/rss.xml is linked from /en/programme/, parses with a feed parser, is English, and lists the French feed’s events at their English pages', async ({
    page,
    request,
  }) => {
    await page.goto('/en/programme/');
    await expect(page.getByRole('link', { name: 'Follow the upcoming events by RSS feed' })).toHaveAttribute('href', '/en/programme/rss.xml');
    const response = await request.get('/en/programme/rss.xml');
    expect(response.status()).toBe(200);
    const parsed = await new Parser({ customFields: { feed: ['language'] } }).parseString(await response.text());
    expect(parsed.title).toBe('Programme · 20,000 sustainable jobs');
    expect((parsed as { language?: string }).language).toBe('en-gb');
    expect(parsed.items.length).toBeGreaterThan(0);
    const french = await new Parser().parseString(await (await request.get('/agenda/rss.xml')).text());
    expect(parsed.items.length).toBe(french.items.length);
    for (const [index, item] of parsed.items.entries()) {
      expect(new URL(item.link!).pathname).toMatch(/^\/en\/events\/[^/]+\/$/);
      // The same event, soonest first, its description starting with its date in English.
      expect(new URL(item.link!).pathname.replace('/en/events/', '/evenements/')).toBe(new URL(french.items[index]!.link!).pathname);
      expect(item.contentSnippet ?? item.content ?? '').toMatch(/^(\p{L}+ · )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d/u);
    }
    const first = new URL(parsed.items[0]!.link!).pathname;
    expect((await request.get(first)).status()).toBe(200);
  });
});
