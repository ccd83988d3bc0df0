import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  BlocksSchema,
  BrandColorSchema,
  ClosureSchema,
  FigureSchema,
  ImageSchema,
  JobSchema,
  OpeningHoursSchema,
  ProgrammeSchema,
  TrainingSessionSchema,
  VisitSchema,
  type BlockNode,
  type InlineNode,
  type ListBlock,
  type ListItemNode,
} from '../src/index.js';

const entry = { documentId: 'd', updatedAt: '2026-01-01T00:00:00.000Z' };

describe('field rules', () => {
  it('turns Strapi times into HH:mm and accepts HH:mm', () => {
    expect(OpeningHoursSchema.parse({ day: 'friday', opens: '08:15:00.000', closes: '12:00' })).toEqual({
      day: 'friday',
      opens: '08:15',
      closes: '12:00',
    });
    expect(OpeningHoursSchema.safeParse({ day: 'friday', opens: '24:00', closes: '25:00' }).success).toBe(false);
    expect(OpeningHoursSchema.safeParse({ day: 'funday', opens: '08:00', closes: '09:00' }).success).toBe(false);
  });

  it('checks date ranges of closures and sessions', () => {
    expect(ClosureSchema.safeParse({ startDate: '2026-08-03', endDate: '2026-08-03', reason: 'Férié' }).success).toBe(true);
    const closure = ClosureSchema.safeParse({ startDate: '2026-08-03', endDate: '2026-08-01', reason: 'Congés' });
    expect(closure.error?.issues.map((i) => i.path)).toEqual([['endDate']]);
    expect(TrainingSessionSchema.safeParse({ startDate: '2026-09-01' }).success).toBe(true);
    expect(TrainingSessionSchema.safeParse({ startDate: '2026-09-31' }).success).toBe(false);
    expect(TrainingSessionSchema.safeParse({ startDate: '2026-09-01', endDate: '2026-08-01' }).success).toBe(false);
  });

  it('checks ROME codes, months, salaries and colours', () => {
    const job = { ...entry, title: 'Soudeur·se', slug: 'soudeur-se', summary: 'Souder.', accessLevel: 'cap' };
    expect(JobSchema.safeParse({ ...job, romeCode: 'H2913' }).success).toBe(true);
    expect(JobSchema.safeParse({ ...job, romeCode: 'Z2913' }).success).toBe(false);
    expect(JobSchema.safeParse({ ...job, romeCode: 'h2913' }).success).toBe(false);
    const salaries = JobSchema.safeParse({ ...job, romeCode: 'H2913', salaryMin: 2500, salaryMax: 2000 });
    expect(salaries.error?.issues.map((i) => i.path)).toEqual([['salaryMax']]);
    const programme = { ...entry, title: 'Mars' };
    expect(ProgrammeSchema.safeParse({ ...programme, month: '2026-03' }).success).toBe(true);
    expect(ProgrammeSchema.safeParse({ ...programme, month: '2026-13' }).success).toBe(false);
    expect(ProgrammeSchema.safeParse({ ...programme, month: '2026-3' }).success).toBe(false);
    expect(BrandColorSchema.safeParse({ name: 'Bleu', token: 'primary', value: '#0055A4' }).success).toBe(true);
    expect(BrandColorSchema.safeParse({ name: 'Bleu', token: '--primary', value: '#0055A4' }).success).toBe(false);
    expect(BrandColorSchema.safeParse({ name: 'Bleu', token: 'primary', value: 'blue' }).success).toBe(false);
  });

  it('requires a booking link for online booking', () => {
    const visit = { ...entry, title: 'Port', slug: 'port', mode: 'guided', summary: 'Le port.', durationMinutes: 60 };
    expect(VisitSchema.safeParse({ ...visit, booking: 'link' }).error?.issues.map((i) => i.path)).toEqual([
      ['bookingUrl'],
    ]);
    expect(VisitSchema.safeParse({ ...visit, booking: 'link', bookingUrl: 'https://reservation.example/port' }).success).toBe(
      true,
    );
  });

  it('keeps figures as numbers with an optional source link', () => {
    const figure = { label: 'Emplois', value: 20000, source: 'Région Hauts-de-France' };
    expect(FigureSchema.parse({ ...figure, sourceUrl: 'https://www.hautsdefrance.fr/' }).value).toBe(20000);
    expect(FigureSchema.safeParse({ ...figure, value: '20000' }).success).toBe(false);
    expect(FigureSchema.safeParse({ ...figure, sourceUrl: 'hautsdefrance.fr' }).success).toBe(false);
  });

  it('accepts only images in ImageSchema and needs an absolute URL', () => {
    const image = { url: 'http://127.0.0.1:1337/uploads/a.png', mime: 'image/png', name: 'a.png' };
    expect(ImageSchema.parse(image)).toEqual({ ...image, alt: '' });
    expect(ImageSchema.safeParse({ ...image, mime: 'application/pdf' }).success).toBe(false);
    expect(ImageSchema.safeParse({ ...image, url: '/uploads/a.png' }).success).toBe(false);
  });
});

describe('blocks', () => {
  it('accepts every Strapi block type', () => {
    const blocks = [
      { type: 'heading', level: 6, children: [{ type: 'text', text: 'Titre' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Gras', bold: true, underline: true, strikethrough: false }] },
      { type: 'quote', children: [{ type: 'text', text: 'Citation' }] },
      { type: 'code', language: 'bash', children: [{ type: 'text', text: 'npm test', code: true }] },
      {
        type: 'list',
        format: 'ordered',
        children: [
          {
            type: 'list-item',
            children: [
              { type: 'link', url: 'mailto:contact@exemple.fr', children: [{ type: 'text', text: 'Écrire' }] },
              { type: 'link', url: '/metiers', children: [{ type: 'text', text: 'Métiers' }] },
              { type: 'link', url: 'tel:+33328000000', children: [{ type: 'text', text: 'Appeler' }] },
            ],
          },
        ],
      },
      {
        type: 'image',
        image: { url: 'https://cdn.example/a.jpg', alt: 'Une usine', mime: 'image/jpeg', name: 'a.jpg' },
        children: [{ type: 'text', text: '' }],
      },
    ];
    expect(BlocksSchema.parse(blocks)).toEqual(blocks);
  });

  it('rejects unknown node types and heading levels out of 1–6', () => {
    expect(BlocksSchema.safeParse([{ type: 'table', children: [] }]).success).toBe(false);
    expect(BlocksSchema.safeParse([{ type: 'heading', level: 7, children: [] }]).success).toBe(false);
    expect(BlocksSchema.safeParse([{ type: 'paragraph', children: [{ type: 'text' }] }]).success).toBe(false);
    expect(
      BlocksSchema.safeParse([{ type: 'list', format: 'bulleted', children: [] }]).success,
    ).toBe(false);
  });

  it('types nested lists recursively', () => {
    expectTypeOf<ListBlock['children'][number]>().toEqualTypeOf<ListBlock | ListItemNode>();
    expectTypeOf<ListItemNode['children'][number]>().toEqualTypeOf<InlineNode>();
    expectTypeOf<Extract<BlockNode, { type: 'list' }>>().toEqualTypeOf<ListBlock>();
  });
});
