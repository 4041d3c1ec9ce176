// DOM helpers. Every string that reaches the page through these goes in as a text node or an
// attribute value: article text, titles and place names are untrusted, and no code path here
// parses a string as HTML.

/** An element with attributes (null/undefined/false skipped) and children (strings become text nodes). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Arabic text, right to left. */
export function ar(text, tag = 'span', attrs = {}) {
  return el(tag, { lang: 'ar', dir: 'rtl', ...attrs }, text);
}

/** English text, left to right, inside Arabic-first layouts. */
export function en(text, tag = 'span', attrs = {}) {
  return el(tag, { lang: 'en', dir: 'ltr', ...attrs }, text);
}

/** "عربي · English": the two labels side by side, Arabic first. */
export function bilingual(label, tag = 'span', attrs = {}) {
  return el(tag, { class: 'bi', ...attrs }, ar(label.ar, 'span', { class: 'bi-ar' }), ' ',
    en(label.en, 'span', { class: 'bi-en' }));
}

export function str(value) {
  return typeof value === 'string' ? value.trim() : '';
}

/** Right to left for the scripts the corpus is written in, left to right otherwise. */
/**
 * An article in a list (the reader's, and a feature's "mentioned in"): its title, outlet and
 * `date` on one button that opens it; `extra` nodes follow.
 */
export function articleButton(a, onclick, date, ...extra) {
  return el('button', { type: 'button', class: 'tq-article-link', 'data-article': a.id, onclick },
    el('span', { dir: 'auto', class: 'tq-article-title' }, str(a.title) || `#${a.id}`), ' ',
    ar(str(a.outlet), 'span', { class: 'tq-outlet' }), ' ', date, ...extra);
}

export function dirFor(language) {
  return /^(ar|fa|ku|ckb|ur|he)\b/.test(str(language)) ? 'rtl' : 'ltr';
}

/** Only http(s) links are made clickable: a stored URL could say javascript:. */
export function safeHref(url) {
  const s = str(url);
  if (!s) return null;
  try {
    const parsed = new URL(s);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * Text with some spans marked: `spans` are [start, end) offsets into `text`, sorted or not,
 * overlapping ones dropped. `mark(span, surface)` builds each marked node. Plain runs are text nodes.
 */
export function markedText(container, text, spans, mark) {
  const sorted = [...spans].filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue;
    if (span.start > at) container.append(document.createTextNode(text.slice(at, span.start)));
    container.append(mark(span, text.slice(span.start, span.end)));
    at = span.end;
  }
  if (at < text.length) container.append(document.createTextNode(text.slice(at)));
  return container;
}

/**
 * Arabic folded for matching typed searches: no diacritics or tatweel, one alef, ta marbuta as ha,
 * alef maqsura as ya; Latin lower-cased.
 */
export function foldForSearch(text) {
  return str(text).toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064A');
}

/** Every occurrence of any of `needles` in `text`, as spans (the fallback when offsets are unknown). */
export function findSpans(text, needles) {
  const spans = [];
  for (const needle of needles.map(str).filter((n) => n.length > 1)) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(needle, from);
      if (i < 0) break;
      spans.push({ start: i, end: i + needle.length });
      from = i + needle.length;
    }
  }
  return spans;
}
