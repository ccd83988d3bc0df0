import type { Lang } from '../i18n/lang';
import { type OpeningSchedule, openState, stateText, todayText } from '../lib/opening-hours';

/**
 * The language of an open-now box, read from the page: its `data-lang` (set by OpenNow.astro from the page's
 * locale), else the document's `lang`. Never assumed French: English pages get English sentences.
 */
function langOfBox(box: HTMLElement): Lang {
  const tag = box.dataset.lang ?? document.documentElement.lang;
  return tag.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** Recomputes every open-now state of the page for the reader's clock, now and every minute. */
export function refreshOpenNow(): void {
  const boxes = [...document.querySelectorAll<HTMLElement>('[data-open-now]')];
  if (boxes.length === 0) return;
  const update = () => {
    const now = Date.now();
    for (const box of boxes) {
      let schedule: OpeningSchedule;
      try {
        schedule = JSON.parse(box.dataset.schedule ?? '') as OpeningSchedule;
      } catch {
        continue;
      }
      const state = openState(schedule, now);
      if (!state) continue;
      const lang = langOfBox(box);
      const text = stateText(state, lang);
      const label = box.querySelector<HTMLElement>('[data-open-label]');
      const detail = box.querySelector<HTMLElement>('[data-open-detail]');
      const today = box.querySelector<HTMLElement>('[data-open-today]');
      if (label && label.textContent?.trim() !== text.label) label.textContent = text.label;
      if (label) label.dataset.open = String(text.open);
      if (detail && detail.textContent !== text.detail) detail.textContent = text.detail;
      if (today) {
        const value = todayText(schedule, now, lang);
        if (today.textContent !== value) today.textContent = value;
      }
    }
  };
  update();
  window.setInterval(update, 60_000);
}
