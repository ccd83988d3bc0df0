import type { Core } from '@strapi/strapi';

/** How long the admin waits for the rebuild service before showing it as unreachable. */
export const STATUS_TIMEOUT_MS = 2000;
const BUILD_TIMEOUT_MS = 5000;
const NBSP = '\u00a0';

/** What the admin shows when the rebuild service does not answer: same shape as its /status, plus why. */
export interface UnreachableStatus {
  unreachable: true;
  message: string;
  live: null;
  building: false;
  buildStartedAt: null;
  pending: false;
  lastBuild: null;
  lastError: null;
  contentIssues: [];
}

export interface BuildAnswer {
  accepted: boolean;
  message: string;
  unreachable?: true;
}

function unreachable(message: string): UnreachableStatus {
  return {
    unreachable: true,
    message,
    live: null,
    building: false,
    buildStartedAt: null,
    pending: false,
    lastBuild: null,
    lastError: null,
    contentIssues: [],
  };
}

const describe = (error: unknown) => {
  const e = error as { name?: string; cause?: { code?: string }; message?: string };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'timeout';
  return e?.cause?.code ?? e?.message ?? String(error);
};

/**
 * Talks to the rebuild service (scripts/src/rebuild) on behalf of the admin, so that the
 * browser never needs its address or its secret.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const baseUrl = () => String(strapi.config.get('site.rebuild.url', 'http://127.0.0.1:4322')).replace(/\/+$/, '');
  const secret = () => String(strapi.config.get('site.rebuild.secret', '') ?? '');

  return {
    /** The rebuild service's /status JSON as is, or an « injoignable » state after ~2 s. */
    async status(): Promise<unknown> {
      const url = `${baseUrl()}/status`;
      let response: Response;
      try {
        response = await fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(STATUS_TIMEOUT_MS) });
      } catch (error) {
        strapi.log.warn(`[site-publisher] GET ${url} failed: ${describe(error)}`);
        return unreachable(
          `Service de publication injoignable${NBSP}: il ne répond pas. Le site public reste en ligne tel quel, mais les nouvelles publications n’y arrivent pas.`,
        );
      }
      try {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return (await response.json()) as unknown;
      } catch (error) {
        strapi.log.warn(`[site-publisher] GET ${url} answered badly: ${describe(error)}`);
        return unreachable(
          `Service de publication injoignable${NBSP}: il répond par une erreur (${response.status}). Le site public reste en ligne tel quel.`,
        );
      }
    },

    /** Asks for a build now (« Publier le site maintenant »). `status` is the HTTP status to answer the admin. */
    async build(): Promise<{ status: number; body: BuildAnswer }> {
      const url = `${baseUrl()}/build`;
      if (!secret()) {
        strapi.log.warn('[site-publisher] REBUILD_SECRET is not set: manual builds are refused');
        return {
          status: 503,
          body: {
            accepted: false,
            message: `Publication impossible${NBSP}: le secret du service de publication n’est pas configuré (REBUILD_SECRET).`,
          },
        };
      }
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'X-Rebuild-Secret': secret(), 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ trigger: 'manual' }),
          signal: AbortSignal.timeout(BUILD_TIMEOUT_MS),
        });
      } catch (error) {
        strapi.log.warn(`[site-publisher] POST ${url} failed: ${describe(error)}`);
        return {
          status: 503,
          body: { accepted: false, unreachable: true, message: `Service de publication injoignable${NBSP}: la publication n’a pas pu être demandée.` },
        };
      }
      await response.body?.cancel();
      if (response.ok) {
        return { status: 202, body: { accepted: true, message: 'Publication demandée.' } };
      }
      strapi.log.warn(`[site-publisher] POST ${url} answered ${response.status}`);
      const message =
        response.status === 401
          ? `Le service de publication a refusé la demande${NBSP}: secret incorrect (REBUILD_SECRET).`
          : `Le service de publication a refusé la demande (erreur ${response.status}).`;
      return { status: 502, body: { accepted: false, message } };
    },
  };
};
