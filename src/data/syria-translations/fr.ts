import type { SyriaTexts } from '../syria-article.js';

/** The article's events in French (see `SyriaTexts`). */
export const texts: SyriaTexts = {
  events: {
    'conflict-begins': [
      'Début du conflit armé en Syrie',
      'L’article fait remonter le début du conflit armé en Syrie à 2011.',
      'en 2011',
    ],
    'foreign-support-for-armed-groups': [
      'Soutien étranger présumé aux groupes armés',
      'Selon l’article, les États-Unis, la Turquie, l’Arabie saoudite et le Qatar apportent depuis 2011 un soutien financier et politique aux groupes armés de l’opposition, et continuent de le faire.',
      'depuis 2011',
    ],
    'us-stance-on-syrian-government': [
      'Velayati\u00a0: les États-Unis veulent écarter le gouvernement',
      'Ali Akbar Velayati affirme que les États-Unis cherchent à écarter le gouvernement syrien depuis le début du conflit. La période commence avec le conflit, que l’article fait remonter à 2011.',
      'dès le début',
    ],
    'aleppo-east-taken-by-armed-groups': [
      'Des groupes armés prennent l’est d’Alep',
      'Des groupes armés de l’opposition prennent le contrôle de la partie est d’Alep.',
      'dès 2012',
    ],
    'aleppo-east-retaken': [
      'L’armée syrienne reprend l’est d’Alep',
      'Les forces gouvernementales syriennes prennent la partie est d’Alep, deuxième ville du pays, et la ville entière passe sous le contrôle du gouvernement.',
      'À la fin de l’année dernière',
    ],
    'aleppo-ceasefire-deal': [
      'Russie et Turquie négocient un cessez-le-feu à Alep',
      'Un accord de cessez-le-feu pour Alep est négocié par la Russie, du côté du gouvernement syrien, et par la Turquie, du côté des groupes armés.',
      'plus tard',
    ],
    'aleppo-evacuation': [
      'Civils et combattants quittent Alep',
      'En vertu de l’accord de cessez-le-feu, les civils et les combattants armés restants quittent la ville, sous la supervision des forces gouvernementales.',
      'plus tard',
    ],
    'nationwide-truce': [
      'Trêve conclue dans toute la Syrie',
      'Après l’accord d’Alep, le gouvernement syrien et les groupes armés de l’opposition conviennent d’une trêve couvrant l’ensemble de la Syrie.',
    ],
    'zarif-opposes-us-at-talks': [
      'Zarif s’oppose à la présence des États-Unis aux pourparlers',
      'Le ministre iranien des Affaires étrangères, Mohammad Javad Zarif, fait part de l’opposition de l’Iran à la participation des États-Unis aux négociations.',
      'Plus tôt',
    ],
    'rouhani-meets-khamis': [
      'Rohani reçoit le Premier ministre syrien Khamis',
      'Le président iranien Hassan Rohani reçoit le Premier ministre syrien Imad Khamis, en visite, et commente l’issue des combats à Alep.',
      'mercredi',
    ],
    'rouhani-praises-ceasefire': [
      'Rohani sur Alep et le cessez-le-feu',
      'Rohani qualifie la reprise d’Alep par le gouvernement et le cessez-le-feu national de deux pas vers la paix et la stabilité en Syrie.',
    ],
    'rouhani-pledges-support': [
      'Rohani promet la poursuite du soutien iranien',
      'Rohani déclare que le gouvernement, le peuple et le Guide suprême de l’Iran ont soutenu le peuple syrien et continueront de le faire.',
    ],
    'khamis-credits-army-and-iran': [
      'Khamis attribue l’issue à l’armée et à l’Iran',
      'Imad Khamis attribue l’issue des combats à Alep au peuple et à l’armée syriens ainsi qu’au soutien de l’Iran, et affirme que les Syriens entendent rétablir la sécurité.',
    ],
    'khamis-meets-velayati': [
      'Khamis rencontre Velayati',
      'Khamis rencontre Ali Akbar Velayati, haut conseiller du Guide suprême iranien, qui affirme que l’Iran s’oppose à la participation des États-Unis aux pourparlers d’Astana. L’article ne donne pas de date distincte pour cette rencontre, tenue pendant la même visite.',
    ],
    'velayati-on-astana-talks': [
      'Velayati sur les pourparlers d’Astana',
      'Selon Velayati, les pourparlers d’Astana découlent des gains militaires du gouvernement syrien et de ses alliés, et les soutiens des groupes ne doivent pas en tirer de bénéfice politique.',
    ],
    'astana-talks': [
      'Pourparlers d’Astana',
      'Négociations entre des représentants du gouvernement syrien et des groupes armés de l’opposition, sous la médiation de la Russie, de la Turquie et de l’Iran, dont l’ouverture était prévue (à la date de l’article) à Astana.',
      'le 23 janvier',
    ],
  },
  places: {
    Syria: 'Syrie',
    'Eastern Aleppo, Syria': 'Est d’Alep, Syrie',
    'Aleppo, Syria': 'Alep, Syrie',
    'Tehran, Iran': 'Téhéran, Iran',
  },
  actors: {
    'Syrian government': 'Gouvernement syrien',
    'Armed opposition groups': 'Groupes armés de l’opposition',
    'United States': 'États-Unis',
    Turkey: 'Turquie',
    'Saudi Arabia': 'Arabie saoudite',
    'Syrian Army': 'Armée syrienne',
    Russia: 'Russie',
    'Syrian government forces': 'Forces gouvernementales syriennes',
    Civilians: 'Civils',
    'Hassan Rouhani': 'Hassan Rohani',
  },
};
