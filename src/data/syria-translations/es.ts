import type { SyriaTexts } from '../syria-article.js';

/** The article's events in Spanish (see `SyriaTexts`). */
export const texts: SyriaTexts = {
  events: {
    'conflict-begins': [
      'Comienza el conflicto armado en Siria',
      'El artículo sitúa el inicio del conflicto armado en Siria en 2011.',
      'en 2011',
    ],
    'foreign-support-for-armed-groups': [
      'Supuesto apoyo extranjero a grupos armados',
      'Según el artículo, Estados Unidos, Turquía, Arabia Saudí y Catar prestan desde 2011 apoyo financiero y político a grupos armados de la oposición, y siguen haciéndolo.',
      'desde 2011',
    ],
    'us-stance-on-syrian-government': [
      'Velayatí: EE. UU. quiere apartar al Gobierno',
      'Alí Akbar Velayatí afirma que Estados Unidos busca apartar al Gobierno sirio desde el inicio del conflicto. El periodo empieza con el conflicto, que el artículo sitúa en 2011.',
      'desde el principio',
    ],
    'aleppo-east-taken-by-armed-groups': [
      'Grupos armados toman el este de Alepo',
      'Grupos armados de la oposición toman el control de la parte oriental de Alepo.',
      'ya en 2012',
    ],
    'aleppo-east-retaken': [
      'El ejército sirio recupera el este de Alepo',
      'Las fuerzas del Gobierno sirio toman la parte oriental de Alepo, la segunda ciudad más grande del país, y toda la ciudad pasa a estar bajo control del Gobierno.',
      'A finales del año pasado',
    ],
    'aleppo-ceasefire-deal': [
      'Rusia y Turquía median un alto el fuego en Alepo',
      'Un acuerdo de alto el fuego para Alepo se negocia con la mediación de Rusia, del lado del Gobierno sirio, y de Turquía, del lado de los grupos armados.',
      'más tarde',
    ],
    'aleppo-evacuation': [
      'Civiles y combatientes salen de Alepo',
      'En virtud del acuerdo de alto el fuego, los civiles y combatientes armados que quedaban abandonan la ciudad, bajo la supervisión de las fuerzas del Gobierno.',
      'más tarde',
    ],
    'nationwide-truce': [
      'Acuerdan una tregua en toda Siria',
      'Tras el acuerdo de Alepo, el Gobierno sirio y grupos armados de la oposición acuerdan una tregua que abarca toda Siria.',
    ],
    'zarif-opposes-us-at-talks': [
      'Zarif rechaza la presencia de EE. UU. en las negociaciones',
      'El ministro de Asuntos Exteriores iraní, Mohamad Yavad Zarif, expresa la oposición de Irán a que Estados Unidos participe en las negociaciones.',
      'Antes',
    ],
    'rouhani-meets-khamis': [
      'Rohaní se reúne con el primer ministro sirio Jamis',
      'El presidente iraní, Hasán Rohaní, recibe al primer ministro sirio, Imad Jamis, que está de visita, y comenta el desenlace de los combates en Alepo.',
      'el miércoles',
    ],
    'rouhani-praises-ceasefire': [
      'Rohaní sobre Alepo y el alto el fuego',
      'Rohaní califica la recuperación de Alepo por el Gobierno y el alto el fuego nacional de dos pasos hacia la paz y la estabilidad en Siria.',
    ],
    'rouhani-pledges-support': [
      'Rohaní promete que seguirá el apoyo iraní',
      'Rohaní dice que el Gobierno, el pueblo y el líder supremo de Irán han apoyado al pueblo sirio y seguirán haciéndolo.',
    ],
    'khamis-credits-army-and-iran': [
      'Jamis atribuye el resultado al ejército y a Irán',
      'Imad Jamis atribuye el desenlace de los combates en Alepo al pueblo y al ejército sirios y al apoyo de Irán, y dice que los sirios se proponen restablecer la seguridad.',
    ],
    'khamis-meets-velayati': [
      'Jamis se reúne con Velayatí',
      'Jamis se reúne con Alí Akbar Velayatí, alto asesor del líder supremo de Irán, que afirma que Irán se opone a la participación de Estados Unidos en las conversaciones de Astaná. El artículo no da una fecha propia para esta reunión durante la misma visita.',
    ],
    'velayati-on-astana-talks': [
      'Velayatí sobre las conversaciones de Astaná',
      'Velayatí dice que las conversaciones de Astaná son fruto de los avances militares del Gobierno sirio y sus aliados, y que los valedores de los grupos no deben obtener de ellas rédito político.',
    ],
    'astana-talks': [
      'Conversaciones de Astaná',
      'Negociaciones entre representantes del Gobierno sirio y de grupos armados de la oposición, con la mediación de Rusia, Turquía e Irán, que (en el momento del artículo) debían comenzar en Astaná.',
      'el 23 de enero',
    ],
  },
  places: {
    Syria: 'Siria',
    'Eastern Aleppo, Syria': 'Este de Alepo, Siria',
    'Aleppo, Syria': 'Alepo, Siria',
    'Tehran, Iran': 'Teherán, Irán',
    'Astana, Kazakhstan': 'Astaná, Kazajistán',
  },
  actors: {
    'Syrian government': 'Gobierno sirio',
    'Armed opposition groups': 'Grupos armados de la oposición',
    'United States': 'Estados Unidos',
    Turkey: 'Turquía',
    'Saudi Arabia': 'Arabia Saudí',
    Qatar: 'Catar',
    'Syrian Army': 'Ejército sirio',
    Russia: 'Rusia',
    'Syrian government forces': 'Fuerzas del Gobierno sirio',
    Civilians: 'Civiles',
    'Mohammad Javad Zarif': 'Mohamad Yavad Zarif',
    Iran: 'Irán',
    'Hassan Rouhani': 'Hasán Rohaní',
    'Imad Khamis': 'Imad Jamis',
    'Ali Akbar Velayati': 'Alí Akbar Velayatí',
  },
};
