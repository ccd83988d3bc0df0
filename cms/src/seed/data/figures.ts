/** Figures of the seed document, always quoted with their source. */

export const SEED_SOURCE_FR = 'Entreprendre Ensemble, Stratégie 20 000 — des emplois durables pour tous, 2024';

export type FigureSeed = {
  label: string;
  value: number;
  unit?: string;
  year?: number;
  en: { label: string; unit?: string };
};

export const FIGURES = {
  directJobs: {
    label: 'Emplois industriels directs créés d’ici 2030',
    value: 20000,
    unit: 'emplois',
    year: 2030,
    en: { label: 'New direct industrial jobs by 2030', unit: 'jobs' },
  },
  totalJobs: {
    label: 'Emplois créés en comptant les emplois indirects et induits, tous secteurs confondus',
    value: 30000,
    unit: 'emplois',
    year: 2030,
    en: { label: 'New jobs including indirect and induced jobs, all sectors', unit: 'jobs' },
  },
  siteEmissions: {
    label: 'Émissions annuelles du site industrialo-portuaire de Dunkerque, plus de 21 % des émissions industrielles de France',
    value: 13.7,
    unit: 'Mt CO₂/an',
    en: {
      label: 'Yearly emissions of the Dunkirk industrial port area, over 21% of France’s industrial emissions',
      unit: 'Mt CO₂/year',
    },
  },
  regionEmissions: {
    label: 'Émissions des industries les plus émettrices du Nord et du Pas-de-Calais',
    value: 26,
    unit: 'Mt teq CO₂',
    en: { label: 'Emissions of the highest-emitting industries in the Nord and Pas-de-Calais', unit: 'Mt CO₂e' },
  },
  threatenedJobs: {
    label: 'Emplois directs menacés par la transformation de l’acier, du ciment, du verre et de la chimie',
    value: 29000,
    unit: 'emplois',
    en: { label: 'Direct jobs threatened by the transformation of steel, cement, glass and chemicals', unit: 'jobs' },
  },
  gigafactories: {
    label: 'Gigafactories qui s’implantent sur le Dunkerquois',
    value: 2,
    unit: 'gigafactories',
    en: { label: 'Gigafactories setting up around Dunkirk', unit: 'gigafactories' },
  },
  metallurgyRate: {
    label: 'Évolution des effectifs de la métallurgie d’ici 2030 (code NAF 24)',
    value: -9,
    unit: '%',
    year: 2030,
    en: { label: 'Change in metallurgy jobs by 2030 (NAF code 24)', unit: '%' },
  },
  metallurgyJobs: {
    label: 'Évolution du nombre de postes dans la métallurgie d’ici 2030',
    value: -900,
    unit: 'emplois',
    year: 2030,
    en: { label: 'Change in the number of jobs in metallurgy by 2030', unit: 'jobs' },
  },
  chemistryRate: {
    label: 'Évolution des effectifs de la chimie et des matériaux d’ici 2030 (code NAF 20)',
    value: -8,
    unit: '%',
    year: 2030,
    en: { label: 'Change in chemicals and materials jobs by 2030 (NAF code 20)', unit: '%' },
  },
  chemistryJobs: {
    label: 'Évolution du nombre de postes dans la chimie et les matériaux d’ici 2030',
    value: -720,
    unit: 'emplois',
    year: 2030,
    en: { label: 'Change in the number of jobs in chemicals and materials by 2030', unit: 'jobs' },
  },
  mineralsRate: {
    label: 'Évolution des effectifs de la production minérale non métallique d’ici 2030 (code NAF 23)',
    value: -13,
    unit: '%',
    year: 2030,
    en: { label: 'Change in non-metallic mineral production jobs by 2030 (NAF code 23)', unit: '%' },
  },
  mineralsJobs: {
    label: 'Évolution du nombre de postes dans la production minérale non métallique d’ici 2030',
    value: -1300,
    unit: 'emplois',
    year: 2030,
    en: { label: 'Change in the number of jobs in non-metallic mineral production by 2030', unit: 'jobs' },
  },
} satisfies Record<string, FigureSeed>;

export type FigureKey = keyof typeof FIGURES;

/** `shared.figure` component value in the given locale. */
export function figure(key: FigureKey, locale: 'fr' | 'en'): Record<string, unknown> {
  const f: FigureSeed = FIGURES[key];
  const text = locale === 'fr' ? { label: f.label, unit: f.unit } : { label: f.en.label, unit: f.en.unit ?? f.unit };
  return {
    label: text.label,
    value: f.value,
    ...(text.unit ? { unit: text.unit } : {}),
    ...(f.year ? { year: f.year } : {}),
    source: SEED_SOURCE_FR,
  };
}
