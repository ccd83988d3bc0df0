import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isPreviewType, type PreviewLocals, type PreviewType } from '@dk20000/shared';
import sirv from 'sirv';
import { secretMatches } from '../lib/secret.ts';
import { siteDir } from '../lib/site.ts';
import { CmsReadError, loadPreview, type CmsReader } from './cms.ts';

/** Where `npm run build:preview -w @dk20000/site` writes the preview bundle. */
export const defaultBundleDir = join(siteDir, '.preview-dist');

export interface PreviewServerOptions {
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: number;
  host?: string;
  /** Strapi's REST API and media origin, read with the preview token. */
  strapiUrl: string;
  /** The admin's origin, the only one allowed to frame the preview (CSP frame-ancestors). */
  cmsPublicUrl: string;
  /** Required `secret` query parameter; when empty every preview is refused. */
  secret: string;
  /** The preview token, read at each request (the CMS may regenerate it on start). */
  token: () => string;
  /** The public site, where links followed inside the preview lead. */
  siteUrl?: string;
  bundleDir?: string;
  /** Called for each request that fails on the CMS side or while rendering. */
  onError?: (message: string) => void;
}

export interface RunningPreviewServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

type AstroHandler = (req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void, locals?: object) => Promise<void>;

const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const LOCALE = /^[a-z]{2}(?:-[A-Za-z]{2,4})?$/;

/** Public path of the entry on the site: the preview renders at the same address, so the page is the same. */
function sitePath(locals: PreviewLocals): string {
  if (locals.kind !== 'entry') return '/apercu/';
  const { view } = locals;
  const folder: Record<PreviewType, string> = {
    companies: '/entreprises/',
    events: '/evenements/',
    careerStories: '/temoignages/',
    trainingPaths: '/formations/',
    jobs: '/metiers/',
    pages: '/',
    articles: '/actualites/',
  };
  return `${folder[view.type]}${encodeURIComponent(view.entry.slug)}/`;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A small French page for the answers the preview gives before any rendering (refused, not found, CMS down). */
function sendMessage(res: ServerResponse, status: number, title: string, message: string): void {
  const html = `<!doctype html>
<html lang="fr" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · Aperçu · 20 000 emplois durables</title>
<style>body{font-family:system-ui,sans-serif;color:#14213d;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6}h1{color:#063447}</style>
</head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></main></body></html>`;
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(html));
  res.end(res.req.method === 'HEAD' ? undefined : html);
}

/** Headers of every answer: never indexed, never cached, framed only by the admin, the secret never leaks in a Referer. */
function setPreviewHeaders(res: ServerResponse, frameAncestor: string): void {
  res.setHeader('X-Robots-Tag', 'noindex, nofollow, noarchive');
  res.setHeader('Content-Security-Policy', `frame-ancestors ${frameAncestor}`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

async function loadBundle(bundleDir: string): Promise<AstroHandler> {
  const entry = join(bundleDir, 'server', 'entry.mjs');
  if (!existsSync(entry)) {
    throw new Error(
      `The preview bundle is missing (${entry}): run \`npm run build:preview -w @dk20000/site\` (turbo caches it).`,
    );
  }
  const module = (await import(pathToFileURL(entry).href)) as { handler: AstroHandler };
  return module.handler;
}

/**
 * The preview server: `GET /preview/<registry name>/<documentId>?locale=&status=&secret=` renders the draft (or the
 * published version) of an entry with the site's own layout and detail component, for Strapi's « Aperçu ».
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<RunningPreviewServer> {
  const bundleDir = options.bundleDir ?? defaultBundleDir;
  const handler = await loadBundle(bundleDir);
  const frameAncestor = new URL(options.cmsPublicUrl).origin;
  const siteUrl = (options.siteUrl ?? 'http://127.0.0.1:4321').replace(/\/+$/, '');
  const reader: CmsReader = { strapiUrl: options.strapiUrl.replace(/\/+$/, ''), token: options.token };
  const report = options.onError ?? ((message: string) => console.error(`[preview] ${message}`));
  const assets = sirv(join(bundleDir, 'client'), {
    dev: false,
    etag: true,
    dotfiles: false,
    setHeaders(res, pathname) {
      if (pathname.startsWith('/_astro/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });

  async function renderPreview(req: IncomingMessage, res: ServerResponse, url: URL, segments: string[]): Promise<void> {
    if (!secretMatches(url.searchParams.get('secret'), options.secret)) {
      sendMessage(res, 401, 'Accès refusé', 'Ce lien d’aperçu n’est pas valide. Ouvrez l’aperçu depuis l’administration du site.');
      return;
    }
    const [type, documentId] = segments;
    if (!type || !isPreviewType(type)) {
      sendMessage(res, 404, 'Aperçu indisponible', 'Ce type de contenu n’a pas de page sur le site, il n’a donc pas d’aperçu.');
      return;
    }
    if (!documentId || !DOCUMENT_ID.test(documentId) || segments.length > 2) {
      sendMessage(res, 404, 'Contenu introuvable', 'Ce contenu n’existe pas.');
      return;
    }
    const locale = url.searchParams.get('locale') || 'fr';
    const status = url.searchParams.get('status') || 'draft';
    if (!LOCALE.test(locale) || (status !== 'draft' && status !== 'published')) {
      sendMessage(res, 400, 'Lien d’aperçu incomplet', 'La langue ou l’état demandé (brouillon ou publié) n’est pas reconnu.');
      return;
    }

    let locals: PreviewLocals | null;
    try {
      locals = await loadPreview(reader, { type, documentId, locale, status, cmsOrigin: frameAncestor });
    } catch (error) {
      const message = error instanceof CmsReadError ? error.message : `Lecture du contenu impossible : ${(error as Error).message}`;
      report(`${type}/${documentId} (${locale}, ${status}): ${message}`);
      sendMessage(res, 502, 'Aperçu indisponible', message);
      return;
    }
    if (!locals) {
      sendMessage(
        res,
        404,
        'Contenu introuvable',
        status === 'published'
          ? 'Ce contenu n’a pas de version publiée dans cette langue.'
          : 'Ce contenu est introuvable dans cette langue : il a peut-être été supprimé, ou n’a pas encore été enregistré.',
      );
      return;
    }
    req.url = sitePath(locals);
    await handler(req, res, () => sendMessage(res, 404, 'Aperçu indisponible', 'La page d’aperçu est introuvable.'), {
      preview: locals,
    });
  }

  const server = createServer((req, res) => {
    setPreviewHeaders(res, frameAncestor);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendMessage(res, 405, 'Méthode non permise', 'Le serveur d’aperçu ne fait que lire.');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    const segments = url.pathname.split('/').filter(Boolean);
    if (segments[0] === 'preview') {
      renderPreview(req, res, url, segments.slice(1)).catch((error: unknown) => {
        report(`rendering ${url.pathname} failed: ${(error as Error).stack ?? String(error)}`);
        if (!res.headersSent) sendMessage(res, 500, 'Aperçu indisponible', 'La page n’a pas pu être construite.');
        else res.destroy();
      });
      return;
    }
    if (url.pathname === '/robots.txt') {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('User-agent: *\nDisallow: /\n');
      return;
    }
    if (url.pathname === '/_image') {
      // Responsive images of the rendered page (Astro's image endpoint), for the CMS's uploads only.
      const href = url.searchParams.get('href') ?? '';
      if (!href.startsWith(`${reader.strapiUrl}/uploads/`)) {
        sendMessage(res, 404, 'Image introuvable', 'Cette image n’existe pas.');
        return;
      }
      void handler(req, res, () => sendMessage(res, 404, 'Image introuvable', 'Cette image n’existe pas.'));
      return;
    }
    assets(req, res, () => {
      // A link followed inside the preview leads to the public site.
      res.statusCode = 302;
      res.setHeader('Location', `${siteUrl}${url.pathname}${url.search}`);
      res.end();
    });
  });

  server.listen(options.port, options.host ?? '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
