import {
  contentIssues,
  contentTypes,
  editorErrorMap,
  fromStrapi,
  parseEntries,
  parseEntry,
  typeLabel,
  type CareerStory,
  type ContentTypeName,
  type Event,
  type PreviewContext,
  type PreviewLocals,
  type PreviewType,
  type PreviewView,
  type Venue,
} from '@dk20000/shared';

/** Strapi answered, but not with the entry (no access, unreachable, error): a French message for the editor. */
export class CmsReadError extends Error {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.name = 'CmsReadError';
    this.status = status;
  }
}

export interface CmsReader {
  /** Base URL of Strapi's REST API and media (`http://127.0.0.1:1337`). */
  strapiUrl: string;
  /** The preview token (read on each call: the CMS may regenerate it). */
  token: () => string;
}

type Raw = Record<string, unknown>;

async function getJson(reader: CmsReader, path: string): Promise<{ status: number; body: unknown }> {
  const url = `${reader.strapiUrl.replace(/\/+$/, '')}${path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Bearer ${reader.token()}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new CmsReadError(`Le CMS ne répond pas (${cause}) : l’aperçu ne peut pas lire le contenu.`, 502);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, body };
}

function query(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}

/** The entry itself: the draft (or published) version of one locale, read with the preview token. */
export async function readEntry(
  reader: CmsReader,
  type: PreviewType,
  documentId: string,
  locale: string,
  status: 'draft' | 'published',
): Promise<Raw | null> {
  const { apiPath } = contentTypes[type];
  const { status: code, body } = await getJson(
    reader,
    `/api/${apiPath}/${encodeURIComponent(documentId)}?${query({ locale, status })}`,
  );
  if (code === 404) return null;
  if (code === 401 || code === 403) {
    throw new CmsReadError(
      `Le CMS refuse la lecture (${code}) : le jeton d’aperçu est absent, périmé ou sans droit sur ce type de contenu. Redémarrez le CMS pour le régénérer.`,
      502,
    );
  }
  if (code < 200 || code >= 300) throw new CmsReadError(`Le CMS a répondu ${code} à la lecture du contenu.`, 502);
  const data = (body as { data?: unknown } | undefined)?.data;
  return data && typeof data === 'object' ? (data as Raw) : null;
}

/** Published entries of a related type matching `filters` (e.g. the events of a company); [] when they cannot be read. */
async function readRelated<N extends ContentTypeName>(
  reader: CmsReader,
  type: N,
  locale: string,
  filters: Record<string, string>,
): Promise<ReturnType<typeof parseEntries<N>>['entries']> {
  const params: Record<string, string> = { locale, 'pagination[pageSize]': '50', ...filters };
  try {
    const { status, body } = await getJson(reader, `/api/${contentTypes[type].apiPath}?${query(params)}`);
    if (status < 200 || status >= 300) return [];
    const data = (body as { data?: unknown } | undefined)?.data;
    if (!Array.isArray(data)) return [];
    return parseEntries(type, data, { mediaBaseUrl: reader.strapiUrl }).entries;
  } catch {
    return [];
  }
}

async function readView(reader: CmsReader, type: PreviewType, raw: Raw, locale: string, now: number): Promise<PreviewView | { issues: ReturnType<typeof contentIssues>; mapped: unknown }> {
  const options = { mediaBaseUrl: reader.strapiUrl };
  const checked = parseEntry(type, raw, options);
  if (!checked.success) {
    // Same mapping and schema as parseEntry, to name each field and reason for the editor.
    const mapped = fromStrapi(raw, options);
    const result = contentTypes[type].schema.safeParse(mapped, { error: editorErrorMap });
    const documentId = typeof raw.documentId === 'string' ? raw.documentId : '';
    const issues = result.success ? [] : contentIssues(type, mapped, result.error, { documentId, locale, keptPrevious: false });
    return { issues, mapped };
  }
  switch (type) {
    case 'companies': {
      const entry = checked.data as Extract<PreviewView, { type: 'companies' }>['entry'];
      const [events, stories] = await Promise.all([
        readRelated(reader, 'events', locale, {
          'filters[companies][documentId][$eq]': entry.documentId,
          'filters[startsAt][$gte]': new Date(now).toISOString(),
          'sort[0]': 'startsAt:asc',
        }),
        readRelated(reader, 'careerStories', locale, { 'filters[company][documentId][$eq]': entry.documentId }),
      ]);
      return { type, entry, events: events as Event[], stories: sortStories(stories as CareerStory[]) };
    }
    case 'jobs': {
      const entry = checked.data as Extract<PreviewView, { type: 'jobs' }>['entry'];
      const stories = await readRelated(reader, 'careerStories', locale, { 'filters[job][documentId][$eq]': entry.documentId });
      return { type, entry, stories: sortStories(stories as CareerStory[]) };
    }
    case 'events': {
      const entry = checked.data as Extract<PreviewView, { type: 'events' }>['entry'];
      const venues = await readRelated(reader, 'venues', locale, { 'filters[documentId][$eq]': entry.venue.documentId });
      return { type, entry, venue: venues[0] as Venue | undefined };
    }
    case 'careerStories':
      return { type, entry: checked.data as Extract<PreviewView, { type: 'careerStories' }>['entry'] };
    case 'trainingPaths':
      return { type, entry: checked.data as Extract<PreviewView, { type: 'trainingPaths' }>['entry'] };
    case 'pages':
      return { type, entry: checked.data as Extract<PreviewView, { type: 'pages' }>['entry'] };
    case 'articles':
      return { type, entry: checked.data as Extract<PreviewView, { type: 'articles' }>['entry'] };
  }
}

function sortStories(stories: CareerStory[]): CareerStory[] {
  return [...stories].sort((a, b) => Number(b.featured) - Number(a.featured) || a.firstName.localeCompare(b.firstName, 'fr'));
}

/**
 * Everything the preview route needs to render one entry: the entry validated by the contract and its related
 * published entries, or the contract's issues (field and French reason) when the version would be rejected.
 * `null` when the entry does not exist in that locale and status.
 */
export async function loadPreview(
  reader: CmsReader,
  request: {
    type: PreviewType;
    documentId: string;
    locale: string;
    status: 'draft' | 'published';
    /** Origin of the admin that frames the preview. */
    cmsOrigin: string;
    now?: number;
  },
): Promise<PreviewLocals | null> {
  const now = request.now ?? Date.now();
  const [raw, footerPages] = await Promise.all([
    readEntry(reader, request.type, request.documentId, request.locale, request.status),
    // The site is French: its footer links to the published French pages.
    readRelated(reader, 'pages', 'fr', { 'sort[0]': 'title:asc' }),
  ]);
  if (!raw) return null;
  const context: PreviewContext = {
    type: request.type,
    typeLabel: typeLabel(request.type),
    documentId: request.documentId,
    locale: request.locale,
    status: request.status,
    now,
    cmsOrigin: request.cmsOrigin,
    footerPages: footerPages.map((page) => ({ title: page.title, slug: page.slug })),
  };
  const view = await readView(reader, request.type, raw, request.locale, now);
  if ('issues' in view) {
    const name = view.issues[0]?.name ?? request.documentId;
    return { ...context, kind: 'invalid', name, issues: view.issues };
  }
  return { ...context, kind: 'entry', view };
}
