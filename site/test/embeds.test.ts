import { describe, expect, it } from 'vitest';
import { mapEmbed, videoEmbed } from '../src/lib/embeds';

describe('videoEmbed', () => {
  it('plays YouTube addresses of every form from youtube-nocookie.com, keeping the start time', () => {
    const nocookie = 'https://www.youtube-nocookie.com/embed/AbC_12-xyz9?autoplay=1&rel=0';
    for (const url of [
      'https://www.youtube.com/watch?v=AbC_12-xyz9',
      'https://m.youtube.com/watch?v=AbC_12-xyz9&feature=share',
      'https://youtu.be/AbC_12-xyz9',
      'https://www.youtube.com/embed/AbC_12-xyz9',
      'https://www.youtube.com/shorts/AbC_12-xyz9',
      'https://www.youtube-nocookie.com/embed/AbC_12-xyz9',
    ]) {
      expect(videoEmbed(url), url).toEqual({ src: nocookie, service: 'YouTube', host: 'youtube-nocookie.com' });
    }
    expect(videoEmbed('https://youtu.be/AbC_12-xyz9?t=1m30s')?.src).toBe(`${nocookie}&start=90`);
    expect(videoEmbed('https://www.youtube.com/watch?v=AbC_12-xyz9&t=42')?.src).toBe(`${nocookie}&start=42`);
  });

  it('plays Vimeo from player.vimeo.com with dnt=1, keeping the privacy hash of an unlisted video', () => {
    expect(videoEmbed('https://vimeo.com/76979871')).toEqual({
      src: 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1',
      service: 'Vimeo',
      host: 'player.vimeo.com',
    });
    expect(videoEmbed('https://vimeo.com/76979871/3f9a2b1c0d')?.src).toBe('https://player.vimeo.com/video/76979871?dnt=1&autoplay=1&h=3f9a2b1c0d');
    expect(videoEmbed('https://player.vimeo.com/video/76979871?h=3f9a2b1c0d')?.src).toBe(
      'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1&h=3f9a2b1c0d',
    );
  });

  it('offers no player for other hosts, channels, malformed ids or non-web addresses', () => {
    for (const url of [
      'https://peertube.example.org/w/abc',
      'https://www.youtube.com/@chaine',
      'https://www.youtube.com/watch?v=<script>',
      'https://vimeo.com/channels/staffpicks',
      'javascript:alert(1)',
      'pas une adresse',
    ]) {
      expect(videoEmbed(url), url).toBeUndefined();
    }
  });
});

describe('mapEmbed', () => {
  it('centres an OpenStreetMap embed on the point with a marker, and links the same place', () => {
    const map = mapEmbed(51.0302, 2.3679);
    const src = new URL(map.src);
    expect(src.origin + src.pathname).toBe('https://www.openstreetmap.org/export/embed.html');
    expect(src.searchParams.get('marker')).toBe('51.0302,2.3679');
    expect(src.searchParams.get('layer')).toBe('mapnik');
    const [west, south, east, north] = src.searchParams.get('bbox')!.split(',').map(Number);
    expect(west).toBeLessThan(2.3679);
    expect(east).toBeGreaterThan(2.3679);
    expect(south).toBeLessThan(51.0302);
    expect(north).toBeGreaterThan(51.0302);
    expect((west! + east!) / 2).toBeCloseTo(2.3679, 5);
    expect((south! + north!) / 2).toBeCloseTo(51.0302, 5);
    expect(map.link).toBe('https://www.openstreetmap.org/?mlat=51.0302&mlon=2.3679#map=17/51.0302/2.3679');
  });
});
