import { adminClient } from '../lib/admin-client.ts';
import type { ReleaseResult } from '../lib/releases.ts';
import type { Instance } from './instance.ts';
import type { MemorySampler } from './memory.ts';
import { searchRelease } from './pagefind.ts';
import { sleep } from './stats.ts';

/*
 * Publish-to-live, as an editor lives it: a company's summary is saved and published through the
 * admin's content-manager API (the calls the admin UI makes); Strapi's webhook reaches the rebuild
 * service, which waits for its quiet window, builds, checks and switches the live release. The
 * clock stops when the page served by the live release shows the new text AND the live release's
 * Pagefind index finds the page by a word that only the new text contains.
 */

const COMPANY = 'api::company.company';
const POLL_MS = 100;

export interface EditSample {
  slug: string;
  word: string;
  /** Save + publish in the admin → page served and found by search. */
  totalMs: number;
  /** Save + publish calls alone (the admin's answer). */
  saveMs: number;
  /** Until the page served showed the new text. */
  pageMs: number;
  /** Builds run for this edit (1 expected) and the one that made it live. */
  builds: number;
  buildMs?: number;
  steps?: ReleaseResult['timings'];
  pages?: number;
  /** Peak RSS of the build processes during this edit, bytes. */
  peakBuildRss: number;
  /** A warm-up edit (first build after the start), left out of the median and p95. */
  warmup: boolean;
  /** Builds that failed during this edit (then retried at once, as « Publier le site maintenant » would). */
  failedBuilds: string[];
}

/** A made-up word, letters only, that no page holds. */
function uniqueWord(n: number): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let word = 'zq';
  for (let i = 0; i < 8; i++) word += letters[Math.floor(Math.random() * letters.length)];
  return `${word}${letters[n % letters.length]}`;
}

export async function measureEdits(
  instance: Instance,
  count: number,
  options: { memory: MemorySampler; timeoutMs: number; warmup: number; log: (line: string) => void },
): Promise<EditSample[]> {
  const { strapi } = instance;
  const admin = await adminClient(strapi.url, strapi.adminEmail, strapi.adminPassword);
  const total = count + options.warmup;
  const list = await fetch(`${strapi.url}/api/companies?sort=id:asc&pagination[pageSize]=${total}&locale=fr`, {
    headers: { Authorization: `Bearer ${strapi.token}` },
  });
  const companies = ((await list.json()) as { data: { documentId: string; slug: string; name: string }[] }).data;
  if (companies.length < total) throw new Error(`publish-to-live needs ${total} companies, the CMS has ${companies.length}`);
  await instance.settle();

  const samples: EditSample[] = [];
  for (const [i, company] of companies.entries()) {
    const word = uniqueWord(i);
    const path = `/entreprises/${company.slug}/`;
    const summary = `${company.name} présente ses nouveaux projets (${word}) et recrute sur le Dunkerquois.`;
    options.memory.reset();
    const started = performance.now();
    await admin.update(COMPANY, company.documentId, { summary }, { publish: true });
    const saveMs = performance.now() - started;
    let pageMs: number | undefined;
    let totalMs: number | undefined;
    const buildsBefore = instance.builds.length;
    const failedBuilds: string[] = [];
    while (totalMs === undefined) {
      if (performance.now() - started > options.timeoutMs) {
        throw new Error(`publish-to-live: ${path} did not show « ${word} » within ${options.timeoutMs / 1000} s (see ${instance.root}/rebuild.log)`);
      }
      await sleep(POLL_MS);
      // A failed build leaves the edit off the live site: say why, and build again (it fails the run after 3).
      const failed = instance.builds.slice(buildsBefore).filter((b) => (b.result as ReleaseResult | undefined)?.ok === false);
      const { scheduler } = instance.service;
      if (failed.length > failedBuilds.length && !scheduler.building && !scheduler.pending) {
        const failure = (failed.at(-1)?.result as ReleaseResult | undefined)?.failure ?? 'unknown error';
        failedBuilds.push(failure);
        options.log(`  a build failed during this edit (${failure}); building again`);
        if (failedBuilds.length >= 3) throw new Error(`publish-to-live: 3 builds failed in a row (see ${instance.root}/rebuild.log): ${failure}`);
        scheduler.now('manual');
      }
      const html = await fetch(`${instance.siteUrl}${path}`, { cache: 'no-store' }).then((r) => (r.ok ? r.text() : ''));
      if (!html.includes(word)) continue;
      pageMs ??= performance.now() - started;
      const found = await searchRelease(instance.live(), instance.siteUrl, word);
      if (found.includes(path)) totalMs = performance.now() - started;
    }
    const builds = await instance.settle();
    const made = builds.filter((b) => (b.result as ReleaseResult | undefined)?.ok !== false).at(-1)?.result as ReleaseResult | undefined;
    const sample: EditSample = {
      slug: company.slug,
      word,
      totalMs,
      saveMs,
      pageMs: pageMs ?? totalMs,
      builds: builds.length,
      buildMs: made?.durationMs,
      steps: made?.timings,
      pages: made?.pages,
      peakBuildRss: options.memory.peak().build,
      warmup: i < options.warmup,
      failedBuilds,
    };
    options.log(
      `  ${i < options.warmup ? 'warm-up edit' : `edit ${i + 1 - options.warmup}/${count}`}: ${(totalMs / 1000).toFixed(1)} s to live and searchable (build ${((made?.durationMs ?? 0) / 1000).toFixed(1)} s, ${builds.length} build${builds.length === 1 ? '' : 's'})`,
    );
    samples.push(sample);
  }
  return samples;
}
