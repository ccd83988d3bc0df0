import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite } from '../lib/site.ts';
import { startStrapi } from '../lib/strapi.ts';

/**
 * Speed and size of the product on this machine, against its goals. Runs on a throw-away CMS
 * seeded with the demo content; needs the CMS built (`npm run build -w @dk20000/cms`).
 */
interface Measure {
  name: string;
  value: number;
  unit: string;
  goal?: number;
}

const measures: Measure[] = [];
const seconds = async (name: string, goal: number, run: () => Promise<unknown>) => {
  const started = performance.now();
  const result = await run();
  measures.push({ name, value: (performance.now() - started) / 1000, unit: 's', goal });
  return result;
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Bytes a first visit of a page downloads (gzip for text), from the built files it references. */
function pageWeight(outDir: string, page: string) {
  const html = readFileSync(join(outDir, page, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:href|src)="(\/[^"#?]+\.(?:css|js|webp|avif|png|jpg|svg))"/g)].map((m) => m[1]);
  let total = gzipSync(html).length;
  let js = 0;
  for (const ref of new Set(refs)) {
    const file = join(outDir, ref);
    const content = readFileSync(file);
    const size = ['.css', '.js', '.svg'].includes(extname(file)) ? gzipSync(content).length : content.length;
    total += size;
    if (extname(file) === '.js') js += size;
  }
  return { total, js };
}

const root = mkdtempSync(join(tmpdir(), 'dk-bench-'));
const strapi = (await seconds('CMS first start with the demo seed', 90, () =>
  startStrapi({ dataDir: join(root, 'cms'), port: 1499, seedDemo: true }),
)) as Awaited<ReturnType<typeof startStrapi>>;
try {
  const outDir = join(root, 'site');
  await seconds('Site build (astro, images, Pagefind)', 180, () =>
    buildSite({ strapiUrl: strapi.url, token: strapi.token, outDir, quiet: true }),
  );
  await seconds('Site build again, nothing changed', 60, () => buildSite({ strapiUrl: strapi.url, token: strapi.token, outDir, quiet: true }));

  const all = files(outDir);
  const pages = all.filter((f) => f.endsWith('index.html')).length;
  measures.push({ name: 'Pages built', value: pages, unit: 'pages' });
  measures.push({ name: 'Site size on disk', value: all.reduce((sum, f) => sum + statSync(f).size, 0) / 1e6, unit: 'MB' });
  for (const page of ['', 'entreprises']) {
    const { total, js } = pageWeight(outDir, page);
    measures.push({ name: `/${page && `${page}/`} first visit`, value: total / 1000, unit: 'kB', goal: 300 });
    measures.push({ name: `/${page && `${page}/`} JavaScript`, value: js / 1000, unit: 'kB', goal: 0 });
  }
} finally {
  await strapi.stop();
}

const missed = measures.filter((m) => m.goal !== undefined && m.value > m.goal);
console.table(
  measures.map((m) => ({
    measure: m.name,
    value: `${m.value.toFixed(m.unit === 'pages' ? 0 : 1)} ${m.unit}`,
    goal: m.goal === undefined ? '' : `≤ ${m.goal} ${m.unit}`,
    ok: m.goal === undefined ? '' : m.value <= m.goal ? 'yes' : 'NO',
  })),
);
if (missed.length > 0) {
  console.error(`Goals missed: ${missed.map((m) => m.name).join(', ')}`);
  process.exitCode = 1;
}
