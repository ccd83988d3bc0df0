import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainFields, type ContentIssue } from '@dk20000/shared';
import { startStrapi, type RunningStrapi } from '@dk20000/scripts/lib/strapi';
import { adminClient, type AdminClient } from '@dk20000/scripts/lib/admin-client';
import {
  boundaryEntry,
  creationOrder,
  discoverRoutes,
  readModel,
  type GenerationContext,
  type Media,
  type Size,
  type StrapiType,
  type UploadedFile,
} from './helpers/boundaries';
import { mediaLibrary, pngOf } from './helpers/media';

/*
 * Contract boundaries: for every content type of the CMS, the smallest and the largest entry Strapi accepts
 * (generated from its schema.json) are created and published through the admin's content-manager API, the site
 * is built for real, and every page of these entries renders — none is rejected, none fails the build.
 */

const PORT = 1482;
const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cmsSrc = resolve(siteDir, '..', 'cms', 'src');
const astroBuildScript = resolve(siteDir, '..', 'scripts', 'src', 'lib', 'astro-build.ts');
const PROGRAMME = '20 000 emplois durables';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Created {
  type: StrapiType;
  size: Size;
  documentId: string;
  data: Record<string, unknown>;
}

interface BuildResult {
  code: number;
  output: string;
  issues: ContentIssue[];
}

describe('every boundary value Strapi accepts builds and renders', () => {
  const { types, components } = readModel(cmsSrc);
  const routes = discoverRoutes(join(siteDir, 'src', 'pages'));
  let dataDir: string;
  let strapi: RunningStrapi;
  let admin: AdminClient;
  let context: GenerationContext;
  const created: Created[] = [];
  const builds: BuildResult[] = [];
  const buildHomes = new Set<string>();

  async function build(folder = 'site', cache = 'astro-cache'): Promise<BuildResult> {
    const issuesFile = join(dataDir, `issues-${builds.length}.json`);
    const outDir = join(dataDir, folder);
    const cacheDir = join(dataDir, cache);
    // The release pipeline's build (scripts/src/lib/astro-build.ts), from a working directory of its own: Astro
    // bundles the pages into <cwd>/.astro/.prerender, which concurrent builds must not share.
    const cwd = join(siteDir, '.astro', 'builds', createHash('sha256').update(outDir).digest('hex').slice(0, 16));
    mkdirSync(cwd, { recursive: true });
    buildHomes.add(cwd);
    const child = spawn(process.execPath, [astroBuildScript, siteDir, outDir, cacheDir], {
      cwd,
      env: {
        ...process.env,
        STRAPI_URL: strapi.url,
        STRAPI_TOKEN: strapi.token,
        STRAPI_TOKEN_FILE: '',
        SITE_OUT_DIR: outDir,
        SITE_CACHE_DIR: cacheDir,
        SITE_CONTENT_ISSUES_FILE: issuesFile,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const [code] = (await once(child, 'exit')) as [number];
    const issues = existsSync(issuesFile) ? (JSON.parse(readFileSync(issuesFile, 'utf8')) as ContentIssue[]) : [];
    const result = { code, output, issues };
    builds.push(result);
    return result;
  }

  async function createAll(size: Size) {
    for (const type of creationOrder(types)) {
      const data = boundaryEntry(type, size, context);
      const document =
        type.kind === 'singleType'
          ? await admin.setSingle(type.uid, data, { publish: true })
          : await admin.create(type.uid, data, { publish: true });
      created.push({ type, size, documentId: document.documentId, data });
      context.created.set(type.uid, [...(context.created.get(type.uid) ?? []), document.documentId]);
    }
  }

  const filesOf = (folder: string): string[] => {
    const files: string[] = [];
    const walk = (dir: string, prefix: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
        else files.push(`${prefix}${entry.name}`);
      }
    };
    walk(join(dataDir, folder), '');
    return files.sort();
  };

  const page = (path: string) => {
    const file = join(dataDir, 'site', path, 'index.html');
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dk-boundaries-'));
    strapi = await startStrapi({ dataDir, port: PORT, seedDemo: false });
    admin = await adminClient(strapi.url, strapi.adminEmail, strapi.adminPassword);
    const library = await mediaLibrary(strapi.url, strapi.adminEmail, strapi.adminPassword);
    const images: UploadedFile[] = [];
    for (const [i, rgb] of ([[11, 79, 108], [200, 120, 20], [30, 140, 60]] as const).entries()) {
      images.push((await library.upload(`image-${i}.png`, pngOf(64, 48, [...rgb]), 'image/png')) as UploadedFile);
    }
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const file = (await library.upload('charte.pdf', pdf, 'application/pdf')) as UploadedFile;
    const media: Media = { images, file };
    context = { components, media, created: new Map() };
  });

  afterAll(async () => {
    await strapi?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    for (const home of buildHomes) rmSync(home, { recursive: true, force: true });
  });

  it('reads every content type of the CMS model and finds the site’s entry pages in its source', () => {
    expect(types.length).toBe(17);
    expect(routes.map((r) => r.type)).toContain('companies');
    expect(routes.map((r) => r.type)).toContain('pages');
  });

  it('Strapi accepts and publishes the smallest entry of every type (required fields only, minimal values)', async () => {
    await createAll('smallest');
    expect(created.filter((c) => c.size === 'smallest')).toHaveLength(types.length);
    const smallestCompany = created.find((c) => c.type.name === 'companies' && c.size === 'smallest')!;
    expect(smallestCompany.data).toMatchObject({ name: 'x', slug: 'a', summary: 'x', presence: 'arriving' });
    expect(Object.keys(smallestCompany.data).sort()).toEqual(['name', 'presence', 'slug', 'summary']);
  });

  it('the site builds with them, reports no contract issue, and renders their pages', async () => {
    const result = await build();
    expect(result.code, result.output.slice(-3000)).toBe(0);
    expect(result.issues).toEqual([]);
    expectPagesOf('smallest');
  });

  it('Strapi accepts and publishes the largest entry of every type (every field, longest texts, highest numbers, full lists)', async () => {
    await createAll('largest');
    const largestCompany = created.find((c) => c.type.name === 'companies' && c.size === 'largest')!;
    expect((largestCompany.data.summary as string).length).toBe(300);
    expect((largestCompany.data.name as string).length).toBe(255);
    expect(largestCompany.data.horizonYear).toBe(2040);
    expect(Object.keys(largestCompany.data).sort()).toEqual(Object.keys(largestCompany.type.attributes).sort());
  });

  it('the next (incremental) build renders the largest entries too, with no contract issue', async () => {
    const result = await build();
    expect(result.code, result.output.slice(-3000)).toBe(0);
    expect(result.issues).toEqual([]);
    expectPagesOf('smallest');
    expectPagesOf('largest');
    // The home page shows the single type's largest version.
    const home = created.filter((c) => c.type.name === 'home').at(-1)!;
    expect(page('/')).toContain(escapeHtml(home.data.heroTitle as string));
  });

  it('after an unpublish, the incremental build re-renders only what changed and its output equals a cold build', async () => {
    const company = created.find((c) => c.type.name === 'companies' && c.size === 'largest')!;
    // The smallest article relates to nothing: its page cannot change.
    const kept = created.find((c) => c.type.name === 'articles' && c.size === 'smallest')!;
    await admin.unpublish(company.type.uid, company.documentId);
    const incremental = await build();
    expect(incremental.code, incremental.output.slice(-3000)).toBe(0);
    expect(page(`/entreprises/${company.data.slug as string}/`)).toBeUndefined();
    const keptLine = incremental.output.split('\n').find((line) => line.includes(`/actualites/${kept.data.slug as string}/index.html`));
    expect(keptLine, 'the untouched article page is kept, not rendered').toMatch(/\(cached\)|\(restored\)/);

    const cold = await build('cold-site', 'cold-cache');
    expect(cold.code, cold.output.slice(-3000)).toBe(0);
    expect(cold.output).not.toMatch(/\(cached\)|\(restored\)/);
    expect(filesOf('site')).toEqual(filesOf('cold-site'));
  });

  function expectPagesOf(size: Size) {
    for (const entry of created.filter((c) => c.size === size)) {
      for (const route of routes.filter((r) => r.type === entry.type.name)) {
        const path = route.path(entry.data.slug as string);
        const html = page(path);
        expect(html, `${entry.type.uid} (${size}) at ${path} from ${route.file}`).toBeDefined();
        const name = entry.data[mainFields[entry.type.uid] ?? 'title'] as string;
        expect(html, `${entry.type.uid} (${size}) shows its name`).toContain(escapeHtml(name));
        const description = /<meta name="description" content="([^"]*)"/.exec(html!)?.[1] ?? '';
        expect(description.length, `${path} meta description`).toBeGreaterThanOrEqual(50);
        expect(description.length, `${path} meta description`).toBeLessThanOrEqual(160);
        expect(html).toContain(`· ${PROGRAMME}</title>`);
      }
    }
  }
});
