import { type EmbedMode, embedQuery, SNIPPET_COLORS, type SnippetChoice, snippet, snippetAttributes } from '../lib/widget-snippet';

/**
 * The generator of /widget/: reads the form (and the address, after a submit without JavaScript), writes the
 * snippet, updates the live preview and copies the snippet on request, with a polite confirmation.
 */
const form = document.querySelector<HTMLFormElement>('#generateur');
const code = document.querySelector<HTMLElement>('#extrait');
const preview = document.querySelector<HTMLElement>('#apercu');
const copy = document.querySelector<HTMLButtonElement>('#copier');
const copyStatus = document.querySelector<HTMLElement>('#copie-statut');

if (form && code && preview && copy && copyStatus) {
  const site = preview.dataset.site ?? location.origin;

  // A submitted form (GET) comes back with its choices in the address: put them back into the fields.
  const query = new URLSearchParams(location.search);
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement)) continue;
    const value = query.get(element.name);
    if (value === null) continue;
    if (element instanceof HTMLInputElement && element.type === 'radio') element.checked = element.value === value;
    else element.value = value;
  }

  const read = (): SnippetChoice => {
    const data = new FormData(form);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' && value !== '' ? value : undefined;
    };
    const colors: Record<string, string> = {};
    for (const token of SNIPPET_COLORS) {
      const input = form.elements.namedItem(token);
      if (input instanceof HTMLInputElement && input.value.toLowerCase() !== input.dataset.default) colors[token] = input.value;
    }
    return {
      mode: (text('mode') ?? 'composant') as EmbedMode,
      lieu: text('lieu'),
      public: text('public'),
      type: text('type'),
      limit: text('limit'),
      layout: text('layout'),
      lang: text('lang'),
      colors,
    };
  };

  let frame: HTMLIFrameElement | undefined;
  const update = () => {
    const choice = read();
    code.textContent = snippet(choice, site);
    copyStatus.textContent = '';
    const widget = preview.querySelector<HTMLElement>('dk-programme');
    if (!widget) return;
    // The iframe mode is previewed in an iframe of the embed page, the other modes with the component.
    const inFrame = choice.mode === 'iframe';
    widget.hidden = inFrame;
    if (inFrame) {
      frame ??= Object.assign(document.createElement('iframe'), { title: preview.dataset.frameTitle ?? '' });
      frame.style.cssText = 'width:100%;height:600px;border:0';
      const src = `/widget/v1/embed/?${embedQuery(choice)}`;
      if (frame.getAttribute('src') !== src) frame.setAttribute('src', src);
      if (!frame.isConnected) preview.append(frame);
    } else frame?.remove();
    const attributes = new Map(snippetAttributes(choice));
    for (const name of ['lieu', 'public', 'type', 'limit', 'layout', 'lang']) {
      const value = attributes.get(name);
      if (value === undefined) widget.removeAttribute(name);
      else widget.setAttribute(name, value);
    }
    for (const token of SNIPPET_COLORS) {
      const value = choice.colors?.[token];
      if (value) widget.style.setProperty(`--dk-color-${token}`, value);
      else widget.style.removeProperty(`--dk-color-${token}`);
    }
  };

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
    code.focus();
  });
  code.tabIndex = -1;

  copy.hidden = false;
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      copyStatus.textContent = copy.dataset.copied ?? '';
    } catch {
      getSelection()?.selectAllChildren(code);
      copyStatus.textContent = copy.dataset.failed ?? '';
    }
  });

  update();
}
