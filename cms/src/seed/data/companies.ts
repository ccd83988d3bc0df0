import type { LogoShape, Motif } from '../lib/images';

export type CompanySeed = {
  key: string;
  name: string;
  summary: string;
  description: string;
  sectors: string[];
  nafCode: string;
  presence: 'arriving' | 'growing' | 'established';
  town: string;
  address: { street: string; postalCode: string; city: string; latitude: number; longitude: number };
  jobsPlanned: number;
  horizonYear: number;
  jobs: string[];
  workEnvironment: string;
  decarbonation: string;
  website?: string;
  featured: boolean;
  logo: { shape: LogoShape; primary: string; secondary: string };
  cover: { motif: Motif; palette: string };
  en: { summary: string; description: string; workEnvironment: string; decarbonation: string };
};

/** Fictional companies: invented names, figures and projects, for demonstration only. */
export const COMPANIES: CompanySeed[] = [
  {
    key: 'amperya-cells',
    name: 'Ampérya Cells',
    summary:
      'Gigafactory de cellules de batteries pour véhicules électriques, en construction sur le Dunkerquois. Premiers recrutements en production, maintenance et qualité.',
    description: `## Le projet
Ampérya Cells construit une usine de cellules lithium-ion destinées aux constructeurs automobiles européens. La montée en production se fera par lignes successives.

## Qui recrutons-nous ?
Des opérateurs et opératrices de production, des technicien·nes de maintenance et d’automatismes, des métiers de la qualité et des méthodes. Aucune expérience de la batterie n’est exigée : nous formons à nos procédés.`,
    sectors: ['batteries'],
    nafCode: '27.20Z',
    presence: 'arriving',
    town: 'bourbourg',
    address: { street: 'Zone d’activités de Bourbourg', postalCode: '59630', city: 'Bourbourg', latitude: 50.9551, longitude: 2.1843 },
    jobsPlanned: 1100,
    horizonYear: 2028,
    jobs: ['operateur-production-batteries', 'technicien-maintenance-industrielle', 'technicien-automatismes', 'ingenieur-production', 'ingenieur-qualite', 'technicien-methodes', 'cariste'],
    workEnvironment:
      'Usine neuve et lumineuse, salles propres à atmosphère contrôlée, équipes mixtes et internationales. Parcours d’intégration de plusieurs semaines avant la prise de poste.',
    decarbonation:
      'Électricité bas carbone, récupération de chaleur sur les salles sèches et recyclage des rebuts de production avec un partenaire local.',
    website: 'https://amperya-cells.example.org',
    featured: true,
    logo: { shape: 'split', primary: '#0B3D6B', secondary: '#F2A900' },
    cover: { motif: 'battery', palette: 'navy' },
    en: {
      summary: 'An electric vehicle battery cell gigafactory under construction near Dunkirk. First hires in production, maintenance and quality.',
      description: `## The project
Ampérya Cells is building a lithium-ion cell plant for European carmakers. Production will ramp up line by line.

## Who are we hiring?
Production operators, maintenance and automation technicians, quality and process engineering staff. No battery experience needed: we train people in our processes.`,
      workEnvironment: 'A bright new plant, controlled-atmosphere clean rooms, diverse international teams. Several weeks of onboarding before taking up the job.',
      decarbonation: 'Low-carbon electricity, heat recovery on the dry rooms and recycling of production scrap with a local partner.',
    },
  },
  {
    key: 'batterix-flandre-modules',
    name: 'Batterix Flandre Modules',
    summary:
      'Assemblage de modules et de packs de batteries à partir des cellules produites sur le territoire. Postes accessibles sans diplôme avec formation interne.',
    description: `## Le projet
Batterix Flandre Modules assemble les cellules en modules et en packs prêts à être intégrés dans les véhicules. L’atelier démarre avec deux lignes.

## Nos métiers
Monteurs et monteuses de modules, préparateurs et préparatrices de commandes, technicien·nes méthodes et qualité.`,
    sectors: ['batteries', 'logistique-portuaire'],
    nafCode: '27.20Z',
    presence: 'arriving',
    town: 'gravelines',
    address: { street: 'Zone d’activités de Gravelines', postalCode: '59820', city: 'Gravelines', latitude: 50.9921, longitude: 2.1447 },
    jobsPlanned: 420,
    horizonYear: 2027,
    jobs: ['monteur-modules-batteries', 'preparateur-commandes', 'technicien-methodes', 'ingenieur-qualite'],
    workEnvironment: 'Atelier d’assemblage propre et ergonomique, postes en partie assis, rotation entre postes pour limiter la fatigue.',
    decarbonation: 'Bâtiment à haute performance énergétique, toiture photovoltaïque et emballages réutilisables avec les clients.',
    featured: false,
    logo: { shape: 'pill', primary: '#14213D', secondary: '#FFD166' },
    cover: { motif: 'battery', palette: 'dusk' },
    en: {
      summary: 'Assembly of battery modules and packs from cells made locally. Jobs open without qualifications, with in-house training.',
      description: `## The project
Batterix Flandre Modules assembles cells into modules and packs ready to fit into vehicles. The workshop starts with two lines.

## Our jobs
Module assemblers, order pickers, process and quality technicians.`,
      workEnvironment: 'A clean, ergonomic assembly workshop, partly seated workstations, rotation between stations to limit fatigue.',
      decarbonation: 'Energy-efficient building, rooftop solar panels and reusable packaging with customers.',
    },
  },
  {
    key: 'cathodia-materiaux',
    name: 'Cathodia Matériaux',
    summary:
      'Production de matériaux de cathode pour batteries, au cœur de la chaîne de valeur qui se construit sur le Dunkerquois.',
    description: `## Le projet
Cathodia Matériaux transforme des précurseurs métalliques en poudres de cathode pour les fabricants de cellules. L’usine est conçue pour intégrer des matières recyclées.

## Nos métiers
Opérateurs et opératrices de fabrication chimique, technicien·nes de laboratoire, ingénieur·es procédés et animateurs et animatrices HSE.`,
    sectors: ['chimie-verte', 'batteries'],
    nafCode: '20.13B',
    presence: 'arriving',
    town: 'loon-plage',
    address: { street: 'Zone industrielle de Loon-Plage', postalCode: '59279', city: 'Loon-Plage', latitude: 51.0058, longitude: 2.2049 },
    jobsPlanned: 350,
    horizonYear: 2028,
    jobs: ['operateur-fabrication-chimique', 'technicien-laboratoire', 'ingenieur-rd-procedes', 'animateur-hse'],
    workEnvironment: 'Site chimique moderne, salle de contrôle centralisée, forte culture sécurité et équipes en continu.',
    decarbonation: 'Fours électriques, boucle fermée pour l’eau de procédé et jusqu’à un tiers de métaux recyclés dans les matières premières.',
    featured: false,
    logo: { shape: 'diamond', primary: '#0E5E5D', secondary: '#FFD166' },
    cover: { motif: 'chemistry', palette: 'teal' },
    en: {
      summary: 'Production of cathode materials for batteries, at the heart of the value chain being built around Dunkirk.',
      description: `## The project
Cathodia Matériaux turns metal precursors into cathode powders for cell makers. The plant is designed to use recycled materials.

## Our jobs
Chemical production operators, laboratory technicians, process engineers and HSE officers.`,
      workEnvironment: 'A modern chemical site with a central control room, a strong safety culture and continuous shift teams.',
      decarbonation: 'Electric furnaces, closed-loop process water and up to a third of recycled metals in the raw materials.',
    },
  },
  {
    key: 'acierie-nord-bas-carbone',
    name: 'Aciérie Nord Bas-Carbone',
    summary:
      'Aciérie qui remplace progressivement ses installations au charbon par un four électrique : de nouveaux métiers de pilotage et de maintenance.',
    description: `## Le projet
Aciérie Nord Bas-Carbone transforme son outil industriel pour produire un acier beaucoup moins émetteur. Les équipes actuelles sont formées aux nouveaux procédés et des recrutements complètent les compétences.

## Nos métiers
Conducteurs et conductrices d’installation, électricien·nes de maintenance, soudeurs et soudeuses, chaudronniers et chaudronnières, animateurs et animatrices HSE.`,
    sectors: ['siderurgie-metallurgie-decarbonee'],
    nafCode: '24.10Z',
    presence: 'growing',
    town: 'dunkerque',
    address: { street: 'Zone industrialo-portuaire, secteur ouest', postalCode: '59140', city: 'Dunkerque', latitude: 51.0279, longitude: 2.2912 },
    jobsPlanned: 180,
    horizonYear: 2029,
    jobs: ['conducteur-installation-production-metaux', 'electricien-maintenance', 'soudeur', 'chaudronnier', 'animateur-hse', 'technicien-automatismes'],
    workEnvironment:
      'Grand site industriel historique en pleine modernisation. Travail en équipes en continu, parrainage des nouvelles recrues par des salarié·es expérimenté·es.',
    decarbonation: 'Remplacement du haut fourneau par un four électrique alimenté en électricité bas carbone, et étude de la réduction directe à l’hydrogène.',
    website: 'https://acierie-nord-bas-carbone.example.org',
    featured: true,
    logo: { shape: 'steps', primary: '#2E3440', secondary: '#F28C28' },
    cover: { motif: 'steel', palette: 'steel' },
    en: {
      summary: 'A steelworks gradually replacing its coal-based installations with an electric furnace: new operating and maintenance jobs.',
      description: `## The project
Aciérie Nord Bas-Carbone is transforming its plant to make much lower-emission steel. Current teams are trained in the new processes and new hires complete the skills.

## Our jobs
Plant operators, maintenance electricians, welders, boilermakers, HSE officers.`,
      workEnvironment: 'A large historic industrial site being modernised. Continuous shift work, with experienced employees mentoring newcomers.',
      decarbonation: 'Replacing the blast furnace with an electric furnace powered by low-carbon electricity, and studying hydrogen-based direct reduction.',
    },
  },
  {
    key: 'metallerie-opale-avenir',
    name: 'Métallerie Opale Avenir',
    summary:
      'PME de chaudronnerie et de structures métalliques qui se développe avec les chantiers des nouvelles usines.',
    description: `## Qui sommes-nous ?
Une entreprise familiale qui fabrique et monte charpentes, passerelles, cuves et supports pour les sites industriels du littoral.

## Nos besoins
Soudeurs et soudeuses, chaudronniers et chaudronnières, monteurs et monteuses de structures. Nous accueillons volontiers des alternant·es.`,
    sectors: ['btp-maintenance-industrielle', 'siderurgie-metallurgie-decarbonee'],
    nafCode: '25.11Z',
    presence: 'established',
    town: 'coudekerque-branche',
    address: {
      street: 'Zone d’activités de Coudekerque-Branche',
      postalCode: '59210',
      city: 'Coudekerque-Branche',
      latitude: 51.0152,
      longitude: 2.4047,
    },
    jobsPlanned: 45,
    horizonYear: 2027,
    jobs: ['soudeur', 'chaudronnier', 'monteur-structures-metalliques'],
    workEnvironment: 'Atelier à taille humaine, chantiers variés sur le territoire, transmission du savoir-faire entre générations.',
    decarbonation: 'Acier bas carbone privilégié dans les achats, optimisation des chutes et revente des métaux à un recycleur local.',
    featured: false,
    logo: { shape: 'stripes', primary: '#7A4E1D', secondary: '#F1D2A6' },
    cover: { motif: 'btp', palette: 'sand' },
    en: {
      summary: 'A boilermaking and steel structure SME growing with the building sites of the new plants.',
      description: `## Who are we?
A family business making and installing frames, walkways, tanks and supports for industrial sites along the coast.

## What we need
Welders, boilermakers, steel structure fitters. Apprentices are welcome.`,
      workEnvironment: 'A human-sized workshop, varied sites across the area, know-how passed on between generations.',
      decarbonation: 'Low-carbon steel preferred in purchasing, optimised offcuts and scrap sold to a local recycler.',
    },
  },
  {
    key: 'chimivert-synthese',
    name: 'Chimivert Synthèse',
    summary:
      'Chimie biosourcée : des molécules issues de ressources végétales pour remplacer des produits d’origine fossile.',
    description: `## Le projet
Chimivert Synthèse agrandit son unité pour produire des intermédiaires chimiques à partir de ressources agricoles de la région.

## Nos métiers
Opérateurs et opératrices de fabrication chimique, technicien·nes de laboratoire, opérateurs et opératrices de conditionnement, ingénieur·es R&D.`,
    sectors: ['chimie-verte'],
    nafCode: '20.14Z',
    presence: 'growing',
    town: 'grande-synthe',
    address: { street: 'Zone industrielle de Grande-Synthe', postalCode: '59760', city: 'Grande-Synthe', latitude: 51.0107, longitude: 2.2789 },
    jobsPlanned: 95,
    horizonYear: 2027,
    jobs: ['operateur-fabrication-chimique', 'technicien-laboratoire', 'operateur-conditionnement', 'ingenieur-rd-procedes', 'animateur-hse'],
    workEnvironment: 'Site à taille humaine, laboratoire ouvert sur l’atelier, horaires en équipes avec planning connu à l’avance.',
    decarbonation: 'Matières premières végétales locales, chaudière biomasse et valorisation des coproduits en alimentation animale.',
    website: 'https://chimivert-synthese.example.org',
    featured: true,
    logo: { shape: 'drop', primary: '#1E5631', secondary: '#B7DCA4' },
    cover: { motif: 'chemistry', palette: 'green' },
    en: {
      summary: 'Bio-based chemistry: molecules from plant resources to replace fossil-based products.',
      description: `## The project
Chimivert Synthèse is expanding its unit to produce chemical intermediates from regional farm resources.

## Our jobs
Chemical production operators, laboratory technicians, packaging operators, R&D engineers.`,
      workEnvironment: 'A human-sized site with a lab open onto the workshop, shift hours with rotas known in advance.',
      decarbonation: 'Local plant-based raw materials, a biomass boiler and co-products recovered as animal feed.',
    },
  },
  {
    key: 'hydrogene-des-dunes',
    name: 'Hydrogène des Dunes',
    summary:
      'Production d’hydrogène bas carbone par électrolyse pour alimenter l’industrie et la mobilité lourde du territoire.',
    description: `## Le projet
Hydrogène des Dunes installe des électrolyseurs raccordés au réseau électrique bas carbone. L’hydrogène est livré par canalisation aux industriels voisins.

## Nos métiers
Pilotes d’installation énergétique, électricien·nes et technicien·nes d’automatismes, tuyauteurs et tuyauteuses, animateurs et animatrices HSE.`,
    sectors: ['energie', 'chimie-verte'],
    nafCode: '20.11Z',
    presence: 'arriving',
    town: 'dunkerque',
    address: { street: 'Zone industrialo-portuaire, secteur est', postalCode: '59140', city: 'Dunkerque', latitude: 51.0498, longitude: 2.3516 },
    jobsPlanned: 120,
    horizonYear: 2028,
    jobs: ['pilote-installation-energetique', 'electricien-maintenance', 'technicien-automatismes', 'tuyauteur', 'animateur-hse'],
    workEnvironment: 'Installations neuves et très instrumentées, salle de contrôle moderne, exigences de sécurité élevées et formation continue.',
    decarbonation: 'Électrolyse alimentée en électricité bas carbone pour remplacer l’hydrogène d’origine fossile utilisé par les industriels voisins.',
    featured: false,
    logo: { shape: 'orbit', primary: '#05386B', secondary: '#8EE4AF' },
    cover: { motif: 'energy', palette: 'sea' },
    en: {
      summary: 'Low-carbon hydrogen produced by electrolysis for local industry and heavy transport.',
      description: `## The project
Hydrogène des Dunes is installing electrolysers connected to the low-carbon power grid. The hydrogen is piped to neighbouring plants.

## Our jobs
Energy plant operators, electricians and automation technicians, pipefitters, HSE officers.`,
      workEnvironment: 'New, highly instrumented installations, a modern control room, high safety standards and ongoing training.',
      decarbonation: 'Electrolysis powered by low-carbon electricity to replace the fossil-based hydrogen used by neighbouring plants.',
    },
  },
  {
    key: 'boucle-nord-recyclage',
    name: 'Boucle Nord Recyclage',
    summary:
      'Recyclage des batteries en fin de vie et des rebuts de production pour récupérer lithium, nickel et cobalt.',
    description: `## Le projet
Boucle Nord Recyclage démonte, broie et trie les batteries pour en extraire la « masse noire », riche en métaux, renvoyée ensuite vers les fabricants de matériaux.

## Nos métiers
Agent·es de tri et de valorisation, caristes, technicien·nes de maintenance, opérateurs et opératrices de fabrication chimique.`,
    sectors: ['recyclage', 'batteries'],
    nafCode: '38.32Z',
    presence: 'arriving',
    town: 'grande-synthe',
    address: { street: 'Zone d’activités de Grande-Synthe', postalCode: '59760', city: 'Grande-Synthe', latitude: 51.0243, longitude: 2.2571 },
    jobsPlanned: 200,
    horizonYear: 2029,
    jobs: ['agent-tri-valorisation', 'cariste', 'technicien-maintenance-industrielle', 'operateur-fabrication-chimique'],
    workEnvironment: 'Ateliers ventilés et sécurisés, postes variés et rotations, formation complète à la manipulation des batteries.',
    decarbonation: 'Les métaux recyclés évitent l’extraction minière et leur transport lointain ; l’usine fonctionne à l’électricité bas carbone.',
    website: 'https://boucle-nord-recyclage.example.org',
    featured: true,
    logo: { shape: 'ring', primary: '#1E5631', secondary: '#F2A900' },
    cover: { motif: 'recycling', palette: 'green' },
    en: {
      summary: 'Recycling end-of-life batteries and production scrap to recover lithium, nickel and cobalt.',
      description: `## The project
Boucle Nord Recyclage dismantles, shreds and sorts batteries to extract the metal-rich “black mass”, which then goes back to materials makers.

## Our jobs
Sorting and recovery operators, forklift drivers, maintenance technicians, chemical production operators.`,
      workEnvironment: 'Ventilated, secure workshops, varied roles and rotations, full training in battery handling.',
      decarbonation: 'Recycled metals avoid mining and long-distance transport; the plant runs on low-carbon electricity.',
    },
  },
  {
    key: 'verrerie-cap-blanc',
    name: 'Verrerie Cap Blanc',
    summary:
      'Verrerie qui passe au four électrique et augmente la part de verre recyclé : des pilotes d’installation et des technicien·nes recherché·es.',
    description: `## Le projet
Verrerie Cap Blanc produit des bouteilles et des pots en verre. Son nouveau four électrique et son centre de traitement du calcin réduisent fortement ses émissions.

## Nos métiers
Pilotes d’installation verrière, technicien·nes de maintenance, électricien·nes, caristes.`,
    sectors: ['verre-ciment-mineraux'],
    nafCode: '23.13Z',
    presence: 'growing',
    town: 'cappelle-la-grande',
    address: {
      street: 'Zone d’activités de Cappelle-la-Grande',
      postalCode: '59180',
      city: 'Cappelle-la-Grande',
      latitude: 50.9937,
      longitude: 2.3552,
    },
    jobsPlanned: 60,
    horizonYear: 2028,
    jobs: ['pilote-installation-verriere', 'technicien-maintenance-industrielle', 'electricien-maintenance', 'cariste'],
    workEnvironment: 'Usine en activité continue, équipes soudées, formation interne au métier de verrier sur plusieurs mois.',
    decarbonation: 'Four électrique à la place du four au gaz et jusqu’à 70 % de verre recyclé dans la composition.',
    featured: false,
    logo: { shape: 'hexagon', primary: '#0E7C7B', secondary: '#9CC7E4' },
    cover: { motif: 'glass', palette: 'teal' },
    en: {
      summary: 'A glassworks moving to an electric furnace and more recycled glass: plant operators and technicians wanted.',
      description: `## The project
Verrerie Cap Blanc makes glass bottles and jars. Its new electric furnace and cullet treatment centre sharply cut its emissions.

## Our jobs
Glass plant operators, maintenance technicians, electricians, forklift drivers.`,
      workEnvironment: 'A plant running around the clock, close-knit teams, several months of in-house glassmaking training.',
      decarbonation: 'An electric furnace instead of a gas one, and up to 70% recycled glass in the batch.',
    },
  },
  {
    key: 'liant-vert-littoral',
    name: 'Liant Vert Littoral',
    summary:
      'Production de liants et de ciments bas carbone à partir de coproduits industriels du territoire.',
    description: `## Le projet
Liant Vert Littoral fabrique des ciments sans clinker ou à faible teneur en clinker, en valorisant des coproduits de la sidérurgie.

## Nos métiers
Conducteurs et conductrices d’installation de production de matériaux de construction, technicien·nes de laboratoire, électricien·nes de maintenance.`,
    sectors: ['verre-ciment-mineraux', 'recyclage'],
    nafCode: '23.51Z',
    presence: 'arriving',
    town: 'dunkerque',
    address: { street: 'Zone industrialo-portuaire, port est', postalCode: '59140', city: 'Dunkerque', latitude: 51.0411, longitude: 2.3204 },
    jobsPlanned: 90,
    horizonYear: 2027,
    jobs: ['conducteur-installation-materiaux-construction', 'technicien-laboratoire', 'electricien-maintenance'],
    workEnvironment: 'Usine compacte et automatisée, travail en équipes, laboratoire qualité sur site.',
    decarbonation: 'Broyage à froid de coproduits industriels à la place de la cuisson du clinker, principale source d’émissions du ciment.',
    featured: false,
    logo: { shape: 'grid', primary: '#7A4E1D', secondary: '#0B3D6B' },
    cover: { motif: 'industry', palette: 'sand' },
    en: {
      summary: 'Low-carbon binders and cements made from local industrial co-products.',
      description: `## The project
Liant Vert Littoral makes clinker-free or low-clinker cements, using co-products from the steel industry.

## Our jobs
Building materials plant operators, laboratory technicians, maintenance electricians.`,
      workEnvironment: 'A compact, automated plant, shift work, an on-site quality lab.',
      decarbonation: 'Cold grinding of industrial co-products instead of firing clinker, the main source of cement emissions.',
    },
  },
  {
    key: 'quai-nord-logistique',
    name: 'Quai Nord Logistique',
    summary:
      'Manutention portuaire et entreposage pour les nouvelles usines : conteneurs, matières premières et produits finis.',
    description: `## Le projet
Quai Nord Logistique développe un terminal et des entrepôts dédiés aux flux des gigafactories et des industries bas carbone.

## Nos métiers
Conducteurs et conductrices d’engins portuaires, caristes, préparateurs et préparatrices de commandes, responsables logistiques.`,
    sectors: ['logistique-portuaire'],
    nafCode: '52.24A',
    presence: 'growing',
    town: 'loon-plage',
    address: { street: 'Zone portuaire de Loon-Plage', postalCode: '59279', city: 'Loon-Plage', latitude: 51.0187, longitude: 2.1932 },
    jobsPlanned: 150,
    horizonYear: 2027,
    jobs: ['conducteur-engins-portuaires', 'cariste', 'preparateur-commandes', 'responsable-logistique'],
    workEnvironment: 'Travail en extérieur et en entrepôt, horaires selon l’arrivée des navires, engins récents et formations CACES® prises en charge.',
    decarbonation: 'Engins de manutention électriques, report du camion vers le rail et le fluvial pour les acheminements.',
    featured: false,
    logo: { shape: 'stack', primary: '#05386B', secondary: '#F2A900' },
    cover: { motif: 'sea', palette: 'sea' },
    en: {
      summary: 'Port handling and warehousing for the new plants: containers, raw materials and finished goods.',
      description: `## The project
Quai Nord Logistique is developing a terminal and warehouses dedicated to the flows of the gigafactories and low-carbon industries.

## Our jobs
Port machinery operators, forklift drivers, order pickers, logistics managers.`,
      workEnvironment: 'Outdoor and warehouse work, hours depending on ship arrivals, recent machinery and CACES® training paid for.',
      decarbonation: 'Electric handling equipment and a shift from road to rail and inland waterways.',
    },
  },
  {
    key: 'houle-et-vent-maintenance',
    name: 'Houle & Vent Maintenance',
    summary:
      'Maintenance d’éoliennes en mer depuis le port de Dunkerque : technicien·nes, électricien·nes et métiers de la logistique marine.',
    description: `## Le projet
Houle & Vent Maintenance installe sa base de maintenance sur le port pour intervenir sur les parcs éoliens en mer de la Manche et de la mer du Nord.

## Nos métiers
Technicien·nes de maintenance, électricien·nes, technicien·nes en automatismes. Formations à la sécurité en mer prises en charge.`,
    sectors: ['energie', 'btp-maintenance-industrielle'],
    nafCode: '33.14Z',
    presence: 'arriving',
    town: 'dunkerque',
    address: { street: 'Port est de Dunkerque', postalCode: '59140', city: 'Dunkerque', latitude: 51.0512, longitude: 2.3665 },
    jobsPlanned: 80,
    horizonYear: 2028,
    jobs: ['technicien-maintenance-industrielle', 'electricien-maintenance', 'technicien-automatismes'],
    workEnvironment: 'Interventions en mer par rotations, travail en hauteur, esprit d’équipe très fort. Bonne condition physique demandée.',
    decarbonation: 'Contribuer à produire une électricité renouvelable indispensable à la décarbonation des industries voisines.',
    featured: false,
    logo: { shape: 'turbine', primary: '#0B3D6B', secondary: '#2BA39A' },
    cover: { motif: 'energy', palette: 'navy' },
    en: {
      summary: 'Offshore wind turbine maintenance from the port of Dunkirk: technicians, electricians and marine logistics jobs.',
      description: `## The project
Houle & Vent Maintenance is setting up its maintenance base in the port to service offshore wind farms in the Channel and the North Sea.

## Our jobs
Maintenance technicians, electricians, automation technicians. Offshore safety training paid for.`,
      workEnvironment: 'Offshore work in rotations, work at height, a very strong team spirit. Good physical fitness required.',
      decarbonation: 'Helping produce the renewable electricity that neighbouring industries need to decarbonise.',
    },
  },
  {
    key: 'carbocapte-flandre',
    name: 'Carbocapte Flandre',
    summary:
      'Captage, liquéfaction et expédition du CO₂ émis par les industries voisines : un nouveau métier pour le territoire.',
    description: `## Le projet
Carbocapte Flandre construit une unité qui capte le CO₂ à la sortie des cheminées industrielles, le purifie et le prépare pour son transport et son stockage.

## Nos métiers
Pilotes d’installation énergétique, ingénieur·es procédés, tuyauteurs et tuyauteuses, animateurs et animatrices HSE.`,
    sectors: ['energie', 'chimie-verte'],
    nafCode: '71.12B',
    presence: 'arriving',
    town: 'grande-synthe',
    address: { street: 'Zone industrielle de Grande-Synthe, secteur nord', postalCode: '59760', city: 'Grande-Synthe', latitude: 51.0232, longitude: 2.2883 },
    jobsPlanned: 70,
    horizonYear: 2029,
    jobs: ['pilote-installation-energetique', 'ingenieur-rd-procedes', 'tuyauteur', 'animateur-hse'],
    workEnvironment: 'Projet pionnier, équipes jeunes et pluridisciplinaires, forte exigence sécurité.',
    decarbonation: 'Capter une partie des émissions résiduelles des sites voisins, là où l’électrification ne suffit pas.',
    featured: false,
    logo: { shape: 'ring', primary: '#3D1E6D', secondary: '#CDB8F0' },
    cover: { motif: 'industry', palette: 'plum' },
    en: {
      summary: 'Capturing, liquefying and shipping CO₂ from neighbouring industries: a new trade for the area.',
      description: `## The project
Carbocapte Flandre is building a unit that captures CO₂ at industrial stacks, purifies it and prepares it for transport and storage.

## Our jobs
Energy plant operators, process engineers, pipefitters, HSE officers.`,
      workEnvironment: 'A pioneering project, young multidisciplinary teams, high safety standards.',
      decarbonation: 'Capturing part of the residual emissions of neighbouring sites, where electrification is not enough.',
    },
  },
  {
    key: 'atelier-wateringue-maintenance',
    name: 'Atelier Wateringue Maintenance',
    summary:
      'Entreprise de maintenance industrielle implantée de longue date, qui recrute pour accompagner l’arrivée des nouvelles usines.',
    description: `## Qui sommes-nous ?
Atelier Wateringue Maintenance intervient sur les machines tournantes, les installations électriques et les automatismes des sites du littoral.

## Nos besoins
Technicien·nes de maintenance, électricien·nes, technicien·nes en automatismes, y compris en alternance et en reconversion.`,
    sectors: ['btp-maintenance-industrielle'],
    nafCode: '33.12Z',
    presence: 'established',
    town: 'saint-pol-sur-mer',
    address: { street: 'Zone d’activités de Saint-Pol-sur-Mer', postalCode: '59430', city: 'Saint-Pol-sur-Mer', latitude: 51.0276, longitude: 2.3338 },
    jobsPlanned: 60,
    horizonYear: 2026,
    jobs: ['technicien-maintenance-industrielle', 'electricien-maintenance', 'technicien-automatismes'],
    workEnvironment: 'Équipes mobiles sur les sites clients, véhicule de service, tutorat par des technicien·nes expérimenté·es.',
    decarbonation: 'Maintenance prédictive pour limiter les pannes et les consommations, réparation plutôt que remplacement des équipements.',
    featured: false,
    logo: { shape: 'stripes', primary: '#2E3440', secondary: '#9CC7E4' },
    cover: { motif: 'btp', palette: 'steel' },
    en: {
      summary: 'A long-established industrial maintenance company hiring to support the arrival of the new plants.',
      description: `## Who are we?
Atelier Wateringue Maintenance services rotating machinery, electrical installations and automation on coastal sites.

## What we need
Maintenance technicians, electricians, automation technicians, including apprentices and career changers.`,
      workEnvironment: 'Mobile teams on customer sites, a service vehicle, mentoring by experienced technicians.',
      decarbonation: 'Predictive maintenance to limit breakdowns and energy use, repairing rather than replacing equipment.',
    },
  },
];
