import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { NBSP, summarize } from './format';
import { IssueList, PublishButton, StatusBlock } from './parts';
import { usePublisher } from './usePublisher';

/** Homepage widget « Site public »: state of the public site, refused entries, « Publier le site maintenant ». */
export function SitePublisherWidget() {
  const { status, loadError, requesting, publishNow } = usePublisher();
  if (!status) {
    return loadError ? <Widget.Error>{loadError}</Widget.Error> : <Widget.Loading>Lecture de l’état du site…</Widget.Loading>;
  }
  const summary = summarize(status);
  const issues = status.contentIssues ?? [];
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <StatusBlock summary={summary} />
      {loadError ? (
        <Typography variant="pi" textColor="danger600">
          {loadError}
        </Typography>
      ) : null}
      <Flex justifyContent="flex-start">
        <PublishButton onClick={() => void publishNow()} busy={summary.busy && Boolean(status.building)} requesting={requesting} />
      </Flex>
      {issues.length > 0 ? (
        <Box>
          <Typography tag="h3" variant="sigma" textColor="neutral600">
            {issues.length === 1 ? `1${NBSP}contenu refusé par le site` : `${issues.length}${NBSP}contenus refusés par le site`}
          </Typography>
          <Box paddingTop={1} paddingBottom={2}>
            <Typography variant="pi" textColor="neutral600">
              {issues.length === 1 ? 'Corrigez-le puis publiez-le à nouveau.' : 'Corrigez-les puis publiez-les à nouveau.'}
            </Typography>
          </Box>
          <IssueList issues={issues} />
        </Box>
      ) : null}
    </Flex>
  );
}
