import type { Motif } from '../lib/images';

export type ArticleSeed = {
  key: string;
  title: string;
  summary: string;
  body: string;
  daysAgo: number;
  companies: string[];
  sectors: string[];
  cover: { motif: Motif; palette: string; alt: string };
};

export const ARTICLES: ArticleSeed[] = [
  {
    key: 'les-points-relais-vous-accueillent',
    title: 'Les points relais 20 000 emplois vous accueillent',
    summary:
      'Place de la Gare à Dunkerque et à Saint-Pol-sur-Mer, deux lieux ouverts à toutes et à tous pour s’informer sur les emplois qui arrivent et être orienté·e vers les bons interlocuteurs.',
    body: `Au-delà des sites internet et des réseaux sociaux, rien ne remplace un accueil en personne. C’est pourquoi la stratégie 20 000 emplois s’appuie sur deux points relais.

## Place de la Gare, au cœur de l’agglomération
Le premier se trouve à Dunkerque, place de la Gare, à proximité immédiate du principal pôle d’échange des bus, du pôle de mobilité multimodal et des trains. On y trouve des bureaux d’entretien, des bureaux de job dating pour les entreprises, un espace d’exposition sur les projets et la décarbonation, des ordinateurs en libre accès et des casques de réalité virtuelle.

## Saint-Pol-sur-Mer, au plus près des habitant·es
Le second, à Saint-Pol-sur-Mer, est un premier « satellite » de proximité. Il pourrait préfigurer l’ouverture d’autres lieux sur le bassin d’emploi.

## Ce qu’on y fait
- S’informer sur les entreprises qui s’installent ou se développent
- Découvrir les compétences recherchées et les formations
- Rencontrer des entreprises lors de job datings
- Partir en visite thématique

Les horaires sont les plus larges possibles, avec une nocturne le jeudi à la gare et une ouverture le samedi matin.`,
    daysAgo: 4,
    companies: [],
    sectors: [],
    cover: { motif: 'building', palette: 'navy', alt: '' },
  },
  {
    key: 'la-factory-mobile-sillonne-le-carre-magique',
    title: 'La Fabuleuse Factory Mobile sillonne le Carré magique',
    summary:
      'Créée par Euraénergie, la Factory Mobile va à la rencontre des habitant·es de Dunkerque, Calais, Saint-Omer et Hazebrouck pour faire découvrir les métiers qui recrutent.',
    body: `Tout le monde ne peut pas se déplacer jusqu’à un point relais. Alors l’information vient à vous : la Fabuleuse Factory Mobile, créée par Euraénergie, propose des événements tout au long de l’année et une présence régulière sur tout le territoire.

## Le « Carré magique »
Dunkerque, Calais, Saint-Omer et Hazebrouck : le camion fait étape dans ces quatre villes, chaque vendredi selon le programme du mois.

## À bord
Casques de réalité virtuelle pour découvrir les gestes des métiers, présentation des entreprises qui s’installent, orientation vers les formations et les solutions d’accompagnement.

Retrouvez les dates de passage dans l’agenda.`,
    daysAgo: 13,
    companies: [],
    sectors: [],
    cover: { motif: 'truck', palette: 'dusk', alt: '' },
  },
  {
    key: 'decarbonation-ce-qui-change-pour-les-metiers',
    title: 'Décarbonation : ce qui change pour les métiers',
    summary:
      '20 000 emplois industriels directs d’ici 2030, mais aussi des métiers qui se transforment dans l’acier, la chimie, le verre et le ciment. Décryptage.',
    body: `Le site industrialo-portuaire de Dunkerque émet à lui seul 13,7 millions de tonnes de CO₂ par an, plus de 21 % des émissions industrielles de France. Le décarboner transforme en profondeur l’industrie du territoire.

## Des métiers qui évoluent
Dans les secteurs historiques, les effectifs devraient baisser d’ici 2030 : -9 % dans la métallurgie, -8 % dans la chimie-matériaux, -13 % dans la production minérale non métallique. Mais les compétences de conduite d’installation, de maintenance et de sécurité restent précieuses, et se transfèrent.

## Des emplois qui arrivent
Avec l’implantation de deux gigafactories et les projets de décarbonation, le territoire annonce 20 000 emplois directs nouveaux dans l’industrie, et 30 000 en comptant les emplois indirects et induits.

## Et pour vous ?
À l’image d’Aciérie Nord Bas-Carbone ou d’Ampérya Cells (entreprises fictives présentées à titre d’exemple sur ce site), les entreprises forment leurs équipes aux nouveaux procédés. Les points relais vous aident à repérer les passerelles.

_Source des chiffres : Entreprendre Ensemble, Stratégie 20 000 — des emplois durables pour tous, 2024._`,
    daysAgo: 26,
    companies: ['acierie-nord-bas-carbone', 'amperya-cells'],
    sectors: ['siderurgie-metallurgie-decarbonee', 'chimie-verte', 'verre-ciment-mineraux', 'batteries'],
    cover: { motif: 'industry', palette: 'teal', alt: '' },
  },
];
