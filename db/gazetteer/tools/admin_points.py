#!/usr/bin/env python3
"""Representative interior points of Iraqi admin units (OCHA COD-AB 2019-06-03).

Standard library only. For each unit it takes the area-weighted centroid of the
unit's polygons (planar, in lon/lat degrees); if that point lies inside the unit
it is used ("centroid"). Otherwise it draws a horizontal line through the
centroid's latitude, finds the interior segments of the unit along that line and
uses the middle of the longest one ("scanline"); failing that, the same through
the middle latitude of the bounding box ("scanline-bbox"). The result is always a
point inside the polygon, which a raw centroid of a concave shape is not.

Usage:
  admin_points.py LEVEL [PCODE ...]          one row per unit (all units if none given)
  admin_points.py LEVEL --union NAME PCODE... one row for the union of the units
Options:
  --data DIR   folder with irq_admbnda_adm{0,1,2,3}_*.geojson
               (default: $TANSIQ_ADMIN_DIR or <project>/db/reference/admin-boundaries)

Output: CSV on stdout: pcode,name_en,name_ar,lat,lon,method (5 decimals).

Examples (the values used in db/gazetteer/curated-places.csv):
  python3 admin_points.py 1                       # the 18 governorates
  python3 admin_points.py 0                       # Iraq
  python3 admin_points.py 3 IQG13Q02N01           # Al-Rashad sub-district
  python3 admin_points.py 1 --union KRG IQG09 IQG11 IQG06   # Kurdistan Region (Duhok+Erbil+Sulaymaniyah)
"""
import csv
import glob
import json
import os
import sys


def rings_of(geom):
    """List of polygons, each a list of rings (outer first), each ring a list of (x, y)."""
    if geom["type"] == "Polygon":
        polys = [geom["coordinates"]]
    elif geom["type"] == "MultiPolygon":
        polys = geom["coordinates"]
    else:
        raise ValueError("unsupported geometry " + geom["type"])
    return [[[(float(p[0]), float(p[1])) for p in ring] for ring in poly] for poly in polys]


def ring_area_centroid(ring):
    a = cx = cy = 0.0
    n = len(ring)
    for i in range(n):
        x0, y0 = ring[i]
        x1, y1 = ring[(i + 1) % n]
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    a *= 0.5
    if a == 0:
        return 0.0, 0.0, 0.0
    return a, cx / (6 * a), cy / (6 * a)


def centroid(polys):
    """Area-weighted centroid; holes subtract (signed areas taken as |outer| - |holes|)."""
    tot = sx = sy = 0.0
    for poly in polys:
        for k, ring in enumerate(poly):
            a, cx, cy = ring_area_centroid(ring)
            a = abs(a) if k == 0 else -abs(a)
            tot += a
            sx += a * cx
            sy += a * cy
    return sx / tot, sy / tot


def inside(polys, x, y):
    """Even-odd ray casting over every ring (outer rings and holes alike)."""
    c = False
    for poly in polys:
        for ring in poly:
            n = len(ring)
            for i in range(n):
                x0, y0 = ring[i]
                x1, y1 = ring[(i + 1) % n]
                if (y0 > y) != (y1 > y):
                    xi = x0 + (y - y0) * (x1 - x0) / (y1 - y0)
                    if xi > x:
                        c = not c
    return c


def scanline(polys, y):
    """Middle of the longest interior segment of the horizontal line at latitude y."""
    xs = []
    for poly in polys:
        for ring in poly:
            n = len(ring)
            for i in range(n):
                x0, y0 = ring[i]
                x1, y1 = ring[(i + 1) % n]
                if (y0 > y) != (y1 > y):
                    xs.append(x0 + (y - y0) * (x1 - x0) / (y1 - y0))
    xs.sort()
    best = None
    for i in range(0, len(xs) - 1, 2):
        seg = xs[i + 1] - xs[i]
        if best is None or seg > best[0]:
            best = (seg, (xs[i] + xs[i + 1]) / 2)
    return None if best is None else best[1]


def interior_point(polys):
    cx, cy = centroid(polys)
    if inside(polys, cx, cy):
        return cy, cx, "centroid"
    x = scanline(polys, cy)
    if x is not None and inside(polys, x, cy):
        return cy, x, "scanline"
    ys = [p[1] for poly in polys for ring in poly for p in ring]
    ym = (min(ys) + max(ys)) / 2
    x = scanline(polys, ym)
    if x is None:
        raise ValueError("no interior point found")
    return ym, x, "scanline-bbox"


def load(level, data_dir):
    files = sorted(glob.glob(os.path.join(data_dir, "irq_admbnda_adm%d_*.geojson" % level)))
    if not files:
        sys.exit("no irq_admbnda_adm%d_*.geojson in %s" % (level, data_dir))
    with open(files[0], encoding="utf-8") as f:
        return json.load(f)["features"]


def main(argv):
    project = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    data_dir = os.environ.get("TANSIQ_ADMIN_DIR", os.path.join(project, "db", "reference", "admin-boundaries"))
    args = list(argv)
    if "--data" in args:
        i = args.index("--data")
        data_dir = args[i + 1]
        del args[i:i + 2]
    if not args:
        sys.exit(__doc__)
    level = int(args.pop(0))
    feats = load(level, data_dir)
    pk, en, ar = "ADM%d_PCODE" % level, "ADM%d_EN" % level, "ADM%d_AR" % level
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["pcode", "name_en", "name_ar", "lat", "lon", "method"])
    if args and args[0] == "--union":
        name, codes = args[1], args[2:]
        polys = []
        for f in feats:
            if f["properties"][pk] in codes:
                polys.extend(rings_of(f["geometry"]))
        if not polys:
            sys.exit("no unit matched " + " ".join(codes))
        lat, lon, how = interior_point(polys)
        out.writerow(["+".join(codes), name, "", "%.5f" % lat, "%.5f" % lon, how])
        return
    for f in feats:
        p = f["properties"]
        if args and p[pk] not in args:
            continue
        lat, lon, how = interior_point(rings_of(f["geometry"]))
        out.writerow([p[pk], p[en], p[ar], "%.5f" % lat, "%.5f" % lon, how])


if __name__ == "__main__":
    main(sys.argv[1:])
