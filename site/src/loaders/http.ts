/** GET requests to the CMS's REST API with the site build token, with errors that say what to do. */

export interface JsonResponse<T> {
  status: number;
  body: T | undefined;
}

function unreachable(url: string, error: unknown): Error {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const reason = cause?.code ?? cause?.message ?? (error as Error).message;
  return new Error(
    `Strapi is unreachable at ${url} (${reason}). Start the CMS (npm start, or npm run dev -w @dk20000/cms) or point STRAPI_URL to it.`,
  );
}

/**
 * GET a Strapi REST URL as JSON. 401 always throws (wrong token); the statuses listed in `allow` are returned to the
 * caller with their body, any other error status throws with the start of the body.
 */
export async function getJson<T>(url: string, token: string, what: string, allow: readonly number[] = [404]): Promise<JsonResponse<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    throw unreachable(url, error);
  }
  if (response.status === 401) {
    throw new Error(
      `Strapi rejected the API token (401 Unauthorized) for ${url}. Check STRAPI_TOKEN / STRAPI_TOKEN_FILE: it must be the read-only token created by the CMS bootstrap for this CMS instance.`,
    );
  }
  if (allow.includes(response.status)) {
    const body = (await response.json().catch(() => undefined)) as T | undefined;
    return { status: response.status, body };
  }
  if (response.status === 403) {
    throw new Error(
      `Strapi forbids reading ${what} (403 Forbidden) at ${url}. The API token lacks the find/findOne permission on this content type: check the token's permissions in the admin (Settings › API Tokens) or the CMS bootstrap.`,
    );
  }
  if (!response.ok) {
    const body = (await response.text().catch(() => '')).slice(0, 300);
    throw new Error(`Strapi answered ${response.status} ${response.statusText} for ${url}: ${body}`);
  }
  let body: T;
  try {
    body = (await response.json()) as T;
  } catch (error) {
    throw new Error(`Strapi answered ${url} with a body that is not JSON (${(error as Error).message}).`);
  }
  return { status: response.status, body };
}
