import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStrapi, type RunningStrapi } from '../src/lib/strapi.ts';

/** Ports of this test file: Strapi 1450, the stand-in rebuild service 4450. */
const STRAPI_PORT = 1450;
const REBUILD_PORT = 4450;
const SECRET = randomBytes(12).toString('hex');

/** What the real rebuild service answers on GET /status (see design: Rebuild service HTTP API). */
const STATUS = {
  live: { id: '2026-12-01T10-42-00-123Z', builtAt: '2026-12-01T09:42:05.353Z', durationMs: 5230, pages: 412 },
  building: false,
  buildStartedAt: null,
  pending: true,
  lastBuild: {
    ok: true,
    trigger: 'webhook',
    startedAt: '2026-12-01T09:42:00.123Z',
    finishedAt: '2026-12-01T09:42:05.353Z',
    durationMs: 5230,
  },
  lastError: null,
  contentIssues: [
    {
      type: 'companies',
      typeLabel: 'Entreprise',
      documentId: 'abc123',
      locale: 'fr',
      name: 'Batterie du Nord',
      field: 'website',
      fieldLabel: 'Site web',
      message: 'URL invalide',
      keptPrevious: true,
      text: 'Entreprise « Batterie du Nord » (fr), champ « Site web » : URL invalide. La version précédente reste en ligne.',
    },
  ],
};

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A small real HTTP server standing in for the rebuild service; records every request. */
async function startFakeRebuildService(mode: 'answer' | 'hang') {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (mode === 'hang') return; // never answers
      if (req.method === 'GET' && req.url === '/status') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(STATUS));
      } else if (req.method === 'POST' && req.url === '/build') {
        const ok = req.headers['x-rebuild-secret'] === SECRET;
        res.writeHead(ok ? 202 : 401, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(ok ? { queued: true } : { error: 'bad secret' }));
      } else {
        res.writeHead(404).end();
      }
    });
  });
  server.listen(REBUILD_PORT, '127.0.0.1');
  await once(server, 'listening');
  return {
    received,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

let strapi: RunningStrapi;
let adminToken: string;

async function call(method: 'GET' | 'POST', path: string, token?: string) {
  const started = Date.now();
  const res = await fetch(`${strapi.url}${path}`, {
    method,
    headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // keep the text
  }
  return { status: res.status, body: body as Record<string, unknown>, ms: Date.now() - started };
}

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dk-site-publisher-'));
  strapi = await startStrapi({
    dataDir,
    port: STRAPI_PORT,
    seedDemo: false,
    env: { REBUILD_URL: `http://127.0.0.1:${REBUILD_PORT}`, REBUILD_SECRET: SECRET },
  });
  const login = await fetch(`${strapi.url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: strapi.adminEmail, password: strapi.adminPassword }),
  });
  expect(login.status).toBe(200);
  adminToken = ((await login.json()) as { data: { token: string } }).data.token;
}, 300_000);

afterAll(async () => {
  await strapi?.stop();
});

describe('admin routes /admin/site-publisher (proxy to the rebuild service)', () => {
  it('GET /status answers 401 without an admin login or with the site build API token, and the service’s /status JSON unchanged with an admin login', async () => {
    const service = await startFakeRebuildService('answer');
    try {
      const anonymous = await call('GET', '/admin/site-publisher/status');
      expect(anonymous.status).toBe(401);
      const withApiToken = await call('GET', '/admin/site-publisher/status', strapi.token);
      expect(withApiToken.status).toBe(401);
      expect(service.received).toHaveLength(0);

      const admin = await call('GET', '/admin/site-publisher/status', adminToken);
      expect(admin.status).toBe(200);
      expect(admin.body).toEqual(STATUS);
      expect(service.received.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /status']);
      // The status needs no secret: it is not sent there.
      expect(service.received[0].headers['x-rebuild-secret']).toBeUndefined();
    } finally {
      await service.close();
    }
  });

  it('POST /build answers 401 without an admin login; with one it reaches the service’s POST /build with the X-Rebuild-Secret header and answers 202', async () => {
    const service = await startFakeRebuildService('answer');
    try {
      const anonymous = await call('POST', '/admin/site-publisher/build');
      expect(anonymous.status).toBe(401);
      expect(service.received).toHaveLength(0);

      const admin = await call('POST', '/admin/site-publisher/build', adminToken);
      expect(admin.status).toBe(202);
      expect(admin.body).toEqual({ accepted: true, message: 'Publication demandée.' });
      expect(service.received).toHaveLength(1);
      expect(service.received[0].method).toBe('POST');
      expect(service.received[0].url).toBe('/build');
      expect(service.received[0].headers['x-rebuild-secret']).toBe(SECRET);
    } finally {
      await service.close();
    }
  });

  it('when nothing listens on REBUILD_URL, GET /status answers 200 with the French « injoignable » state and POST /build a 503 with a French message, never a 500', async () => {
    const status = await call('GET', '/admin/site-publisher/status', adminToken);
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({
      unreachable: true,
      live: null,
      building: false,
      pending: false,
      lastError: null,
      contentIssues: [],
    });
    expect(status.body.message).toMatch(/^Service de publication injoignable\u00a0:/);

    const build = await call('POST', '/admin/site-publisher/build', adminToken);
    expect(build.status).toBe(503);
    expect(build.body).toMatchObject({ accepted: false, unreachable: true });
    expect(build.body.message).toMatch(/^Service de publication injoignable\u00a0:/);
  });

  it('when the service accepts the connection but never answers, GET /status gives the « injoignable » state after about 2 s', async () => {
    const service = await startFakeRebuildService('hang');
    try {
      const status = await call('GET', '/admin/site-publisher/status', adminToken);
      expect(service.received.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /status']);
      expect(status.status).toBe(200);
      expect(status.body).toMatchObject({ unreachable: true });
      expect(status.body.message).toMatch(/^Service de publication injoignable\u00a0:/);
      expect(status.ms).toBeGreaterThanOrEqual(1900);
      expect(status.ms).toBeLessThan(5000);
    } finally {
      await service.close();
    }
  });
});
