import type { LogoShape } from '../lib/images';

export type PartnerKind =
  | 'public-employment'
  | 'training'
  | 'economic-development'
  | 'business-club'
  | 'local-authority'
  | 'association'
  | 'funder';

export type PartnerSeed = {
  key: string;
  name: string;
  kind: PartnerKind;
  summary: string;
  website?: string;
  logo: { shape: LogoShape; primary: string; secondary: string };
  en: { summary: string };
};

/** Partners named by the seed document, described only with what it says of them. */
export const PARTNERS: PartnerSeed[] = [
  {
    key: 'entreprendre-ensemble',
    name: 'Entreprendre Ensemble',
    kind: 'public-employment',
    summary:
      'Porteur du projet « Stratégie 20 000, des emplois durables pour tous » (1er mars 2024 – 31 août 2026) : points relais, Factory Mobile, visites et programmation mensuelle pour que la dynamique industrielle du Dunkerquois profite à toute la population.',
    logo: { shape: 'chevrons', primary: '#0B3D6B', secondary: '#F2A900' },
    en: {
      summary:
        'Leads the “20,000 sustainable jobs for all” strategy (1 March 2024 – 31 August 2026): relay points, the Factory Mobile, visits and a monthly programme so that the industrial boom around Dunkirk benefits everyone.',
    },
  },
  {
    key: 'euraenergie',
    name: 'Euraénergie',
    kind: 'economic-development',
    summary:
      'Acteur du développement économique du territoire, Euraénergie crée la Fabuleuse Factory Mobile : des événements tout au long de l’année et une présence régulière sur tout le territoire et dans le « Carré magique » (Dunkerque, Calais, Saint-Omer, Hazebrouck).',
    logo: { shape: 'bolt', primary: '#0E7C7B', secondary: '#FFD166' },
    en: {
      summary:
        'A player in local economic development, Euraénergie created the Fabuleuse Factory Mobile: events all year round and a regular presence across the area and the “Carré magique” (Dunkirk, Calais, Saint-Omer, Hazebrouck).',
    },
  },
  {
    key: 'dk-promotion',
    name: 'DK Promotion',
    kind: 'economic-development',
    summary:
      'Agence de développement économique du Dunkerquois, partenaire de la stratégie 20 000 aux côtés des entreprises qui s’implantent, se développent ou sont déjà implantées.',
    logo: { shape: 'triangle', primary: '#14213D', secondary: '#F28C28' },
    en: {
      summary:
        'The economic development agency of the Dunkirk area, a partner of the 20,000 strategy alongside companies that are arriving, growing or already established.',
    },
  },
  {
    key: 'apec',
    name: 'APEC',
    kind: 'public-employment',
    summary:
      'Partenaire des rencontres thématiques organisées dans les points relais, pour les cadres et les jeunes diplômé·es qui envisagent leur avenir professionnel sur le Dunkerquois.',
    website: 'https://www.apec.fr',
    logo: { shape: 'sun', primary: '#3D1E6D', secondary: '#FFC857' },
    en: {
      summary:
        'Partner of the themed meetings held in the relay points, for managers and young graduates considering a career around Dunkirk.',
    },
  },
  {
    key: 'transition-pro-hauts-de-france',
    name: 'Transition Pro Hauts-de-France',
    kind: 'funder',
    summary:
      'Partenaire des rencontres thématiques pour les salarié·es qui souhaitent se reconvertir, notamment par un projet de transition professionnelle.',
    logo: { shape: 'arch', primary: '#1E5631', secondary: '#B7DCA4' },
    en: {
      summary: 'Partner of the themed meetings for employees who want to change careers, notably through a professional transition project.',
    },
  },
  {
    key: 'opco-2i',
    name: 'OPCO 2i',
    kind: 'funder',
    summary:
      'Opérateur de compétences interindustriel, partenaire des rencontres thématiques des points relais pour parler formation, alternance et compétences de l’industrie.',
    logo: { shape: 'grid', primary: '#05386B', secondary: '#8EE4AF' },
    en: {
      summary:
        'The inter-industry skills operator, a partner of the relay points’ themed meetings about training, work-study and industrial skills.',
    },
  },
  {
    key: 'communaute-urbaine-de-dunkerque',
    name: 'Communauté urbaine de Dunkerque',
    kind: 'local-authority',
    summary:
      'Engagée depuis 2014 dans une stratégie de relance de l’économie du territoire, nourrie dès 2015 par les États généraux de l’emploi local. Le réseau de mobilité gratuit du Dunkerquois permet de rejoindre points relais et visites.',
    website: 'https://www.communaute-urbaine-dunkerque.fr',
    logo: { shape: 'wave', primary: '#0B3D6B', secondary: '#9CC7E4' },
    en: {
      summary:
        'Committed since 2014 to reviving the local economy, building on the 2015 “États généraux de l’emploi local”. The free Dunkirk-area transport network takes you to the relay points and visits.',
    },
  },
  {
    key: 'job-labo',
    name: 'Job Labo',
    kind: 'association',
    summary:
      'L’un des lieux incontournables des visites 20 000 emplois, pour découvrir les métiers, les emplois et les formations du territoire.',
    logo: { shape: 'hexagon', primary: '#C9862B', secondary: '#0B3D6B' },
    en: { summary: 'One of the must-see places of the 20,000 jobs visits, to discover local trades, jobs and training.' },
  },
  {
    key: 'plus',
    name: 'PLUS',
    kind: 'association',
    summary:
      'Lieu de visite cité par la stratégie 20 000 parmi les incontournables pour s’informer sur la dynamique du territoire.',
    logo: { shape: 'plus', primary: '#2E3440', secondary: '#F28C28' },
    en: { summary: 'A place to visit listed by the 20,000 strategy among the must-sees to learn about the area’s momentum.' },
  },
  {
    key: 'port-center',
    name: 'Port Center',
    kind: 'association',
    summary:
      'Étape des visites 20 000 emplois pour comprendre le port, ses activités et la transformation industrielle du Dunkerquois.',
    logo: { shape: 'drop', primary: '#05386B', secondary: '#F2A900' },
    en: { summary: 'A stop on the 20,000 jobs visits to understand the port, its activities and the industrial transformation of the Dunkirk area.' },
  },
  {
    key: 'fabrique-de-la-remobilisation',
    name: 'La Fabrique de la Remobilisation',
    kind: 'association',
    summary:
      'Dynamique du territoire reconnue par l’État parmi les sites inclus de la démarche 100 % inclusion, pour remobiliser les personnes éloignées de l’emploi.',
    logo: { shape: 'leaf', primary: '#8763C4', secondary: '#FFD166' },
    en: {
      summary:
        'A local initiative recognised by the State as one of the sites of the “100% inclusion” programme, helping people far from employment get back on track.',
    },
  },
];
