/**
 * `<dk-programme>`: the programme of 20 000 emplois durables on a partner's page, in Shadow DOM, without
 * dependencies. Built by the site (site/widget/vite-plugin.ts) into /widget/v1/programme.js with the brand's
 * colours baked in as the defaults of the `--dk-*` custom properties.
 *
 *   <script src="https://…/widget/v1/programme.js" defer></script>
 *   <dk-programme lieu="…" public="…" type="…" limit="5" lang="fr" layout="list">
 *     <a href="https://…/agenda/">Voir le programme</a>
 *   </dk-programme>
 *
 * `lang="en"` reads the English feed (/api/v1/en/programme…): English interface, links to /en/events/<slug>/,
 * and the French titles of events not translated yet marked `lang="fr"`.
 *
 * Everything from the feed enters the page as text (textContent), and links only when they are http(s).
 */
import { agendaPaths, type Feed, type FeedEvent, feedUrl, formatWhen, readOptions, safeUrl, selectEvents, strings } from './core';

/** Brand defaults, replaced by the site build: colours by token (`primary`, `text`…) and `font`. */
declare const __DK_BRAND__: Record<string, string>;
/** The site's own origin (SITE_URL), used when the script cannot tell where it was loaded from. */
declare const __DK_SITE__: string;

const ATTRIBUTES = ['lieu', 'public', 'type', 'limit', 'lang', 'layout'];

function scriptOrigin(): string {
  try {
    return new URL((document.currentScript as HTMLScriptElement | null)?.src ?? '').origin;
  } catch {
    return __DK_SITE__;
  }
}
const ORIGIN = scriptOrigin();

/** One request per feed URL, shared by every widget of the page. */
const feeds = new Map<string, Promise<Feed | null>>();
function loadFeed(url: string): Promise<Feed | null> {
  let feed = feeds.get(url);
  if (!feed) {
    // A slice that does not exist (a place without upcoming events) reads as an empty programme.
    feed = fetch(url).then((r) => (r.status === 404 ? null : r.ok ? r.json() : Promise.reject(new Error(`${r.status}`))));
    feed.catch(() => feeds.delete(url));
    feeds.set(url, feed);
  }
  return feed;
}

const v = (name: string, fallback?: string) => `var(--dk-${name},${fallback ?? __DK_BRAND__[name.replace('color-', '')]})`;
const CSS = `:host{display:block}
:host([hidden]),[hidden]{display:none!important}
section{font-family:${v('font-family', __DK_BRAND__.font)};color:${v('color-text')};background:${v('color-background')};line-height:1.5;padding:${v('spacing', '1rem')};border:1px solid ${v('color-border')};border-radius:${v('radius', '.5rem')}}
h2{margin:0 0 .5rem;font-size:1.25rem;line-height:1.25;color:${v('color-primary')}}
ul{list-style:none;margin:0;padding:0;display:grid;gap:.5rem}
li{padding:.75rem;background:${v('color-surface')};border-left:4px solid ${v('color-primary')};border-radius:.25rem;overflow-wrap:anywhere}
.compact li{padding:.25rem .5rem}
a{color:${v('color-primary')};font-weight:700;text-underline-offset:.2em}
a:hover{text-decoration-thickness:3px}
a:focus-visible{outline:3px solid ${v('color-focus', __DK_BRAND__.danger)};outline-offset:2px}
p{margin:0}
h3{margin:0;font-size:1.0625rem}
.meta,.date,.msg{color:${v('color-text-muted')};font-size:.9375rem}
.date{font-weight:600}
.status{display:inline-block;margin-left:.5rem;padding:0 .375rem;border:1px solid currentColor;border-radius:.25rem;color:${v('color-danger')};font-weight:700;font-size:.875rem}
.cancelled a{text-decoration-line:underline line-through}
.msg{margin:.25rem 0 .75rem}
.all{margin-top:.75rem}`;

type Child = Node | string | null | undefined | false;
function h(tag: string, attrs: Record<string, string | undefined> | null, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) if (value !== undefined) el.setAttribute(name, value);
  for (const child of children) if (child) el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return el;
}

let sheet: CSSStyleSheet | undefined;

class DkProgramme extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  #root = this.attachShadow({ mode: 'open' });
  #section = h('section', { part: 'container', 'aria-labelledby': 'dk-heading' });
  #heading = h('h2', { id: 'dk-heading', part: 'heading' });
  // The live region stays in place from the first render on, so that each new message is announced.
  #status = h('p', { class: 'msg', part: 'message', role: 'status', 'aria-live': 'polite' });
  #list = h('ul', { part: 'list' });
  #all = h('a', { part: 'all' });
  #pending = false;
  #run = 0;

  constructor() {
    super();
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    this.#root.adoptedStyleSheets = [sheet];
    this.#section.append(this.#heading, this.#status, this.#list, h('p', { class: 'all' }, this.#all));
    this.#root.append(this.#section);
  }

  connectedCallback(): void {
    this.#schedule();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.#schedule();
  }

  /** Attribute changes made together give one render. */
  #schedule(): void {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      void this.#render();
    });
  }

  async #render(): Promise<void> {
    const run = ++this.#run;
    const options = readOptions((name) => this.getAttribute(name));
    const t = strings[options.lang];
    const status = this.#status;
    this.#section.setAttribute('lang', options.lang);
    this.#section.className = options.layout;
    this.#heading.textContent = t.heading;
    this.#all.textContent = t.all;
    if (this.#all.dataset.lang !== options.lang) {
      this.#all.setAttribute('href', `${ORIGIN}${agendaPaths[options.lang]}`);
      this.#all.dataset.lang = options.lang;
    }
    this.#list.setAttribute('aria-busy', 'true');
    this.#list.hidden = this.#list.childElementCount === 0;
    status.textContent = t.loading;
    let feed: Feed | null;
    try {
      feed = await loadFeed(feedUrl(ORIGIN, options));
    } catch {
      if (run === this.#run) {
        this.#list.replaceChildren();
        this.#list.hidden = true;
        this.#list.removeAttribute('aria-busy');
        status.textContent = t.error;
        this.#rendered();
      }
      return;
    }
    if (run !== this.#run) return;
    const agenda = safeUrl(feed?.agendaUrl);
    if (agenda) this.#all.setAttribute('href', agenda);
    const events = selectEvents(Array.isArray(feed?.events) ? feed.events : [], options, Date.now());
    // Texts of the feed in another language than the widget's are marked: the French feed's labels and names on
    // an English widget, the French titles (event `lang`, absent from the French feed) of events not translated.
    const foreign = (textLang: unknown) => (textLang === options.lang ? undefined : 'fr');
    const labelsLang = foreign(feed?.lang ?? 'fr');
    this.#list.replaceChildren(
      ...events.map((event) => this.#item(event, options.layout, options.lang, foreign(event.lang ?? feed?.lang ?? 'fr'), labelsLang)),
    );
    this.#list.hidden = events.length === 0;
    this.#list.removeAttribute('aria-busy');
    status.textContent = events.length === 0 ? t.empty : t.count(events.length);
    this.#rendered();
  }

  /** Tells the page the list is shown (the iframe page then sends its new height to its parent). */
  #rendered(): void {
    this.dispatchEvent(new Event('dk-programme:render', { bubbles: true }));
  }

  #item(event: FeedEvent, layout: 'list' | 'compact', lang: 'fr' | 'en', inFrench: string | undefined, labelsLang: string | undefined): HTMLElement {
    const t = strings[lang];
    const url = safeUrl(event.url);
    const title = String(event.title ?? '');
    const label = t.status[event.status];
    const when = h('time', { datetime: String(event.start) }, formatWhen(event, lang, layout));
    const link = url ? h('a', { href: url, part: 'link', lang: inFrench }, title) : h('span', { lang: inFrench }, title);
    const badge = label && h('span', { class: 'status', part: 'status' }, label);
    const cls = event.status === 'cancelled' ? 'cancelled' : undefined;
    if (layout === 'compact') return h('li', { part: 'item', class: cls }, h('span', { class: 'date', part: 'date' }, when), ' ', link, badge);
    const type = t.types[event.type];
    const venue = event.venue ? [event.venue.name, event.venue.town].filter(Boolean).join(', ') : '';
    return h(
      'li',
      { part: 'item', class: cls },
      h('p', { class: 'date', part: 'date' }, when, badge),
      h('h3', null, link),
      h(
        'p',
        { class: 'meta', part: 'meta' },
        type ?? h('span', { lang: labelsLang }, String(event.typeLabel ?? '')),
        venue && ' · ',
        // Place names: French on the English site until places are translated.
        venue && h('span', { lang: lang === 'fr' ? undefined : 'fr' }, venue),
      ),
    );
  }
}

if (!customElements.get('dk-programme')) customElements.define('dk-programme', DkProgramme);
