import { describe, expect, it } from 'vitest';
import { enumLabel, enums, labels, type EnumName } from '../src/index.js';

const enumNames = Object.keys(enums) as EnumName[];

describe('labels', () => {
  it('gives the labels of the brief', () => {
    expect(enumLabel('presence', 'arriving', 'fr')).toBe('s’installe');
    expect(enumLabel('presence', 'growing', 'fr')).toBe('se développe');
    expect(enumLabel('presence', 'established', 'fr')).toBe('implantée');
    expect(enumLabel('eventType', 'info-session', 'fr')).toBe('Information collective');
    expect(enumLabel('eventType', 'job-dating', 'fr')).toBe('Job dating');
    expect(enumLabel('eventType', 'partner-desk', 'fr')).toBe('Permanence partenaire');
    expect(enumLabel('eventType', 'thematic-visit', 'fr')).toBe('Visite thématique');
    expect(enumLabel('eventType', 'barrier-removal', 'fr')).toBe('Levée des freins');
    expect(enumLabel('eventType', 'after-work', 'fr')).toBe('After-work');
    expect(enumLabel('eventType', 'mobile-stop', 'fr')).toBe('Étape Factory Mobile');
    expect(enumLabel('eventType', 'fair', 'fr')).toBe('Salon');
    expect(enumLabel('eventType', 'fair', 'en')).toBe('Fair');
    expect(enumLabel('weekday', 'monday', 'fr')).toBe('lundi');
  });

  it('labels exactly the values of every enumeration, in both languages', () => {
    expect(Object.keys(labels).sort()).toEqual([...enumNames].sort());
    for (const name of enumNames) {
      expect(Object.keys(labels[name]).sort(), name).toEqual([...enums[name].options].sort());
      for (const value of enums[name].options) {
        const label = (labels[name] as Record<string, { fr: string; en: string }>)[value]!;
        expect(label.fr.trim(), `${name}.${value}.fr`).not.toBe('');
        expect(label.en.trim(), `${name}.${value}.en`).not.toBe('');
      }
    }
  });

  it('uses the typographic apostrophe, never the straight one', () => {
    for (const name of enumNames) {
      for (const label of Object.values(labels[name]) as { fr: string; en: string }[]) {
        expect(label.fr).not.toContain("'");
        expect(label.en).not.toContain("'");
      }
    }
  });

  it('throws on a value outside the enumeration', () => {
    expect(() => enumLabel('presence', 'gone' as never, 'fr')).toThrow(RangeError);
  });
});
