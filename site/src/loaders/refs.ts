import { createHash } from 'node:crypto';
import type { LocaleState } from './sync-state';

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);
const isMedia = (value: Plain) => typeof value.mime === 'string' && typeof value.url === 'string';

/**
 * What an entry shows of other documents: the documentIds of its relations (`doc:<id>`) and of its media files
 * (`media:<id>`), anywhere in its data (components and rich-text images included). Sorted, without duplicates.
 */
export function collectRefs(raw: Plain): string[] {
  const refs = new Set<string>();
  const visit = (value: unknown, root: boolean) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, false);
      return;
    }
    if (!isPlain(value)) return;
    if (!root && isMedia(value)) {
      const id = typeof value.documentId === 'string' ? value.documentId : value.id;
      if (id !== undefined && id !== null) refs.add(`media:${String(id)}`);
      return;
    }
    if (!root && typeof value.documentId === 'string') {
      // A related entry: only its reference fields are populated, nothing below it to follow.
      refs.add(`doc:${value.documentId}`);
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === 'localizations' || key === 'createdBy' || key === 'updatedBy') continue;
      visit(child, false);
    }
  };
  visit(raw, true);
  return [...refs].sort();
}

/** The version the CMS publishes of a reference (relation or media), `-` when it is not published. */
function refVersion(ref: string, state: LocaleState): string {
  if (ref.startsWith('media:')) return state.media.get(ref.slice(6)) ?? '-';
  return state.versions.get(ref.slice(4)) ?? '-';
}

/** A short digest of the versions of these references: it changes when any of them is edited, unpublished or deleted. */
export function refsDigest(refs: readonly string[], state: LocaleState): string {
  if (refs.length === 0) return '';
  const hash = createHash('sha1');
  for (const ref of refs) hash.update(`${ref}=${refVersion(ref, state)}\n`);
  return hash.digest('hex').slice(0, 16);
}
