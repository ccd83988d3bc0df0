import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRelease, liveRelease, readState, runRelease } from '../src/lib/releases.ts';
import { checkRelease } from '../src/lib/releases/checks.ts';

const folders: string[] = [];
const tempFolder = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A releases root whose live release is a hand-made page. */
function releasesWithLive() {
  const dir = tempFolder('dk-releases-');
  const good = join(dir, '2026-01-01T00-00-00-000Z');
  mkdirSync(good);
  writeFileSync(join(good, 'index.html'), 'last good site');
  symlinkSync(good, join(dir, 'live'));
  return { dir, good };
}

// Nothing listens on port 9: the CMS is unreachable.
const NO_CMS = 'http://127.0.0.1:9';

describe('site releases', () => {
  it('keeps serving the last good release when a build fails, and records the reason in French in state.json', async () => {
    const { dir, good } = releasesWithLive();

    await expect(buildRelease({ strapiUrl: NO_CMS, token: 'x', quiet: true, releasesDir: dir })).rejects.toThrow(/CMS does not answer/);

    expect(liveRelease(dir)).toBe(realpathSync(good));
    expect(readFileSync(join(liveRelease(dir)!, 'index.html'), 'utf8')).toBe('last good site');
    expect(readdirSync(dir).filter((name) => !name.startsWith('.')).sort()).toEqual(['2026-01-01T00-00-00-000Z', 'live', 'state.json']);
    const state = readState(dir);
    expect(state.lastBuild).toMatchObject({ ok: false, trigger: 'cli' });
    expect(state.lastError?.message).toBe(
      'Le CMS ne répond pas (http://127.0.0.1:9)\u00a0: la construction du site n’a pas pu commencer. Le site en ligne reste inchangé.',
    );
    expect(existsSync(join(dir, '.lock'))).toBe(false);
  });

  it('takes over a lock left by a dead process (or by an earlier process with this pid), and waits for (then gives up on) a lock held by a live one', async () => {
    const { dir } = releasesWithLive();
    const dead = spawn('true');
    await once(dead, 'exit');
    for (const pid of [dead.pid, process.pid]) {
      writeFileSync(join(dir, '.lock'), JSON.stringify({ pid, host: hostname(), startedAt: new Date().toISOString(), trigger: 'cli' }));
      const afterStale = await runRelease({ strapiUrl: NO_CMS, quiet: true, releasesDir: dir, lockTimeoutMs: 1000 });
      // It got past the lock: the build failed at the CMS, not on the lock.
      expect(afterStale.failedStep, `lock of pid ${pid}`).toBe('cms');
    }

    const holder = spawn('sleep', ['30']);
    try {
      writeFileSync(join(dir, '.lock'), JSON.stringify({ pid: holder.pid, host: hostname(), startedAt: new Date().toISOString(), trigger: 'webhook' }));
      const started = Date.now();
      const blocked = await runRelease({ strapiUrl: NO_CMS, quiet: true, releasesDir: dir, lockTimeoutMs: 1500 });
      expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
      expect(blocked.failedStep).toBe('lock');
      expect(blocked.error?.message).toMatch(new RegExp(`^Une autre construction du site est en cours \\(processus ${holder.pid}\\)\u202f; réessayez`));
      // The other process's lock is left alone.
      expect(JSON.parse(readFileSync(join(dir, '.lock'), 'utf8')).pid).toBe(holder.pid);
    } finally {
      holder.kill();
    }
  });

  it('refuses a release whose home has no <main>, whose detail page is truncated, or whose Pagefind index is missing or empty', async () => {
    const page = (main = true) => `<!DOCTYPE html><html lang="fr"><head><title>t</title></head><body>${main ? '<main><h1>Titre</h1></main>' : '<div></div>'}</body></html>`;
    const site = (files: Record<string, string>) => {
      const dir = tempFolder('dk-check-');
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(join(dir, file, '..'), { recursive: true });
        writeFileSync(join(dir, file), text);
      }
      return dir;
    };
    const index = { 'pagefind/pagefind.js': '', 'pagefind/pagefind-entry.json': JSON.stringify({ languages: { fr: { page_count: 2 } } }) };
    const good = { 'index.html': page(), 'entreprises/a/index.html': page(), ...index };
    await expect(checkRelease(site(good))).resolves.toMatchObject({ pages: 2, checked: ['index.html', 'entreprises/a/index.html'] });

    await expect(checkRelease(site({ ...good, 'index.html': page(false) }))).rejects.toMatchObject({ reason: 'la page d’accueil n’est pas une page HTML valide (sans balise <main>)' });
    await expect(checkRelease(site({ ...good, 'entreprises/a/index.html': page().slice(0, 60) }))).rejects.toMatchObject({
      reason: expect.stringMatching(/^la page «\u00a0\/entreprises\/a\/\u00a0» n’est pas une page HTML valide/),
    });
    await expect(checkRelease(site({ 'index.html': page() }))).rejects.toMatchObject({ reason: 'l’index de recherche (Pagefind) est absent' });
    await expect(checkRelease(site({ ...good, 'pagefind/pagefind-entry.json': '{"languages":' }))).rejects.toMatchObject({ reason: 'l’index de recherche (pagefind-entry.json) est illisible' });
    await expect(
      checkRelease(site({ ...good, 'pagefind/pagefind-entry.json': JSON.stringify({ languages: { fr: { page_count: 0 } } }) })),
    ).rejects.toMatchObject({ reason: 'l’index de recherche ne contient aucune page' });
  });
});
