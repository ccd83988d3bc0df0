export type AudienceSeed = {
  key: string;
  name: string;
  summary: string;
  description: string;
  en: { name: string; summary: string; description: string };
};

export const AUDIENCES: AudienceSeed[] = [
  {
    key: 'demandeurs-d-emploi',
    name: 'Demandeurs et demandeuses d’emploi',
    summary:
      'Vous cherchez un emploi, quelle que soit votre situation ? Découvrez les entreprises qui recrutent près de chez vous et les parcours pour y accéder.',
    description: `Les entreprises du Dunkerquois recrutent, et pas seulement des profils très diplômés. Aux points relais, une personne vous reçoit, écoute votre projet et vous aide à repérer les métiers qui vous correspondent.

- Informations collectives sur les métiers qui recrutent
- Job datings avec les entreprises, avec ou sans rendez-vous
- Orientation vers le bon interlocuteur pour votre accompagnement`,
    en: {
      name: 'Jobseekers',
      summary: 'Looking for a job, whatever your situation? Discover the companies hiring near you and the routes into those jobs.',
      description: `Companies around Dunkirk are hiring, and not only highly qualified people. At the relay points, someone will welcome you, listen to your plans and help you find the jobs that suit you.

- Group information sessions about jobs in demand
- Job datings with companies, with or without an appointment
- Guidance towards the right organisation to support you`,
    },
  },
  {
    key: 'femmes',
    name: 'Femmes : retour à l’emploi',
    summary:
      'L’industrie se féminise et a besoin de vous. Des temps dédiés vous aident à lever les freins : garde d’enfants, mobilité, confiance, formation.',
    description: `Reprendre un emploi après une pause, changer de voie, oser l’industrie : les points relais organisent des rencontres entre femmes, avec des salariées qui témoignent et des partenaires qui apportent des solutions concrètes.

Les métiers d’aujourd’hui se font dans des environnements propres, modernes et mieux équipés. Beaucoup d’entreprises cherchent à féminiser leurs équipes.`,
    en: {
      name: 'Women returning to work',
      summary: 'Industry is opening up to women and needs you. Dedicated sessions help you overcome obstacles: childcare, transport, confidence, training.',
      description: `Going back to work after a break, changing direction, daring to try industry: the relay points hold meetings for women, with employees sharing their experience and partners bringing practical solutions.

Today’s jobs take place in clean, modern, better-equipped workplaces. Many companies want more women in their teams.`,
    },
  },
  {
    key: 'beneficiaires-du-rsa',
    name: 'Bénéficiaires du RSA',
    summary:
      'Vous touchez le RSA et souhaitez retrouver un emploi ? Des temps d’information et de levée des freins sont organisés pour vous, en lien avec vos référent·es.',
    description: `Les points relais ne remplacent pas votre accompagnement : ils vous permettent de découvrir les métiers qui recrutent, de rencontrer des entreprises et de préparer la suite avec votre référent·e.

Mobilité, garde d’enfants, santé, logement : parlez-en, des solutions existent sur le territoire.`,
    en: {
      name: 'People on RSA income support',
      summary: 'Receiving RSA and want to get back to work? Information and barrier-removal sessions are organised for you, together with your caseworkers.',
      description: `The relay points do not replace your support: they help you discover the jobs in demand, meet companies and prepare your next steps with your caseworker.

Transport, childcare, health, housing: talk about it, solutions exist locally.`,
    },
  },
  {
    key: 'personnes-en-situation-de-handicap',
    name: 'Personnes en situation de handicap',
    summary:
      'Bénéficiaires de l’obligation d’emploi (DEBOE) : les entreprises du territoire recrutent et adaptent les postes. Informez-vous et rencontrez-les.',
    description: `Les lieux 20 000 emplois sont accessibles et les rencontres peuvent être adaptées à vos besoins : dites-le-nous en vous inscrivant.

Aménagement de poste, reconnaissance de la qualité de travailleur handicapé (RQTH), accompagnement spécialisé : nous vous orientons vers les bons interlocuteurs.`,
    en: {
      name: 'People with disabilities',
      summary: 'Disabled jobseekers: local companies are hiring and adapting workstations. Find out more and meet them.',
      description: `The 20,000 jobs venues are accessible and meetings can be adapted to your needs: just tell us when you register.

Workstation adjustments, disabled worker recognition (RQTH), specialised support: we will point you to the right people.`,
    },
  },
  {
    key: 'jeunes',
    name: 'Jeunes',
    summary:
      'Vous avez moins de 26 ans ? Alternance, premier emploi, formation : l’industrie qui se transforme vous ouvre des portes près de chez vous.',
    description: `Casques de réalité virtuelle, visites d’entreprises, rencontres avec des salarié·es à peine plus âgé·es que vous : venez tester avant de choisir.

L’alternance permet de se former en étant payé·e, du CAP au diplôme d’ingénieur.`,
    en: {
      name: 'Young people',
      summary: 'Under 26? Work-study, first job, training: a changing industry is opening doors close to home.',
      description: `Virtual reality headsets, company visits, meetings with employees barely older than you: come and try before you choose.

Work-study lets you train while being paid, from vocational certificates to engineering degrees.`,
    },
  },
  {
    key: 'seniors',
    name: 'Seniors',
    summary:
      'Votre expérience compte. Les entreprises qui s’implantent cherchent aussi des profils confirmés pour encadrer, transmettre et sécuriser.',
    description: `Après 50 ans, on peut changer de métier ou valoriser ses compétences dans un nouveau secteur. Les conseillers des points relais vous aident à faire le point et à repérer les passerelles.

Maintenance, qualité, sécurité, logistique : de nombreux postes valorisent l’expérience de terrain.`,
    en: {
      name: 'Over-50s',
      summary: 'Your experience matters. Newly arriving companies also look for seasoned profiles to lead, pass on know-how and keep sites safe.',
      description: `After 50, you can change jobs or put your skills to use in a new sector. Relay point advisers help you take stock and spot the bridges.

Maintenance, quality, safety, logistics: many jobs value hands-on experience.`,
    },
  },
  {
    key: 'etudiants',
    name: 'Étudiantes et étudiants',
    summary:
      'Stage, alternance, premier poste d’ingénieur·e ou de technicien·ne : le Dunkerquois devient un laboratoire de la décarbonation. Construisez-y votre avenir.',
    description: `Gigafactories, sidérurgie bas carbone, chimie verte, énergie : les projets du territoire offrent des missions rares en Europe.

Rencontrez les entreprises lors des job datings et des after-works, et visitez les sites pour vous projeter.`,
    en: {
      name: 'Students',
      summary: 'Internship, work-study, first engineering or technician job: the Dunkirk area is becoming a decarbonisation lab. Build your future here.',
      description: `Gigafactories, low-carbon steel, green chemistry, energy: local projects offer assignments that are rare in Europe.

Meet companies at job datings and after-work events, and visit the sites to picture yourself there.`,
    },
  },
  {
    key: 'salaries-en-reconversion',
    name: 'Salarié·es en reconversion',
    summary:
      'Vous souhaitez changer de métier ou de secteur ? Découvrez les compétences recherchées et les moyens de financer votre reconversion.',
    description: `Beaucoup de compétences se transfèrent d’un secteur à l’autre : conduite d’installation, maintenance, contrôle qualité, logistique.

Lors des permanences partenaires, faites le point sur le projet de transition professionnelle, le compte personnel de formation et les parcours qui mènent aux métiers qui recrutent.`,
    en: {
      name: 'Employees changing careers',
      summary: 'Want to change jobs or sectors? Discover the skills in demand and how to fund your career change.',
      description: `Many skills carry over from one sector to another: running installations, maintenance, quality control, logistics.

During partner desks, find out about professional transition projects, the personal training account (CPF) and the routes into the jobs that are hiring.`,
    },
  },
  {
    key: 'habitants-des-qpv',
    name: 'Habitantes et habitants des quartiers prioritaires',
    summary:
      'Vous vivez dans un quartier prioritaire de la politique de la ville (QPV) ? Les points relais et la Factory Mobile viennent à vous pour parler emploi.',
    description: `Le point relais de Saint-Pol-sur-Mer a été pensé comme un lieu de proximité, et la Factory Mobile se déplace sur tout le territoire.

Venez sans rendez-vous : on vous présente les entreprises qui recrutent et les formations, puis on vous met en relation avec les bons interlocuteurs.`,
    en: {
      name: 'Residents of priority neighbourhoods',
      summary: 'Living in a priority neighbourhood (QPV)? The relay points and the Factory Mobile come to you to talk about jobs.',
      description: `The Saint-Pol-sur-Mer relay point was designed as a local drop-in, and the Factory Mobile travels across the whole area.

Drop in without an appointment: we will introduce the companies hiring and the training on offer, then put you in touch with the right people.`,
    },
  },
  {
    key: 'talents-hors-bassin',
    name: 'Talents d’ailleurs',
    summary:
      'Vous vivez hors du Dunkerquois et envisagez d’y travailler ? Emplois, logement, mobilité, cadre de vie : tout pour préparer votre arrivée.',
    description: `Entre mer et industrie, le Dunkerquois est en passe de devenir l’un des bassins d’emploi les plus dynamiques d’Europe en matière de création d’emplois.

Les points relais accueillent aussi les personnes en mobilité géographique : présentation des entreprises, des quartiers, des solutions de logement et du réseau de bus gratuit.`,
    en: {
      name: 'Talent from elsewhere',
      summary: 'Living outside the Dunkirk area and thinking of working here? Jobs, housing, transport, quality of life: everything to prepare your move.',
      description: `Between the sea and industry, the Dunkirk area is on its way to becoming one of the most dynamic job markets in Europe for job creation.

The relay points also welcome people moving from elsewhere: introductions to companies, neighbourhoods, housing options and the free bus network.`,
    },
  },
];
