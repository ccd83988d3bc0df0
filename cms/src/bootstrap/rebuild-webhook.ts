import type { Core } from '@strapi/strapi';

export const REBUILD_WEBHOOK_NAME = 'Reconstruction du site';
export const REBUILD_WEBHOOK_EVENTS = [
  'entry.create',
  'entry.update',
  'entry.delete',
  'entry.publish',
  'entry.unpublish',
  'media.create',
  'media.update',
  'media.delete',
];

interface Webhook {
  id: string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}
interface WebhookStore {
  findWebhooks(): Promise<Webhook[]>;
  createWebhook(data: Omit<Webhook, 'id'>): Promise<Webhook>;
  updateWebhook(id: string, data: Omit<Webhook, 'id'>): Promise<Webhook | null>;
  deleteWebhook(id: string): Promise<unknown>;
}
interface WebhookRunner {
  add(webhook: Webhook): void;
  update(webhook: Webhook): void;
  remove(webhook: Webhook): void;
}

const same = (a: Omit<Webhook, 'id'>, b: Omit<Webhook, 'id'>) =>
  a.url === b.url && a.isEnabled === b.isEnabled && JSON.stringify(a.headers) === JSON.stringify(b.headers) && a.events.join() === b.events.join();

/**
 * Publishing rebuilds the site: Strapi calls the rebuild service on every entry and media change.
 * The webhook is created or updated from REBUILD_URL / REBUILD_SECRET at each start, never duplicated,
 * and handed to the running webhook runner (which loaded the stored webhooks before this bootstrap).
 * Without a secret the rebuild service would refuse every call, so the webhook is removed.
 */
export async function ensureRebuildWebhook(strapi: Core.Strapi) {
  const { url, secret } = strapi.config.get('site.rebuild') as { url: string; secret: string };
  const store = strapi.get('webhookStore') as WebhookStore;
  const runner = strapi.get('webhookRunner') as WebhookRunner;
  const [current, ...duplicates] = (await store.findWebhooks()).filter((webhook) => webhook.name === REBUILD_WEBHOOK_NAME);
  const drop = async (webhook: Webhook) => {
    await store.deleteWebhook(webhook.id);
    runner.remove(webhook);
  };
  for (const duplicate of duplicates) await drop(duplicate);

  if (!secret) {
    if (current) await drop(current);
    strapi.log.warn(`REBUILD_SECRET is empty: no « ${REBUILD_WEBHOOK_NAME} » webhook, publishing does not rebuild the site (npm start sets it).`);
    return;
  }
  const wanted = {
    name: REBUILD_WEBHOOK_NAME,
    url: `${url.replace(/\/+$/, '')}/hooks/strapi`,
    headers: { 'X-Rebuild-Secret': secret },
    events: REBUILD_WEBHOOK_EVENTS,
    isEnabled: true,
  };
  if (!current) {
    runner.add(await store.createWebhook(wanted));
    strapi.log.info(`Webhook « ${REBUILD_WEBHOOK_NAME} » created: ${wanted.url}`);
  } else if (!same(current, wanted)) {
    const updated = await store.updateWebhook(current.id, wanted);
    if (updated) runner.update(updated);
    strapi.log.info(`Webhook « ${REBUILD_WEBHOOK_NAME} » updated: ${wanted.url}`);
  }
}
