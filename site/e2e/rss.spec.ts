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
