/**
 * Textual promo rules, as data: phrases that mark a short standalone block as promo chrome.
 * A rule only ever judges a whole, short block (see textual.ts), never a sentence inside a
 * real paragraph, so an article about subscriptions keeps every sentence.
 * Patterns are matched against the block's whitespace-collapsed text, case-insensitively.
 */
export interface TextualRule {
  id: string;
  kind: string;
  /** Matched against the block text. */
  pattern: RegExp;
  /** Blocks longer than this are real prose, whatever they say. */
  maxChars: number;
  /** When true the phrase must open the block ("Read more: ..."), else it may be anywhere in it. */
  anchored?: boolean;
}

const i = (source: string) => new RegExp(source, 'iu');

export const TEXTUAL_RULES: TextualRule[] = [
  // Inline recirculation links: "Read more: ...", "Related: ...", in several languages.
  {
    id: 'inline-read-more',
    kind: 'related',
    anchored: true,
    maxChars: 220,
    pattern: i(
      String.raw`^(?:read more|more|related|recommended|see also|also read|read also|read next|watch|listen|most read|related articles?|related stories|related coverage|more on this story|lee también|leer más|te puede interesar|relacionad[oa]s?|lire aussi|à lire aussi|a lire aussi|voir aussi|sur le même sujet|lesen sie auch|mehr zum thema|auch interessant|weiterlesen|leia também|leia mais|veja também|saiba mais|leggi anche|potrebbe interessarti|approfondisci)\s*[:：»>|–—-]`,
    ),
  },
  // Rail and section headings.
  {
    id: 'rail-heading',
    kind: 'related',
    maxChars: 60,
    anchored: true,
    pattern: i(
      String.raw`^(?:related(?: stories| articles| content| posts| coverage| reading)?|recommended(?: for you| stories| reading)?|more (?:from|stories|on|in|like this)\b.*|you (?:may|might) (?:also )?(?:like|enjoy)|read next|up next|what to read next|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|top stories\b.*|popular (?:now|stories)|our picks|editor'?s picks|don'?t miss|also on .*|around the web|from (?:our|the) partners|promoted stories|sponsored (?:stories|content|links)|más noticias|noticias relacionadas|lo más leído|à lire aussi|les plus lus|sur le même thème|meistgelesen|das könnte sie auch interessieren|mais lidas|notícias relacionadas|più letti|articoli correlati)\s*[:.]?$`,
    ),
  },
  // Sign-in / sign-up / paywall teasers.
  {
    id: 'sign-up',
    kind: 'paywall',
    maxChars: 200,
    pattern: i(
      String.raw`\b(?:sign up to (?:read|continue|get|unlock)|already (?:a )?(?:member|subscriber|registered|have an account)\??|sign in here|log ?in to (?:read|continue)|subscribe (?:now )?to (?:continue|keep) reading|subscribe to read|continue reading (?:with|for)|to continue reading|create (?:a )?free account|register (?:for free )?to (?:read|continue)|this (?:article|story|content) is (?:for|only available to|exclusive to) (?:subscribers|members)|(?:subscribers?|members?)[- ]only|get unlimited access|unlock (?:this|unlimited|full) (?:article|story|access)|become a (?:member|subscriber)|you'?ve (?:reached|read) (?:your|all) .{0,30}(?:free )?(?:articles?|limit)|start (?:your )?free trial|(?:first|1) month free|cancel any ?time|subscribe now|subscribe today)`,
    ),
  },
  {
    id: 'sign-up-es-pt-it-fr-de',
    kind: 'paywall',
    maxChars: 220,
    pattern: i(
      String.raw`(?:suscr[ií]bete|hazte (?:socio|suscriptor)|contenido exclusivo para suscriptores|ya eres suscriptor|inicia sesión|abonnez-vous|cet article est réservé aux abonnés|réservé aux abonnés|déjà abonné|se connecter|jetzt abonnieren|weiterlesen mit|bereits abonnent|jetzt anmelden|jetzt testen|plus-artikel|assine(?: já| agora)?\b|já é assinante|conteúdo exclusivo para assinantes|abbonati(?: ora| subito)?\b|sei già abbonato|contenuto riservato agli abbonati|accedi per continuare)`,
    ),
  },
  {
    id: 'newsletter',
    kind: 'newsletter',
    maxChars: 260,
    pattern: i(
      String.raw`(?:sign up (?:for|to) (?:our|the|my)?\s*(?:free )?(?:daily |weekly )?(?:newsletter|email|briefing|digest)|subscribe to (?:our|the) (?:free )?(?:newsletter|email|briefing)|get (?:our|the) (?:free )?(?:newsletter|briefing)|(?:enter|your) e-?mail address|delivered (?:straight )?to your inbox|in your inbox (?:every|each)|by signing up,? you agree|you can unsubscribe at any time|newsletter sign-?up|inscr[ií]bete (?:a|en) (?:nuestro|la) (?:boletín|newsletter)|recibe (?:nuestro|el) (?:boletín|newsletter)|inscrivez-vous à (?:notre|la) newsletter|recevez (?:notre|la) newsletter|newsletter abonnieren|melden sie sich für (?:unseren|den) newsletter an|receba (?:nossa|a) newsletter|iscriviti alla newsletter|ricevi la newsletter)`,
    ),
  },
  {
    id: 'app-install',
    kind: 'app-banner',
    maxChars: 160,
    pattern: i(
      String.raw`(?:download (?:the|our) (?:free )?app|get the (?:free )?app|open in (?:the )?app|read (?:it )?in the app|available on the app store|get it on google play|download on the app store|descarga (?:la|nuestra) app|téléchargez l'?application|laden sie (?:die|unsere) app|baixe o app|scarica l'?app)`,
    ),
  },
  {
    id: 'share',
    kind: 'share',
    maxChars: 80,
    pattern: i(
      String.raw`^(?:share(?: this(?: article| story)?)?(?: on)?|tweet|email|copy link|copy the link|print|save|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|flipboard|compartir|partager|teilen|compartilhar|condividi|[\d.,]+\s*[km]?\s*(?:shares?|comments?)|\s)+$`,
    ),
    anchored: true,
  },
  {
    id: 'share-prompt',
    kind: 'share',
    maxChars: 120,
    anchored: true,
    pattern: i(String.raw`^(?:share|leave a comment|give a gift subscription|gift this article|share this (?:post|article|story))\b`),
  },
  {
    id: 'advertisement-label',
    kind: 'ad',
    maxChars: 60,
    anchored: true,
    pattern: i(
      String.raw`^(?:advertisement|advertising|ad|sponsored|paid content|paid post|story continues below(?: this)? advertisement|article continues below(?: this)? advertisement|continue reading below|scroll to continue(?: with content)?|skip (?:this )?ad|publicidad|publicité|anzeige|werbung|publicidade|pubblicità|annuncio)\s*[:.]?$`,
    ),
  },
  {
    id: 'promoted-stories',
    kind: 'promoted',
    maxChars: 80,
    pattern: i(
      String.raw`^(?:promoted (?:stories|content|links)|sponsored (?:stories|links|content)|paid (?:content|partner)|by taboola|recommended by|ads by|contenido patrocinado|contenu sponsorisé|gesponsert|conteúdo patrocinado|contenuti sponsorizzati)\b`,
    ),
    anchored: true,
  },
  {
    id: 'donation',
    kind: 'donation',
    maxChars: 600,
    pattern: i(
      String.raw`(?:support (?:independent|our|quality) journalism|(?:make|give) a (?:one-off |monthly )?(?:donation|contribution)|donate now|support us (?:today|from as little)|become a (?:supporter|patron)|every contribution|from as little as|can you (?:chip in|help)|dona ahora|apoya (?:el|nuestro) periodismo|faites un don|soutenez (?:notre|le) journalisme|jetzt spenden|unterstützen sie (?:unabhängigen|unseren) journalismus|apoie o jornalismo|sostieni il (?:nostro )?giornalismo)`,
    ),
  },
  {
    id: 'cookie-consent',
    kind: 'cookie',
    maxChars: 400,
    pattern: i(
      String.raw`(?:we (?:value|care about) your privacy|we use cookies|this (?:site|website) uses cookies|accept all cookies|accept (?:all|cookies)|reject all|manage (?:preferences|cookies|consent)|cookie (?:settings|policy|preferences)|usamos cookies|utilizamos cookies|nous utilisons des cookies|wir verwenden cookies|utilizziamo (?:i )?cookie)`,
    ),
  },
  {
    id: 'comments',
    kind: 'comments',
    maxChars: 80,
    anchored: true,
    pattern: i(
      String.raw`^(?:\d+\s+comments?|comments?(?: \(\d+\))?|join the (?:conversation|discussion)|leave a (?:comment|reply)|show comments|view comments|comentarios|commentaires|kommentare|comentários|commenti)\s*[:.]?$`,
    ),
  },
  {
    id: 'author-follow',
    kind: 'author-bio',
    maxChars: 400,
    pattern: i(String.raw`^(?:follow (?:him|her|them|me) on|follow @\w+|more (?:articles|stories) by)\b`),
    anchored: true,
  },
];
