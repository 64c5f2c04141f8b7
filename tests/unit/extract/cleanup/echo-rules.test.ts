/**
 * Every echo rule (cleanup/echoes/echo-rules.ts) with its twin: a block the rule removes inside the
 * article, and a story sentence with the same words that stays. A rule without twins fails.
 */
import { describe, expect, it } from 'vitest';
import { ECHO_RULES } from '../../../../utils/extract/cleanup/echoes/echo-rules';
import { collapse, extractHtml, prose } from '../../helpers';

const page = (inner: string) => `<html><body><article>${prose(3)}${inner}${prose(3)}</article></body></html>`;
const textOf = (inner: string) => collapse(extractHtml(page(inner)).article!.text);

/** Per rule: blocks that go (each as a paragraph of its own mid-article), sentences that stay. */
const TWINS: Record<string, { drop: string[]; keep: string[] }> = {
  'gallery-counter': {
    drop: ['Image 1 of 4', 'Foto 3 / 12', '2 of 9', 'Bild 1 von 4', 'Zdjęcie 2 z 5'],
    keep: ['Image 1 of 4 shows the harbour at dawn, the photographer said.'],
  },
  'gallery-link': {
    drop: ['View gallery (12 photos)', 'Zur Bildergalerie', 'Voir le diaporama'],
    keep: ['The gallery shows 12 photos of the flood, taken from a helicopter over the valley.'],
  },
  'video-callout': {
    drop: [
      'Watch the video on YouTube',
      'WATCH: Moment the bridge gave way',
      'Video ansehen',
      'Ver el vídeo',
    ],
    keep: ['Watch the video, the coach told his players, and you will see the mistake we made.'],
  },
  'relative-time': {
    drop: [
      'Published 1 day ago',
      '3 hours ago',
      'vor 2 Stunden',
      'il y a 3 heures',
      'hace 5 minutos',
      '2 ore fa',
    ],
    keep: ['Published 1 day ago, the report has already changed the debate in parliament.'],
  },
  'engagement-count': {
    drop: ['3.409 letture', '12,500 views', 'Aufrufe: 1.204', '48 likes'],
    keep: ['The clip drew 12,500 views in its first hour, and the agency took it down.'],
  },
  'live-blog-controls': {
    drop: ['Show key events only', 'Load more updates', '3 new posts', 'Mehr Beiträge laden'],
    keep: ['Load more of the sandbags, the captain shouted, before the water rises again.'],
  },
  'photo-credit': {
    drop: [
      'Foto: dpa',
      'Photo: Jane Doe/Reuters',
      'Getty Images',
      'AFP / MARCO BERTORELLO',
      'Bild: Stefan Müller',
    ],
    keep: [
      'Photo agencies such as Getty Images sued the start-up last year.',
      'Photographs by the hundreds were posted online after the storm',
    ],
  },
  'read-also': {
    drop: [
      'Lea también: Impiden ingreso a reportero',
      'Czytaj też: Sejm przyjął ustawę',
      'Mire: El cantante da positivo',
    ],
    keep: ['Lea, the youngest of the three sisters, said she would stay in the village.'],
  },
  'rail-heading-more': {
    drop: ['Das könnte Sie auch interessieren!', 'Weitere Beiträge aus der Kolumne:', 'Polecamy'],
    keep: ['Das könnte Sie auch interessieren, sagte der Bürgermeister zu den Anwohnern am Abend.'],
  },
  'field-label': {
    drop: ['Aktualisiert:', 'Last Modified:', 'Von:'],
    keep: ['Updated: the council’s figures now show a rise in every district of the valley.'],
  },
  'filed-under': {
    drop: ['Category : Press Releases', 'Kategorie: News', 'Tags: water, pipes, council'],
    keep: ['The category of press releases grew fastest, the study of council websites found.'],
  },
  'rating-prompt': {
    drop: ['Valora esta noticia', 'Was this article helpful?', 'Artikel bewerten', 'Found This Helpful'],
    keep: ['Was this article helpful to the appeal? The judge said it was not, and ruled against it.'],
  },
  'reading-time-more': {
    drop: ['Ten tekst przeczytasz w 5 minut', 'Lesezeit 4 Minuten'],
    keep: ['Ten tekst przeczytasz w całości dopiero po decyzji sądu, powiedział rzecznik.'],
  },
  'photo-by': {
    drop: ['Photograph by EAG Antigua', '(Photo by Jane Doe/Getty Images)'],
    keep: ['Photographs by the hundreds were posted online'],
  },
  'labelled-date': {
    drop: ['Aktualisiert: 11.04.2020, 10:27', 'Publikacja: 04.05.2021', 'Published: March 3, 2020'],
    keep: ['Published: March 3, 2020 was the date on the first letter, and the last came a year later.'],
  },
  'time-alone': {
    drop: ['3:59 PM', 'Feb 6, 2014 at 20:37'],
    keep: ['3:59 PM is when the last ferry leaves the north pier on weekdays.'],
  },
  'share-prompt-more': {
    drop: [
      'Artikel gefallen? Vergiss nicht zu teilen!',
      'Möchten Sie den Artikel teilen?',
      'Dieses Skript als PDF herunterladen',
    ],
    keep: ['Möchten Sie den Artikel teilen, fragte die Lehrerin, oder lieber zuerst lesen?'],
  },
  'page-controls': {
    drop: ['Bild anzeigen Bild schließen', 'Quellen ausblenden', 'drukuj', '[więcej]'],
    keep: ['Zurück zur Listenansicht ging es erst, als der Richter die Akten geschlossen hatte.'],
  },
  'ad-label-more': {
    drop: ['Reklama', 'Affiliatelink', 'Externer Inhalt'],
    keep: ['Reklama w telewizji publicznej kosztowała w zeszłym roku więcej niż kiedykolwiek wcześniej.'],
  },
  'support-voice': {
    drop: ['We rely on readers like you. Never miss the latest news by signing up.'],
    keep: [
      'The paper says it relies on readers, but its owners, who bought it in 2019, have cut the newsroom twice since then and closed two bureaus.',
    ],
  },
};

describe('echo rules and their twins', () => {
  it('gives every rule of the table a block it removes and a sentence it keeps', () => {
    for (const rule of ECHO_RULES) {
      expect(TWINS[rule.id]?.drop.length, rule.id).toBeGreaterThan(0);
      expect(TWINS[rule.id]?.keep.length, rule.id).toBeGreaterThan(0);
    }
  });

  for (const rule of ECHO_RULES) {
    const twins = TWINS[rule.id];
    if (!twins) continue;
    it(`${rule.id}: removes the block and keeps its story twin`, () => {
      for (const block of twins.drop) expect(textOf(`<p>${block}</p>`), block).not.toContain(collapse(block));
      for (const sentence of twins.keep) expect(textOf(`<p>${sentence}</p>`)).toContain(collapse(sentence));
    });
  }

  it('keeps a credit inside a caption or a figure with its picture', () => {
    const text = textOf(
      '<figure><img src="https://news.example.com/a.jpg" alt=""><figcaption>The pier at dawn. Foto: dpa</figcaption></figure><figure><img src="https://news.example.com/c.jpg" alt=""><figcaption>© Provided by Business Insider Inc</figcaption></figure><figure><img src="https://news.example.com/b.jpg" alt=""><p>Getty Images</p></figure>',
    );
    expect(text).toContain('Foto: dpa');
    expect(text).toContain('Getty Images');
    expect(text).toContain('© Provided by Business Insider Inc');
  });

  it('removes a relative time set apart in a short line, not one inside a sentence', () => {
    const line = textOf('<p><a href="/desk">Metro desk</a> <span>2 hours ago</span></p>');
    expect(line).toContain('Metro desk');
    expect(line).not.toContain('2 hours ago');
    expect(textOf('<p>The alarm went off <span>2 hours ago</span>, she said.</p>')).toContain('2 hours ago');
  });
});
