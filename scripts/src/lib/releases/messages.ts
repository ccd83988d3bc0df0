import { StepError } from '../process-group.ts';
import { ReleaseCheckError } from './checks.ts';
import { LockTimeoutError } from './lock.ts';
import type { BuildErrorInfo } from './state.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

export type BuildStep = 'lock' | 'cms' | 'astro' | 'copy' | 'pagefind' | 'check' | 'switch' | 'done';

/** A failed build: `message` in English for operators' logs, `info` in French for /status. */
export class ReleaseError extends Error {
  readonly step: BuildStep;
  readonly info: BuildErrorInfo;
  constructor(step: BuildStep, english: string, info: BuildErrorInfo) {
    super(english);
    this.name = 'ReleaseError';
    this.step = step;
    this.info = info;
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes of the build's output
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const tail = (text: string, lines = 40) => text.replace(ANSI, '').trim().split('\n').slice(-lines).join('\n');

/** Loader and Astro errors worth naming to an editor, found in the build's log. */
function astroReason(output: string): string | undefined {
  if (/rejected the API token|401 Unauthorized/i.test(output)) return `le CMS a refusé le jeton de lecture du site (401)`;
  if (/forbids reading|403 Forbidden/i.test(output)) return `le jeton de lecture du site n’a pas accès à tous les contenus (403)`;
  if (/Strapi is unreachable|ECONNREFUSED|fetch failed|ECONNRESET|UND_ERR_SOCKET/i.test(output)) return 'le CMS a cessé de répondre';
  if (/CompilerError|\[vite\].*Build failed|SyntaxError|TypeError|ReferenceError/.test(output)) {
    return 'une erreur dans le code du site l’empêche (à signaler à l’équipe technique)';
  }
  return undefined;
}

/** Turns what went wrong in a step into an English log line and a French sentence with the log tail. */
export function describeFailure(
  step: BuildStep,
  error: unknown,
  context: { strapiUrl: string; cmsUp?: boolean; hasLive?: boolean },
): ReleaseError {
  const UNCHANGED = context.hasLive === false ? 'Aucune version du site n’est encore en ligne.' : 'Le site en ligne reste inchangé.';
  const at = new Date().toISOString();
  const output = error instanceof StepError ? error.output : error instanceof Error ? (error.stack ?? error.message) : String(error);
  const detail = tail(output);
  const make = (english: string, message: string) => new ReleaseError(step, english, { at, message, detail });

  if (error instanceof StepError && error.aborted) {
    return make(`The build was aborted during ${step}`, `La construction du site a été interrompue (arrêt du service). ${UNCHANGED}`);
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return make(`The build was aborted during ${step}`, `La construction du site a été interrompue (arrêt du service). ${UNCHANGED}`);
  }
  switch (step) {
    case 'lock': {
      const holder = error instanceof LockTimeoutError ? error.holder : undefined;
      return make(
        error instanceof Error ? error.message : String(error),
        `Une autre construction du site est en cours${holder ? ` (processus ${holder.pid})` : ''}${NNBSP}; réessayez dans quelques minutes. ${UNCHANGED}`,
      );
    }
    case 'cms':
      return make(
        `The CMS does not answer at ${context.strapiUrl}`,
        `Le CMS ne répond pas (${context.strapiUrl})${NBSP}: la construction du site n’a pas pu commencer. ${UNCHANGED}`,
      );
    case 'astro': {
      if (context.cmsUp === false) {
        return make(
          `The CMS stopped answering at ${context.strapiUrl} during the build`,
          `Le CMS a cessé de répondre pendant la construction du site (${context.strapiUrl}). ${UNCHANGED} La prochaine publication relancera la construction.`,
        );
      }
      const reason = astroReason(output);
      const code = error instanceof StepError ? error.code : null;
      return make(
        `astro build failed${code === null ? '' : ` with code ${code}`}`,
        `La construction du site a échoué${reason ? `${NBSP}: ${reason}` : ` (astro build${code === null ? '' : `, code ${code}`})`}. ${UNCHANGED}`,
      );
    }
    case 'copy':
      return make('Copying the work folder into the new release failed', `La copie de la nouvelle version du site a échoué. ${UNCHANGED}`);
    case 'pagefind':
      return make('Pagefind failed to index the new release', `L’indexation de la recherche (Pagefind) a échoué. ${UNCHANGED}`);
    case 'check': {
      const reason = error instanceof ReleaseCheckError ? error.reason : 'erreur inattendue';
      return make(
        `The new release failed its checks: ${error instanceof Error ? error.message : String(error)}`,
        `La vérification de la nouvelle version a échoué${NBSP}: ${reason}. ${UNCHANGED}`,
      );
    }
    case 'switch':
    case 'done':
      return make('Switching the live release failed', `La mise en ligne de la nouvelle version a échoué. ${UNCHANGED}`);
  }
}
