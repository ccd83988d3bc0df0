/**
 * Island of the videos and maps shown on request: the button replaces its placeholder with the third-party iframe,
 * then hands the focus to it. Nothing is requested from the third party before the click.
 */
export function enableEmbedsOnRequest(root: ParentNode = document): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-embed-on-request]')) {
    const button = figure.querySelector<HTMLButtonElement>('[data-embed-button]');
    const frame = figure.querySelector<HTMLElement>('[data-embed-frame]');
    const { src, title } = figure.dataset;
    if (!button || !frame || !src || !title || button.dataset.ready) continue;
    button.dataset.ready = 'true';
    button.addEventListener('click', () => {
      const iframe = document.createElement('iframe');
      iframe.src = src;
      iframe.title = title;
      iframe.className = 'absolute inset-0 h-full w-full border-0';
      iframe.allow = 'autoplay; fullscreen; picture-in-picture; encrypted-media';
      iframe.allowFullscreen = true;
      iframe.referrerPolicy = 'strict-origin-when-cross-origin';
      frame.replaceChildren(iframe);
      iframe.focus();
    });
  }
}
