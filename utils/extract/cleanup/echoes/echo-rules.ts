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
import { STAMP, STAMP_LABEL } from './header-echo-rules';
import type { TextualRule } from '../textual-rule';

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
      String.raw`^[.\s]*[([]?(?:(?:photo(?:graph)?s?|images?|pictures?|pics?|illustrations?|graphics?|credits?|foto(?:s|grafie|grafia)?|bild(?:er)?|bildquelle|beitragsbild|imagen|imagem|immagine|crédits?|créditos?|crédito|zdjęcie|fot\.|grafik|ilustración|ilustracja|quelle|fuente|fonte|source|źródło)(?:\s+(?:photos?|credits?|source|©))?\s*[:©|/]\s*\S(?:[^.!?]|\.(?!\s+\p{L}{2})){0,100}|©\s*\S[^!?]{0,80}|(?:getty images|istock(?:photo)?(?:\.com)?|shutterstock(?:\.com)?|thinkstock|reuters|ap photo|afp|dpa|epa|pap|picture[ -]alliance|imago(?: images)?|keystone|unsplash|pexels|pixabay)(?:\s*[/|]\s*\S[^.!?]{0,60})?|[^.!?/]{1,60}\s*/\s*(?:getty images|afp|reuters|ap|dpa|epa|pap|imago|picture[ -]alliance|keystone|istock(?:photo)?|shutterstock|thinkstock)(?:\.com)?(?:\s*via\s[^.!?]{1,40})?)[)\]]?$`,
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
      String.raw`^(?:das könnte (?:sie|dich) (?:auch )?interessieren|(?:das )?(?:thema )?könnte (?:sie|dich) auch interessieren|lesen sie auch(?: die folgenden beiträge)?|weitere (?:beiträge|artikel|meldungen|nachrichten)(?: aus (?:der|dem) [\p{L}-]+| zum thema)?|mehr themen|zum weiterlesen|auch lesen|empfehlungen(?: der redaktion| aus dem [\p{L}-]+)?|czytaj (?:też|także|również)|zobacz (?:też|także|również)|polecamy|le puede interesar|también te puede interesar|otras noticias|noticias relacionadas|à lire également|à voir aussi|ti potrebbe interessare|potrebbe interessarti anche|related news|more news|more stories|schon gelesen\??|neueste (?:artikel|beiträge|nachrichten)|empfohlene (?:artikel|beiträge)|heute empfehlen wir|noch mehr infos(?: für dich)?|entdecke weitere [\p{L}-]+|meist-?(?:diskutiert|gelesen|geklickt)(?:e artikel)?|auch auf [\p{L}.-]+|mehr zu(?:m thema)? [^.!?]{1,40}|(?:articles|vidéos|audios)(?: et vidéos)? sur le (?:même )?sujet)\s*[:!.]?$`,
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
      String.raw`^(?:rate this (?:article|story|post)|was this (?:article|story|page) (?:helpful|useful)\??|how (?:useful|helpful) was this (?:article|post)\??|valora esta (?:noticia|nota|información)|califica esta nota|(?:artikel|beitrag) bewerten|bewerten sie diesen (?:artikel|beitrag)|noter cet article|vota (?:questo articolo|l'articolo)|oceń (?:artykuł|tekst)|war (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)\??|hier können sie (?:den|diesen) (?:artikel|beitrag) bewerten|\(?noch keine bewertungen\)?|\(?no ratings yet\)?|(?:\d+ (?:people )?)?found this helpful\??)\s*[:!.]?$`,
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
      String.raw`^(?:ten (?:tekst|artykuł) przeczytasz(?: w)?(?:\s*(?:mniej niż )?(?:minutę|\d+\s*min(?:ut[ y]?|\.)?))?|czas (?:czytania|lektury)\s*:?\s*\d+\s*min(?:ut[ y]?|\.)?|lesezeit\s*(?:ca\.\s*)?\d+\s*min(?:uten|\.)?|\d+\s*min(?:uten|\.)?\s*lesezeit)\s*[.]?$`,
    ),
  },
  // "Photograph by EAG Antigua": a credit by name; case matters, so "Photographs by the hundreds…" is prose.
  {
    id: 'photo-by',
    kind: 'credit',
    maxChars: 100,
    anchored: true,
    pattern: new RegExp(
      String.raw`^\(?(?:[Pp]hoto(?:graph)?|PHOTO|[Ff]oto|FOTO|[Ii]mage|[Bb]ild|[Pp]icture)s?\s+(?:by|BY|von|VON|de|par|di|por)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}(?:\s*[/,|]\s*[^.!?]{1,60}|\s+(?:on|via)\s+\p{Lu}[\p{L}.]*)?\)?$`,
      'u',
    ),
  },
  // A date with its label, anywhere: "Aktualisiert: 11.04.2020, 10:27", "Publikacja: 04.05.2021".
  // A date alone is furniture only at the article's edges (header-echo.ts).
  {
    id: 'labelled-date',
    kind: 'meta',
    maxChars: 90,
    anchored: true,
    inline: 'apart',
    pattern: i(String.raw`^${STAMP_LABEL}\s*(?:${STAMP})(?:\s*[,|·•–—/-]?\s*(?:${STAMP}))*\s*[.]?$`),
  },
  // A time alone, or a date with "at" a time: a live blog's or a comment's stamp.
  {
    id: 'time-alone',
    kind: 'meta',
    maxChars: 40,
    anchored: true,
    pattern: i(
      String.raw`^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?|uhr|h)?(?:\s*[A-Z]{2,5})?|(?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? \p{L}{3,9}\.? \d{4}) (?:at|um|à|a las|alle) \d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?)$`,
    ),
  },
  {
    id: 'share-prompt-more',
    kind: 'share',
    maxChars: 80,
    anchored: true,
    pattern: i(
      String.raw`^(?:(?:artikel|beitrag) gefallen\?[^.]{0,40}|möchten sie (?:den|diesen) (?:artikel|beitrag) teilen\?|(?:den|diesen) (?:artikel|beitrag) (?:mit anderen )?teilen(?:\s*/\s*diskutieren)?\s*:?|vergiss nicht zu teilen!?|partagez (?:cet article|l'article)|comparte (?:esta noticia|este artículo|esta nota)|condividi (?:questo articolo|l'articolo)|udostępnij(?: artykuł| ten artykuł)?|(?:this )?(?:article|story) (?:was )?(?:added|saved) to (?:your )?(?:reading list|bookmarks|favou?rites)\.?|der artikel wurde (?:erfolgreich )?(?:hinzugefügt|gespeichert)\.?|download (?:this )?(?:article|story|page)? ?(?:as (?:a )?)?pdf|(?:dieses? [\p{L}-]+ |den artikel )?als pdf (?:herunterladen|downloaden|speichern))$`,
    ),
  },
  // Page controls left as text: "Bild anzeigen Bild schließen", "Quellen ausblenden", "zurück", "drukuj".
  {
    id: 'page-controls',
    kind: 'meta',
    maxChars: 60,
    anchored: true,
    inline: 'apart',
    pattern: i(
      String.raw`^[[(]?(?:(?:bild (?:anzeigen|schließen|vergrößern)\s*){1,2}|(?:click to |tap to )?enlarge(?: image)?|view (?:larger|full[- ]size) image|(?:show|hide) (?:sources|comments|less)|(?:quellen|kommentare|mehr|weniger) (?:ausblenden|einblenden|anzeigen)|show less|read less|zurück(?: zu(?:r)? [\p{L}-]+)?|drukuj|\[?więcej\]?|czytaj dalej|imprimer(?: l'article)?|imprimir|stampa|drucken|artikel drucken)[\])]?\s*[.…»›>→]*$`,
    ),
  },
  // Ad and affiliate labels the label rules lack: "Reklama", "Affiliatelink", "Externer Inhalt".
  {
    id: 'ad-label-more',
    kind: 'ad',
    maxChars: 80,
    anchored: true,
    inline: 'apart',
    pattern: i(
      String.raw`^[-–—•·|[(*\s]*(?:reklama|affiliate[- ]?links?|partnerlinks?|externer inhalt|sponsored post|\*?werbung\b[^!?]{0,60}|artykuł sponsorowany|contenu sponsorisé)\s*[:.]?[-–—•·|\])\s]*$`,
    ),
  },
  // Support asks in the publication's own voice ("We rely on readers like you"), anywhere in a
  // short block; judged as the asks are (textual.ts: most of a block, or boxed apart).
  {
    id: 'support-voice',
    kind: 'donation',
    maxChars: 300,
    pattern: i(
      String.raw`(?:(?:we|our (?:newsroom|journalism|reporting|work)) (?:rel(?:y|ies)|depends?|counts?) on (?:readers|you|your support|donations|(?:our )?(?:members|supporters|subscribers))|(?:this|our) (?:journalism|reporting|work|site|newsletter|podcast) is (?:free|funded|made possible|supported|paid for) (?:by|thanks to|through) (?:readers|you|(?:our )?(?:readers|members|supporters|donors|subscribers))|if you (?:enjoyed|liked|appreciated|value)(?: reading)? (?:this|our) (?:post|article|story|piece|journalism|work|newsletter)|never miss (?:the latest|a story|an update|another)|hazte miembro|(?:mira|visita|suscríbete a) (?:lo que tiene )?nuestro canal de youtube|(?:besuchen sie|abonnieren sie) unseren youtube-kanal|(?:visit|subscribe to) our youtube channel|cancel(?:a|e)? (?:cuando quieras|anytime|à tout moment)|(?:gefällt|gefiel) (?:dir|ihnen) (?:unser|dieser|der|das) [\p{L}-]+\?|unterstütz(?:en sie|e) (?:unsere arbeit|unabhängigen journalismus)|(?:unterstützen sie uns|soutenez-nous|apóyanos|sostienici|wesprzyj nas|ajude-nos)(?:\s*[.!]|\s+(?:avec|con|mit|z|com)\s+(?:un|una|einer|einem|um|uma)?\s*(?:don|donación|spende|beitrag|contributo|darowizną|doação|abo|abonnement|suscripción)))`,
    ),
  },
];
