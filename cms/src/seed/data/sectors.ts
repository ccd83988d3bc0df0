import type { Motif } from '../lib/images';
import type { FigureKey } from './figures';

export type SectorSeed = {
  key: string;
  name: string;
  nafCodes?: string;
  summary: string;
  description: string;
  outlook: string;
  figures: FigureKey[];
  cover: { motif: Motif; palette: string; alt: string };
  en: { name: string; summary: string; description: string; outlook: string };
};

export const SECTORS: SectorSeed[] = [
  {
    key: 'batteries',
    name: 'Batteries et gigafactories',
    nafCodes: '27',
    summary:
      'Deux gigafactories s’implantent sur le Dunkerquois : cellules, modules et matériaux pour les batteries des véhicules électriques.',
    description: `## Une filière qui naît sous nos yeux
Avec l’implantation de deux gigafactories, le Dunkerquois devient un pôle de la batterie électrique. Autour des usines de cellules, fournisseurs de matériaux, recycleurs et sous-traitants s’installent à leur tour.

## Les métiers
- Opérateurs et opératrices de production en salle propre
- Techniciens et techniciennes de maintenance et d’automatismes
- Métiers de la qualité, des méthodes et de la logistique

Beaucoup de postes sont accessibles sans expérience de la batterie : les entreprises forment à leurs procédés.`,
    outlook:
      'Les gigafactories comptent parmi les projets qui portent l’objectif de 20 000 emplois industriels directs d’ici 2030 sur le territoire. Les recrutements s’échelonnent au rythme de la montée en production.',
    figures: ['gigafactories', 'directJobs'],
    cover: { motif: 'battery', palette: 'navy', alt: '' },
    en: {
      name: 'Batteries and gigafactories',
      summary: 'Two gigafactories are setting up around Dunkirk: cells, modules and materials for electric vehicle batteries.',
      description: `## An industry taking shape
With two gigafactories moving in, the Dunkirk area is becoming a hub for electric batteries. Around the cell plants, materials suppliers, recyclers and subcontractors are arriving too.

## The jobs
- Production operators in clean rooms
- Maintenance and automation technicians
- Quality, process engineering and logistics roles

Many jobs require no prior battery experience: companies train people in their processes.`,
      outlook:
        'The gigafactories are among the projects behind the goal of 20,000 direct industrial jobs by 2030. Hiring follows the pace of the production ramp-up.',
    },
  },
  {
    key: 'siderurgie-metallurgie-decarbonee',
    name: 'Sidérurgie et métallurgie décarbonées',
    nafCodes: '24',
    summary:
      'L’acier se réinvente : fours électriques, hydrogène, captage du CO₂. Les métiers évoluent et de nouvelles compétences sont recherchées.',
    description: `## Produire de l’acier autrement
La métallurgie (code NAF 24) fait partie des industries les plus émettrices du Nord et du Pas-de-Calais. Sa décarbonation transforme les procédés : fours électriques, réduction directe, récupération de chaleur.

## Ce qui change pour les salarié·es
Les effectifs baissent dans les procédés traditionnels, mais les compétences en conduite d’installation, en maintenance électrique et en automatismes sont très demandées. Des passerelles existent vers les nouveaux procédés et vers les secteurs en diversification.`,
    outlook:
      'Le secteur prévoit une baisse de 9 % de ses effectifs d’ici 2030 (-900 postes) avec la transition vers une économie bas carbone. Les salarié·es concerné·es peuvent se tourner vers les nouveaux procédés ou vers les secteurs qui recrutent : énergie renouvelable, recyclage, chimie verte, BTP, transport.',
    figures: ['metallurgyRate', 'metallurgyJobs', 'regionEmissions'],
    cover: { motif: 'steel', palette: 'steel', alt: '' },
    en: {
      name: 'Decarbonised steel and metallurgy',
      summary: 'Steel is being reinvented: electric furnaces, hydrogen, carbon capture. Jobs are changing and new skills are in demand.',
      description: `## Making steel differently
Metallurgy (NAF code 24) is one of the highest-emitting industries in the Nord and Pas-de-Calais. Decarbonisation is transforming its processes: electric furnaces, direct reduction, heat recovery.

## What changes for employees
Headcount is falling in traditional processes, but skills in running installations, electrical maintenance and automation are in high demand. There are bridges to the new processes and to diversifying sectors.`,
      outlook:
        'The sector expects a 9% drop in headcount by 2030 (-900 jobs) with the shift to a low-carbon economy. The employees concerned can move to the new processes or to sectors that are hiring: renewable energy, recycling, green chemistry, construction, transport.',
    },
  },
  {
    key: 'chimie-verte',
    name: 'Chimie verte',
    nafCodes: '20',
    summary:
      'Matériaux pour batteries, molécules biosourcées, hydrogène : la chimie du territoire se tourne vers des procédés plus propres.',
    description: `## Une chimie en transition
L’industrie chimique (code NAF 20) est l’un des secteurs les plus émetteurs de la région. Elle se transforme et ouvre des activités nouvelles, comme les matériaux de cathode pour les batteries ou la chimie biosourcée.

## Les métiers
- Conduite d’équipements de production chimique
- Techniciens et techniciennes de laboratoire
- Ingénieur·es procédés et HSE`,
    outlook:
      'La chimie-matériaux prévoit une baisse de 8 % de ses effectifs d’ici 2030 (-720 postes). Dans le même temps, la chimie verte fait partie des secteurs en diversification à fort potentiel d’emploi pour les demandeurs d’emploi.',
    figures: ['chemistryRate', 'chemistryJobs'],
    cover: { motif: 'chemistry', palette: 'teal', alt: '' },
    en: {
      name: 'Green chemistry',
      summary: 'Battery materials, bio-based molecules, hydrogen: local chemistry is turning to cleaner processes.',
      description: `## Chemistry in transition
The chemical industry (NAF code 20) is one of the region’s highest-emitting sectors. It is transforming and opening new activities, such as cathode materials for batteries or bio-based chemistry.

## The jobs
- Running chemical production equipment
- Laboratory technicians
- Process and HSE engineers`,
      outlook:
        'Chemicals and materials expect an 8% drop in headcount by 2030 (-720 jobs). At the same time, green chemistry is one of the diversifying sectors with strong job potential for jobseekers.',
    },
  },
  {
    key: 'verre-ciment-mineraux',
    name: 'Verre, ciment et minéraux',
    nafCodes: '23',
    summary:
      'Verre, ciment, chaux : des industries très consommatrices d’énergie qui réinventent leurs fours et leurs recettes pour émettre moins.',
    description: `## Des procédés à réinventer
La fabrication d’autres produits minéraux non métalliques (code NAF 23) regroupe le verre, le ciment et les matériaux de construction. Fours électriques, liants bas carbone et recyclage du calcin font évoluer les usines.

## Les métiers
Pilotes d’installation, technicien·nes de maintenance, responsables qualité : les compétences de conduite de procédés restent au cœur du secteur.`,
    outlook:
      'Le secteur de la production minérale non métallique prévoit une baisse de 13 % de ses effectifs d’ici 2030 (-1 300 postes). Les compétences de conduite et de maintenance se transfèrent vers les nouveaux procédés et les filières qui recrutent.',
    figures: ['mineralsRate', 'mineralsJobs'],
    cover: { motif: 'glass', palette: 'sand', alt: '' },
    en: {
      name: 'Glass, cement and minerals',
      summary: 'Glass, cement, lime: energy-hungry industries reinventing their kilns and recipes to emit less.',
      description: `## Processes to reinvent
The manufacture of other non-metallic mineral products (NAF code 23) covers glass, cement and building materials. Electric furnaces, low-carbon binders and cullet recycling are changing the plants.

## The jobs
Plant operators, maintenance technicians, quality managers: process control skills remain at the heart of the sector.`,
      outlook:
        'Non-metallic mineral production expects a 13% drop in headcount by 2030 (-1,300 jobs). Operating and maintenance skills carry over to the new processes and to the sectors that are hiring.',
    },
  },
  {
    key: 'recyclage',
    name: 'Recyclage et économie circulaire',
    nafCodes: '38',
    summary:
      'Batteries, métaux, verre : remettre les matières en circulation devient une industrie à part entière, qui recrute à tous les niveaux.',
    description: `## Boucler la boucle
Les nouvelles usines du territoire produisent des chutes, des rebuts et, demain, des batteries en fin de vie. Les trier, les démonter et en extraire les matières premières crée des emplois durables.

## Les métiers
- Agent·es de tri et de valorisation
- Conducteurs et conductrices d’engins
- Technicien·nes de maintenance et de procédés`,
    outlook:
      'Le recyclage fait partie des secteurs en diversification économique que la stratégie 20 000 identifie comme à fort potentiel d’emploi pour les demandeurs d’emploi.',
    figures: [],
    cover: { motif: 'recycling', palette: 'green', alt: '' },
    en: {
      name: 'Recycling and circular economy',
      summary: 'Batteries, metals, glass: putting materials back into circulation is becoming an industry in its own right, hiring at every level.',
      description: `## Closing the loop
The area’s new plants produce offcuts, scrap and, tomorrow, end-of-life batteries. Sorting them, dismantling them and recovering raw materials creates lasting jobs.

## The jobs
- Sorting and recovery operators
- Machine operators
- Maintenance and process technicians`,
      outlook:
        'Recycling is one of the diversifying sectors that the 20,000 strategy identifies as having strong job potential for jobseekers.',
    },
  },
  {
    key: 'logistique-portuaire',
    name: 'Logistique et portuaire',
    nafCodes: '52',
    summary:
      'Le port, les entrepôts et les flux des nouvelles usines : la logistique du Dunkerquois recrute caristes, préparateurs et responsables de flux.',
    description: `## Une tradition portuaire
Les infrastructures logistiques et la tradition portuaire font partie des atouts du territoire. Les nouvelles usines ont besoin d’acheminer matières premières et produits finis : entrepôts, quais et transport recrutent.

## Les métiers
- Caristes et conducteurs et conductrices d’engins portuaires
- Préparateurs et préparatrices de commandes
- Responsables logistiques et supply chain`,
    outlook:
      'Le transport et la mobilité sont cités par la stratégie 20 000 parmi les secteurs en diversification à fort potentiel d’emploi.',
    figures: [],
    cover: { motif: 'logistics', palette: 'sea', alt: '' },
    en: {
      name: 'Logistics and port',
      summary: 'The port, warehouses and supply flows of the new plants: Dunkirk-area logistics is hiring forklift drivers, order pickers and flow managers.',
      description: `## A port tradition
Logistics infrastructure and a port tradition are among the area’s strengths. The new plants need raw materials in and finished goods out: warehouses, docks and transport are hiring.

## The jobs
- Forklift and port machinery operators
- Order pickers
- Logistics and supply chain managers`,
      outlook: 'Transport and mobility are listed by the 20,000 strategy among the diversifying sectors with strong job potential.',
    },
  },
  {
    key: 'energie',
    name: 'Énergie : renouvelables et hydrogène',
    nafCodes: '35',
    summary:
      'Éolien en mer, hydrogène, réseaux électriques, captage du CO₂ : l’énergie est au cœur de la décarbonation d’un site qui pèse plus de 21 % des émissions industrielles de France.',
    description: `## Décarboner un site hors norme
Le site industrialo-portuaire de Dunkerque émet à lui seul 13,7 millions de tonnes de CO₂ par an. Le décarboner suppose de produire et d’acheminer beaucoup d’électricité bas carbone et d’hydrogène.

## Les métiers
- Pilotes d’installations énergétiques
- Électricien·nes et technicien·nes de maintenance
- Tuyauteurs, tuyauteuses et soudeurs, soudeuses`,
    outlook:
      'L’énergie renouvelable figure parmi les secteurs en diversification que la stratégie 20 000 identifie comme porteurs d’emplois pour les demandeurs d’emploi.',
    figures: ['siteEmissions'],
    cover: { motif: 'energy', palette: 'teal', alt: '' },
    en: {
      name: 'Energy: renewables and hydrogen',
      summary: 'Offshore wind, hydrogen, power grids, carbon capture: energy is at the heart of decarbonising a site that accounts for over 21% of France’s industrial emissions.',
      description: `## Decarbonising an exceptional site
The Dunkirk industrial port area alone emits 13.7 million tonnes of CO₂ a year. Decarbonising it means producing and carrying a lot of low-carbon electricity and hydrogen.

## The jobs
- Energy plant operators
- Electricians and maintenance technicians
- Pipefitters and welders`,
      outlook: 'Renewable energy is among the diversifying sectors that the 20,000 strategy sees as job creators for jobseekers.',
    },
  },
  {
    key: 'btp-maintenance-industrielle',
    name: 'BTP et maintenance industrielle',
    nafCodes: '33, 41, 42, 43',
    summary:
      'Construire les usines, puis les faire tourner : chantiers, structures métalliques, électricité et maintenance recrutent durablement.',
    description: `## Des chantiers, puis des usines à entretenir
Chaque nouvelle implantation commence par un chantier : terrassement, charpente métallique, électricité. Une fois l’usine en route, la maintenance prend le relais pour des décennies.

## Les métiers
- Monteurs et monteuses de structures métalliques
- Technicien·nes de maintenance industrielle
- Électricien·nes de maintenance`,
    outlook:
      'Le BTP est cité par la stratégie 20 000 parmi les secteurs en diversification à fort potentiel d’emploi, porté par les chantiers des nouvelles implantations.',
    figures: [],
    cover: { motif: 'btp', palette: 'dusk', alt: '' },
    en: {
      name: 'Construction and industrial maintenance',
      summary: 'Building the plants, then keeping them running: construction sites, steel structures, electrical work and maintenance are hiring for the long term.',
      description: `## Building sites, then plants to maintain
Every new plant starts with a building site: earthworks, steel frames, electrical work. Once the plant is running, maintenance takes over for decades.

## The jobs
- Steel structure fitters
- Industrial maintenance technicians
- Maintenance electricians`,
      outlook:
        'Construction is listed by the 20,000 strategy among the diversifying sectors with strong job potential, driven by the building sites of the new plants.',
    },
  },
];
