/** Textual layer: short standalone promo blocks go, in six languages; the article's own sentences and lists stay. */
import { describe, expect, it } from 'vitest';
import { collapse, extractHtml, prose } from '../../helpers';

const page = (inner: string) => `<html><body><article>${prose(3)}${inner}${prose(3)}</article></body></html>`;
const textOf = (inner: string) => collapse(extractHtml(page(inner)).article!.text);

describe('textual layer', () => {
  it('keeps a plain list that quotes promo phrases as article content', () => {
    const text = textOf(
      `<p>These are the prompts readers saw most often:</p><ul><li>Subscribe to continue reading</li><li>Already a subscriber? Log in</li><li>Download the app</li></ul>`,
    );
    expect(text).toContain('Subscribe to continue reading');
    expect(text).toContain('Already a subscriber? Log in');
    expect(text).toContain('Download the app');
  });

  it('keeps whole labels quoted as items of the article’s own list, but not as links', () => {
    const items = ['Share this article', 'Follow us on Google News', 'Most read', 'Advertisement'];
    const list = (item: (label: string) => string) =>
      textOf(`<p>The prompts the study counted:</p><ul>${items.map(item).join('')}</ul>`);
    const plain = list((label) => `<li>${label}</li>`);
    for (const label of items) expect(plain).toContain(label);
    const links = list((label) => `<li><a href="/x">${label}</a></li>`);
    for (const label of items) expect(links).not.toContain(label);
  });

  it('removes a rail label set in bold before its link with no colon', () => {
    for (const label of ['À lire aussi', 'READ MORE', 'Lesen Sie auch'])
      expect(
        textOf(`<p><strong>${label}</strong> <a href="/p">Bridge tolls rise again in September</a></p>`),
      ).not.toContain('Bridge tolls rise again');
  });

  it('keeps a bold lead-in to prose that opens like a rail label', () => {
    const lead =
      '<p><strong>Most read</strong> among the council papers was the pipe survey, which <a href="/survey">the authority published</a> in March.</p>';
    expect(textOf(lead)).toContain('among the council papers was the pipe survey');
  });

  it('removes the same phrases when they form a small box of their own', () => {
    const text = textOf(
      `<div class="x1"><ul><li>Subscribe to continue reading</li><li>Already a subscriber? Log in</li></ul></div>`,
    );
    expect(text).not.toContain('Subscribe to continue reading');
  });

  it('keeps a long paragraph of the story in a small box when an ask is only a small part of it', () => {
    const postscript =
      'P.S. A project run by volunteers could not ship a release like this without hundreds of people: thanks to everyone who wrote and reviewed code, reported and chased down bugs, tested the betas on their own machines and kept the build servers running through the holidays. Please consider supporting the foundation that pays for that infrastructure.';
    const text = textOf(
      `<div><div>${postscript}</div></div><div><div>Please consider supporting our work with a donation.</div></div>`,
    );
    expect(text).toContain(postscript);
    expect(text).not.toContain('Please consider supporting our work with a donation.');
  });

  it('keeps a network named by a link inside a sentence', () => {
    const text = textOf(
      `<p>Spice writes about open source tools for teachers and students. Follow them on <a href="https://github.com/x">GitHub</a> or <a href="https://twitter.com/x"><i><span>Twitter</span></i></a>.</p>`,
    );
    expect(text).toContain('Follow them on GitHub or Twitter.');
    // Pasted from a word processor: every run of words in an inline wrapper of its own.
    const wrapped = textOf(
      `<p><i><span>Want to know more about the author of the tools? Follow her on </span></i><a href="https://github.com/x"><i><span>GitHub</span></i></a><i><span> or </span></i><a href="https://twitter.com/x"><i><span>Twitter</span></i></a><i><span>. </span></i></p>`,
    );
    expect(wrapped).toContain('Follow her on GitHub or Twitter.');
  });

  it('removes reading-time, share and comment-gate lines', () => {
    const text = textOf(
      `<p>7 min read</p><p>Share this:</p><p>Sign in to comment</p><p>Para comentar debes estar registrado</p><h3>Comentarios (23)</h3>`,
    );
    for (const gone of ['7 min read', 'Share this', 'Sign in to comment', 'Para comentar', 'Comentarios'])
      expect(text).not.toContain(gone);
  });

  it('removes newsletter boxes in six languages', () => {
    const boxes = [
      'Get our free Friday roundup, straight to your inbox.',
      'Apúntate a nuestra newsletter de Clima y recibe cada jueves lo más importante.',
      'Inscrivez-vous à notre newsletter pour recevoir l’essentiel.',
      'Jetzt Newsletter abonnieren und nichts verpassen.',
      'Inscreva-se na nossa newsletter e receba as principais notícias.',
      'Iscriviti alla newsletter per ricevere le notizie del giorno.',
    ];
    for (const box of boxes)
      expect(textOf(`<div class="b7"><p><strong>Briefing</strong></p><p>${box}</p></div>`)).not.toContain(
        box,
      );
  });

  it('removes a plain teaser paragraph made of several asks in a row', () => {
    const text = textOf('<p>Sign up to read this article. Already a member? Sign in here.</p>');
    expect(text).not.toContain('Sign up to read');
    expect(text).toContain('Paragraph 3 of the report');
  });

  it('removes a short ask told to the reader in a plain paragraph of the story flow', () => {
    const asks = [
      'Want more stories like this? Sign up for our newsletter.',
      'Get the latest news delivered to your inbox every morning.',
      'Have you registered? Register now to read more articles.',
      'Install the Valley Times app',
      'Subscribers can read the full story in our app.',
      'Learn more about our subscription options.',
      'Our newsroom depends on readers like you. Subscribe today.',
      'Listen to this article · 4:32 min',
    ];
    for (const ask of asks) expect(textOf(`<p>${ask}</p>`)).not.toContain(ask.slice(0, 25));
    expect(
      textOf('<p>Read more at <a href="https://valley.example/">The Valley Times</a></p>'),
    ).not.toContain('Read more at');
    expect(textOf('<p><a href="/story">Click here to read more</a></p>')).not.toContain('Click here');
  });

  it('removes the same short asks in Spanish, French, German, Portuguese and Italian', () => {
    const asks = [
      '¿Quieres recibir las noticias más importantes? Suscríbete a nuestro boletín.',
      'Recibe cada mañana las noticias más importantes en tu correo.',
      "Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail.",
      'Lesen Sie mehr mit unserem Abo für 1 € im ersten Monat.',
      'Gostou? Assine a nossa newsletter e receba as notícias no seu e-mail.',
      'Ti è piaciuto? Iscriviti alla nostra newsletter.',
    ];
    for (const ask of asks) expect(textOf(`<p>${ask}</p>`)).not.toContain(ask.slice(0, 25));
  });

  it('keeps story sentences in those languages that mention a newsletter or a price', () => {
    const sentences = [
      'El ayuntamiento envía cada semana un boletín a tu correo si te registras en la web municipal, explicó la concejala.',
      'Der Preis für das Abo stieg im vergangenen Jahr auf 1,50 € pro Monat, wie der Verlag mitteilte.',
    ];
    for (const sentence of sentences) expect(textOf(`<p>${sentence}</p>`)).toContain(sentence);
  });

  it('keeps sentences of the story that open like an ask or mention one', () => {
    const sentences = [
      'The briefing is delivered to your inbox at 6 a.m. every weekday, the editor said.',
      'Subscribe now, the council urged residents, before the pipe levy rises again in the spring.',
      'Get out and vote, the mayor told the crowd on Tuesday.',
      'Read more at the library, the head teacher told parents.',
      "Members can read the full story of the club's founding in the archive, which opened last year.",
    ];
    for (const sentence of sentences) expect(textOf(`<p>${sentence}</p>`)).toContain(sentence);
  });

  it('keeps a short sentence of the story that uses one of those phrases', () => {
    const sentence =
      'Children at the branch library can sign up to read twenty books over the summer, and most finish by August.';
    expect(textOf(`<p>${sentence}</p>`)).toContain(sentence);
  });

  it('keeps a sentence about newsletters inside a real paragraph', () => {
    const sentence =
      'Readers who sign up for the newsletter are six times more likely to pay, the study found, and publishers now put sign-up boxes everywhere, sometimes three times in one article.';
    expect(textOf(`<p>${sentence}</p>`)).toContain(sentence);
  });

  it('removes "story continues below advertisement" and rail headings', () => {
    const text = textOf(
      `<div class="x"><p>Story continues below advertisement</p></div><h3>More from Pipes Weekly</h3><h3>Lo más leído</h3><h3>Das könnte Sie auch interessieren</h3>`,
    );
    for (const gone of ['Story continues below', 'More from Pipes Weekly', 'Lo más leído', 'Das könnte Sie'])
      expect(text).not.toContain(gone);
  });

  it('removes an ad label set between dashes or brackets', () => {
    for (const label of ['— Advertisement —', '[Advertisement]', '- Publicidad -', '(Ad)', '· Anzeige ·'])
      expect(textOf(`<p>${label}</p>`)).not.toMatch(/Advertisement|Publicidad|\(Ad\)|Anzeige/);
  });

  it('removes a pitch box of short lines when two of them ask, with the lines that ask nothing', () => {
    const text = textOf(
      `<div class="k2"><p>Sign up to discover stories that deepen your understanding.</p><p>Free</p><p>Distraction-free reading. No ads.</p><p>Try for $5/month</p></div>`,
    );
    expect(text).not.toContain('Sign up to discover');
    expect(text).not.toContain('Distraction-free reading');
  });

  it('never judges code', () => {
    const html = `<html><body><article>${prose(3)}<pre><code>Share\nvalue::float\nSubscribe now</code></pre>${prose(3)}</article></body></html>`;
    const text = collapse(extractHtml(html).article!.text);
    expect(text).toContain('value::float');
    expect(text).toContain('Subscribe now');
  });

  it('keeps a caption credit that names a platform', () => {
    const html = `<html><body><article>${prose(3)}<figure><img src="https://example.com/a.jpg" alt=""><figcaption>Twitter</figcaption></figure>${prose(3)}</article></body></html>`;
    expect(collapse(extractHtml(html).article!.text)).toContain('Twitter');
  });

  it('judges each block on its own, though a line repeated on the page is matched once', () => {
    const text = textOf(
      `<figure><img src="https://example.com/a.jpg" alt=""><figcaption>Twitter</figcaption></figure><p>${'Words of the story go on. '.repeat(6)}</p><ul class="x3"><li><a href="https://twitter.com/share">Twitter</a></li><li><a href="https://facebook.com/share">Facebook</a></li></ul>`,
    );
    expect(text.match(/Twitter/g)).toHaveLength(1);
    expect(text).not.toContain('Facebook');
  });

  it('removes a republishing box: its heading, its Creative Commons notice and its button', () => {
    const text = textOf(
      `<div class="x8"><h3>Republish this article</h3><p>We believe in the free flow of information. Republish our articles for free, online or in print, under a Creative Commons license.</p><p><a href="#r">Republish</a></p></div>`,
    );
    expect(text).not.toContain('Republish');
    expect(text).not.toContain('free flow of information');
  });

  it('removes channel promos and paywall counters in several languages', () => {
    const lines = [
      'Follow us on Google News for the latest updates.',
      'Únete a nuestro canal de WhatsApp',
      'Suivez-nous sur Instagram',
      'You have 2 free articles remaining.',
      'Enter your email',
    ];
    const text = textOf(lines.map((line) => `<p>${line}</p>`).join(''));
    for (const line of lines) expect(text).not.toContain(line);
  });

  // Asks and labels a standalone line carries on real news pages; each kept twin is a story's
  // own sentence with the same words.
  const ASKS = [
    'Our journalism needs your support. Please subscribe today.',
    'Click here to get the app.',
    'Download our app for the latest news and alerts.',
    'Subscribe to our YouTube channel for more videos.',
    'Please log in or sign up to comment.',
    'To read more, subscribe.',
    'Sign in to save this article.',
    'Sign up for breaking news alerts.',
    'Get breaking news alerts on our app.',
    'Thank you for being a subscriber.',
    'Gift subscriptions available.',
    'Enjoying this article? Consider a donation.',
    'Tap here to add us to your home screen.',
    'This story has been shared 1,204 times.',
    'Continue reading the main story',
    'Recommended Video:',
    'Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.',
    '© 2025 KVLY-TV. All rights reserved.',
    'Suscríbete a nuestra newsletter y recibe las noticias cada mañana.',
    'Abonnieren Sie unseren Newsletter.',
    'Descarga nuestra app y recibe las últimas noticias.',
    'Réagissez à cet article',
    'Also on CNN.com',
    'More from U.S. News',
    'Ad Feedback',
    'Sign up for more like this.',
    'Get the next story in your inbox.',
    'Join our WhatsApp channel',
    'Get breaking news alerts',
    'Turn on notifications',
    'Republish this article',
    'Lee también',
    'Lesen Sie auch',
    'Auch interessant',
    'Potrebbe interessarti anche',
    'Sigue a Diario del Sureste en Google News',
    'Segui Il Giornale su Google News',
    'Siga o Jornal no Google News',
    'Iscriviti al nostro canale WhatsApp',
    'Folgen Sie der Rundschau auf Instagram',
    'Recevez nos alertes',
    'Activa las notificaciones',
    'Ricevi le notifiche',
    'Push-Benachrichtigungen aktivieren und nichts mehr verpassen.',
    'Condividi su Facebook',
    'Artikel teilen',
    'Compartilhar no WhatsApp',
  ];
  const STORY_SENTENCES = [
    'Riders can download the app for free starting Monday, the agency said.',
    'Residents can sign up for flood alerts on the county website.',
    '"Our journalism needs your support," the editor wrote in a letter to readers last week, announcing the paywall.',
    'Shoppers who sign in to save items saw prices change.',
    'The story continues in Lisbon, where the second half of the novel is set.',
    'Los vecinos pueden descargar la app del ayuntamiento para ver los horarios, según el alcalde.',
    'Réagissez vite, disait le médecin aux familles qui attendaient des nouvelles depuis des heures.',
    'See also the council minutes from March, which describe the same repairs in more detail.',
    'See also',
    // A photo's credit standing alone goes (echoes/echo-rules.ts); in its caption or figure it stays
    // (echo-rules.test.ts). A rights notice in a sentence is the story's.
    'Copyright law in the EU changed in 2019, and publishers say all rights reserved notices mean little online.',
    // A label's first words opening a sentence or a subheading: "Share" prices, "More on", "Join us".
    'Share prices fell sharply on Tuesday after the company cut its forecast.',
    'Share buttons nobody presses',
    'More on that in a moment.',
    'Join us, the union said in a post on Facebook, before it is too late.',
    'Follow the money, she told reporters on Twitter.',
    // The words of the channel, alert and inbox asks, in the story's own sentences.
    'El acusado sigue a la espera del juicio en Facebook Live.',
    'Residents can get flood alerts by text message from the county, officials said.',
    'Shoppers now receive most offers in your inbox, the retailer said, not in the post.',
  ];

  it.each(ASKS)('removes the standalone line "%s"', (ask) => {
    expect(textOf(`<p>${ask}</p>`)).not.toContain(ask);
  });

  it.each(STORY_SENTENCES)('keeps the story sentence "%s"', (sentence) => {
    expect(textOf(`<p>${sentence}</p>`)).toContain(sentence);
  });

  it.each(['Lire aussi', "Editors' Picks", 'Most read'])('removes a "%s" rail with its links', (heading) => {
    const text = textOf(
      `<h3>${heading}</h3><ul><li><a href="/a">Bridge tolls rise again in September</a></li><li><a href="/b">Dredging of the inner harbour delayed</a></li></ul>`,
    );
    expect(text).not.toContain(heading);
    expect(text).not.toContain('Bridge tolls rise again');
  });
});
