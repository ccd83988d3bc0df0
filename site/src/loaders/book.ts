import type { MetaStore } from 'astro/loaders';
import type { ContentIssue } from '@dk20000/shared';

/** What the loader remembers of one version of an entry it fetched. */
export interface Recorded {
  /** The CMS's version of the entry when it was fetched ('' when unknown: listed without the sync endpoint). */
  v: string;
  /** References to other documents and media (`doc:<id>`, `media:<id>`), see refs.ts. */
  refs: string[];
  /** Digest of the references' versions when the entry was fetched. */
  h: string;
}

export interface Rejected extends Recorded {
  issues: ContentIssue[];
}

/**
 * The loader's bookkeeping for one collection, kept in Astro's meta store next to the entries (it survives between
 * builds in the content layer cache): the version of every stored entry, and the versions the contract rejected.
 */
export interface Book {
  format: typeof FORMAT;
  /** Stored (good) entries, by entry id `<locale>:<documentId>`. */
  entries: Record<string, Recorded>;
  /** Latest versions the contract rejected, by entry id; the stored entry, if any, is the last good version. */
  rejected: Record<string, Rejected>;
}

/** Bump when the loader maps entries differently: every entry is then fetched again. */
const FORMAT = 2;
const META_KEY = 'sync';

export function readBook(meta: MetaStore): Book {
  const raw = meta.get(META_KEY);
  if (raw) {
    try {
      const book = JSON.parse(raw) as Book;
      if (book.format === FORMAT && book.entries && book.rejected) return book;
    } catch {
      // unreadable: start over, every entry is fetched again
    }
  }
  return { format: FORMAT, entries: {}, rejected: {} };
}

export function writeBook(meta: MetaStore, book: Book): void {
  meta.set(META_KEY, JSON.stringify(book));
}
