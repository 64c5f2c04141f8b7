/**
 * Label rules, as data: short texts that are chrome when they are the WHOLE of a block or of an
 * inline element ("Advertisement", "Share", "7 min read", "Most read", "Comments (23)"). Every
 * rule here is anchored at both ends, so a sentence that merely contains the word never matches.
 * These are also the only rules applied to inline elements (inline.ts), e.g. the "2 min read"
 * span in a byline line.
 */
import type { TextualRule } from './textual-rule';

const i = (source: string) => new RegExp(source, 'iu');

export const LABEL_RULES: TextualRule[] = [
  // Rail and section headings.
  {
    id: 'rail-heading',
    kind: 'related',
    maxChars: 60,
    anchored: true,
    pattern: i(
      String.raw`^(?:(?:related(?: stories| articles| content| posts| coverage| reading| links| topics| internet links)?|recommended(?: for you| stories| reading| articles)?|explore more(?: on these topics)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|read (?:next|more)|keep reading|up next|te recomendamos|what to read next|most (?:read|popular|viewed|shared|emailed|commented)|trending(?: now| stories| articles)?|latest (?:news|stories|articles|headlines)|popular (?:now|stories|articles)|our picks|editors?'?s?'? picks|don'?t miss|around the web|from (?:our|the) partners|promoted stories|sponsored (?:stories|content|links)|más noticias|noticias relacionadas|lo más (?:leído|visto)|más leídas|(?:también )?te puede interesar|le[ae] también|lo último|(?:à )?lire (?:aussi|également)|les plus (?:lus|partagés)|sur le même (?:thème|sujet)|nos (?:articles|suggestions)|meistgelesen(?:e artikel)?|mehr zum thema|weitere artikel|(?:lesen sie|das könnte sie) auch(?: interessieren)?|auch interessant|mais lidas|notícias relacionadas|leia (?:também|mais)|veja também|você (?:pode|também pode) gostar|più letti|leggi anche|articoli correlati|(?:ti )?potrebbe interessar(?:e|ti)(?: anche)?)\s*[:.]?` +
        // Headings that go on with a name ("More from U.S. News", "Also on CNN.com"); a sentence
        // ("More on that in a moment.") ends in a full stop, which no heading does.
        String.raw`|(?:more (?:from|stories|on|in|like this|to read|news|articles|reading)|recommended (?:from|by|in)|top stories|also on|elsewhere on)\b(?:[^!?]*[^.!?])?:?)$`,
    ),
  },
  {
    id: 'share',
    kind: 'share',
    maxChars: 80,
    anchored: true,
    inline: 'apart',
    pattern: i(
      String.raw`^(?=.*\p{L})(?:(?:share|compartir|partager|(?:artikel )?teilen|compartilh(?:ar|e)|condividi)(?: this(?: article| story| post)?)?(?: (?:on|via|en|sur|auf|no|na|su))?|tweet|e-?mail|copy (?:the )?link|link copied|print|save|save for later|read later|bookmark|follow|like|restack|listen(?: to (?:this )?(?:article|story))?(?:\s*\d+:\d+)?|reuse this content|republish(?: this (?:article|story))?|print this (?:article|page|story)|email this (?:article|story)|gift(?: this)?(?: article)?|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|flipboard|threads|bluesky|messenger|copiar (?:enlace|link)|guardar|seguir|copier le lien|lire plus tard|suivre|offrir(?: cet article)?|link kopieren|merken|folgen|salvar|copia link|salva|segui|[\d.,]+\s*[km]?\s*(?:shares?|comments?|likes?|restacks?|reposts?)|[:·|•\s])+$`,
    ),
  },
  {
    id: 'share-prompt',
    kind: 'share',
    maxChars: 120,
    anchored: true,
    inline: 'apart',
    pattern: i(
      String.raw`^(?:leave a comment|give a gift subscription|gift this article|share (?:this (?:post|article|story)|your (?:thoughts|views)))\b`,
    ),
  },
  // An ad's label, alone or between dashes or brackets ("— Advertisement —", "[Ad]").
  {
    id: 'advertisement-label',
    kind: 'ad',
    maxChars: 80,
    anchored: true,
    inline: 'anywhere',
    pattern: i(
      String.raw`^[-–—•·|[(\s]*(?:advertisements?|advertising|(?:the )?(?:story|article|content|text) continues (?:below|after)(?: (?:this|the))?(?: (?:ad|advert|advertisement))?|continue reading (?:below|after (?:the )?(?:ad|advertisement))|advertisement\s*[-–—:]?\s*(?:scroll|continue) (?:down )?(?:to|reading)(?: continue| below)?(?: with content)?|scroll (?:down )?to continue(?: reading| with content)?|skip (?:this )?(?:ad|advertisement)|publicidad|publicité|la suite après (?:cette )?publicité|anzeige|werbung|weiter nach der anzeige|publicidade|continua (?:depois|após) a publicidade|pubblicità|l'articolo continua (?:sotto|dopo la pubblicità))\s*[:.]?[-–—•·|\])\s]*$`,
    ),
  },
  // Short words that are labels on their own but can be words in a sentence ("sponsored by").
  {
    id: 'ad-label',
    kind: 'ad',
    maxChars: 30,
    anchored: true,
    inline: 'apart',
    pattern: i(
      String.raw`^[-–—•·|[(\s]*(?:ads?(?: feedback)?|sponsored|paid content|paid post|supported by|anuncio|annuncio|patrocinado)\s*[:.]?[-–—•·|\])\s]*$`,
    ),
  },
  {
    id: 'promoted-stories',
    kind: 'promoted',
    maxChars: 80,
    anchored: true,
    inline: 'apart',
    pattern: i(
      String.raw`^(?:promoted (?:stories|content|links)|sponsored (?:stories|links|content)|paid (?:content|partner)|by taboola|recommended by|ads by|contenido patrocinado|contenus? sponsorisés?|gesponsert|conteúdo patrocinado|contenuti sponsorizzati)\b`,
    ),
  },
  {
    id: 'reading-time',
    kind: 'meta',
    maxChars: 40,
    anchored: true,
    inline: 'apart',
    pattern: i(
      String.raw`^(?:[·|•]\s*)?(?:\d+\s*(?:-\s*)?(?:min(?:ute)?s?|minutos|minuten|minuti|mn)\.?\s*(?:read|reading|de lectura|de lecture|de leitura|di lettura|lesezeit|lesedauer)|(?:reading time|read time|temps de lecture|tiempo de lectura|lectura|tempo de leitura|leitura|tempo di lettura|lettura|lesezeit|lesedauer)\s*:?\s*(?:\d+|<\s*1)\s*(?:min(?:ute)?s?|minutos|minuten|minuti|mn)\.?|listen to (?:this )?(?:article|story)(?:\s*[·|•:(-]?\s*[\d:]+\s*(?:min(?:ute)?s?|mins?)?\)?)?)$`,
    ),
  },
  {
    id: 'comments',
    kind: 'comments',
    maxChars: 80,
    anchored: true,
    inline: 'apart',
    pattern: i(
      String.raw`^(?:(?:\d+\s+)?(?:comments?|comentarios?|commentaires?|kommentare?|comentários?|commenti?)(?:\s*\(\d+\))?|join the (?:conversation|discussion)|leave a (?:comment|reply)|(?:show|view|see|read) (?:all )?(?:\d+ )?comments|discussion about this post|conversation)\s*[:.]?$`,
    ),
  },
  // Account and subscription buttons left as bare links once Readability drops the <button>s.
  {
    id: 'account-label',
    kind: 'paywall',
    maxChars: 60,
    anchored: true,
    inline: 'apart',
    pattern: i(
      String.raw`^(?:sign in|sign up|log ?in|log ?out|register|subscribe(?: now| today| for free)?|create (?:a )?(?:free )?account|my account|newsletters?|get the newsletter|iniciar sesión|regístrate|suscríbete|se connecter|s'inscrire|s'abonner|anmelden|registrieren|abonnieren|entrar|cadastre-se|assine(?: já)?|accedi|registrati|abbonati)\s*[.!»›>→]?$`,
    ),
  },
  {
    id: 'read-more-link',
    kind: 'related',
    maxChars: 60,
    anchored: true,
    inline: 'apart',
    pattern: i(
      String.raw`^(?:(?:click|tap) here (?:to (?:read|see|find out) more|for (?:more|the full (?:story|article)))|read more|continue reading|read the full (?:story|article)|see more|back to (?:top|home)|zur startseite|nach oben|volver arriba|retour en haut|leer más|seguir leyendo|lire la suite|weiterlesen|leia mais|continue lendo|continua a leggere|leggi tutto)\s*[.…»›>→]*$`,
    ),
  },
  // "Recommended Video:", "Suggested Topics:": a rail's heading.
  {
    id: 'media-rail-heading',
    kind: 'related',
    maxChars: 40,
    anchored: true,
    pattern: i(
      String.raw`^(?:recommended|related|featured|suggested|latest|more|top|trending) (?:videos?|topics|reading|podcasts?|galleries)\s*[:.]?$`,
    ),
  },
  // "This story has been shared 1,204 times."
  {
    id: 'share-count',
    kind: 'share',
    maxChars: 60,
    anchored: true,
    inline: 'apart',
    pattern: i(String.raw`^(?:this (?:story|article|post) has been )?shared [\d.,]+\s*k? times\.?$`),
  },
  // A jump past an ad or a rail: "Continue reading the main story", "Story continues".
  {
    id: 'story-continues',
    kind: 'ad',
    maxChars: 60,
    anchored: true,
    pattern: i(
      String.raw`^(?:(?:the )?(?:story|article) continues(?: below| after)?|continue reading the main story)\s*[.…]?$`,
    ),
  },
  // "© 2025 KVLY-TV. All rights reserved.", "Copyright 2025 The Associated Press. All rights
  // reserved. This material may not be published...": the site's footer, never the story's.
  // A notice reserves rights: "© Provided by Business Insider" or "© 2024 Reuters/Ana Ruiz" is a
  // photo's credit, kept with its picture.
  {
    id: 'rights-notice',
    kind: 'footer',
    maxChars: 300,
    anchored: true,
    pattern: i(
      String.raw`^(?:(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*\d{4}\b.{0,150}\b(?:all rights reserved|may not be (?:published|reproduced|redistributed|copied))|[^!?]{0,100}\ball rights reserved\s*(?:\.|$))`,
    ),
  },
  {
    id: 'bio-heading',
    kind: 'author-bio',
    maxChars: 60,
    anchored: true,
    pattern: i(
      String.raw`^(?:about the authors?|sobre (?:el|la|o|a) autor[a]?|à propos de l'auteur|über (?:den|die) autor(?:in)?|sull'autore)\s*[:.]?$`,
    ),
  },
];
