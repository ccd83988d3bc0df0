export type PageSeed = { key: string; title: string; summary: string; body: string; en?: { title: string; summary: string; body: string } };

/** `{{date}}` is replaced by the seeding date in words. */
export const PAGES: PageSeed[] = [
  {
    key: 'mentions-legales',
    title: 'Mentions légales',
    summary: 'Éditeur, publication, hébergement, propriété intellectuelle et données personnelles.',
    body: `## Éditeur
Le site « 20 000 emplois durables » est édité par Entreprendre Ensemble, porteur du projet « Stratégie 20 000, des emplois durables pour tous ».

Contact : [contact-demo@example.org](mailto:contact-demo@example.org)

## Publication
La direction de la publication est assurée par la direction d’Entreprendre Ensemble. Les contenus sont rédigés et mis à jour par l’équipe communication de la stratégie 20 000.

## Hébergement
Le site est publié sous forme de pages statiques. Les coordonnées de l’hébergeur sont communiquées sur simple demande à l’adresse de contact ci-dessus.

## Contenus de démonstration
Les entreprises, les personnes qui témoignent, les sessions de formation et certains événements présentés sur ce site sont fictifs et servent à illustrer le fonctionnement du service. Les chiffres du territoire sont issus du document « Stratégie 20 000 — des emplois durables pour tous » (Entreprendre Ensemble, 2024).

## Propriété intellectuelle
Les textes et illustrations de ce site sont la propriété de leurs auteurs. Toute reproduction doit mentionner la source.

## Données personnelles
La consultation du site ne nécessite aucune inscription. Les inscriptions aux événements se font auprès des organisateurs indiqués sur chaque événement, qui vous informent de l’usage de vos données. Pour exercer vos droits ou poser une question, écrivez à l’adresse de contact.`,
    en: {
      title: 'Legal notice',
      summary: 'Publisher, hosting, intellectual property and personal data.',
      body: `## Publisher
The “20,000 sustainable jobs” website is published by Entreprendre Ensemble, which leads the “20,000 sustainable jobs for all” strategy.

Contact: [contact-demo@example.org](mailto:contact-demo@example.org)

## Hosting
The website is published as static pages. The host’s details are available on request at the contact address above.

## Demonstration content
The companies, people, training sessions and some events shown on this site are fictional and illustrate how the service works. Figures about the area come from the document “Stratégie 20 000 — des emplois durables pour tous” (Entreprendre Ensemble, 2024).

## Personal data
You do not need to register to browse the site. Event registrations are handled by the organisers named on each event.`,
    },
  },
  {
    key: 'accessibilite',
    title: 'Accessibilité',
    summary: 'Déclaration d’accessibilité du site 20 000 emplois durables : état de conformité au RGAA et voies de recours.',
    body: `Entreprendre Ensemble s’engage à rendre son site internet accessible conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.

Cette déclaration d’accessibilité s’applique au site « 20 000 emplois durables ».

## État de conformité
Le site « 20 000 emplois durables » est **non conforme** avec le référentiel général d’amélioration de l’accessibilité (RGAA) version 4.1.2 : il n’a pas encore fait l’objet d’un audit de conformité. L’évaluation est en cours.

## Contenus non accessibles
La liste des contenus non accessibles sera publiée à l’issue de l’audit. Le site a été conçu dès le départ pour être utilisable au clavier, avec un lecteur d’écran et sur téléphone mobile.

## Établissement de cette déclaration
Cette déclaration a été établie le {{date}}.

## Retour d’information et contact
Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez-nous pour être orienté·e vers une alternative accessible ou obtenir le contenu sous une autre forme :

- par courriel : [accessibilite-demo@example.org](mailto:accessibilite-demo@example.org)
- en vous rendant dans l’un des points relais, à Dunkerque (place de la Gare) ou à Saint-Pol-sur-Mer

## Voies de recours
Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou à une fonctionnalité du site, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse de notre part, vous êtes en droit de faire parvenir vos doléances ou une demande de saisine au Défenseur des droits.

- Écrire un message au [Défenseur des droits](https://formulaire.defenseurdesdroits.fr/)
- Contacter le délégué ou la déléguée du Défenseur des droits dans votre région
- Envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07`,
    en: {
      title: 'Accessibility',
      summary: 'Accessibility statement of the 20,000 sustainable jobs website: RGAA compliance status and remedies.',
      body: `Entreprendre Ensemble is committed to making its website accessible in accordance with article 47 of French law no. 2005-102 of 11 February 2005.

## Compliance status
The “20,000 sustainable jobs” website is **not compliant** with the French accessibility standard (RGAA) version 4.1.2: it has not been audited yet. The assessment is under way.

## Contact
If you cannot access some content or a service, contact us at [accessibilite-demo@example.org](mailto:accessibilite-demo@example.org) or visit one of the relay points.

## Remedies
If you report an accessibility issue and do not receive a satisfactory answer, you may contact the [Défenseur des droits](https://formulaire.defenseurdesdroits.fr/).`,
    },
  },
  {
    key: 'a-propos',
    title: 'À propos',
    summary:
      'La stratégie 20 000, des emplois durables pour tous : faire en sorte que la dynamique industrielle du Dunkerquois profite à toute la population.',
    body: `## Pourquoi ce site ?
Le Dunkerquois vit une transformation exceptionnelle : implantation de deux gigafactories, décarbonation de l’industrie, 20 000 emplois directs nouveaux annoncés dans l’industrie d’ici 2030 et 30 000 en comptant les emplois indirects et induits.

Cette dynamique doit profiter à toutes et à tous : habitant·es du territoire, jeunes, étudiant·es, salarié·es en reconversion, personnes accompagnées vers l’emploi, et talents venus d’ailleurs.

## Ce que nous voulons
- Rendre lisibles les entreprises qui s’installent ou se développent, les compétences qu’elles recherchent et leurs environnements de travail
- Faire connaître les parcours de formation et les solutions d’accompagnement, de l’insertion au logement et à la mobilité
- Lutter contre les tensions de recrutement et donner à chacun·e les clés pour saisir ces opportunités

## Comment ?
- Deux points relais, à Dunkerque place de la Gare et à Saint-Pol-sur-Mer
- La Fabuleuse Factory Mobile, créée par Euraénergie, qui sillonne le territoire et le « Carré magique »
- Des visites thématiques ou autonomes, des job datings, des permanences de partenaires et un programme chaque mois

## Qui porte le projet ?
Le projet est porté par Entreprendre Ensemble (1er mars 2024 – 31 août 2026), avec les acteurs du service public de l’emploi, de la formation et de l’orientation, l’agence de développement économique DK Promotion, Euraénergie, les clubs d’entreprises et les entreprises du territoire.

## À savoir
Les entreprises, les témoignages et les sessions de formation présentés sur ce site sont des exemples fictifs, en attendant les contenus réels des partenaires.`,
    en: {
      title: 'About',
      summary: 'The 20,000 sustainable jobs for all strategy: making sure the Dunkirk area’s industrial boom benefits everyone.',
      body: `## Why this website?
The Dunkirk area is going through an exceptional transformation: two gigafactories, industrial decarbonisation, 20,000 new direct industrial jobs announced by 2030 and 30,000 including indirect and induced jobs.

This momentum must benefit everyone: local residents, young people, students, employees changing careers, people on their way back to work, and talent from elsewhere.

## How?
- Two relay points, in Dunkirk (place de la Gare) and Saint-Pol-sur-Mer
- The Fabuleuse Factory Mobile, created by Euraénergie, touring the area and the “Carré magique”
- Guided and self-guided visits, job datings, partner desks and a monthly programme

## Good to know
The companies, testimonials and training sessions shown on this site are fictional examples, pending real content from partners.`,
    },
  },
];
