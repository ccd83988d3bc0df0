import type { CareerStory, Event, Job, Partner, SupportSolution, TrainingPath, Venue } from '@dk20000/shared';
import { describe, expect, it } from 'vitest';
import { sectionHref } from '../src/i18n/routes';
import type { Lang } from '../src/i18n/lang';
import { listView } from '../src/lib/catalogue';
import {
  accessSteps,
  audienceSelection,
  audienceSummary,
  frenchList,
  listSentence,
  partnerMeta,
  partnerGroups,
  partnerLd,
  partnerOffer,
  partnerUpcomingCount,
  sortSolutions,
  supportEvents,
  supportFilters,
  supportMeta,
  supportServiceLd,
  supportVenues,
  themeHref,
  themeLabel,
  type EntryHref,
} from '../src/lib/support';

const ref = (id: string, name = id) => ({ documentId: id, slug: id, name });

/** Pages of linked entries as hrefs(lang).entry gives them, for fixtures whose documentId is their slug. */
const entryHref =
  (lang: Lang): EntryHref =>
  (type, entry) =>
    sectionHref(lang, type === 'partners' ? 'partners' : 'support', entry.documentId);

const solution = (id: string, over: Partial<SupportSolution> = {}): SupportSolution =>
  ({
    documentId: id,
    locale: 'fr',
    title: `Solution ${id}`,
    slug: id,
    theme: 'housing',
    summary: 'Un coup de main.',
    audiences: [],
    howToAccess: 'Venez au point relais.',
    towns: [],
    ...over,
  }) as SupportSolution;

const event = (id: string, startsAt: string, over: Partial<Event> = {}): Event =>
  ({
    documentId: id,
    locale: 'fr',
    title: `Événement ${id}`,
    slug: id,
    type: 'info-session',
    summary: 'Résumé',
    startsAt,
    endsAt: startsAt.replace('T10:00', 'T12:00'),
    venue: ref('v'),
    audiences: [],
    partners: [],
    companies: [],
    registration: 'none',
    state: 'scheduled',
    ...over,
  }) as Event;

const training = (id: string, over: Partial<TrainingPath> = {}): TrainingPath =>
  ({
    documentId: id,
    locale: 'fr',
    title: `Formation ${id}`,
    slug: id,
    summary: 'Résumé',
    jobs: [],
    duration: '6 mois',
    format: 'initial',
    level: 'bac',
    fundingOptions: [],
    audiences: [],
    sessions: [],
    free: false,
    paid: false,
    ...over,
  }) as TrainingPath;

const job = (id: string, over: Partial<Job> = {}): Job =>
  ({
    documentId: id,
    locale: 'fr',
    title: `Métier ${id}`,
    slug: id,
    romeCode: 'H2102',
    summary: 'Résumé',
    skills: [],
    accessLevel: 'cap',
    trainings: [],
    companies: [],
    ...over,
  }) as Job;

const story = (id: string, over: Partial<CareerStory> = {}): CareerStory =>
  ({ documentId: id, locale: 'fr', firstName: id, slug: id, role: 'Technicienne', quote: '…', audiences: [], featured: false, ...over }) as CareerStory;

const venue = (id: string, kind: Venue['kind'], town?: string): Venue =>
  ({ documentId: id, locale: 'fr', name: `Lieu ${id}`, slug: id, kind, town: town ? ref(town) : undefined, address: {} }) as Venue;

const NOW = Date.parse('2026-12-01T12:00:00Z');

describe('support theme filter', () => {
  it('has one value per theme of the content model, each with a distinct readable slug under /accompagnement/theme/', () => {
    const [filter] = supportFilters();
    expect(filter?.base).toBe('/accompagnement/theme/');
    expect(filter?.values.map((v) => v.slug)).toEqual(['logement', 'mobilite', 'garde-d-enfants', 'insertion', 'financement', 'handicap', 'sante']);
    expect(themeHref('childcare')).toBe('/accompagnement/theme/garde-d-enfants/');
  });

  it('has the same theme slugs in English under /en/support/theme/, with English labels and headings', () => {
    const [filter] = supportFilters('en');
    expect(filter).toMatchObject({ base: '/en/support/theme/', title: 'By theme', name: 'Theme' });
    expect(filter?.values.map((v) => v.slug)).toEqual(supportFilters()[0]?.values.map((v) => v.slug));
    expect(filter?.values.find((v) => v.key === 'childcare')?.label).toBe('Childcare');
    expect(themeHref('childcare', 'en')).toBe('/en/support/theme/garde-d-enfants/');
    expect(themeLabel('mobility', 'en')).toBe('Getting around');
  });

  it('shows only the solutions of the chosen theme, counts every theme, marks the current one, and is empty for a theme without any', () => {
    const all = [solution('a', { theme: 'housing' }), solution('b', { theme: 'mobility' }), solution('c', { theme: 'housing' })];
    const view = listView(supportFilters(), all, { filterId: 'theme', slug: 'logement' });
    expect(view.shown.map((s) => s.documentId)).toEqual(['a', 'c']);
    expect(view.qualifier).toBe('Thème\u00a0: Logement');
    const options = view.groups[0]!.options;
    expect(options.find((o) => o.key === 'housing')).toMatchObject({ count: 2, current: true, href: '/accompagnement/theme/logement/' });
    expect(options.find((o) => o.key === 'mobility')).toMatchObject({ count: 1, current: false });
    expect(listView(supportFilters(), all, { filterId: 'theme', slug: 'sante' }).shown).toEqual([]);
  });

  it('sorts solutions by theme order, then by French title', () => {
    const sorted = sortSolutions([
      solution('x', { theme: 'health', title: 'Bilan' }),
      solution('y', { theme: 'housing', title: 'Étudiants' }),
      solution('z', { theme: 'housing', title: 'Alternants' }),
    ]);
    expect(sorted.map((s) => s.documentId)).toEqual(['z', 'y', 'x']);
  });
});

describe('support solution page', () => {
  it('lists the relay points of the towns served, or every relay point when no town is named', () => {
    const venues = [venue('r1', 'relay-point', 'dk'), venue('r2', 'relay-point', 'spm'), venue('p', 'partner-place', 'dk'), venue('r3', 'relay-point')];
    expect(supportVenues(solution('a', { towns: [ref('dk')] }), venues).map((v) => v.documentId)).toEqual(['r1']);
    expect(supportVenues(solution('a'), venues).map((v) => v.documentId)).toEqual(['r1', 'r2', 'r3']);
  });

  it('lists the upcoming events of its provider and the « levée des freins » sessions for its audiences, soonest first, past ones left out', () => {
    const events = [
      event('late', '2026-12-20T10:00:00+01:00', { partners: [ref('apec')] }),
      event('past', '2026-11-20T10:00:00+01:00', { partners: [ref('apec')] }),
      event('soon', '2026-12-03T10:00:00+01:00', { type: 'barrier-removal', audiences: [ref('femmes')] }),
      event('other-public', '2026-12-04T10:00:00+01:00', { type: 'barrier-removal', audiences: [ref('seniors')] }),
      event('other-partner', '2026-12-05T10:00:00+01:00', { partners: [ref('opco')] }),
    ];
    const s = solution('a', { provider: ref('apec'), audiences: [ref('femmes')] });
    expect(supportEvents(s, events, NOW).map((e) => e.documentId)).toEqual(['soon', 'late']);
    expect(supportEvents(s, events, NOW, 1).map((e) => e.documentId)).toEqual(['soon']);
    expect(supportEvents(solution('b'), events, NOW)).toEqual([]);
  });

  it('splits « how to access it » into steps, one per line, list markers removed', () => {
    expect(accessSteps('1. Prenez rendez-vous.\n2) Apportez vos papiers.\n\n- Venez.')).toEqual(['Prenez rendez-vous.', 'Apportez vos papiers.', 'Venez.']);
    expect(accessSteps('Aucune démarche\u00a0: montez dans le bus.')).toEqual(['Aucune démarche\u00a0: montez dans le bus.']);
  });

  it('joins audience names in French', () => {
    expect(frenchList([])).toBe('');
    expect(frenchList(['Jeunes'])).toBe('Jeunes');
    expect(frenchList(['Jeunes', 'Seniors', 'Femmes'])).toBe('Jeunes, Seniors et Femmes');
  });

  it('joins audience names in English with “and”', () => {
    expect(listSentence(['Young people'], 'en')).toBe('Young people');
    expect(listSentence(['Young people', 'Over-50s', 'Women'], 'en')).toBe('Young people, Over-50s and Women');
  });

  it('shortens a long audience list in cards to three names and how many more', () => {
    expect(audienceSummary(['Jeunes', 'Seniors', 'Femmes', 'Étudiants'])).toBe('Jeunes, Seniors, Femmes et Étudiants');
    expect(audienceSummary(['A', 'B', 'C', 'D', 'E', 'F'])).toBe('A, B, C et 3\u00a0autres publics');
    expect(audienceSummary(['A', 'B', 'C', 'D', 'E', 'F'], 3, 'en')).toBe('A, B, C and 3 other groups');
    expect(audienceSummary([])).toBe('');
  });

  it('has a meta description from its summary, never empty', () => {
    expect(supportMeta(solution('a', { summary: 'Une aide au logement pour les alternantes et alternants du bassin.' })).description).toContain(
      'Une aide au logement',
    );
    expect(supportMeta(solution('a', { summary: '.' })).description.length).toBeGreaterThanOrEqual(50);
  });

  it('has an English meta description and title fallback on the English site', () => {
    const meta = supportMeta(solution('a', { theme: 'childcare', title: ' ', summary: '' }), 'en');
    expect(meta.title).toBe('Support');
    expect(meta.description).toMatch(/^Childcare: .*Dunkirk employment area/);
    const apec = { documentId: 'apec', locale: 'en', slug: 'apec', kind: 'public-employment', name: 'APEC' } as Partner;
    expect(partnerMeta(apec, 'en').description).toContain(
      'APEC, public employment service, a partner of the 20,000 sustainable jobs strategy.',
    );
  });

  it('builds a schema.org Service with theme, provider page, towns, audiences and contact, leaving out what is missing', () => {
    const ld = supportServiceLd(
      solution('logement-alternants', {
        theme: 'housing',
        provider: ref('apec', 'APEC'),
        towns: [ref('dk', 'Dunkerque')],
        audiences: [ref('jeunes', 'Jeunes')],
        phone: '03 28 00 00 00',
        url: 'https://example.org/aide',
      }),
      'https://site.test/',
      entryHref('fr'),
    ) as unknown as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@type': 'Service',
      serviceType: 'Logement',
      url: 'https://site.test/accompagnement/logement-alternants/',
      provider: { '@type': 'Organization', '@id': 'https://site.test/partenaires/apec/#organisation', name: 'APEC' },
      areaServed: [{ '@type': 'City', name: 'Dunkerque' }],
      audience: [{ '@type': 'Audience', audienceType: 'Jeunes' }],
      availableChannel: { serviceUrl: 'https://example.org/aide', servicePhone: { telephone: '03 28 00 00 00' } },
    });
    const bare = supportServiceLd(solution('b'), 'https://site.test/', entryHref('fr')) as unknown as Record<string, unknown>;
    expect(Object.keys(bare).sort()).toEqual(['@context', '@type', 'description', 'name', 'serviceType', 'url']);
  });

  it('builds the English Service with the English pages and theme label', () => {
    const ld = supportServiceLd(
      solution('garde', { theme: 'childcare', provider: ref('caf', 'CAF') }),
      'https://site.test/',
      entryHref('en'),
      undefined,
      'en',
    ) as unknown as Record<string, unknown>;
    expect(ld).toMatchObject({
      serviceType: 'Childcare',
      url: 'https://site.test/en/support/garde/',
      provider: { '@id': 'https://site.test/en/partners/caf/#organisation' },
    });
  });
});

describe('audience page', () => {
  it('curates what names the audience: trainings, solutions, stories, upcoming events, and the jobs its trainings and stories lead to', () => {
    const jeunes = ref('jeunes');
    const all = {
      trainings: [training('t1', { audiences: [jeunes], jobs: [ref('j1')] }), training('t2')],
      jobs: [job('j1'), job('j2', { trainings: [ref('t1')] }), job('j3'), job('j4')],
      solutions: [solution('s1', { audiences: [jeunes] }), solution('s2')],
      stories: [story('Zoé', { audiences: [jeunes], job: ref('j3') }), story('Ali', { audiences: [jeunes], featured: true }), story('Bob')],
      events: [
        event('e-past', '2026-11-01T10:00:00+01:00', { audiences: [jeunes] }),
        event('e2', '2026-12-10T10:00:00+01:00', { audiences: [jeunes] }),
        event('e1', '2026-12-02T10:00:00+01:00', { audiences: [jeunes] }),
        event('e-other', '2026-12-02T10:00:00+01:00'),
      ],
    };
    const selection = audienceSelection(jeunes, all, NOW);
    expect(selection.trainings.map((t) => t.documentId)).toEqual(['t1']);
    expect(selection.jobs.map((j) => j.documentId)).toEqual(['j1', 'j2', 'j3']);
    expect(selection.solutions.map((s) => s.documentId)).toEqual(['s1']);
    expect(selection.stories.map((s) => s.documentId)).toEqual(['Ali', 'Zoé']);
    expect(selection.events.map((e) => e.documentId)).toEqual(['e1', 'e2']);
    expect(audienceSelection(jeunes, all, NOW, 1).events.map((e) => e.documentId)).toEqual(['e1']);
  });

  it('gives empty groups for an audience nothing names', () => {
    const selection = audienceSelection(ref('nobody'), { trainings: [training('t')], jobs: [job('j')], solutions: [solution('s')], stories: [story('s')], events: [] }, NOW);
    expect(selection).toEqual({ jobs: [], trainings: [], solutions: [], stories: [], events: [] });
  });
});

describe('partners', () => {
  const partner = (id: string, kind: Partner['kind'], name: string): Partner => ({ documentId: id, locale: 'fr', slug: id, kind, name }) as Partner;

  it('groups partners by kind in the content model order, only kinds with partners, by French name', () => {
    const groups = partnerGroups([partner('b', 'association', 'Plus'), partner('a', 'public-employment', 'Apec'), partner('c', 'association', 'Job Labo')]);
    expect(groups.map((g) => [g.label, g.partners.map((p) => p.name)])).toEqual([
      ['Service public de l’emploi', ['Apec']],
      ['Association', ['Job Labo', 'Plus']],
    ]);
    expect(partnerGroups([])).toEqual([]);
  });

  it('finds what a partner provides: its solutions, trainings and upcoming events', () => {
    const all = {
      solutions: [solution('s1', { provider: ref('apec') }), solution('s2')],
      trainings: [training('t1', { provider: ref('apec') }), training('t2', { provider: ref('opco') })],
      events: [event('e1', '2026-12-02T10:00:00+01:00', { partners: [ref('apec')] }), event('e0', '2026-11-02T10:00:00+01:00', { partners: [ref('apec')] })],
    };
    const offer = partnerOffer(ref('apec'), all, NOW);
    expect([offer.solutions, offer.trainings, offer.events].map((l) => l.map((x) => x.documentId))).toEqual([['s1'], ['t1'], ['e1']]);
    expect(partnerUpcomingCount(ref('apec'), all.events, NOW)).toBe(1);
  });

  it('builds a schema.org Organization pointing at its page, its website as sameAs', () => {
    const ld = partnerLd({ ...partner('apec', 'public-employment', 'APEC'), website: 'https://www.apec.fr' }, 'https://site.test/', entryHref('fr')) as unknown as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@type': 'Organization',
      '@id': 'https://site.test/partenaires/apec/#organisation',
      url: 'https://site.test/partenaires/apec/',
      sameAs: 'https://www.apec.fr',
    });
  });
});
