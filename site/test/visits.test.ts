import { describe, expect, it } from 'vitest';
import { bookingSentence, minutesText, osmLink } from '../src/lib/visits';

describe('minutesText', () => {
  it('writes minutes, whole hours and hours with minutes the French way, with no-break spaces', () => {
    expect(minutesText(45)).toBe('45\u00a0min');
    expect(minutesText(120)).toBe('2\u00a0h');
    expect(minutesText(90)).toBe('1\u00a0h\u00a030');
    expect(minutesText(65)).toBe('1\u00a0h\u00a005');
  });

  it('writes them in plain English on the English site', () => {
    expect(minutesText(45, 'en')).toBe('45\u00a0min');
    expect(minutesText(60, 'en')).toBe('1\u00a0hour');
    expect(minutesText(240, 'en')).toBe('4\u00a0hours');
    expect(minutesText(150, 'en')).toBe('2\u00a0hours 30\u00a0min');
  });
});

describe('bookingSentence', () => {
  it('names the start venue for on-site booking and says when no booking is needed', () => {
    const venue = { documentId: 'v1', name: 'Point relais Saint-Pol-sur-Mer', slug: 'point-relais-saint-pol-sur-mer' };
    expect(bookingSentence({ booking: 'on-site', startVenue: venue })).toContain('Point relais Saint-Pol-sur-Mer');
    expect(bookingSentence({ booking: 'on-site', startVenue: undefined })).toContain('point relais');
    expect(bookingSentence({ booking: 'none', startVenue: undefined })).toBe('Pas besoin de réserver\u00a0: venez quand vous voulez.');
  });

  it('says the same in English, with the venue’s own name', () => {
    const venue = { documentId: 'v1', name: 'Point relais Saint-Pol-sur-Mer', slug: 'point-relais-saint-pol-sur-mer' };
    expect(bookingSentence({ booking: 'on-site', startVenue: venue }, 'en')).toBe(
      'Book your place at the front desk of Point relais Saint-Pol-sur-Mer, in person or by phone.',
    );
    expect(bookingSentence({ booking: 'link', startVenue: undefined }, 'en')).toBe('Book your place online.');
    expect(bookingSentence({ booking: 'none', startVenue: undefined }, 'en')).toBe('No need to book: come whenever you like.');
  });
});

describe('osmLink', () => {
  it('points at the coordinates on openstreetmap.org', () => {
    expect(osmLink(51.0302, 2.3679)).toBe('https://www.openstreetmap.org/?mlat=51.0302&mlon=2.3679#map=17/51.0302/2.3679');
  });
});
