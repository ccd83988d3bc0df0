import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { contentTypeNames, type ContentIssue, type ContentTypeName } from '@dk20000/shared';

/*
 * The contract issues of the current build, collected from every collection of this Astro process and written,
 * as one JSON array of ContentIssue, to SITE_CONTENT_ISSUES_FILE when it is set (the rebuild service shows them in
 * /status and in the admin). The file is rewritten after each collection, so it is complete when the content sync is.
 */

const byType = new Map<ContentTypeName, ContentIssue[]>();

/** Every issue reported so far, in registry order, then locale and documentId. */
export function collectedIssues(): ContentIssue[] {
  return contentTypeNames.flatMap((type) =>
    [...(byType.get(type) ?? [])].sort(
      (a, b) => a.locale.localeCompare(b.locale) || a.documentId.localeCompare(b.documentId) || a.field.localeCompare(b.field),
    ),
  );
}

function writeIssuesFile(): void {
  const file = process.env.SITE_CONTENT_ISSUES_FILE;
  if (!file) return;
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(collectedIssues(), null, 2)}\n`);
  renameSync(temporary, file);
}

/** Replaces the issues of one collection (an empty list clears them) and rewrites the issues file. */
export function reportContentIssues(type: ContentTypeName, issues: readonly ContentIssue[]): void {
  byType.set(type, [...issues]);
  writeIssuesFile();
}

/** Forgets every reported issue (tests). */
export function forgetContentIssues(): void {
  byType.clear();
}
