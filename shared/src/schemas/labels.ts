import { z } from 'zod';

/** Languages of the site: French first, English second. */
export const LangSchema = z.enum(['fr', 'en']);
export type Lang = z.output<typeof LangSchema>;

/** How far along a company is in the basin: « s’installe », « se développe », « implantée ». */
export const PresenceSchema = z.enum(['arriving', 'growing', 'established']);
/** Qualification level, used both for a job’s access level and a training path’s outcome. */
export const LevelSchema = z.enum(['none', 'cap', 'bac', 'bac2', 'bac3', 'bac5']);
/** How a training path is delivered. */
export const TrainingFormatSchema = z.enum(['initial', 'work-study', 'continuing', 'retraining']);
/** Which barrier to employment a support solution lifts. */
export const SupportThemeSchema = z.enum([
  'housing',
  'mobility',
  'childcare',
  'insertion',
  'funding',
  'disability',
  'health',
]);
/** What kind of place a venue is. */
export const VenueKindSchema = z.enum(['relay-point', 'mobile-stop', 'partner-place']);
/** Kind of event. */
export const EventTypeSchema = z.enum([
  'info-session',
  'job-dating',
  'partner-desk',
  'thematic-visit',
  'barrier-removal',
  'after-work',
  'mobile-stop',
  'fair',
]);
/** How to register for an event. */
export const RegistrationSchema = z.enum(['none', 'link', 'on-site']);
/** Whether an event still takes place as planned. */
export const EventStateSchema = z.enum(['scheduled', 'cancelled', 'full', 'postponed']);
/** Whether a visit is guided or done on one’s own. */
export const VisitModeSchema = z.enum(['guided', 'self-guided']);
/** How to book a visit. */
export const BookingSchema = z.enum(['none', 'link', 'on-site']);
/** Role of a partner organisation. */
export const PartnerKindSchema = z.enum([
  'public-employment',
  'training',
  'economic-development',
  'business-club',
  'local-authority',
  'association',
  'funder',
]);
/** Day of the week of an opening-hours slot. */
export const WeekdaySchema = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Whether a brand rule is a good or a bad practice. */
export const BrandRuleKindSchema = z.enum(['do', 'dont']);

/** Every enumeration of the content model, by name. */
export const enums = {
  presence: PresenceSchema,
  level: LevelSchema,
  trainingFormat: TrainingFormatSchema,
  supportTheme: SupportThemeSchema,
  venueKind: VenueKindSchema,
  eventType: EventTypeSchema,
  registration: RegistrationSchema,
  eventState: EventStateSchema,
  visitMode: VisitModeSchema,
  booking: BookingSchema,
  partnerKind: PartnerKindSchema,
  weekday: WeekdaySchema,
  brandRuleKind: BrandRuleKindSchema,
} as const;

export type EnumName = keyof typeof enums;
export type EnumValue<N extends EnumName> = z.output<(typeof enums)[N]>;
export type Presence = EnumValue<'presence'>;
export type Level = EnumValue<'level'>;
export type TrainingFormat = EnumValue<'trainingFormat'>;
export type SupportTheme = EnumValue<'supportTheme'>;
export type VenueKind = EnumValue<'venueKind'>;
export type EventType = EnumValue<'eventType'>;
export type Registration = EnumValue<'registration'>;
export type EventState = EnumValue<'eventState'>;
export type VisitMode = EnumValue<'visitMode'>;
export type Booking = EnumValue<'booking'>;
export type PartnerKind = EnumValue<'partnerKind'>;
export type Weekday = EnumValue<'weekday'>;
export type BrandRuleKind = EnumValue<'brandRuleKind'>;

type Labels = { [N in EnumName]: { [V in EnumValue<N>]: Record<Lang, string> } };

/**
 * French and English labels of every enumeration value, as readers see them.
 * Presence labels are verb phrases meant to follow a company name (« Batterie du Nord s’installe »);
 * weekdays are lowercase in French; the other labels stand alone (badges, filters).
 */
export const labels = {
  presence: {
    arriving: { fr: 's’installe', en: 'is setting up' },
    growing: { fr: 'se développe', en: 'is expanding' },
    established: { fr: 'implantée', en: 'established' },
  },
  level: {
    none: { fr: 'Sans diplôme', en: 'No qualification' },
    cap: { fr: 'CAP/BEP', en: 'Vocational certificate (CAP/BEP)' },
    bac: { fr: 'Bac', en: 'Baccalauréat (end of secondary school)' },
    bac2: { fr: 'Bac+2', en: 'Two years of higher education (bac+2)' },
    bac3: { fr: 'Bac+3', en: 'Bachelor’s degree (bac+3)' },
    bac5: { fr: 'Bac+5', en: 'Master’s degree (bac+5)' },
  },
  trainingFormat: {
    initial: { fr: 'Formation initiale', en: 'Initial training' },
    'work-study': { fr: 'Alternance', en: 'Work-study' },
    continuing: { fr: 'Formation continue', en: 'Continuing education' },
    retraining: { fr: 'Reconversion', en: 'Career change' },
  },
  supportTheme: {
    housing: { fr: 'Logement', en: 'Housing' },
    mobility: { fr: 'Mobilité', en: 'Getting around' },
    childcare: { fr: 'Garde d’enfants', en: 'Childcare' },
    insertion: { fr: 'Insertion', en: 'Back to work' },
    funding: { fr: 'Financement', en: 'Funding' },
    disability: { fr: 'Handicap', en: 'Disability' },
    health: { fr: 'Santé', en: 'Health' },
  },
  venueKind: {
    'relay-point': { fr: 'Point relais', en: 'Relay point' },
    'mobile-stop': { fr: 'Étape de la Factory Mobile', en: 'Factory Mobile stop' },
    'partner-place': { fr: 'Lieu partenaire', en: 'Partner venue' },
  },
  eventType: {
    'info-session': { fr: 'Information collective', en: 'Information session' },
    'job-dating': { fr: 'Job dating', en: 'Job dating' },
    'partner-desk': { fr: 'Permanence partenaire', en: 'Partner drop-in desk' },
    'thematic-visit': { fr: 'Visite thématique', en: 'Themed visit' },
    'barrier-removal': { fr: 'Levée des freins', en: 'Overcoming barriers to work' },
    'after-work': { fr: 'After-work', en: 'After-work' },
    'mobile-stop': { fr: 'Étape Factory Mobile', en: 'Factory Mobile stop' },
    fair: { fr: 'Salon', en: 'Fair' },
  },
  registration: {
    none: { fr: 'Entrée libre, sans inscription', en: 'Free entry, no registration' },
    link: { fr: 'Inscription en ligne', en: 'Online registration' },
    'on-site': { fr: 'Inscription sur place', en: 'Registration on site' },
  },
  eventState: {
    scheduled: { fr: 'Programmé', en: 'Scheduled' },
    cancelled: { fr: 'Annulé', en: 'Cancelled' },
    full: { fr: 'Complet', en: 'Full' },
    postponed: { fr: 'Reporté', en: 'Postponed' },
  },
  visitMode: {
    guided: { fr: 'Visite guidée', en: 'Guided tour' },
    'self-guided': { fr: 'Visite en autonomie', en: 'Self-guided tour' },
  },
  booking: {
    none: { fr: 'Sans réservation', en: 'No booking needed' },
    link: { fr: 'Réservation en ligne', en: 'Online booking' },
    'on-site': { fr: 'Réservation sur place', en: 'Booking on site' },
  },
  partnerKind: {
    'public-employment': { fr: 'Service public de l’emploi', en: 'Public employment service' },
    training: { fr: 'Organisme de formation', en: 'Training provider' },
    'economic-development': { fr: 'Développement économique', en: 'Economic development' },
    'business-club': { fr: 'Club d’entreprises', en: 'Business club' },
    'local-authority': { fr: 'Collectivité', en: 'Local authority' },
    association: { fr: 'Association', en: 'Non-profit organisation' },
    funder: { fr: 'Financeur', en: 'Funder' },
  },
  weekday: {
    monday: { fr: 'lundi', en: 'Monday' },
    tuesday: { fr: 'mardi', en: 'Tuesday' },
    wednesday: { fr: 'mercredi', en: 'Wednesday' },
    thursday: { fr: 'jeudi', en: 'Thursday' },
    friday: { fr: 'vendredi', en: 'Friday' },
    saturday: { fr: 'samedi', en: 'Saturday' },
    sunday: { fr: 'dimanche', en: 'Sunday' },
  },
  brandRuleKind: {
    do: { fr: 'À faire', en: 'Do' },
    dont: { fr: 'À éviter', en: 'Don’t' },
  },
} as const satisfies Labels;

/** Label of one enumeration value, e.g. `enumLabel('presence', 'arriving', 'fr')` → « s’installe ». */
export function enumLabel<N extends EnumName>(enumName: N, value: EnumValue<N>, lang: Lang): string {
  const byValue = labels[enumName] as Record<string, Record<Lang, string> | undefined>;
  const label = byValue[value]?.[lang];
  if (label === undefined) {
    throw new RangeError(`Unknown value "${String(value)}" for enumeration "${enumName}"`);
  }
  return label;
}
