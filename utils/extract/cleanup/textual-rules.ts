/**
 * Textual promo rules, as data: phrases that mark a short standalone block as promo chrome.
 * A rule only ever judges a whole, short block (see textual.ts), never a sentence inside a
 * real paragraph, so an article about subscriptions keeps every sentence.
 * Patterns are matched against the block's whitespace-collapsed text, case-insensitively.
 * This file holds the asks (sign up, subscribe, donate, install); whole-block labels ("Share",
 * "Advertisement", "Most read") are in textual-label-rules.ts.
 */
import { ECHO_RULES } from './echoes/echo-rules';
import { LABEL_RULES } from './textual-label-rules';
import type { TextualRule } from './textual-rule';

/**
 * Verbs that open a sentence told to the reader ("Sign up…", "Get the latest…", "Suscríbete…"),
 * as a pattern source: a short sentence that opens so and holds an ask phrase is all ask.
 */
export const ASK_VERBS =
  String.raw`(?:sign (?:up|in)|log in|subscribe|register|join|become|get|download|install|try|start|create|support|donate|give|help|click|tap|enter|don'?t miss|never miss|stay (?:informed|up to date|in the know)` +
  String.raw`|suscr[ií]bete|reg[ií]strate|inscr[ií]bete|ap[uú]ntate|descarga|recibe|hazte|[uú]nete|ap[oó]yanos` +
  String.raw`|abonnez-vous|inscrivez-vous|t[ée]l[ée]chargez|recevez|rejoignez|soutenez` +
  String.raw`|abonnieren|unterstützen|melden sie sich|laden sie|holen sie sich|lesen sie` +
  String.raw`|assine|inscreva-se|cadastre-se|baixe|receba|apoie|iscriviti|abbonati|scarica|ricevi|sostieni)(?=$|[^\p{L}])`;

const i = (source: string) => new RegExp(source, 'iu');
/** Where a site asks to be followed, as a pattern source. */
const PLATFORMS = String.raw`(?:google news|whatsapp|telegram|twitter|x|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|flipboard)\b`;

/** Asks addressed to the reader: these may sit anywhere in a short block. */
const ASK_RULES: TextualRule[] = [
  // Inline recirculation links: "Read more: ...", "Related: ...", "Read more at <outlet>", in
  // several languages (a plain sentence opening so is kept: see judgeBlock).
  {
    id: 'inline-read-more',
    kind: 'related',
    anchored: true,
    maxChars: 220,
    pattern: i(
      String.raw`^(?:read (?:more|the (?:full|whole) (?:story|article)) (?:at|on)\s|(?:read more|more|related|recommended|see also|also read|read also|read next|watch|listen|most read|related articles?|related stories|related coverage|more on this story|lee también|leer más|te puede interesar|relacionad[oa]s?|lire aussi|à lire aussi|a lire aussi|voir aussi|sur le même sujet|lesen sie auch|mehr zum thema|auch interessant|weiterlesen|leia também|leia mais|veja também|saiba mais|leggi anche|potrebbe interessarti|approfondisci)\s*[:：»>|–—-])`,
    ),
  },
  // Sign-in / sign-up / paywall teasers.
  {
    id: 'sign-up',
    kind: 'paywall',
    maxChars: 200,
    pattern: i(
      String.raw`\b(?:sign up (?:to (?:read|continue|get|unlock|discover|access|keep)|for (?:free|a free account|unlimited))|(?:try|subscribe|join|start|only|just|from) .{0,20}?(?:[$€£]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:€|£|euros?|dollars?))\s*(?:\/|per |a |an )\s*(?:month|week|year|mo)\b|already (?:a )?(?:member|subscriber|registered|have an account)\??|sign in here|(?:log|sign) ?in to (?:read|continue|keep reading|access)|subscribe (?:now |today )?to (?:continue|keep) reading|subscribe to (?:read|unlock)|subscribe for (?:free|full access|unlimited)|continue reading (?:with|for)|to continue reading|create (?:a )?free account|register (?:for free |now )?to (?:read|continue)|this (?:article|story|content) is (?:for|only available to|exclusive to|reserved for) (?:subscribers|members|paying)|(?:subscribers?|members?)[- ]only|get (?:unlimited|full|digital) access|unlimited (?:digital )?access|unlock (?:this|unlimited|full) (?:article|story|access)|become a (?:member|subscriber)|you'?ve (?:reached|read) (?:your|all) .{0,30}(?:free )?(?:articles?|limit)|start (?:your )?free trial|(?:first|1) month free|cancel any ?time|subscribe now|subscribe today|(?:subscribers|members) can (?:read|access|unlock|listen to) (?:the|this) (?:full|whole|entire|rest of the) (?:article|story)(?: (?:in|on) (?:our|the) (?:app|website|site))?|members?-only story|click here to (?:subscribe|sign up|register|donate)|(?:available|reserved) (?:exclusively |only )?(?:to|for) (?:subscribers|members|paying)|(?:subscriber|member)s?[- ]exclusive|exclusive (?:for|to) (?:subscribers|members)|you have \d+ free (?:articles?|stories) (?:left|remaining)|(?:this is )?your last free (?:article|story)|to read (?:the|this) (?:full|rest of the|whole|entire) (?:article|story)|the rest of this (?:article|story) is (?:for|available to|reserved for))`,
    ),
  },
  {
    id: 'sign-up-es-pt-it-fr-de',
    kind: 'paywall',
    maxChars: 220,
    pattern: i(
      String.raw`(?:suscr[ií]bete|hazte (?:socio|suscriptor)|contenido exclusivo para suscriptores|ya (?:eres|soy) suscriptor|inicia sesión|regístrate (?:gratis|para)|para (?:seguir|continuar) leyendo|abonnez-vous|cet article est réservé aux abonnés|réservé aux abonnés|la suite est réservée|il vous reste \d+ ?% de cet article|déjà abonné|se connecter|jetzt abonnieren|weiterlesen mit|jetzt weiterlesen|bereits abonnent|sie haben bereits ein (?:abo|konto)|jetzt anmelden|jetzt testen|plus-artikel|lesen sie (?:mehr|weiter|den (?:ganzen|vollständigen) artikel) mit (?:unserem|dem|einem) (?:[\w-]+ )?abo|assine(?: já| agora)?\b|já é assinante|para continuar lendo|conteúdo exclusivo para assinantes|abbonati(?: ora| subito)?\b|sei già abbonato|per continuare a leggere|contenuto riservato agli abbonati|accedi per continuare)`,
    ),
  },
  {
    id: 'newsletter',
    kind: 'newsletter',
    maxChars: 260,
    pattern: i(
      String.raw`(?:sign up (?:for|to) (?:our|the|my|their|its)?\s*(?:free )?(?:[\w'’&-]+ ){0,3}(?:newsletters?|email|briefing|digest|roundup)|subscribe to (?:our|the|my) (?:free )?(?:[\w'’&-]+ ){0,3}(?:newsletters?|email|briefing|digest)|get (?:our|the) (?:free )?(?:[\w'’&-]+ ){0,3}(?:newsletters?|briefing|roundup|digest)|(?:sign up|subscribe) (?:for|to get) more (?:[\w-]+ )?like this|(?:get|receive) [^.!?]{0,40}\bin your inbox|enter your e-?mail(?: address)?|your e-?mail address|thanks? (?:you )?for (?:subscribing|signing up)|protected by recaptcha|(?:delivered )?(?:straight|directly|right) to your inbox|delivered to your inbox|in your inbox (?:every|each)|(?:en|a) tu (?:correo|e-?mail|bandeja de entrada)|dans votre bo[iî]te (?:mail|e-mail|aux lettres|de réception)|in ihr(?:em)? (?:postfach|e-mail-postfach)|(?:no seu|em seu) e-?mail|na sua caixa de entrada|nella tua (?:casella|e-?mail|mail)|(?:one|an?) email (?:a|every|each) (?:day|week|weekday|month)|by signing up,? you agree|unsubscribe (?:at )?any ?time|no spam|newsletter sign-?up|(?:inscr[ií]bete|apúntate|suscríbete) (?:a|en) (?:nuestra|nuestro|la|el) (?:boletín|newsletter)(?:\s[^.!?]{0,60})?|recibe (?:nuestro|el|cada) .{0,40}(?:boletín|newsletter)|inscrivez-vous à (?:notre|la) newsletter|abonnez-vous à (?:notre|la) newsletter|recevez (?:notre|la) newsletter|newsletter (?:abonnieren|bestellen)|abonnieren sie (?:unseren|den) (?:[\w-]+ )?newsletter|melden sie sich für (?:unseren|den) newsletter an|receba (?:nossa|a) newsletter|(?:assine|inscreva-se n)a (?:nossa )?newsletter|iscriviti alla (?:nostra )?newsletter|ricevi la newsletter)`,
    ),
  },
  {
    id: 'app-install',
    kind: 'app-banner',
    maxChars: 160,
    pattern: i(
      String.raw`(?:(?:download|install|get|try) (?:the|our) (?:free )?(?:[\w'’-]+ ){0,3}app\b|get the (?:free )?app|open in (?:the )?app|read (?:it )?in (?:the|our) app|available (?:on|in) the app store|get it on google play|download on the app store|descarga (?:la|nuestra) (?:app|aplicación)|téléchargez l'?(?:application|app)|laden sie (?:die|unsere) app|app herunterladen|baixe o (?:app|aplicativo)|scarica (?:l'?app|la nostra app))`,
    ),
  },
  {
    id: 'donation',
    kind: 'donation',
    maxChars: 600,
    pattern: i(
      String.raw`(?:support (?:independent|our|quality|reader-funded) journalism|(?:make|give) a (?:one-off |monthly |small )?(?:donation|contribution)|donate (?:now|today)|support us (?:today|from as little)|become a (?:supporter|patron)|every contribution|from as little as|can you (?:chip in|help)|help (?:us )?keep (?:this|the|our|my) (?:[\w-]+ ){0,3}(?:running|going|alive|free|independent|online|open)|with a (?:small )?(?:contribution|donation)|buy me a coffee|support (?:my|this|the|our) work|please consider (?:supporting|subscribing|donating|a (?:donation|contribution))|dona ahora|apoya (?:el|nuestro) periodismo|faites un don|soutenez (?:notre|le) journalisme|jetzt spenden|unterstützen sie (?:unabhängigen|unseren) journalismus|apoie o jornalismo|sostieni il (?:nostro )?giornalismo)`,
    ),
  },
  {
    id: 'cookie-consent',
    kind: 'cookie',
    maxChars: 400,
    pattern: i(
      String.raw`(?:we (?:value|care about) your privacy|we use cookies|(?:use|using) (?:of )?cookies|this (?:site|website) uses cookies|accept all cookies|accept (?:all|cookies)|reject all|manage (?:preferences|cookies|consent)|cookie (?:settings|policy|preferences)|usamos cookies|utilizamos cookies|nous utilisons des cookies|wir verwenden cookies|utilizziamo (?:i )?cookie)`,
    ),
  },
  // The gate in front of a comment section: "Sign in to comment", "Para comentar debes estar registrado".
  {
    id: 'comment-gate',
    kind: 'comments',
    maxChars: 160,
    pattern: i(
      String.raw`(?:(?:sign|log) ?in to (?:comment|reply|join the (?:conversation|discussion))|you must be (?:logged in|signed in|registered) to (?:comment|post|reply)|community (?:guidelines|standards)|comments? (?:are|is) (?:closed|moderated)|para comentar debes|^réagissez(?: à cet article)?\s*[.!]?$|^commentez cet article|^comenta esta noticia|debes estar registrado|normas de participación|pour commenter|connectez-vous pour (?:commenter|réagir)|um (?:zu )?kommentieren|netiquette|para comentar|faça login para comentar|per commentare|accedi per commentare)`,
    ),
  },
  // Account asks that are not a paywall teaser: "Sign in to save this article", "Not a subscriber?".
  {
    id: 'account-asks',
    kind: 'paywall',
    maxChars: 200,
    pattern: i(
      String.raw`(?:(?:please )?(?:log|sign) ?in (?:or|and) (?:sign up|register|create (?:a|an) (?:free )?account)|(?:log|sign) ?in to (?:save|bookmark|follow|gift|listen to|your account)|not a (?:subscriber|member)(?: yet)?\?|thank you for (?:being a (?:subscriber|member)|subscribing|your subscription)|gift (?:a |this )?subscriptions?|to read more,? (?:please )?subscribe|please subscribe|subscribe (?:to|for) (?:unlimited|full|digital) access|learn more about (?:our )?(?:subscriptions?|memberships?|digital access)(?: (?:options|plans|offers))?)`,
    ),
  },
  // Support asks in the publication's own voice: "Our journalism needs your support".
  {
    id: 'support-asks',
    kind: 'donation',
    maxChars: 300,
    pattern: i(
      String.raw`(?:(?:our|independent|local|quality) (?:journalism|newsroom|reporting) (?:needs|depends on|relies on|is funded by) (?:your|readers|you)(?: support| like you)?|readers like you|consider (?:a |making a )?(?:donation|contribution|donating|supporting us)|enjoy(?:ing|ed)? (?:this|our) (?:article|story|post|journalism|work|newsletter)\?|if you (?:value|enjoy(?:ed)?|like|appreciate) (?:this|our|what we)\b.{0,40}\b(?:consider|support us|subscribe|donate))`,
    ),
  },
  // App asks beyond "Download the app": the publication's own app, alerts in it, home-screen prompts.
  {
    id: 'app-asks',
    kind: 'app-banner',
    maxChars: 160,
    pattern: i(
      String.raw`(?:(?:click|tap) here to (?:get|download|install) (?:the|our) (?:free )?(?:[\w-]+ )?app|(?:download|install|get|try) our (?:free )?(?:[\w-]+ )?app\b[^.!?]{0,60}|(?:news |breaking )?(?:alerts?|notifications?) (?:on|in|with|from) (?:our|the [\w-]+) app|add (?:us|[\w-]+) to your home ?screen)`,
    ),
  },
  // The publication's own app, in other languages: "Descarga nuestra app y recibe las últimas noticias".
  {
    id: 'own-app-asks',
    kind: 'app-banner',
    maxChars: 160,
    pattern: i(
      String.raw`(?:descarga (?:nuestra|la) (?:app|aplicación)|téléchargez (?:notre|l')\s?(?:application|app)|laden sie (?:unsere|die) app|(?:baixe|instale) (?:o )?nosso (?:app|aplicativo)|scarica (?:la nostra|l')\s?app)\b[^.!?]{0,60}`,
    ),
  },
  // Alert sign-ups: "Sign up for breaking news alerts".
  {
    id: 'alerts-sign-up',
    kind: 'newsletter',
    maxChars: 160,
    pattern: i(
      String.raw`(?:(?:sign up|subscribe|register) (?:for|to)|get|turn on|enable|activ[ae]z?|attiva|recib[ea]|recevez|ricevi|receba) (?:\S+ ){0,3}(?:alert[ae]?s?|notifica(?:tions?|ciones|ções|zioni)|notifiche)\b|(?:push-?)?benachrichtigungen (?:aktivieren|einschalten)(?: und [^.!?]{0,40}verpassen)?`,
    ),
  },
  // A syndication box: "Republish our articles for free, online or in print, under a Creative Commons license."
  {
    id: 'republish',
    kind: 'share',
    maxChars: 300,
    pattern: i(String.raw`republish (?:our|this|these) (?:articles?|stor(?:y|ies)|work)`),
  },
  // "Subscribe to our YouTube channel for more videos."
  {
    id: 'channel-subscribe',
    kind: 'share',
    maxChars: 140,
    anchored: true,
    pattern: i(
      String.raw`^subscribe to (?:us|our|my)\b.{0,40}\b(?:youtube|whatsapp|telegram|podcast|channel)\b`,
    ),
  },
  // Channel promos: "Follow us on Google News", "Join our WhatsApp channel". A comma or a stop
  // before the platform is a sentence of the story ("Join us, the union said on Facebook, …").
  {
    id: 'follow-us',
    kind: 'share',
    maxChars: 140,
    anchored: true,
    pattern: i(
      String.raw`^(?:follow us|join (?:us|our)|síguenos|únete a nuestro|suivez-nous|rejoignez (?:notre|nous)|folgen sie uns|siga-nos|receba (?:as )?notícias|entre no|seguici|(?:unisciti|iscriviti) al)\b[^,.!?"“”]{0,60}?\b${PLATFORMS}`,
    ),
  },
  // A named account on a platform: "Follow Jane Doe on X", "Sigue a Diario del Sur en Google News".
  {
    id: 'author-follow',
    kind: 'author-bio',
    maxChars: 400,
    pattern: i(
      String.raw`^(?:follow (?:him|her|them|me|us) on|follow @\w+|(?:follow|sigue a|suivez|folgen sie|siga|segui) (?:[\p{L}.'’-]+ ){1,4}(?:on|en|sur|auf|no|na|su) ${PLATFORMS}|more (?:articles|stories) by)`,
    ),
    anchored: true,
  },
];

export const TEXTUAL_RULES: TextualRule[] = [...ASK_RULES, ...LABEL_RULES, ...ECHO_RULES];
