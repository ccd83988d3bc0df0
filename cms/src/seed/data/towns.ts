export type TownSeed = {
  key: string;
  name: string;
  postalCode: string;
  carreMagique: boolean;
  latitude: number;
  longitude: number;
};

/** The « Carré magique » and the towns of the Dunkirk employment basin (approximate town-centre coordinates). */
export const TOWNS: TownSeed[] = [
  { key: 'dunkerque', name: 'Dunkerque', postalCode: '59140', carreMagique: true, latitude: 51.0344, longitude: 2.3768 },
  { key: 'calais', name: 'Calais', postalCode: '62100', carreMagique: true, latitude: 50.9513, longitude: 1.8587 },
  { key: 'saint-omer', name: 'Saint-Omer', postalCode: '62500', carreMagique: true, latitude: 50.7504, longitude: 2.2522 },
  { key: 'hazebrouck', name: 'Hazebrouck', postalCode: '59190', carreMagique: true, latitude: 50.7236, longitude: 2.5386 },
  { key: 'saint-pol-sur-mer', name: 'Saint-Pol-sur-Mer', postalCode: '59430', carreMagique: false, latitude: 51.0297, longitude: 2.3435 },
  { key: 'grande-synthe', name: 'Grande-Synthe', postalCode: '59760', carreMagique: false, latitude: 51.0139, longitude: 2.3028 },
  { key: 'gravelines', name: 'Gravelines', postalCode: '59820', carreMagique: false, latitude: 50.9869, longitude: 2.1283 },
  { key: 'coudekerque-branche', name: 'Coudekerque-Branche', postalCode: '59210', carreMagique: false, latitude: 51.0225, longitude: 2.3933 },
  { key: 'loon-plage', name: 'Loon-Plage', postalCode: '59279', carreMagique: false, latitude: 50.9967, longitude: 2.2178 },
  { key: 'bourbourg', name: 'Bourbourg', postalCode: '59630', carreMagique: false, latitude: 50.9475, longitude: 2.1961 },
  { key: 'bergues', name: 'Bergues', postalCode: '59380', carreMagique: false, latitude: 50.9686, longitude: 2.4328 },
  {
    key: 'teteghem-coudekerque-village',
    name: 'Téteghem-Coudekerque-Village',
    postalCode: '59229',
    carreMagique: false,
    latitude: 51.0186,
    longitude: 2.4419,
  },
  { key: 'leffrinckoucke', name: 'Leffrinckoucke', postalCode: '59495', carreMagique: false, latitude: 51.0347, longitude: 2.4628 },
  { key: 'cappelle-la-grande', name: 'Cappelle-la-Grande', postalCode: '59180', carreMagique: false, latitude: 50.9989, longitude: 2.3628 },
];
