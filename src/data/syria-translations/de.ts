import type { SyriaTexts } from '../syria-article.js';

/** The article's events in German (see `SyriaTexts`). */
export const texts: SyriaTexts = {
  events: {
    'conflict-begins': [
      'Beginn des bewaffneten Konflikts in Syrien',
      'Der Artikel datiert den Beginn des bewaffneten Konflikts in Syrien auf 2011.',
      'im Jahr 2011',
    ],
    'foreign-support-for-armed-groups': [
      'Mutmaßliche ausländische Hilfe für bewaffnete Gruppen',
      'Laut dem Artikel unterstützen die USA, die Türkei, Saudi-Arabien und Katar bewaffnete Oppositionsgruppen seit 2011 finanziell und politisch und tun dies weiterhin.',
      'seit 2011',
    ],
    'us-stance-on-syrian-government': [
      'Welajati: USA wollen Absetzung der Regierung',
      'Ali Akbar Welajati sagt, die USA strebten seit Beginn des Konflikts die Absetzung der syrischen Regierung an. Der Zeitraum beginnt mit dem Konflikt, den der Artikel auf 2011 datiert.',
      'von Anfang an',
    ],
    'aleppo-east-taken-by-armed-groups': [
      'Bewaffnete Gruppen nehmen Ost-Aleppo ein',
      'Bewaffnete Oppositionsgruppen übernehmen die Kontrolle über den Ostteil Aleppos.',
      'bereits 2012',
    ],
    'aleppo-east-retaken': [
      'Syrische Armee erobert Ost-Aleppo zurück',
      'Syrische Regierungstruppen nehmen den Ostteil Aleppos ein, der zweitgrößten Stadt des Landes; damit steht die ganze Stadt unter Kontrolle der Regierung.',
      'Ende vergangenen Jahres',
    ],
    'aleppo-ceasefire-deal': [
      'Russland und Türkei vermitteln Waffenruhe in Aleppo',
      'Eine Waffenruhe für Aleppo wird von Russland auf Seiten der syrischen Regierung und von der Türkei auf Seiten der bewaffneten Gruppen vermittelt.',
      'später',
    ],
    'aleppo-evacuation': [
      'Zivilisten und Kämpfer verlassen Aleppo',
      'Gemäß der Waffenruhe verlassen die verbliebenen Zivilisten und bewaffneten Kämpfer die Stadt; Regierungstruppen überwachen die Evakuierung.',
      'später',
    ],
    'nationwide-truce': [
      'Landesweite Waffenruhe in Syrien vereinbart',
      'Nach der Vereinbarung für Aleppo einigen sich die syrische Regierung und bewaffnete Oppositionsgruppen auf eine Waffenruhe für ganz Syrien.',
    ],
    'zarif-opposes-us-at-talks': [
      'Sarif gegen Teilnahme der USA an den Gesprächen',
      'Irans Außenminister Mohammed Dschawad Sarif erklärt, dass Iran eine Teilnahme der USA an den Verhandlungen ablehnt.',
      'Zuvor',
    ],
    'rouhani-meets-khamis': [
      'Ruhani trifft Syriens Regierungschef Chamis',
      'Irans Präsident Hassan Ruhani empfängt den syrischen Ministerpräsidenten Imad Chamis zu einem Besuch und äußert sich zum Ausgang der Kämpfe in Aleppo.',
      'am Mittwoch',
    ],
    'rouhani-praises-ceasefire': [
      'Ruhani zu Aleppo und der Waffenruhe',
      'Ruhani bezeichnet die Rückeroberung Aleppos durch die Regierung und die landesweite Waffenruhe als zwei Schritte zu Frieden und Stabilität in Syrien.',
    ],
    'rouhani-pledges-support': [
      'Ruhani sagt weitere Unterstützung Irans zu',
      'Ruhani sagt, Irans Regierung, Volk und Oberster Führer hätten dem syrischen Volk beigestanden und würden dies weiterhin tun.',
    ],
    'khamis-credits-army-and-iran': [
      'Chamis würdigt Armee und Iran',
      'Imad Chamis führt den Ausgang der Kämpfe in Aleppo auf das syrische Volk und die Armee sowie auf Irans Unterstützung zurück und sagt, die Syrer seien entschlossen, die Sicherheit wiederherzustellen.',
    ],
    'khamis-meets-velayati': [
      'Chamis trifft Welajati',
      'Chamis trifft Ali Akbar Welajati, einen ranghohen Berater von Irans Oberstem Führer, der sagt, Iran lehne eine Teilnahme der USA an den Gesprächen in Astana ab. Der Artikel nennt für dieses Treffen während desselben Besuchs kein eigenes Datum.',
    ],
    'velayati-on-astana-talks': [
      'Welajati zu den Gesprächen in Astana',
      'Welajati sagt, die Gespräche in Astana seien eine Folge der militärischen Geländegewinne der syrischen Regierung und ihrer Verbündeten, und die Unterstützer der Gruppen dürften daraus keinen politischen Nutzen ziehen.',
    ],
    'astana-talks': [
      'Gespräche in Astana',
      'Verhandlungen zwischen Vertretern der syrischen Regierung und bewaffneter Oppositionsgruppen unter Vermittlung Russlands, der Türkei und Irans, die (zum Zeitpunkt des Artikels) in Astana beginnen sollten.',
      'am 23. Januar',
    ],
  },
  places: {
    Syria: 'Syrien',
    'Eastern Aleppo, Syria': 'Ost-Aleppo, Syrien',
    'Aleppo, Syria': 'Aleppo, Syrien',
    'Tehran, Iran': 'Teheran, Iran',
    'Astana, Kazakhstan': 'Astana, Kasachstan',
  },
  actors: {
    'Syrian government': 'Syrische Regierung',
    'Armed opposition groups': 'Bewaffnete Oppositionsgruppen',
    'United States': 'Vereinigte Staaten',
    Turkey: 'Türkei',
    'Saudi Arabia': 'Saudi-Arabien',
    Qatar: 'Katar',
    'Syrian Army': 'Syrische Armee',
    Russia: 'Russland',
    'Syrian government forces': 'Syrische Regierungstruppen',
    Civilians: 'Zivilisten',
    'Mohammad Javad Zarif': 'Mohammed Dschawad Sarif',
    'Hassan Rouhani': 'Hassan Ruhani',
    'Imad Khamis': 'Imad Chamis',
    'Ali Akbar Velayati': 'Ali Akbar Welajati',
  },
};
