import type { FigureKey } from './figures';

export const HOME = {
  heroTitle: '20 000 emplois durables sur le Dunkerquois : et si l’un d’eux était pour vous ?',
  heroText:
    'Gigafactories, acier bas carbone, chimie verte, énergie : le territoire crée des milliers d’emplois d’ici 2030. Découvrez les entreprises qui recrutent, les métiers, les formations et les solutions pour vous lancer, près de chez vous.',
  keyFigures: ['directJobs', 'totalJobs', 'gigafactories', 'siteEmissions', 'threatenedJobs'] as FigureKey[],
  intro: `## Une dynamique qui doit profiter à toutes et à tous
Le Dunkerquois devient un laboratoire de la décarbonation, en passe de compter parmi les bassins d’emploi les plus dynamiques d’Europe. Que vous cherchiez un emploi, une formation, une reconversion ou un nouveau départ, il y a une place pour vous.

## Par où commencer ?
- **Poussez la porte d’un point relais**, à Dunkerque place de la Gare ou à Saint-Pol-sur-Mer, avec ou sans rendez-vous
- **Consultez le programme du mois** : informations collectives, job datings, visites, permanences de partenaires
- **Explorez les métiers** et les formations qui y mènent, y compris sans diplôme

Le réseau de bus du Dunkerquois est gratuit : profitez-en pour venir nous voir.`,
  en: {
    heroTitle: '20,000 sustainable jobs around Dunkirk: what if one of them were yours?',
    heroText:
      'Gigafactories, low-carbon steel, green chemistry, energy: the area is creating thousands of jobs by 2030. Discover the companies hiring, the jobs, the training and the support to get started, close to home.',
    intro: `## Momentum that must benefit everyone
The Dunkirk area is becoming a decarbonisation lab, on its way to being one of the most dynamic job markets in Europe. Whether you are looking for a job, training, a career change or a fresh start, there is a place for you.

## Where to start?
- **Drop in at a relay point**, in Dunkirk (place de la Gare) or Saint-Pol-sur-Mer, with or without an appointment
- **Check the monthly programme**: information sessions, job datings, visits, partner desks
- **Explore jobs** and the training that leads to them, including without qualifications

Buses across the Dunkirk area are free: hop on and come and see us.`,
  },
};
