import type { Loader, LoaderContext } from 'astro/loaders';
import {
  contentIssues,
  contentIssueText,
  contentTypes,
  editorErrorMap,
  fromStrapi,
  type ContentIssue,
  type ContentTypeName,
} from '@dk20000/shared';
import { entryId, LOCALES, parseEntryId, type Locale } from '../lib/entry-id';
import { strapiToken, strapiUrl } from '../lib/strapi-env';
import { readBook, writeBook, type Book, type Recorded } from './book';
import { fetchAll, fetchByIds, fetchSingle, type RawEntry } from './fetch';
import { reportContentIssues } from './issues-report';
import { brandThemeIssues } from './theme-issues';
import { versionMediaUrls } from './media';
import { collectRefs, refsDigest } from './refs';
import { syncRound, type LocaleState } from './sync-state';

export interface StrapiLoaderOptions {
  type: ContentTypeName;
}

/** Above this share of a collection to fetch, paging through all of it costs fewer requests than batches of ids. */
const FULL_LISTING_SHARE = 0.5;

/** Version of an entry listed without the sync endpoint: unknown, so that the endpoint's first reading refetches it. */
const UNKNOWN_VERSION = '';

interface Counts {
  fetched: number;
  stored: number;
  removed: number;
  rejected: number;
}

/** One load of one collection: both locales, against what the store holds from the previous build. */
class CollectionSync {
  readonly issues: ContentIssue[] = [];
  readonly counts: Counts = { fetched: 0, stored: 0, removed: 0, rejected: 0 };
  private readonly schema;
  private readonly single: boolean;

  constructor(
    private readonly type: ContentTypeName,
    private readonly context: LoaderContext,
    private readonly base: string,
    private readonly token: string,
    private readonly book: Book,
  ) {
    this.schema = contentTypes[type].schema;
    this.single = contentTypes[type].kind === 'single';
  }

  /** Sync mark known: fetch only the entries whose version, or the version of what they show, changed. */
  async incremental(locale: Locale, state: LocaleState, published: Map<string, string>): Promise<void> {
    this.removeUnpublished(locale, (documentId) => published.has(documentId));

    const toFetch: string[] = [];
    for (const [documentId, version] of published) {
      const id = entryId(locale, documentId);
      const rejected = this.book.rejected[id];
      if (rejected) {
        if (this.unchanged(rejected, version, state)) this.reportAgain(rejected.issues, id);
        else toFetch.push(documentId);
        continue;
      }
      const recorded = this.book.entries[id];
      if (!recorded || !this.context.store.has(id) || !this.unchanged(recorded, version, state)) toFetch.push(documentId);
    }
    if (toFetch.length === 0) return;

    const wanted = new Set(toFetch);
    const received = new Set<string>();
    const accept = async (raw: RawEntry) => {
      if (!wanted.has(raw.documentId) || received.has(raw.documentId)) return;
      received.add(raw.documentId);
      await this.accept(locale, raw, published.get(raw.documentId) ?? UNKNOWN_VERSION, state);
    };
    if (this.single) {
      const raw = await fetchSingle(this.base, this.token, this.type, locale);
      if (raw) await accept(raw);
    } else if (toFetch.length > published.size * FULL_LISTING_SHARE && toFetch.length > 100) {
      for await (const raw of fetchAll(this.base, this.token, this.type, locale)) await accept(raw);
    } else {
      for await (const raw of fetchByIds(this.base, this.token, this.type, locale, toFetch)) await accept(raw);
    }
    // Unpublished or deleted between the sync reading and the fetch.
    for (const documentId of toFetch) if (!received.has(documentId)) this.remove(entryId(locale, documentId));
  }

  /** No sync endpoint: list every published entry, as before. */
  async full(locale: Locale): Promise<void> {
    const seen = new Set<string>();
    if (this.single) {
      const raw = await fetchSingle(this.base, this.token, this.type, locale);
      if (raw) {
        seen.add(raw.documentId);
        await this.accept(locale, raw, UNKNOWN_VERSION);
      }
    } else {
      for await (const raw of fetchAll(this.base, this.token, this.type, locale)) {
        if (seen.has(raw.documentId)) continue;
        seen.add(raw.documentId);
        await this.accept(locale, raw, UNKNOWN_VERSION);
      }
    }
    this.removeUnpublished(locale, (documentId) => seen.has(documentId));
  }

  /** Drops entries stored under an id of another form (an older loader's, or a locale the site no longer reads). */
  removeForeign(): void {
    for (const id of this.context.store.keys()) if (!parseEntryId(id)) this.remove(id);
    for (const id of Object.keys(this.book.entries)) if (!this.context.store.has(id)) delete this.book.entries[id];
  }

  private unchanged(recorded: Recorded, version: string, state: LocaleState): boolean {
    return recorded.v !== UNKNOWN_VERSION && recorded.v === version && recorded.h === refsDigest(recorded.refs, state);
  }

  private removeUnpublished(locale: Locale, isPublished: (documentId: string) => boolean): void {
    const stale = (id: string) => {
      const parsed = parseEntryId(id);
      return parsed?.locale === locale && !isPublished(parsed.documentId);
    };
    for (const id of this.context.store.keys()) if (stale(id)) this.remove(id);
    for (const id of Object.keys(this.book.rejected)) if (stale(id)) delete this.book.rejected[id];
  }

  private remove(id: string): void {
    if (this.context.store.has(id)) {
      this.context.store.delete(id);
      this.counts.removed += 1;
    }
    delete this.book.entries[id];
    delete this.book.rejected[id];
  }

  /** Validates a fetched entry against the contract: stores it, or keeps the last good version and reports why. */
  private async accept(locale: Locale, raw: RawEntry, version: string, state?: LocaleState): Promise<void> {
    this.counts.fetched += 1;
    const id = entryId(locale, raw.documentId);
    const refs = state ? collectRefs(raw) : [];
    const recorded: Recorded = { v: version, refs, h: state ? refsDigest(refs, state) : '' };
    const mapped = fromStrapi(versionMediaUrls(raw), { mediaBaseUrl: this.base }) as Record<string, unknown>;
    const result = this.schema.safeParse(mapped, { error: editorErrorMap });
    if (result.success) {
      const data = await this.context.parseData({ id, data: mapped });
      this.context.store.set({ id, data, digest: this.context.generateDigest(data) });
      this.book.entries[id] = recorded;
      delete this.book.rejected[id];
      this.counts.stored += 1;
      return;
    }
    const keptPrevious = this.context.store.has(id);
    const issues = contentIssues(this.type, mapped, result.error, { documentId: raw.documentId, locale, keptPrevious });
    this.book.rejected[id] = { ...recorded, issues };
    this.counts.rejected += 1;
    this.issues.push(...issues);
  }

  /** A rejected version that did not change: its issues still stand (whether a previous version is live may have). */
  private reportAgain(issues: readonly ContentIssue[], id: string): void {
    const keptPrevious = this.context.store.has(id);
    for (const issue of issues) {
      const again = { ...issue, keptPrevious };
      this.issues.push({ ...again, text: contentIssueText(again) });
    }
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Astro content loader of one content type of the CMS: the published French and English versions, keyed
 * `<locale>:<documentId>`. It reads the CMS's sync endpoint once per content sync (shared by every collection),
 * fetches only the entries that changed since the previous build — or whose relations and media changed — and
 * removes those no longer published. An entry the contract rejects keeps its last good version; its issues go to
 * the build log and to SITE_CONTENT_ISSUES_FILE. Without the sync endpoint (an older CMS) it lists everything.
 */
export function strapiLoader({ type }: StrapiLoaderOptions): Loader {
  if (!contentTypes[type]) throw new Error(`strapiLoader: unknown content type "${String(type)}"`);

  return {
    name: `strapi:${type}`,
    async load(context: LoaderContext) {
      const { logger, meta, store } = context;
      if (process.env.SITE_CONTENT_OFFLINE === '1') {
        // Type checking needs the schemas only, not the content: no CMS required.
        logger.info(`${type}: not fetched (SITE_CONTENT_OFFLINE=1)`);
        return;
      }
      const base = strapiUrl();
      const token = strapiToken();
      const sync = await syncRound(type, base, token);
      if (!sync.state) logger.warn(`${type}: listing every entry, ${sync.reason}`);

      const book = readBook(meta);
      const run = new CollectionSync(type, context, base, token, book);
      run.removeForeign();
      for (const locale of LOCALES) {
        const state = sync.state?.[locale];
        const published = state?.types.get(type);
        if (state && published) await run.incremental(locale, state, published);
        else await run.full(locale);
      }
      writeBook(meta, book);

      // The brand's colours also go through the theme's contrast check: a refused colour is reported with the rest.
      const issues = type === 'brand' ? [...run.issues, ...brandThemeIssues(store)] : run.issues;
      reportContentIssues(type, issues);
      for (const issue of issues) logger.warn(issue.text);
      const byLocale = LOCALES.map((locale) => `${locale} ${store.keys().filter((id) => id.startsWith(`${locale}:`)).length}`);
      const { fetched, removed } = run.counts;
      logger.info(
        `${type}: ${plural(store.keys().length, 'entry', 'entries')} (${byLocale.join(', ')}), ${fetched} fetched, ${removed} removed, ${plural(run.issues.length, 'issue', 'issues')}`,
      );
    },
  };
}
