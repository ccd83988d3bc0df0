import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { issuesOf, publicationLine, summarize } from './format';
import { IssueList, PublishButton, StatusBlock } from './parts';
import { usePublisher } from './usePublisher';

function SitePublisherPanelContent({ documentId, publishedAt }: { documentId?: string; publishedAt?: string | null }) {
  const { status, loadError, requesting, publishNow, watchClosely } = usePublisher();
  // Just published from this edit view: the rebuild starts within seconds, follow it closely.
  const seenPublishedAt = React.useRef(publishedAt);
  React.useEffect(() => {
    if (publishedAt && publishedAt !== seenPublishedAt.current) watchClosely();
    seenPublishedAt.current = publishedAt;
  }, [publishedAt, watchClosely]);
  if (!status) {
    return (
      <Typography variant="pi" textColor={loadError ? 'danger600' : 'neutral600'}>
        {loadError ?? 'Lecture de l’état du site…'}
      </Typography>
    );
  }
  const summary = summarize(status);
  const issues = issuesOf(status, documentId);
  const mine = issues.length === 0 ? publicationLine(status, publishedAt) : null;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <StatusBlock summary={{ ...summary, lines: summary.short ? [summary.short] : summary.lines.slice(0, 1) }} compact />
      {mine ? (
        <Typography variant="pi" textColor="neutral700">
          {mine}
        </Typography>
      ) : null}
      {issues.length > 0 ? (
        <Box background="danger100" borderColor="danger200" hasRadius padding={2}>
          <Typography tag="p" variant="pi" fontWeight="bold" textColor="danger700">
            Cette entrée n’est pas à jour sur le site public
          </Typography>
          <Box paddingTop={1}>
            <IssueList issues={issues} linkEntries={false} short />
          </Box>
        </Box>
      ) : null}
      <PublishButton size="S" onClick={() => void publishNow()} busy={Boolean(status.building)} requesting={requesting} />
    </Flex>
  );
}

/** When the version of this locale was last published (the draft tab carries it in meta.availableStatus). */
function lastPublishedAt({ document, meta }: PanelComponentProps): string | null {
  const locale = document?.locale;
  const dates = [document?.publishedAt, ...(meta?.availableStatus ?? []).filter((s) => !locale || s.locale === locale).map((s) => s.publishedAt)]
    .filter((d): d is string => typeof d === 'string' && d !== '')
    .sort();
  return dates.at(-1) ?? null;
}

/** Edit-view side panel « Site public »: the same state in short, this entry's refused versions, the same button. */
export const SitePublisherPanel: PanelComponent = (props: PanelComponentProps) => {
  if (!props.model.startsWith('api::')) return null;
  const documentId = props.document?.documentId ?? props.documentId;
  return {
    title: 'Site public',
    content: <SitePublisherPanelContent documentId={documentId} publishedAt={lastPublishedAt(props)} />,
  };
};
SitePublisherPanel.displayName = 'SitePublisherPanel';
