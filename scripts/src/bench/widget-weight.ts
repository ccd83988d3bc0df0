import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size of a built file (what a server compressing text sends), 0 when it is missing. */
const gz = (outDir: string, path: string) => (existsSync(join(outDir, path)) ? gzipSync(readFileSync(join(outDir, path))).length : 0);

const upcoming = (path: string, now: number): number => {
  const feed = JSON.parse(readFileSync(path, 'utf8')) as { events?: Array<{ start: string; end: string | null }> };
  return (feed.events ?? []).filter((e) => Date.parse(e.end ?? e.start) >= now).length;
};

/**
 * What the partner widget costs a partner's page (gzip, from the live release): the script, and the bytes
 * downloaded to show five events — the script plus the feed slice it fetches, for the place whose slice is the
 * smallest holding at least five upcoming events (the usual embed: one relay point's programme). The iframe
 * variant adds its embed page.
 */
export function widgetWeight(outDir: string, now = Date.now()) {
  const script = gz(outDir, 'widget/v1/programme.js');
  const places = join(outDir, 'api', 'v1', 'programme', 'lieu');
  const slices = existsSync(places)
    ? readdirSync(places)
        .filter((name) => name.endsWith('.json') && upcoming(join(places, name), now) >= 5)
        .map((name) => ({ path: `api/v1/programme/lieu/${name}`, bytes: gz(outDir, `api/v1/programme/lieu/${name}`) }))
        .sort((a, b) => a.bytes - b.bytes)
    : [];
  const slice = slices[0] ?? { path: 'api/v1/programme.json', bytes: gz(outDir, 'api/v1/programme.json') };
  return {
    script,
    slice,
    fiveEvents: script + slice.bytes,
    iframe: gz(outDir, 'widget/v1/embed/index.html') + script + slice.bytes,
    wholeFeed: gz(outDir, 'api/v1/programme.json'),
  };
}

/** `node scripts/src/bench/widget-weight.ts <built site>`: the same figures on a build at hand. */
if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node scripts/src/bench/widget-weight.ts <built site folder>');
  console.log(JSON.stringify(widgetWeight(dir), null, 2));
}
