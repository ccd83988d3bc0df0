import { mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'dk-releases-'));
process.env.SITE_RELEASES_DIR = dir;
const { buildRelease, liveRelease } = await import('../src/lib/releases.ts');

describe('site releases', () => {
  it('keeps serving the last good release when a build fails', async () => {
    const good = join(dir, '2026-01-01T00-00-00-000Z');
    mkdirSync(good);
    writeFileSync(join(good, 'index.html'), 'last good site');
    symlinkSync(good, join(dir, 'live'));

    // Nothing listens on port 9: the loader cannot reach the CMS and the build fails.
    await expect(buildRelease({ strapiUrl: 'http://127.0.0.1:9', token: 'x', quiet: true })).rejects.toThrow(/astro.*build.*failed/s);

    expect(liveRelease()).toBe(realpathSync(good));
    expect(readFileSync(join(liveRelease()!, 'index.html'), 'utf8')).toBe('last good site');
    expect(readdirSync(dir).sort()).toEqual(['2026-01-01T00-00-00-000Z', 'live']);
  });
});
