// The article reader: the list of stored articles, and one article's text with every recognised
// place marked from the API's mention offsets. The text goes in as text nodes; a mention is a
// focusable mark that flies the map to its place.
import { ar, articleButton, bilingual, dirFor, el, en, markedText, safeHref, str } from './dom.js';
import { fetchArticle } from './api.js';
import { UI } from './vocab.js';

export class Reader {
  /** `onPlace(mention)` is called when a marked place is activated. */
  constructor(container, { onPlace, onOpen }) {
    this.container = container;
    this.onPlace = onPlace;
    this.onOpen = onOpen;
    this.articles = [];
    this.openId = null;
  }

  setArticles(list, outlet = '') {
    this.articles = list;
    this.outlet = outlet;
    if (this.openId === null) this.showList();
  }

  showList() {
    this.openId = null;
    const items = this.articles.filter((a) => !this.outlet || str(a.outlet) === this.outlet);
    const list = el('ul', { class: 'tq-article-list', 'aria-label': 'Articles' });
    for (const a of items) {
      list.append(el('li', {}, articleButton(a, () => this.open(a.id), en(str(a.publishedAt), 'span', { class: 'tq-date' }),
        ' ', el('span', { class: 'tq-count', title: 'mentions' }, String(a.mentions ?? '')))));
    }
    this.container.replaceChildren(el('h2', {}, bilingual(UI.articles), en(` (${items.length})`)), list);
    if (this.onOpen) this.onOpen(null);
  }

  /** Opens an article; `focus` ({start, end}) scrolls to that passage and marks it. */
  async open(id, focus = null) {
    this.openId = id;
    if (this.onOpen) this.onOpen(id);
    this.container.replaceChildren(el('p', { class: 'tq-muted' }, bilingual({ ar: 'جارٍ التحميل…', en: 'Loading…' })));
    let article;
    try {
      article = await fetchArticle(id);
    } catch (error) {
      this.container.replaceChildren(el('p', { class: 'tq-error', role: 'alert' },
        bilingual({ ar: 'تعذّر تحميل المقال', en: `Could not load the article (${error.message})` })));
      return;
    }
    if (this.openId !== id) return;
    const dir = dirFor(article.language);
    const text = typeof article.text === 'string' ? article.text : '';
    const href = safeHref(article.url);
    const body = el('div', { class: 'tq-article-text', dir, lang: str(article.language) || 'ar', 'data-article': article.id });
    const mentions = Array.isArray(article.mentions) ? article.mentions : [];
    const spans = mentions.map((m) => ({ start: m.start, end: m.end, mention: m }));
    if (focus && Number.isInteger(focus.start) && Number.isInteger(focus.end)) {
      // The quoted passage is drawn as a frame around its own text, mentions inside it still marked.
      const before = el('span');
      markedText(before, text.slice(0, focus.start), spans.filter((s) => s.end <= focus.start), (s, t) => this.mark(s.mention, t));
      const passage = el('span', { class: 'tq-focus' });
      markedText(passage, text.slice(focus.start, focus.end),
        spans.filter((s) => s.start >= focus.start && s.end <= focus.end)
          .map((s) => ({ ...s, start: s.start - focus.start, end: s.end - focus.start })), (s, t) => this.mark(s.mention, t));
      const after = el('span');
      markedText(after, text.slice(focus.end), spans.filter((s) => s.start >= focus.end)
        .map((s) => ({ ...s, start: s.start - focus.end, end: s.end - focus.end })), (s, t) => this.mark(s.mention, t));
      body.append(before, passage, after);
    } else {
      markedText(body, text, spans, (s, t) => this.mark(s.mention, t));
    }
    this.container.replaceChildren(
      el('button', { type: 'button', class: 'tq-link tq-back', onclick: () => this.showList() }, '→ ', bilingual(UI.back)),
      el('h2', { dir: 'auto', class: 'tq-article-heading' }, str(article.title)),
      el('div', { class: 'tq-article-meta' }, ar(str(article.outlet), 'span', { class: 'tq-outlet' }), ' · ',
        en(str(article.publishedAt) || '—', 'span', { class: 'tq-date' }), ' · ',
        en(`${mentions.length} places`, 'span'),
        href ? [' · ', el('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'tq-link' }, bilingual(UI.original))] : null),
      body);
    const target = body.querySelector('.tq-focus');
    if (target) target.scrollIntoView({ block: 'center' });
  }

  mark(mention, surface) {
    // An approximate mention names a place no gazetteer lists: it points at its unit instead.
    const placeId = mention.approximate ? mention.unitId : mention.placeId;
    const resolved = placeId !== null && placeId !== undefined
      && Number.isFinite(mention.lat) && Number.isFinite(mention.lon);
    const title = mention.approximate
      ? `≈ ${str(mention.unitName)} (approximate: not in the gazetteer · تقريبي)`
      : [str(mention.nameEn), str(mention.name)].filter(Boolean).join(' · ');
    const node = el('mark', {
      class: resolved ? (mention.approximate ? 'tq-mention approximate' : 'tq-mention') : 'tq-mention unresolved',
      'data-place-id': resolved ? placeId : null,
      title: title || null,
      tabindex: resolved ? '0' : null,
      role: resolved ? 'button' : null,
    }, surface);
    if (resolved) {
      const activate = () => this.onPlace(mention);
      node.addEventListener('click', activate);
      node.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          activate();
        }
      });
    }
    return node;
  }
}
