/**
 * Third-party players and maps shown only on request (VideoOnRequest.astro, MapOnRequest.astro): the address of the
 * iframe inserted after the reader's click, and the plain link shown beside it. Videos play from a no-cookie host
 * (youtube-nocookie.com, Vimeo with dnt=1); maps come from OpenStreetMap.
 */

export interface VideoEmbed {
  /** Iframe address, from the no-cookie host, playing at once (the reader asked for it). */
  src: string;
  /** Name of the service, for the sentence that warns the reader (« YouTube »). */
  service: string;
  /** Host the iframe connects to (« youtube-nocookie.com »). */
  host: string;
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{6,20}$/;
const VIMEO_ID = /^\d{4,12}$/;

function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^(www|m)\./, '');
}

/** Seconds of a YouTube `t`/`start` parameter (« 90 », « 1m30s », « 90s »), when there is one. */
function startSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!match || match[0] === '') return undefined;
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
}

/**
 * The no-cookie player of a YouTube or Vimeo address; undefined for any other host (PeerTube, a file…), which is then
 * offered as a plain link only.
 */
export function videoEmbed(address: string): VideoEmbed | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = hostOf(url);
  const path = url.pathname.split('/').filter(Boolean);

  let youtubeId: string | undefined;
  if (host === 'youtu.be') youtubeId = path[0];
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if (path[0] === 'watch') youtubeId = url.searchParams.get('v') ?? undefined;
    else if (path[0] === 'embed' || path[0] === 'shorts' || path[0] === 'live' || path[0] === 'v') youtubeId = path[1];
  }
  if (youtubeId !== undefined) {
    if (!YOUTUBE_ID.test(youtubeId)) return undefined;
    const params = new URLSearchParams({ autoplay: '1', rel: '0' });
    const start = startSeconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
    if (start) params.set('start', String(start));
    return { src: `https://www.youtube-nocookie.com/embed/${youtubeId}?${params}`, service: 'YouTube', host: 'youtube-nocookie.com' };
  }

  let vimeoId: string | undefined;
  if (host === 'vimeo.com') vimeoId = path.find((part) => VIMEO_ID.test(part));
  else if (host === 'player.vimeo.com' && path[0] === 'video') vimeoId = path[1];
  if (vimeoId !== undefined) {
    if (!VIMEO_ID.test(vimeoId)) return undefined;
    const params = new URLSearchParams({ dnt: '1', autoplay: '1' });
    // Unlisted videos carry their privacy hash in the address: vimeo.com/<id>/<hash> or ?h=<hash>.
    const hash = url.searchParams.get('h') ?? (host === 'vimeo.com' ? path[path.indexOf(vimeoId) + 1] : undefined);
    if (hash && /^[0-9a-f]{6,20}$/.test(hash)) params.set('h', hash);
    return { src: `https://player.vimeo.com/video/${vimeoId}?${params}`, service: 'Vimeo', host: 'player.vimeo.com' };
  }
  return undefined;
}

export interface MapEmbed {
  /** OpenStreetMap's embeddable map, centred on the place with a marker. */
  src: string;
  /** The same place on openstreetmap.org, for the plain link. */
  link: string;
}

const round = (n: number) => Number(n.toFixed(5));

/** OpenStreetMap embed and link for a point; `span` is the half-width of the box shown, in degrees of longitude. */
export function mapEmbed(latitude: number, longitude: number, span = 0.006): MapEmbed {
  const lat = round(latitude);
  const lon = round(longitude);
  // Same distance north–south as east–west, near enough at the latitudes of the basin.
  const latSpan = span * Math.cos((lat * Math.PI) / 180);
  const bbox = [lon - span, lat - latSpan, lon + span, lat + latSpan].map(round).join(',');
  // Numbers only: the commas stay readable (URLSearchParams would write them %2C).
  return {
    src: `https://www.openstreetmap.org/export/embed.html?bbox=${bbox}&layer=mapnik&marker=${lat},${lon}`,
    link: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`,
  };
}
