// What the popup and the side panel say about a feature: its names (Arabic first), its status and
// history, and every source with the quoted sentence and the place highlighted in it. Built from
// DOM nodes only: quotes and titles are article text.
import { ar, articleButton, bilingual, el, en, findSpans, markedText, safeHref, str } from './dom.js';
import { fetchArticle, fetchEventsAt } from './api.js';
import { kindCounts } from './layers.js';
import { KINDS, PARTIES, STATUSES, UI } from './vocab.js';

const SENTENCE_END = /[.!?؟\n]/;

function uniq(values) {
  return [...new Set(values.filter((v) => v !== null && v !== undefined && v !== ''))];
}

/** The gazetteer places a feature stands for, to pick out their mentions inside a quote. */
export function placeIdsOf(layerId, feature) {
  const p = feature.properties || {};
  const ids = [];
  if (layerId === 'places') ids.push(feature.id);
  if (p.placeId !== undefined) ids.push(p.placeId);
  if (Array.isArray(p.places)) p.places.forEach((x) => x && ids.push(x.placeId));
  if (Array.isArray(p.openCentres)) p.openCentres.forEach((x) => x && ids.push(x.id));
  return new Set(uniq(ids).map(String));
}

function namesOf(feature) {
  const p = feature.properties || {};
  const names = [p.name, ...(Array.isArray(p.surfaces) ? p.surfaces : [])];
  if (Array.isArray(p.places)) p.places.forEach((x) => x && names.push(x.name));
  return uniq(names.map(str));
}

export function sourcesOf(feature) {
  const p = feature.properties || {};
  const list = Array.isArray(p.sources) ? p.sources : (p.source ? [p.source] : []);
  const seen = new Set();
  return list.filter((s) => {
    if (!s || typeof s.quote !== 'string') return false;
    const key = `${s.articleId}:${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Ids of the articles behind a feature. */
export function articleIdsOf(layerId, feature, placesById) {
  const p = feature.properties || {};
  const ids = [];
  if (Array.isArray(p.articles)) ids.push(...p.articles);
  sourcesOf(feature).forEach((s) => ids.push(s.articleId));
  if (Array.isArray(p.statusHistory)) p.statusHistory.forEach((h) => h && h.source && ids.push(h.source.articleId));
  if (p.placeId !== undefined && placesById) {
    const place = placesById(p.placeId);
    if (place && Array.isArray(place.properties.articles)) ids.push(...place.properties.articles);
  }
  return uniq(ids);
}

/** The sentence around each mention of the place, for places (which carry no quotes of their own). */
async function mentionSources(feature, limit) {
  const ids = Array.isArray(feature.properties.articles) ? feature.properties.articles : [];
  const placeId = String(feature.id);
  const sources = [];
  for (const id of ids) {
    let article;
    try {
      article = await fetchArticle(id);
    } catch {
      continue;
    }
    const text = str(article.text) ? article.text : '';
    const seen = new Set();
    for (const m of article.mentions || []) {
      if (String(m.placeId) !== placeId) continue;
      let start = m.start;
      while (start > 0 && !SENTENCE_END.test(text[start - 1])) start -= 1;
      let end = m.end;
      while (end < text.length && !SENTENCE_END.test(text[end])) end += 1;
      if (end < text.length && text[end] !== '\n') end += 1;
      if (seen.has(start)) continue;
      seen.add(start);
      sources.push({ articleId: article.id, title: article.title, outlet: article.outlet,
        publishedAt: article.publishedAt, quote: text.slice(start, end), start, end });
      if (sources.length >= limit) return sources;
    }
  }
  return sources;
}

/** Spans of the feature's places in a quote: from the article's mention offsets, else by name. */
async function spansIn(source, placeIds, names) {
  try {
    const article = await fetchArticle(source.articleId);
    if (typeof article.text === 'string' && article.text.slice(source.start, source.end) === source.quote) {
      const spans = (article.mentions || [])
        .filter((m) => m.start >= source.start && m.end <= source.end && placeIds.has(String(m.placeId)))
        .map((m) => ({ start: m.start - source.start, end: m.end - source.start }));
      if (spans.length > 0) return spans;
    }
  } catch {
    // The article could not be fetched: the names still mark the quote.
  }
  return findSpans(source.quote, names);
}

function statusBadge(status) {
  const label = STATUSES[status];
  if (!label) return bilingual(UI.notYet, 'span', { class: 'tq-badge status-none' });
  return bilingual(label, 'span', { class: `tq-badge status-${status}`, 'data-status': status });
}

function kindBadge(kind) {
  const label = KINDS[kind] || { ar: kind, en: kind };
  return bilingual(label, 'span', { class: `tq-badge kind-${kind}` });
}

function row(label, ...value) {
  return el('div', { class: 'tq-row' }, bilingual(label, 'span', { class: 'tq-row-label' }), ' ', ...value);
}

function dateText(iso) {
  return iso ? en(iso, 'span', { class: 'tq-date' }) : bilingual(UI.undated, 'span', { class: 'tq-date' });
}

function facts(layerId, p) {
  const out = [];
  if (layerId === 'centres') {
    out.push(row({ ar: 'الحالة', en: 'Status' }, statusBadge(p.status), ' ', p.statusDate ? dateText(p.statusDate) : null));
    if (Array.isArray(p.parties) && p.parties.length) {
      out.push(row(UI.parties, ...p.parties.map((x) => bilingual(PARTIES[x] || { ar: x, en: x }, 'span', { class: 'tq-chip' }))));
    }
  }
  if (layerId === 'events') {
    out.push(row({ ar: 'النوع', en: 'Kind' }, kindBadge(p.kind), p.status ? statusBadge(p.status) : null));
    out.push(row({ ar: 'التاريخ', en: 'Date' }, dateText(p.date)));
  }
  if (layerId === 'places') out.push(row(UI.mentions, en(String(p.mentions ?? 0))));
  if (layerId === 'gaps') {
    out.push(row(UI.reports, en(String(p.reports ?? 0)), ' ', dateText(p.firstReport), ' – ', dateText(p.lastReport)));
  }
  if (layerId === 'uncovered') {
    out.push(row(UI.area, en(`${p.areaKm2 ?? '?'} / ${p.territoryKm2 ?? '?'} km² · r = ${p.radiusKm ?? '?'} km`)));
    const open = Array.isArray(p.openCentres) ? p.openCentres : [];
    out.push(row(UI.openCentres, open.length ? open.map((c) => ar(`${str(c.name)} `, 'span', { class: 'tq-chip' })) : en('0')));
  }
  if (Array.isArray(p.units) && p.units.length) out.push(row(UI.units, en(String(p.units.length))));
  if (p.pcode) out.push(row({ ar: 'الرمز', en: 'P-code' }, en(p.pcode)));
  return out;
}

function featureNames(layerId, feature) {
  const p = feature.properties || {};
  let name = str(p.name);
  let nameEn = str(p.nameEn);
  if (layerId === 'uncovered') {
    name = `${name || 'مناطق بلا تغطية'}${p.tier ? ` (${p.tier === 'core' ? 'الأساسية' : 'الموسعة'})` : ''}`;
    nameEn = `Uncovered: ${p.tier || ''}`;
  }
  if (layerId === 'disputed' && !name) {
    name = p.tier === 'extended' ? 'المناطق المتنازع عليها الموسعة' : 'المناطق المتنازع عليها';
    nameEn = `Disputed territories: ${p.tier || ''}`;
  }
  if (layerId === 'kurdistan' && !name) {
    name = 'إقليم كوردستان';
    nameEn = 'Kurdistan Region (de jure)';
  }
  if (layerId === 'gaps' && !name) {
    name = 'المناطق المتنازع عليها';
    nameEn = 'Disputed territories (no place named)';
  }
  return { name, nameEn };
}

function sourceItem(source, spans, ctx) {
  const summary = ctx.articleSummary(source.articleId);
  const href = safeHref(summary && summary.url);
  const quote = el('blockquote', { class: 'tq-quote', dir: 'rtl', lang: 'ar' });
  markedText(quote, source.quote, spans, (_, surface) => el('mark', { class: 'tq-hl' }, surface));
  return el('li', { class: 'tq-source' },
    el('div', { class: 'tq-source-meta' },
      ar(str(source.outlet) || str(summary && summary.outlet) || '—', 'span', { class: 'tq-outlet' }), ' · ',
      dateText(source.publishedAt),
      ' ',
      el('button', { type: 'button', class: 'tq-link', 'data-article': source.articleId,
        onclick: () => ctx.openArticle(source.articleId, source) }, bilingual(UI.openArticle)),
      href ? el('a', { class: 'tq-link', href, target: '_blank', rel: 'noopener noreferrer' }, bilingual(UI.original)) : null),
    quote);
}

/**
 * An events-tile point stands for every event at one place: the place, its counts by kind and last
 * date, then the events themselves, fetched from the items endpoint in a tiny box around the point
 * (the tile's coordinates are rounded to its grid, `feature.tolerance` degrees) and kept to that
 * place and to what the filters keep (`ctx.keep`), each with its quote as the items view has it.
 */
async function renderTileEvents(container, feature, layerLabel, ctx, compact) {
  const p = feature.properties || {};
  const counts = kindCounts(p.kinds);
  container.replaceChildren(
    bilingual(layerLabel, 'div', { class: 'tq-layer-label' }),
    str(p.name) ? ar(str(p.name), compact ? 'div' : 'h2', { class: 'tq-name-ar' }) : null,
    str(p.nameEn) ? en(str(p.nameEn), 'div', { class: 'tq-name-en' }) : null,
    row({ ar: 'الأحداث', en: 'Events' }, en(String(p.events ?? counts.reduce((n, [, c]) => n + c, 0)))),
    row({ ar: 'النوع', en: 'Kind' }, ...counts.map(([kind, n]) => el('span', { class: 'tq-chip', 'data-kind': kind },
      kindBadge(kind), en(` ${n}`)))),
    row({ ar: 'آخر تاريخ', en: 'Last date' }, dateText(p.lastDate)));
  container.setAttribute('dir', 'rtl');
  container.setAttribute('lang', 'ar');
  const [lon, lat] = feature.geometry ? feature.geometry.coordinates : [NaN, NaN];
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return container;
  let events = [];
  try {
    events = await fetchEventsAt(lon, lat, Math.max(0.0005, feature.tolerance || 0));
  } catch (error) {
    container.append(el('p', { class: 'tq-error' }, bilingual({ ar: 'تعذّر تحميل الأحداث', en: `Could not load the events (${error.message})` })));
    return container;
  }
  const keep = ctx.keep ? ctx.keep('events') : () => true;
  events = events.filter((f) => f && f.properties && String(f.properties.placeId) === String(feature.id) && keep(f))
    .sort((a, b) => str(b.properties.date).localeCompare(str(a.properties.date)));
  const placeIds = new Set([String(feature.id)]);
  const names = uniq([str(p.name)]);
  const quoted = compact ? 2 : events.length;
  const spans = await Promise.all(events.slice(0, quoted).map((f) => {
    const source = f.properties.source;
    return source && typeof source.quote === 'string' ? spansIn(source, placeIds, names) : null;
  }));
  const list = el('ul', { class: 'tq-tile-event-list' });
  // The popup lists a few; the Details tab all of them (up to the 50 asked for).
  events.slice(0, compact ? 8 : events.length).forEach((f, i) => {
    const e = f.properties;
    const item = el('li', { 'data-event': str(String(e.eventId ?? f.id)), 'data-kind': str(e.kind) },
      kindBadge(str(e.kind)), e.status ? statusBadge(e.status) : null, ' ', dateText(e.date));
    if (i < quoted && spans[i]) item.append(el('ul', { class: 'tq-sources' }, sourceItem(e.source, spans[i], ctx)));
    list.append(item);
  });
  container.append(el('h3', {}, bilingual({ ar: 'الأحداث هنا', en: 'Events here' }), en(` (${events.length})`)), list);
  if (compact) {
    container.append(el('button', { type: 'button', class: 'tq-link tq-more', onclick: () => ctx.showDetails() },
      bilingual({ ar: 'كل التفاصيل', en: 'All details' })));
  }
  return container;
}

/**
 * Fills `container` with what is known of a feature. `compact` (the popup) keeps to the names,
 * the main facts and two sources; the side panel shows everything.
 */
export async function renderDetails(container, layerId, feature, layerLabel, ctx, { compact = false } = {}) {
  if (feature.tile && layerId === 'events') return renderTileEvents(container, feature, layerLabel, ctx, compact);
  const p = feature.properties || {};
  const { name, nameEn } = featureNames(layerId, feature);
  const head = [
    bilingual(layerLabel, 'div', { class: 'tq-layer-label' }),
    name ? ar(name, compact ? 'div' : 'h2', { class: 'tq-name-ar' }) : null,
    nameEn ? en(nameEn, 'div', { class: 'tq-name-en' }) : null,
    ...facts(layerId, p),
  ];
  container.replaceChildren(...head);
  container.setAttribute('dir', 'rtl');
  container.setAttribute('lang', 'ar');

  if (!compact && layerId === 'centres' && Array.isArray(p.statusHistory) && p.statusHistory.length) {
    const list = el('ol', { class: 'tq-history' });
    for (const h of p.statusHistory) {
      const s = h.source || {};
      list.append(el('li', {}, dateText(h.date), ' ', statusBadge(h.status), ' ',
        ar(str(s.outlet) || str(s.title), 'span', { class: 'tq-outlet' })));
    }
    container.append(el('h3', {}, bilingual(UI.statusHistory)), list);
  }

  const limit = compact ? 2 : 50;
  let sources = sourcesOf(feature);
  if (sources.length === 0 && layerId === 'places') sources = await mentionSources(feature, limit);
  if (sources.length) {
    const placeIds = placeIdsOf(layerId, feature);
    const names = namesOf(feature);
    const shown = sources.slice(0, limit);
    const spans = await Promise.all(shown.map((s) => spansIn(s, placeIds, names)));
    const list = el('ul', { class: 'tq-sources' });
    shown.forEach((s, i) => list.append(sourceItem(s, spans[i], ctx)));
    container.append(el('h3', {}, bilingual(UI.sources), en(` (${sources.length})`)), list);
  }

  const articleIds = articleIdsOf(layerId, feature, ctx.placeById);
  if (compact) {
    container.append(el('button', { type: 'button', class: 'tq-link tq-more', onclick: () => ctx.showDetails() },
      bilingual({ ar: 'كل التفاصيل', en: 'All details' })));
  } else if (articleIds.length) {
    const list = el('ul', { class: 'tq-article-list' });
    for (const id of articleIds) {
      const a = ctx.articleSummary(id) || { id, title: `#${id}` };
      list.append(el('li', {}, articleButton(a, () => ctx.openArticle(id), dateText(a.publishedAt))));
    }
    container.append(el('h3', {}, bilingual(UI.mentionedIn)), list);
  }
  return container;
}
