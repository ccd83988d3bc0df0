import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Pages (index.html files) and bytes on disk of a built site. */
export function siteSize(dir: string): { pages: number; bytes: number } {
  const all = files(dir);
  return { pages: all.filter((f) => f.endsWith('index.html')).length, bytes: all.reduce((sum, f) => sum + statSync(f).size, 0) };
}

/** Bytes a first visit of a page downloads (gzip for text), from the built files it references. */
export function pageWeight(outDir: string, page: string) {
  const html = readFileSync(join(outDir, page, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:href|src)="(\/[^"#?]+\.(?:css|js|webp|avif|png|jpg|svg))"/g)].map((m) => m[1]);
  let total = gzipSync(html).length;
  // Inline scripts (the phone menu's disclosure) are JavaScript too.
  let js = [...html.matchAll(/<script\b([^>]*)>([\s\S]+?)<\/script>/g)]
    .filter((m) => !/type="application\/(?:ld\+)?json"/.test(m[1]))
    .reduce((sum, m) => sum + gzipSync(m[2]).length, 0);
  for (const ref of new Set(refs)) {
    const file = join(outDir, ref);
    const content = readFileSync(file);
    const size = ['.css', '.js', '.svg'].includes(extname(file)) ? gzipSync(content).length : content.length;
    total += size;
    if (extname(file) === '.js') js += size;
  }
  return { total, js };
}
