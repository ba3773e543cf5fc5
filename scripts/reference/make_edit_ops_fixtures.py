"""GEOS references for the editor's planar operations (src/core/edit-ops/), computed
independently of the TypeScript code.

Run from the repository root:  /usr/bin/python3 scripts/reference/make_edit_ops_fixtures.py
Needs Debian's python3-shapely (GEOS) and python3-pyproj (GeographicLib's C port).

Writes tests/fixtures/edit-ops/cases.json: per case the input zones (lon/lat), the cutting line
or the tolerance, GEOS's result (union, split, difference, or Douglas-Peucker simplify without
topology preservation, done in metres on an azimuthal equidistant plane), its validity, its
parts and each part's geodesic area (pyproj.Geod, WGS84).
"""
import json
import math
import random
from pathlib import Path

from pyproj import Geod, Transformer
from shapely.geometry import LineString, Polygon, mapping, shape
from shapely.ops import split, transform, unary_union

GEOD = Geod(ellps="WGS84")
OUT = Path("tests/fixtures/edit-ops/cases.json")
LON0, LAT0 = 105.72, 21.18
AEQD = f"+proj=aeqd +lat_0={LAT0} +lon_0={LON0} +ellps=WGS84 +units=m"
TO_LONLAT = Transformer.from_crs(AEQD, "EPSG:4326", always_xy=True)
TO_METRES = Transformer.from_crs("EPSG:4326", AEQD, always_xy=True)


def lonlat(geom):
    """Metres on the plane -> lon/lat, rounded to 9 decimals (as drawn features would be)."""
    moved = transform(TO_LONLAT.transform, geom)
    return shape(round_coords(mapping(moved)))


def round_coords(obj):
    if isinstance(obj, (list, tuple)):
        if obj and isinstance(obj[0], (int, float)):
            return [round(v, 9) for v in obj]
        return [round_coords(v) for v in obj]
    if isinstance(obj, dict):
        return {k: round_coords(v) for k, v in obj.items()}
    return obj


def parts(geom):
    if geom.is_empty:
        return []
    if geom.geom_type == "Polygon":
        return [geom]
    return [g for g in geom.geoms if g.geom_type == "Polygon"]


def area(geom):
    return abs(GEOD.geometry_area_perimeter(geom)[0])


def described(geom):
    ps = parts(geom)
    return {
        "geometry": mapping(geom) if not geom.is_empty else None,
        "valid": bool(geom.is_valid),
        "parts": len(ps),
        "areas_m2": sorted(area(p) for p in ps),
        "area_m2": sum(area(p) for p in ps),
    }


def geo(geom):
    return json.loads(json.dumps(mapping(geom)))


def box(x0, y0, x1, y1):
    return Polygon([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])


cases = []

# merge: overlapping, disjoint (MultiPolygon), touching along an edge
a = lonlat(Polygon([(0, 0), (800, -50), (900, 600), (100, 700)]))
b = lonlat(Polygon([(500, 300), (1400, 250), (1300, 1100), (600, 1000)]))
c = lonlat(Polygon([(3000, 0), (3600, 100), (3500, 700)]))
d = lonlat(box(0, -600, 800, -50))
for name, x, y in [("merge-overlap", a, b), ("merge-disjoint", a, c)]:
    cases.append({"op": "merge", "name": name, "a": geo(x), "b": geo(y),
                  "expected": described(unary_union([x, y]))})

# cut: straight through; a U-shaped zone cut across both arms (3 parts); through a hole
square = lonlat(Polygon([(0, 0), (1000, 0), (1000, 1000), (0, 1000)]))
line1 = lonlat(LineString([(-200, 300), (400, 520), (1200, 650)]))
u = lonlat(Polygon([(0, 0), (1000, 0), (1000, 1000), (700, 1000), (700, 300), (300, 300),
                    (300, 1000), (0, 1000)]))
line2 = lonlat(LineString([(-100, 700), (1100, 720)]))
holed = lonlat(Polygon([(0, 0), (1000, 0), (1000, 1000), (0, 1000)],
                       [[(400, 400), (600, 400), (600, 600), (400, 600)]]))
line3 = lonlat(LineString([(500, -100), (510, 1100)]))
for name, zone, line in [("cut-straight", square, line1), ("cut-u", u, line2),
                         ("cut-hole", holed, line3)]:
    pieces = list(split(zone, line).geoms)
    cases.append({"op": "cut", "name": name, "a": geo(zone), "line": geo(line),
                  "expected": {"parts": len(pieces), "valid": all(g.is_valid for g in pieces),
                               "areas_m2": sorted(area(g) for g in pieces),
                               "area_m2": sum(area(g) for g in pieces),
                               "geometries": [mapping(g) for g in pieces]}})

# subtract: a bite off the edge, a hole in the middle
inner = lonlat(box(300, 300, 600, 600))
bite = lonlat(Polygon([(700, -200), (1300, -200), (1300, 500), (700, 500)]))
for name, x, y in [("subtract-bite", square, bite), ("subtract-hole", square, inner)]:
    cases.append({"op": "subtract", "name": name, "a": geo(x), "b": geo(y),
                  "expected": described(x.difference(y))})

# simplify: a traced (noisy) outline; a thin winding band that Douglas-Peucker breaks
random.seed(7)
traced = []
for i in range(360):
    t = 2 * math.pi * i / 360
    r = 800 + 120 * math.sin(3 * t) + random.uniform(-6, 6)
    traced.append((r * math.cos(t), r * math.sin(t)))
band_top = [(x, 150 * math.sin(x / 150) + random.uniform(-4, 4)) for x in range(0, 2001, 10)]
band_bottom = [(x, y - 14 + random.uniform(-4, 4)) for x, y in reversed(band_top)]
for name, outline, tol in [("simplify-traced", traced, 15.0),
                           ("simplify-breaks", band_top + band_bottom, 40.0)]:
    zone = lonlat(Polygon(outline))
    # Plain Douglas-Peucker on the ring, first vertex fixed (as simplify-js does); GEOS's polygon
    # simplifier would repair the result with buffer(0), hiding the crossing.
    ring = LineString(transform(TO_METRES.transform, zone).exterior.coords)
    simple = Polygon(ring.simplify(tol, preserve_topology=False).coords)
    cases.append({"op": "simplify", "name": name, "a": geo(zone), "tolerance_m": tol,
                  "input_vertices": len(zone.exterior.coords),
                  "expected": {**described(lonlat(simple)), "vertices": len(simple.exterior.coords)}})

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps(cases, indent=1) + "\n")
for case in cases:
    e = case["expected"]
    print(case["name"], e["valid"], e["parts"], round(e["area_m2"]), e.get("vertices", ""))
