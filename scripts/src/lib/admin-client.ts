/**
 * Acts as a real editor on a running Strapi: logs into the admin panel and writes content through
 * the content-manager API, exactly like the admin UI does (drafts, publication, locales).
 */

export interface WriteOptions {
  /** Publish the document after writing it (otherwise it stays a draft). */
  publish?: boolean;
  /** Locale of the version to write; the CMS default locale (fr) when omitted. */
  locale?: string;
}

export interface AdminDocument {
  id: number;
  documentId: string;
  locale?: string | null;
  publishedAt?: string | null;
  [field: string]: unknown;
}

export interface AdminClient {
  /** Creates a document of a collection type; `data` uses attribute names as in the schema. */
  create(uid: string, data: Record<string, unknown>, options?: WriteOptions): Promise<AdminDocument>;
  /** Updates the draft of a collection-type document. */
  update(uid: string, documentId: string, data: Record<string, unknown>, options?: WriteOptions): Promise<AdminDocument>;
  /** Publishes the current draft of a collection-type document. */
  publish(uid: string, documentId: string, options?: { locale?: string }): Promise<AdminDocument>;
  /** Unpublishes a collection-type document (it goes back to draft only). */
  unpublish(uid: string, documentId: string, options?: { locale?: string }): Promise<AdminDocument>;
  /** Deletes a collection-type document (every locale unless `locale` is given). */
  remove(uid: string, documentId: string, options?: { locale?: string }): Promise<void>;
  /** Creates or updates a single type, optionally publishing it. */
  setSingle(uid: string, data: Record<string, unknown>, options?: WriteOptions): Promise<AdminDocument>;
  /** Raw authenticated request to the admin API, for what the helpers above do not cover. */
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
}

export class AdminApiError extends Error {
  readonly status: number;
  readonly details: unknown;

  constructor(message: string, status: number, details: unknown) {
    super(message);
    this.name = 'AdminApiError';
    this.status = status;
    this.details = details;
  }
}

function withLocale(path: string, locale: string | undefined): string {
  return locale ? `${path}?locale=${encodeURIComponent(locale)}` : path;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function describeError(body: unknown): string {
  const error = (body as { error?: { message?: string; details?: unknown } } | undefined)?.error;
  if (!error) return typeof body === 'string' ? body.slice(0, 300) : '';
  const details = error.details ? ` ${JSON.stringify(error.details).slice(0, 600)}` : '';
  return `${error.message ?? ''}${details}`;
}

export async function adminClient(url: string, email: string, password: string): Promise<AdminClient> {
  const base = url.replace(/\/+$/, '');
  let token = '';

  async function login(): Promise<void> {
    let response: Response;
    try {
      response = await fetch(`${base}/admin/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ email, password }),
      });
    } catch (error) {
      throw new Error(`Strapi admin is unreachable at ${base}/admin/login: ${(error as Error).message}`);
    }
    const body = (await readBody(response)) as { data?: { token?: string; accessToken?: string } } | undefined;
    const received = body?.data?.accessToken ?? body?.data?.token;
    if (!response.ok || !received) {
      throw new AdminApiError(
        `Admin login failed for ${email} at ${base} (${response.status}): ${describeError(body)}`,
        response.status,
        body,
      );
    }
    token = received;
  }

  async function request<T>(method: string, path: string, body?: unknown, retried = false): Promise<T> {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 401 && !retried) {
      // Admin access tokens are short-lived: log in again once.
      await login();
      return request<T>(method, path, body, true);
    }
    const parsed = await readBody(response);
    if (!response.ok) {
      throw new AdminApiError(`${method} ${path} failed (${response.status}): ${describeError(parsed)}`, response.status, parsed);
    }
    return parsed as T;
  }

  const collection = (uid: string) => `/content-manager/collection-types/${encodeURIComponent(uid)}`;
  const single = (uid: string) => `/content-manager/single-types/${encodeURIComponent(uid)}`;

  await login();

  const client: AdminClient = {
    request: (method, path, body) => request(method, path, body),

    async create(uid, data, options = {}) {
      const created = await request<{ data: AdminDocument }>('POST', withLocale(collection(uid), options.locale), data);
      if (!options.publish) return created.data;
      return client.publish(uid, created.data.documentId, { locale: options.locale });
    },

    async update(uid, documentId, data, options = {}) {
      const updated = await request<{ data: AdminDocument }>(
        'PUT',
        withLocale(`${collection(uid)}/${encodeURIComponent(documentId)}`, options.locale),
        data,
      );
      if (!options.publish) return updated.data;
      return client.publish(uid, documentId, { locale: options.locale });
    },

    async publish(uid, documentId, options = {}) {
      const published = await request<{ data: AdminDocument }>(
        'POST',
        withLocale(`${collection(uid)}/${encodeURIComponent(documentId)}/actions/publish`, options.locale),
        {},
      );
      return published.data;
    },

    async unpublish(uid, documentId, options = {}) {
      const unpublished = await request<{ data: AdminDocument }>(
        'POST',
        withLocale(`${collection(uid)}/${encodeURIComponent(documentId)}/actions/unpublish`, options.locale),
        {},
      );
      return unpublished.data;
    },

    async remove(uid, documentId, options = {}) {
      await request('DELETE', withLocale(`${collection(uid)}/${encodeURIComponent(documentId)}`, options.locale));
    },

    async setSingle(uid, data, options = {}) {
      const saved = await request<{ data: AdminDocument }>('PUT', withLocale(single(uid), options.locale), data);
      if (!options.publish) return saved.data;
      const published = await request<{ data: AdminDocument }>(
        'POST',
        withLocale(`${single(uid)}/actions/publish`, options.locale),
        {},
      );
      return published.data;
    },
  };
  return client;
}
