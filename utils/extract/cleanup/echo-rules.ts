/**
 * Echo rules, as data: short blocks inside the article that are the page's furniture, not the
 * story: gallery counters ("Image 1 of 4"), video call-outs ("Watch the video on YouTube"),
 * relative timestamps ("Published 1 day ago"), view and engagement counts ("3.409 letture"),
 * live-blog controls ("Load more updates"), photo credits standing alone ("Foto: dpa"), lead-ins
 * to other stories ("Lea también: …"), field labels ("Aktualisiert:"), rating prompts, and
 * support asks in the publication's own voice.
 * Like the label rules, every anchored rule matches the WHOLE block, so a story sentence with the
 * same words stays (each rule's twin is in tests/unit/extract/cleanup/echo-rules.test.ts).
 * Credits are kept in a caption or a figure (textual.ts): there they belong to their picture.
 * English, German, French, Spanish, Italian, Portuguese and Polish where the words are known.
 */
import type { TextualRule } from './textual-rule';

const i = (source: string) => new RegExp(source, 'iu');
const END = String.raw`\s*[:.!»›>→↓]*$`;

export const ECHO_RULES: TextualRule[] = [
  {
    id: 'gallery-counter',
    kind: 'gallery',
    maxChars: 50,
    anchored: true,
    inline: 'apart',
    pattern: i(
      String.raw`^(?:(?:image|photo|picture|slide|foto|bild|imagen|imagem|immagine|zdjęcie|diapositive)\s*:?\s*\d{1,3}\s*(?:of|von|de|sur|di|z|/)\s*\d{1,3}|\d{1,3}\s*(?:of|von|sur|di|z)\s*\d{1,3}|\d{1,3}\s+/\s+\d{1,3})\s*[:.]?$`,
    ),
  },
  {
    id: 'gallery-link',
    kind: 'gallery',
    maxChars: 50,
    anchored: true,
    inline: 'apart',
    pattern: i(
      String.raw`^(?:(?:view|open|see|launch|browse|start)(?: the)?(?: full| photo)? (?:gallery|slideshow)|photo ?gallery|slideshow|\d+ (?:photos|images|pictures|fotos|bilder|imágenes|immagini|zdjęć)|(?:zur )?bildergalerie(?: ansehen| öffnen)?|galería(?: de fotos)?|ver galería|voir (?:le diaporama|les photos|la galerie)|diaporama|galleria fotografica|apri la gallery|galeria zdjęć|zobacz galerię)\s*(?:\(\d+(?: photos| images| fotos| bilder)?\))?${END}`,
    ),
  },
  {
    id: 'video-callout',
    kind: 'media',
    maxChars: 110,
    anchored: true,
    inline: 'apart',
    pattern: i(
      String.raw`^(?:(?:click (?:here )?to |tap to )?(?:watch|view|play|see)(?: the| our)?(?: full| latest| live)? (?:video|clip|livestream|stream)s?(?: (?:on|at|via|in) (?:youtube|vimeo|facebook|twitter|x|instagram|tiktok|dailymotion|our (?:app|website|channel)))?(?: (?:here|below|above|now))?|(?:video|vídeo) (?:is )?(?:not available|unavailable|loading|wird geladen|no disponible|non disponible)|your browser does not support (?:the )?(?:video|audio)(?: tag| element)?|(?:video|vídeo) (?:ansehen|abspielen)|ver (?:el )?vídeo|voir la vidéo|regarder la vidéo|guarda il video|assista ao vídeo|zobacz (?:wideo|film)|(?:watch|video|vídeo|mira|mire|regardez|guarda|assista)\s*[:|]\s*[^.!?]{1,90})${END}`,
    ),
  },
  {
    id: 'relative-time',
    kind: 'meta',
    maxChars: 60,
    anchored: true,
    inline: 'apart',
    pattern: i(
      String.raw`^(?:(?:published|updated|posted|last updated|modified|publicado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato|opublikowano|zaktualizowano)\s*:?\s*)?(?:(?:about |approximately |over )?(?:\d+|an?|one)\s*(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?|yrs?)\s+ago|vor (?:\d+|einer?) (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)|il y a (?:\d+|une?) (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|hace (?:\d+|una?) (?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)|há (?:\d+|uma?) (?:segundos?|minutos?|horas?|dias?|semanas?|mes(?:es)?|anos?)|(?:\d+|un'?) ?(?:secondi|minuti|ora|ore|giorno|giorni|settimane?|mesi|mese|anni|anno) fa|(?:\d+) (?:sekund[ay]?|minut[ay]?|godzin[ay]?|dni|dzień|tygodni[ea]?|miesięcy|miesiące|lat[a]?) temu|just now|à l'instant|gerade eben|hace un momento)\s*[.]?$`,
    ),
  },
  {
    id: 'engagement-count',
    kind: 'meta',
    maxChars: 40,
    anchored: true,
    inline: 'apart',
    pattern: i(
      String.raw`^(?:[\d.,\s]*\d\s*[km]?\s*(?:views?|reads?|likes?|claps?|reactions?|votes?|recommends?|hearts?|upvotes?|letture|visualizzazioni|lecturas|visitas|vistas|visualizações|vues|lectures|aufrufe|views|leser(?:innen)?|wyświetle(?:ń|nia)|odsłon|polubie(?:ń|nia))|(?:views?|reads?|aufrufe|letture|lecturas|visitas|vues|lectures|visualizzazioni|visualizações|wyświetlenia|odsłony|kommentare insgesamt|total comments)\s*:?\s*(?:[\d.,]*\d\s*[km]?)?)\s*[.]?$`,
    ),
  },
  {
    id: 'live-blog-controls',
    kind: 'live',
    maxChars: 60,
    anchored: true,
    inline: 'apart',
    pattern: i(
      String.raw`^(?:show (?:more|latest|new|all|older|newer|key events(?: only)?)(?: posts?| updates?| events?| entries)?|load (?:more|earlier|newer|older|new)(?: posts?| updates?| entries)?|(?:\d+ )?new (?:posts?|updates?)|key events|pinned(?: post)?|latest updates?|live updates?|refresh(?: page| feed)?|auto-?(?:refresh|update)s?(?: on| off)?|(?:newest|oldest|latest) first|sort by (?:newest|oldest|latest)|jump to (?:latest|key events|top)|live blog|live ticker|liveticker(?: aktualisieren)?|(?:mehr |neue )?beiträge (?:laden|anzeigen)|neue beiträge|ältere beiträge|charger plus|afficher plus|plus récents?|cargar más|mostrar más|carica altri|mostra altri|załaduj więcej|pokaż więcej)${END}`,
    ),
  },
  {
    id: 'photo-credit',
    kind: 'credit',
    maxChars: 120,
    anchored: true,
    pattern: i(
      String.raw`^[([]?(?:(?:photo(?:graph)?s?|images?|pictures?|pics?|illustrations?|graphics?|credits?|foto(?:s|grafie|grafia)?|bild(?:er)?|bildquelle|imagen|imagem|immagine|crédits?|créditos?|crédito|zdjęcie|fot\.|grafik|ilustración|ilustracja|quelle|fuente|fonte|source)(?:\s+(?:credits?|source|©))?\s*[:©|/]\s*\S[^.!?]{0,100}\.?|(?:photo|foto|image|bild|picture)s?\s+(?:by|von|de|par|di|por)\s+[^.!?()]{1,60}?(?:\s*/\s*[^.!?()]{1,40}|\s+(?:on|via|auf|sur|en|su)\s+(?:unsplash|pexels|pixabay|flickr|getty images|istock|shutterstock))|©\s*\S[^!?]{0,80}|(?:getty images|istock(?:photo)?(?:\.com)?|shutterstock(?:\.com)?|reuters|ap photo|afp|dpa|epa|picture[ -]alliance|imago(?: images)?|keystone|unsplash|pexels|pixabay)(?:\s*[/|]\s*\S[^.!?]{0,60})?|[^.!?/]{1,60}\s*/\s*(?:getty images|afp|reuters|ap|dpa|epa|imago|picture[ -]alliance|keystone|istock(?:photo)?|shutterstock)(?:\s*via\s[^.!?]{1,40})?)[)\]]?$`,
    ),
  },
  // "Lea también: …", "Czytaj też: …", "Mire: …": a lead-in to another story, with its headline.
  {
    id: 'read-also',
    kind: 'related',
    maxChars: 220,
    anchored: true,
    pattern: i(
      String.raw`^(?:lea(?: también| además| más)?|mire|vea|le puede interesar|te puede interesar|puede interesarte|también te puede interesar|czytaj (?:też|także|więcej|również)|przeczytaj (?:też|także|również)|zobacz (?:też|także|również)|auch lesen|lies auch|zum weiterlesen|passend zum thema|dazu passend|siehe auch|vedi anche|ver también)\s*[:：»>|–—-]\s*\S.*$`,
    ),
  },
  // Rail headings the label rules do not know: "Das könnte Sie auch interessieren!", "Czytaj też".
  {
    id: 'rail-heading-more',
    kind: 'related',
    maxChars: 70,
    anchored: true,
    pattern: i(
      String.raw`^(?:das könnte (?:sie|dich) (?:auch )?interessieren|(?:das )?(?:thema )?könnte (?:sie|dich) auch interessieren|lesen sie auch(?: die folgenden beiträge)?|weitere (?:beiträge|artikel|meldungen|nachrichten)(?: aus (?:der|dem) [\p{L}-]+| zum thema)?|mehr themen|zum weiterlesen|auch lesen|empfehlungen(?: der redaktion| aus dem [\p{L}-]+)?|czytaj (?:też|także|również)|zobacz (?:też|także|również)|polecamy|le puede interesar|también te puede interesar|otras noticias|noticias relacionadas|à lire également|à voir aussi|ti potrebbe interessare|potrebbe interessarti anche|related news|more news|more stories)\s*[:!.]?$`,
    ),
  },
  {
    id: 'field-label',
    kind: 'meta',
    maxChars: 40,
    anchored: true,
    inline: 'apart',
    pattern: i(
      String.raw`^(?:last modified|last updated|updated|published|posted|release date|date|datum|stand|aktualisiert(?: am)?|veröffentlicht(?: am)?|von|by|autor(?:en|in)?|authors?|aufrufe|views|publicado|actualizado|publié le|mis à jour le|pubblicato|aggiornato|autore|opublikowano|zaktualizowano)\s*:$`,
    ),
  },
  {
    id: 'filed-under',
    kind: 'meta',
    maxChars: 120,
    anchored: true,
    pattern: i(
      String.raw`^(?:kategorie|category|categories|tags?|filed under|posted in|schlagw(?:o|ö)rter|themen(?: im artikel)?|rubrik|catégories?|categorías?|etiquetas|categorie|kategoria|tagi)\s*:\s*[^.!?]{0,100}$`,
    ),
  },
  {
    id: 'rating-prompt',
    kind: 'feedback',
    maxChars: 60,
    anchored: true,
    pattern: i(
      String.raw`^(?:rate this (?:article|story|post)|was this (?:article|story|page) (?:helpful|useful)\??|how (?:useful|helpful) was this (?:article|post)\??|valora esta (?:noticia|nota|información)|califica esta nota|(?:artikel|beitrag) bewerten|bewerten sie diesen (?:artikel|beitrag)|noter cet article|vota (?:questo articolo|l'articolo)|oceń (?:artykuł|tekst))\s*[:!.]?$`,
    ),
  },
  // Reading time in languages the label rule lacks: "Ten tekst przeczytasz w 5 minut".
  {
    id: 'reading-time-more',
    kind: 'meta',
    maxChars: 60,
    anchored: true,
    inline: 'apart',
    pattern: i(
      String.raw`^(?:ten (?:tekst|artykuł) przeczytasz(?: w)?(?:\s*\d+\s*min(?:ut[ y]?|\.)?)?|czas (?:czytania|lektury)\s*:?\s*\d+\s*min(?:ut[ y]?|\.)?|lesezeit\s*(?:ca\.\s*)?\d+\s*min(?:uten|\.)?|\d+\s*min(?:uten|\.)?\s*lesezeit)\s*[.]?$`,
    ),
  },
  // Support asks in the publication's own voice ("We rely on readers like you"), anywhere in a
  // short block; judged as the asks are (textual.ts: most of a block, or boxed apart).
  {
    id: 'support-voice',
    kind: 'donation',
    maxChars: 300,
    pattern: i(
      String.raw`(?:(?:we|our (?:newsroom|journalism|reporting|work)) (?:rel(?:y|ies)|depends?|counts?) on (?:readers|you|your support|donations|(?:our )?(?:members|supporters|subscribers))|(?:this|our) (?:journalism|reporting|work|site|newsletter|podcast) is (?:free|funded|made possible|supported|paid for) (?:by|thanks to|through) (?:readers|you|(?:our )?(?:readers|members|supporters|donors|subscribers))|if you (?:enjoyed|liked|appreciated|value)(?: reading)? (?:this|our) (?:post|article|story|piece|journalism|work|newsletter)|never miss (?:the latest|a story|an update|another)|cancel(?:a|e)? (?:cuando quieras|anytime|à tout moment)|(?:gefällt|gefiel) (?:dir|ihnen) (?:unser|dieser|der|das) [\p{L}-]+\?|unterstütz(?:en sie|e) (?:uns|unsere arbeit|unabhängigen journalismus)|soutenez-nous|apóyanos|sostienici|wesprzyj nas|ajude-nos)`,
    ),
  },
];
