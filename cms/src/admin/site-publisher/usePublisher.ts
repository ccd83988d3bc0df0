import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import type { PublisherStatus } from './format';

export const STATUS_PATH = '/admin/site-publisher/status';
export const BUILD_PATH = '/admin/site-publisher/build';

/** While a build runs or is pending, and just after « Publier le site maintenant ». */
const FAST_MS = 2_000;
/** Otherwise. */
const SLOW_MS = 10_000;
/** How long to keep polling fast after a click, until the service reports the build. */
const BOOST_MS = 20_000;

const isAbort = (error: unknown) => (error as { name?: string } | null)?.name === 'AbortError';

export interface Publisher {
  status: PublisherStatus | null;
  /** Strapi itself did not answer (network, session). */
  loadError: string | null;
  /** A click on « Publier le site maintenant » is being sent. */
  requesting: boolean;
  publishNow(): Promise<void>;
  /** Something was just published: read the state now and poll fast for a while. */
  watchClosely(): void;
}

/**
 * Reads GET /admin/site-publisher/status every few seconds while a build runs (or is pending), less
 * often otherwise, and not while the tab is hidden. POST /admin/site-publisher/build on demand.
 */
export function usePublisher(): Publisher {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [status, setStatus] = React.useState<PublisherStatus | null>(null);
  const [loadError, setLoadError] = React.useState<string | null>(null);
  const [requesting, setRequesting] = React.useState(false);
  const statusRef = React.useRef<PublisherStatus | null>(null);
  const boostUntil = React.useRef(0);
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const load = React.useRef<() => Promise<void>>(async () => {});

  React.useEffect(() => {
    let alive = true;
    const schedule = () => {
      clearTimeout(timer.current);
      if (!alive) return;
      const current = statusRef.current;
      const fast = Date.now() < boostUntil.current || Boolean(current?.building || current?.pending);
      timer.current = setTimeout(() => void load.current(), fast ? FAST_MS : SLOW_MS);
    };
    load.current = async () => {
      clearTimeout(timer.current);
      if (typeof document !== 'undefined' && document.hidden) {
        schedule();
        return;
      }
      try {
        const { data } = await get<PublisherStatus>(STATUS_PATH);
        if (!alive) return;
        statusRef.current = data;
        if (data.building) boostUntil.current = 0;
        setStatus(data);
        setLoadError(null);
      } catch (error) {
        if (!alive || isAbort(error)) return;
        setLoadError('L’état de publication n’a pas pu être lu (Strapi ne répond pas).');
      }
      schedule();
    };
    const onVisible = () => {
      if (!document.hidden) void load.current();
    };
    document.addEventListener('visibilitychange', onVisible);
    void load.current();
    return () => {
      alive = false;
      clearTimeout(timer.current);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [get]);

  const publishNow = React.useCallback(async () => {
    setRequesting(true);
    try {
      const { data } = await post<{ accepted: boolean; message: string }>(BUILD_PATH, {}, { validateStatus: (code) => code === 502 || code === 503 });
      if (data?.accepted) {
        boostUntil.current = Date.now() + BOOST_MS;
        toggleNotification({ type: 'success', message: 'Publication du site demandée. Elle prend en général quelques secondes.' });
      } else {
        toggleNotification({ type: 'danger', message: data?.message ?? 'La publication n’a pas pu être demandée.' });
      }
    } catch (error) {
      if (!isAbort(error)) toggleNotification({ type: 'danger', message: 'La publication n’a pas pu être demandée (Strapi ne répond pas).' });
    } finally {
      setRequesting(false);
      void load.current();
    }
  }, [post, toggleNotification]);

  const watchClosely = React.useCallback(() => {
    boostUntil.current = Date.now() + BOOST_MS;
    void load.current();
  }, []);

  return { status, loadError, requesting, publishNow, watchClosely };
}
