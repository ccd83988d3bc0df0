import * as React from 'react';
import { NavLink } from 'react-router-dom';
import { Box, Button, Flex, Link, Loader, Typography } from '@strapi/design-system';
import { ArrowClockwise, CheckCircle, Clock, WarningCircle, Information } from '@strapi/icons';
import { useFetchClient } from '@strapi/strapi/admin';
import { type ContentIssue, type Summary, type Tone, shortIssueText } from './format';

const TONE_COLORS: Record<Tone, { icon: string; background: string; border: string }> = {
  success: { icon: 'success600', background: 'success100', border: 'success200' },
  primary: { icon: 'primary600', background: 'primary100', border: 'primary200' },
  warning: { icon: 'warning600', background: 'warning100', border: 'warning200' },
  danger: { icon: 'danger600', background: 'danger100', border: 'danger200' },
  neutral: { icon: 'neutral600', background: 'neutral100', border: 'neutral200' },
};

function ToneIcon({ tone, busy }: { tone: Tone; busy: boolean }) {
  const color = TONE_COLORS[tone].icon;
  if (busy && tone === 'primary')
    return (
      <span aria-hidden="true">
        <Loader small>Publication en cours</Loader>
      </span>
    );
  const Icon = tone === 'success' ? CheckCircle : tone === 'danger' ? WarningCircle : tone === 'warning' ? Clock : Information;
  return <Icon aria-hidden fill={color} width="2rem" height="2rem" />;
}

/**
 * The state in one headline and a few lines. The headline is an ARIA live region (polite): screen readers
 * hear it when the state changes (« Publication en cours… », then « En ligne depuis 10 h 44 »), not at each poll.
 */
export function StatusBlock({ summary, compact = false }: { summary: Summary; compact?: boolean }) {
  const colors = TONE_COLORS[summary.tone];
  return (
    <Box background={colors.background} borderColor={colors.border} hasRadius padding={compact ? 2 : 3}>
      <Flex gap={2} alignItems="flex-start">
        <Box paddingTop="2px" style={{ flexShrink: 0 }}>
          <ToneIcon tone={summary.tone} busy={summary.busy} />
        </Box>
        <Flex direction="column" alignItems="flex-start" gap={1} style={{ minWidth: 0 }}>
          <Typography
            role="status"
            aria-live="polite"
            aria-atomic="true"
            variant={compact ? 'omega' : 'delta'}
            fontWeight="bold"
            textColor="neutral800"
            style={{ overflowWrap: 'anywhere' }}
          >
            {summary.headline}
          </Typography>
          {summary.lines.map((line) => (
            <Typography key={line} variant={compact ? 'pi' : 'omega'} textColor="neutral700" style={{ overflowWrap: 'anywhere' }}>
              {line}
            </Typography>
          ))}
          {summary.detail && !compact ? (
            <Box tag="details" paddingTop={1} style={{ maxWidth: '100%' }}>
              <Typography tag="summary" variant="pi" textColor="neutral600" style={{ cursor: 'pointer' }}>
                Détails techniques
              </Typography>
              <Box
                tag="pre"
                padding={2}
                marginTop={1}
                background="neutral0"
                hasRadius
                style={{ whiteSpace: 'pre-wrap', fontSize: '1.2rem', maxHeight: '12rem', overflow: 'auto' }}
              >
                {summary.detail}
              </Box>
            </Box>
          ) : null}
        </Flex>
      </Flex>
    </Box>
  );
}

export function PublishButton({
  onClick,
  busy,
  requesting,
  size = 'M',
}: {
  onClick: () => void;
  busy: boolean;
  requesting: boolean;
  size?: 'S' | 'M';
}) {
  return (
    <Button
      variant="secondary"
      size={size}
      startIcon={<ArrowClockwise aria-hidden />}
      loading={requesting}
      disabled={requesting || busy}
      onClick={onClick}
      fullWidth={size === 'S'}
    >
      Publier le site maintenant
    </Button>
  );
}

interface ContentTypeInfo {
  uid: string;
  kind: 'collectionType' | 'singleType';
  info: { pluralName?: string; singularName?: string };
}

let contentTypesPromise: Promise<ContentTypeInfo[]> | null = null;

/** Registry name (`companies`, `home`) → content-manager uid and kind, to link an issue to its entry. */
function useContentTypes(enabled: boolean): ContentTypeInfo[] {
  const { get } = useFetchClient();
  const [types, setTypes] = React.useState<ContentTypeInfo[]>([]);
  React.useEffect(() => {
    if (!enabled) return;
    let alive = true;
    contentTypesPromise ??= get<{ data: ContentTypeInfo[] }>('/content-manager/content-types')
      .then(({ data }) => data.data.filter((type) => type.uid.startsWith('api::')))
      .catch(() => {
        contentTypesPromise = null;
        return [];
      });
    void contentTypesPromise.then((list) => alive && setTypes(list));
    return () => {
      alive = false;
    };
  }, [get, enabled]);
  return types;
}

function editUrl(issue: ContentIssue, types: ContentTypeInfo[]): string | null {
  const type = types.find((t) => t.info.pluralName === issue.type || t.info.singularName === issue.type);
  if (!type) return null;
  const locale = `plugins[i18n][locale]=${encodeURIComponent(issue.locale)}`;
  return type.kind === 'singleType'
    ? `/content-manager/single-types/${type.uid}?${locale}`
    : `/content-manager/collection-types/${type.uid}/${encodeURIComponent(issue.documentId)}?${locale}`;
}

/** Entries the site's contract refused: they stay on the site in their previous version. */
export function IssueList({ issues, linkEntries = true, short = false }: { issues: ContentIssue[]; linkEntries?: boolean; short?: boolean }) {
  const types = useContentTypes(linkEntries && issues.length > 0);
  if (issues.length === 0) return null;
  return (
    <Box tag="ul" style={{ listStyle: 'disc', paddingLeft: '2rem' }}>
      {issues.map((issue) => {
        const url = linkEntries ? editUrl(issue, types) : null;
        return (
          <Box tag="li" key={`${issue.type}:${issue.locale}:${issue.documentId}:${issue.field ?? ''}`} paddingBottom={1}>
            <Typography variant="omega" textColor="neutral800" style={{ overflowWrap: 'anywhere' }}>
              {short ? shortIssueText(issue) : issue.text}
            </Typography>
            {url ? (
              <>
                {' '}
                <Link tag={NavLink} to={url} aria-label={`Corriger ${issue.typeLabel ?? ''} « ${issue.name ?? issue.documentId} » (${issue.locale})`}>
                  Corriger
                </Link>
              </>
            ) : null}
          </Box>
        );
      })}
    </Box>
  );
}
