import { z } from 'zod';
import { EventStateSchema, EventTypeSchema, RegistrationSchema } from './labels.js';

/*
 * The public programme feed, version 1 (/api/v1/programme.json and its slices). This is a contract with partners'
 * sites and the widget: within v1, fields are only ever added (never renamed, retyped or removed) and enumerations
 * may gain values; anything else is a v2 published beside v1. The JSON Schema at /api/v1/programme.schema.json is
 * generated from these schemas (z.toJSONSchema), so the two cannot drift. Every text is plain text (no HTML).
 */

/** Version of the feed format; a breaking change gets a new version and a new URL (/api/v2/…). */
export const PROGRAMME_FEED_VERSION = 1;

/** An absolute http(s) address. */
const httpUrl = () => z.url({ protocol: /^https?$/ });
/** An ISO 8601 date and time with its offset (Europe/Paris: `+01:00` in winter, `+02:00` in summer). */
const offsetDateTime = () => z.iso.datetime({ offset: true });

/** The place of an event. */
export const ProgrammeFeedVenueSchema = z
  .object({
    /** URL identifier of the place (the `lieu` filter). */
    slug: z.string().describe('URL identifier of the place, the value of the `lieu` filter'),
    /** Name of the place. */
    name: z.string().describe('Name of the place'),
    /** Town, when known. */
    town: z.string().nullable().describe('Town, when known'),
    /** Postal address on one line (« 1 place de la Gare, 59140 Dunkerque »), when known. */
    address: z.string().nullable().describe('Postal address on one line, when known'),
    /** Absolute URL of the place's page (opening hours, access). */
    url: httpUrl().describe('Absolute URL of the place’s page on the site'),
  })
  .describe('The place of an event');
export type ProgrammeFeedVenue = z.output<typeof ProgrammeFeedVenueSchema>;

/** A public the event is meant for. */
export const ProgrammeFeedAudienceSchema = z
  .object({
    /** URL identifier of the public (the `public` filter). */
    slug: z.string().describe('URL identifier of the public, the value of the `public` filter'),
    /** Name of the public (« Jeunes »). */
    name: z.string().describe('Name of the public'),
  })
  .describe('A public the event is meant for');
export type ProgrammeFeedAudience = z.output<typeof ProgrammeFeedAudienceSchema>;

/** How to register for an event. */
export const ProgrammeFeedRegistrationSchema = z
  .object({
    /** `none` (free entry), `link` (online) or `on-site`. */
    mode: RegistrationSchema.describe('none: free entry; link: online registration; on-site: registration on site'),
    /** French label of the mode (« Inscription en ligne »); English in the English feed. */
    label: z.string().describe('French label of the mode; English in the English feed (/api/v1/en/…)'),
    /** Registration page (http or https only), when registration is online. */
    url: httpUrl().nullable().describe('Registration page (http or https only), when registration is online'),
    /** Number of places, when limited. */
    capacity: z.number().int().positive().nullable().describe('Number of places, when limited'),
  })
  .describe('How to register');
export type ProgrammeFeedRegistration = z.output<typeof ProgrammeFeedRegistrationSchema>;

/** The picture of an event. */
export const ProgrammeFeedImageSchema = z
  .object({
    /** Absolute URL of the image file. */
    url: httpUrl().describe('Absolute URL of the image file'),
    /** Alternative text; empty when the image is decorative. */
    alt: z.string().describe('Alternative text; empty when the image is decorative'),
    /** Width in pixels, when known. */
    width: z.number().int().positive().nullable().describe('Width in pixels, when known'),
    /** Height in pixels, when known. */
    height: z.number().int().positive().nullable().describe('Height in pixels, when known'),
  })
  .describe('The picture of an event');
export type ProgrammeFeedImage = z.output<typeof ProgrammeFeedImageSchema>;

/** One event of the programme feed. */
export const ProgrammeFeedEventSchema = z
  .object({
    /** Stable identifier of the event (it never changes, even when the title or the date does). */
    id: z.string().min(1).describe('Stable identifier of the event'),
    /** Title, plain text. */
    title: z.string().describe('Title, plain text'),
    /** What the event is about, plain text, when given. */
    summary: z.string().nullable().describe('What the event is about, plain text'),
    /** Kind of event (the `type` filter); new kinds may appear within v1: show `typeLabel`. */
    type: EventTypeSchema.describe('Kind of event, the value of the `type` filter; new kinds may appear within v1'),
    /** French label of the kind (« Job dating »); English in the English feed. */
    typeLabel: z.string().describe('French label of the kind; English in the English feed (/api/v1/en/…)'),
    /** Whether it takes place as planned; cancelled, full and postponed events stay in the feed. */
    status: EventStateSchema.describe('scheduled, cancelled, full or postponed; such events stay in the feed'),
    /** French label of the status (« Complet »); English in the English feed. */
    statusLabel: z.string().describe('French label of the status; English in the English feed (/api/v1/en/…)'),
    /** Start, ISO 8601 with the Europe/Paris offset (`2026-03-03T14:00:00+01:00`). */
    start: offsetDateTime().describe('Start, ISO 8601 with the Europe/Paris offset'),
    /** End, ISO 8601 with the Europe/Paris offset, when known. */
    end: offsetDateTime().nullable().describe('End, ISO 8601 with the Europe/Paris offset, when known'),
    /** Where it takes place, when known. */
    venue: ProgrammeFeedVenueSchema.nullable(),
    /** Publics it is meant for (possibly none). */
    audiences: z.array(ProgrammeFeedAudienceSchema).describe('Publics it is meant for, possibly none'),
    /** How to register. */
    registration: ProgrammeFeedRegistrationSchema,
    /** Absolute URL of the event's page on the site. */
    url: httpUrl().describe('Absolute URL of the event’s page on the site'),
    /** Picture, when there is one. */
    image: ProgrammeFeedImageSchema.nullable(),
    /**
     * Language of the title, summary and image text (added within v1, English feed only): `en`, or `fr` for an
     * event not translated yet, shown in French. Absent from the French feed, whose texts are all French.
     */
    lang: z
      .enum(['fr', 'en'])
      .optional()
      .describe('Language of title, summary and image text; English feed only (fr: not translated yet); absent from the French feed'),
  })
  .describe('One event of the programme');
export type ProgrammeFeedEvent = z.output<typeof ProgrammeFeedEventSchema>;

/** Which slice of the programme a feed holds: `{}` for the whole programme. */
export const ProgrammeFeedFilterSchema = z
  .object({
    /** Slug of the place (/api/v1/programme/lieu/<slug>.json). */
    lieu: z.string().optional().describe('Slug of the place'),
    /** Slug of the public (/api/v1/programme/public/<slug>.json). */
    public: z.string().optional().describe('Slug of the public'),
    /** Kind of event (/api/v1/programme/type/<type>.json). */
    type: EventTypeSchema.optional().describe('Kind of event'),
  })
  .describe('Which slice of the programme this feed holds; empty for the whole programme');
export type ProgrammeFeedFilter = z.output<typeof ProgrammeFeedFilterSchema>;

/** The programme feed: the upcoming events (not yet ended when the site was built), sorted by start. */
export const ProgrammeFeedSchema = z
  .object({
    /** Version of the format, 1. */
    version: z.literal(PROGRAMME_FEED_VERSION).describe('Version of the format'),
    /** When the site (and so this feed) was built, ISO 8601 in UTC. */
    generatedAt: z.iso.datetime().describe('When this feed was built, ISO 8601 in UTC'),
    /**
     * Language of the feed's labels and links (added within v1): `en` for the English feed /api/v1/en/programme….
     * Absent from the French feed /api/v1/programme….
     */
    lang: z.enum(['fr', 'en']).optional().describe('Language of the labels and links: en for the English feed (/api/v1/en/…); absent from the French feed'),
    /** Title of the programme. */
    title: z.string().describe('Title of the programme'),
    /** Absolute URL of the agenda on the site (« Voir tout le programme »). */
    agendaUrl: httpUrl().describe('Absolute URL of the agenda on the site'),
    /** The slice this feed holds. */
    filter: ProgrammeFeedFilterSchema,
    /** Upcoming events, sorted by start. */
    events: z.array(ProgrammeFeedEventSchema).describe('Upcoming events, sorted by start'),
  })
  .meta({
    title: 'Programme — 20 000 emplois durables (v1)',
    description:
      'Upcoming events of the programme of 20 000 emplois durables, or one slice of it (a place, a public, a kind of event). Texts are plain text.',
  });
export type ProgrammeFeed = z.output<typeof ProgrammeFeedSchema>;

/**
 * The JSON Schema (draft 2020-12) of the feed, as published at /api/v1/programme.schema.json. Generated from the
 * input side of the schemas, which allows properties it does not name: v1 may gain fields, and a partner validating
 * with a copy of this schema keeps accepting the feed (clients ignore fields they do not know).
 */
export function programmeFeedJsonSchema(id?: string): Record<string, unknown> {
  const schema = z.toJSONSchema(ProgrammeFeedSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return id === undefined ? schema : { $schema: schema.$schema, $id: id, ...schema };
}
