/* 20 000 emplois durables: resizes the programme iframes of this page to their content (optional). */
addEventListener('message', (e) => {
  const d = e.data;
  if (d?.type !== 'dk-programme:height' || !(d.height > 0)) return;
  for (const f of document.querySelectorAll('iframe')) {
    if (f.contentWindow === e.source) f.style.height = `${Math.min(Math.ceil(d.height), 5000)}px`;
  }
});
// Frames loaded before this script: ask them for their height.
for (const f of document.querySelectorAll('iframe')) f.contentWindow?.postMessage({ type: 'dk-programme:height?' }, '*');
