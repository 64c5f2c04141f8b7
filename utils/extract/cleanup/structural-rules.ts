/**
 * Structural promo rules, as data: which tokens in an element's class, id, role, aria-label or
 * data-* attributes say it is chrome rather than article. Tokens are whole words after splitting
 * on spaces, dashes, underscores and camelCase, so "ad" matches `ad-slot` but never `lead` or `shadow`.
 * `contains` entries match anywhere in the attribute text (vendor names, compound words, and
 * words with accents, which the tokeniser splits: "abonnés" -> abonn, s). A word that one of its
 * rule's `contains` entries already finds is not listed again as a token (the data ships in the
 * content script). `classes` are whole class names, for utility classes whose parts mean
 * something else (`hidden`, but not `hidden-xs`).
 */
export interface StructuralRule {
  kind: string;
  tokens: string[];
  contains?: string[];
  classes?: string[];
}

export const STRUCTURAL_RULES: StructuralRule[] = [
  {
    kind: 'paywall',
    tokens: [
      'regwall',
      'piano',
      'metered',
      'meter',
      'premium',
      'subscriber',
      'subscribers',
      'locked',
      'gate',
      'gated',
      'upsell',
      'fade',
      'fadeout',
    ],
    contains: [
      'paywall',
      'tp-modal',
      'tp-container',
      'pay-wall',
      'reg-wall',
      'subscriber-only',
      'membership-prompt',
      'abonn',
      'suscrip',
      'assinatura',
      'assinante',
      'abbonat',
      'bezahl',
    ],
  },
  {
    kind: 'newsletter',
    tokens: ['signup', 'optin', 'subscribe', 'subscription', 'subscriptions'],
    contains: ['newsletter', 'email-capture', 'email-signup', 'sign-up', 'opt-in', 'boletin'],
  },
  {
    kind: 'related',
    tokens: [
      'correlati',
      'recirc',
      'recirculation',
      'trending',
      'popular',
      'mostread',
      'readnext',
      'upnext',
      'further',
    ],
    contains: [
      'read-more',
      'readmore',
      'read-next',
      'more-stories',
      'more-from',
      'most-read',
      'most-popular',
      'also-read',
      'you-may-like',
      'related',
      'recommend',
      'relacionad',
      'lire-aussi',
      'leia-tambem',
      'mehr-zum-thema',
    ],
  },
  {
    kind: 'promoted',
    tokens: ['mgid', 'sponsored', 'promoted', 'partner'],
    contains: [
      'outbrain',
      'taboola',
      'ob-widget',
      'trc_',
      'zergnet',
      'revcontent',
      'native-ad',
      'sponsored-content',
    ],
  },
  {
    kind: 'share',
    tokens: [
      'share',
      'sharing',
      'social',
      'sociable',
      'addthis',
      'sharethis',
      'shares',
      'compartir',
      'partager',
      'teilen',
      'compartilhar',
      'condividi',
    ],
    contains: ['share-bar', 'sharebar', 'social-share', 'share-buttons', 'share-tools'],
  },
  {
    kind: 'ad',
    tokens: [
      'ad',
      'ads',
      'advert',
      'adverts',
      'advertisement',
      'advertising',
      'adslot',
      'adunit',
      'dfp',
      'gpt',
      'banner',
      'billboard',
      'leaderboard',
      'mpu',
      'skyscraper',
      'sponsor',
      'commercial',
      'anzeige',
      'werbung',
    ],
    contains: [
      'ad-slot',
      'ad-container',
      'ad-wrapper',
      'adsbygoogle',
      'google_ads',
      'gpt-ad',
      'dfp-ad',
      'publicidad',
      'publicit',
      'pubblicit',
    ],
  },
  {
    kind: 'comments',
    tokens: [
      'comments',
      'comment',
      'discussion',
      'replies',
      'respond',
      'conversation',
      'commentaires',
      'commentaire',
      'kommentare',
      'kommentar',
      'commenti',
      'commento',
    ],
    contains: ['comment-section', 'comments-area', 'disqus', 'coral', 'coment'],
  },
  {
    kind: 'author-bio',
    tokens: ['bio', 'biography'],
    contains: [
      'author-bio',
      'authorbio',
      'about-author',
      'about-the-author',
      'author-box',
      'author-card',
      'contributor-bio',
    ],
  },
  {
    kind: 'cookie',
    tokens: ['gdpr', 'cmp'],
    contains: ['cookie', 'consent', 'onetrust', 'didomi', 'cookiebot'],
  },
  {
    kind: 'app-banner',
    tokens: ['smartbanner', 'appbanner'],
    contains: [
      'app-banner',
      'smart-banner',
      'app-promo',
      'download-app',
      'get-app',
      'open-in-app',
      'app-download',
      'appstore',
    ],
  },
  {
    kind: 'promo',
    tokens: ['cta', 'marketing', 'donation', 'epic', 'contribute', 'contributions', 'membership'],
    contains: ['promo', 'call-to-action', 'donate', 'contributions-epic'],
  },
  {
    // Hidden by the page's CSS, which a clone does not apply: modals, screen-reader labels.
    kind: 'hidden',
    tokens: [],
    classes: [
      'hidden',
      'is-hidden',
      'u-hidden',
      'js-hidden',
      'd-none',
      'hide',
      'invisible',
      'offscreen',
      'visually-hidden',
      'visuallyhidden',
      'sr-only',
      'screen-reader-text',
      'screen-reader-only',
      'element-invisible',
    ],
  },
];

/** ARIA roles that are never article content. */
export const CHROME_ROLES: Record<string, string> = {
  banner: 'header',
  navigation: 'nav',
  contentinfo: 'footer',
  complementary: 'aside',
  dialog: 'dialog',
  alertdialog: 'dialog',
  search: 'nav',
  menu: 'nav',
  menubar: 'nav',
};

/** Elements that are never article content once Readability has chosen the article. */
export const CHROME_TAGS: Record<string, string> = {
  NAV: 'nav',
  FORM: 'form',
  BUTTON: 'button',
  INPUT: 'form',
  SELECT: 'form',
  TEXTAREA: 'form',
  DIALOG: 'dialog',
};
