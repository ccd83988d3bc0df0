import { createHash } from 'node:crypto';

/**
 * A fingerprint of everything published in the CMS (the sync endpoint's ids and versions, every
 * locale), or undefined when it cannot be read. Reconciliation compares it with the live release's
 * to skip a build when nothing changed.
 */
export async function syncFingerprint(strapiUrl: string, token: string | undefined): Promise<string | undefined> {
  if (!token) return undefined;
  const hash = createHash('sha256');
  for (const locale of ['fr', 'en']) {
    try {
      const response = await fetch(`${strapiUrl}/api/site-sync/state?locale=${locale}`, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
        signal: AbortSignal.timeout(15_000),
      });
      if (!response.ok) return undefined;
      const body = (await response.json()) as { types?: unknown; media?: unknown; slugHistory?: unknown };
      if (!body || typeof body.types !== 'object') return undefined;
      // The slug history too: it decides the redirects from old addresses.
      hash.update(JSON.stringify([locale, body.types, body.media ?? null, body.slugHistory ?? null]));
    } catch {
      return undefined;
    }
  }
  return hash.digest('hex');
}

/** Whether the CMS answers its health check. */
export async function cmsAnswers(strapiUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${strapiUrl}/_health`, { signal: AbortSignal.timeout(5000) });
    return response.ok;
  } catch {
    return false;
  }
}
