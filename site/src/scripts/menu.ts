/**
 * The phone menu's disclosure (the only script of every page, under 1 kB): the « Menu » button shows and hides the
 * menu, Escape closes it and gives focus back to the button. Without JavaScript the button stays hidden and the menu
 * open; on wide screens CSS hides the button and always shows the menu.
 */
export function setupMenu(root: Document): void {
  const nav = root.querySelector<HTMLElement>('.site-menu');
  const button = nav?.querySelector<HTMLButtonElement>('.menu-button');
  const panel = button ? root.getElementById(button.getAttribute('aria-controls') ?? '') : null;
  if (!nav || !button || !panel) return;

  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    nav.dataset.menu = open ? 'open' : 'closed';
  };

  setOpen(false);
  button.hidden = false;
  button.addEventListener('click', () => setOpen(!isOpen()));
  nav.addEventListener('keydown', (event) => {
    // On wide screens the button is not displayed: there is nothing to close.
    if (event.key !== 'Escape' || !isOpen() || button.offsetParent === null) return;
    event.preventDefault();
    setOpen(false);
    button.focus();
  });
}
