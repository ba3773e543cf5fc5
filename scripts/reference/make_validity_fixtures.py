<<<<<<< HEAD
"""Validity references for the analysis input tests: which features GEOS calls invalid, and the
measures of the valid ones, computed independently of the TypeScript code.

Run from the repository root:  /usr/bin/python3 scripts/reference/make_validity_fixtures.py
Needs Debian's python3-shapely (GEOS) and python3-pyproj (GeographicLib's C port).

Writes tests/fixtures/analysis/:
  validity.geojson        valid features and the invalid ones analysis used to measure wrongly:
                          a bow tie, a hole crossing its shell, overlapping and duplicated
                          MultiPolygon parts, an unclosed ring, a one-position line
  validity-expected.json  per id: GEOS's verdict (is_valid, explain_validity) where GEOS can
                          read the geometry, "rfc7946" where only the RFC rules it out, the
                          GEOS area (planar, via pyproj's geodesic area of GEOS's own reading)
                          of the invalid ones, and length_m / area_m2 (pyproj.Geod) of the
                          valid ones
"""
import json
from pathlib import Path

from pyproj import Geod
from shapely.geometry import shape
from shapely.validation import explain_validity

GEOD = Geod(ellps="WGS84")
OUT = Path("tests/fixtures/analysis")
M_PER_DEG_LAT = 110760.0
M_PER_DEG_LON = 103900.0


def at(east_m, north_m, lon=105.62, lat=21.25):
    return [round(lon + east_m / M_PER_DEG_LON, 8), round(lat + north_m / M_PER_DEG_LAT, 8)]


def box(west, south, east, north, clockwise=False):
    ring = [at(west, south), at(east, south), at(east, north), at(west, north), at(west, south)]
    return ring[::-1] if clockwise else ring


def feature(fid, geometry):
    return {"type": "Feature", "id": fid, "properties": {"name": fid}, "geometry": geometry}


FEATURES = [
    feature("valid-square", {"type": "Polygon", "coordinates": [box(0, 0, 1000, 1000)]}),
    feature(
        "valid-with-hole",
        {
            "type": "Polygon",
            "coordinates": [box(2000, 0, 3000, 1000), box(2300, 300, 2700, 700, clockwise=True)],
        },
    ),
    feature(
        "valid-multi",
        {
            "type": "MultiPolygon",
            "coordinates": [[box(4000, 0, 4500, 500)], [box(5000, 0, 5500, 500)]],
        },
    ),
    feature("valid-line", {"type": "LineString", "coordinates": [at(0, 2000), at(3000, 2500)]}),
    feature(
        "bow-tie",
        {
            "type": "Polygon",
            "coordinates": [
                [at(0, 4000), at(1000, 5000), at(1000, 4000), at(0, 5000), at(0, 4000)]
            ],
        },
    ),
    feature(
        "hole-crossing-shell",
        {
            "type": "Polygon",
            "coordinates": [box(2000, 4000, 3000, 5000), box(2500, 4200, 3500, 4800, clockwise=True)],
        },
    ),
    feature(
        "overlapping-parts",
        {
            "type": "MultiPolygon",
            "coordinates": [[box(4000, 4000, 5000, 5000)], [box(4500, 4000, 5500, 5000)]],
        },
    ),
    feature(
        "duplicated-parts",
        {
            "type": "MultiPolygon",
            "coordinates": [[box(6000, 4000, 7000, 5000)], [box(6000, 4000, 7000, 5000)]],
        },
    ),
    feature(
        "unclosed-ring",
        {"type": "Polygon", "coordinates": [box(0, 6000, 1000, 7000)[:-1] + [at(0, 6500)]]},
    ),
    feature("one-position-line", {"type": "LineString", "coordinates": [at(2000, 6000)]}),
]

# Only RFC 7946 rules these out: GEOS closes rings itself and cannot build a one-point line.
RFC_ONLY = {"unclosed-ring", "one-position-line"}


def expected_for(f):
    fid = f["id"]
    if fid in RFC_ONLY:
        return {"valid": False, "by": "rfc7946"}
    geometry = shape(f["geometry"])
    valid = geometry.is_valid
    # Perimeter with holes, as GEOS's length and measureFeature count it.
    area = abs(GEOD.geometry_area_perimeter(geometry)[0])
    perimeter = GEOD.geometry_length(geometry.boundary)
    entry = {"valid": valid, "by": "geos", "reason": explain_validity(geometry)}
    if valid:
        if geometry.geom_type.endswith("LineString"):
            entry["length_m"] = GEOD.geometry_length(geometry)
            entry["area_m2"] = 0.0
        else:
            entry["length_m"] = perimeter
            entry["area_m2"] = area
    else:
        # What GEOS itself makes of the invalid shape (buffer(0) repairs it), for the record.
        repaired = geometry.buffer(0)
        entry["geos_repaired_area_m2"] = abs(GEOD.geometry_area_perimeter(repaired)[0])
    return entry


def main():
    collection = {"type": "FeatureCollection", "features": FEATURES}
    (OUT / "validity.geojson").write_text(json.dumps(collection) + "\n")
    expected = {f["id"]: expected_for(f) for f in FEATURES}
    (OUT / "validity-expected.json").write_text(json.dumps(expected, indent=1) + "\n")


main()
=======
"""GEOS verdicts on polygon validity, for the validator's OGC checks, computed independently.

Run from the repository root:  /usr/bin/python3 scripts/reference/make_validity_fixtures.py
Needs Debian's python3-shapely (GEOS).

Writes tests/fixtures/validity/:
  grid-polygons.geojson   random Polygons and MultiPolygons on a coarse integer grid, so holes
                          and parts often touch, share edges, cross, nest or lie outside
  grid-expected.json      per feature id: GEOS's is_valid and explain_validity
Rings are axis-aligned rectangles and right triangles with integer corners: every orientation
test is exact in doubles, so a disagreement is a real difference of rules, not of rounding.
"""
import json
import random
from pathlib import Path

from shapely.geometry import shape
from shapely.validation import explain_validity

OUT = Path("tests/fixtures/validity")
random.seed(20251204)


def ring(x0, y0, x1, y1, kind, clockwise):
    if kind == "rect":
        r = [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]
    else:
        r = [[x0, y0], [x1, y0], [x0, y1], [x0, y0]]
    return r[::-1] if clockwise else r


def random_ring(lo, hi, clockwise, kinds=("rect", "rect", "tri")):
    x0 = random.randint(lo, hi - 1)
    y0 = random.randint(lo, hi - 1)
    x1 = random.randint(x0 + 1, hi)
    y1 = random.randint(y0 + 1, hi)
    return ring(100 + x0, 10 + y0, 100 + x1, 10 + y1, random.choice(kinds), clockwise)


def random_polygon():
    # A big rectangle, so holes drawn in the same range are mostly inside it and meet each other.
    shell = ring(100, 10, 100 + random.randint(5, 8), 10 + random.randint(5, 8), "rect", False)
    holes = [random_ring(0, 8, True) for _ in range(random.choice([0, 1, 2, 2, 3, 4]))]
    return [shell, *holes]


def small_holes_polygon():
    # Small holes on a grid inside a 6 × 6 shell: they touch at corners and edges, in chains
    # that sometimes close and cut the interior.
    shell = ring(100, 10, 106, 16, "rect", False)
    holes = []
    for _ in range(random.randint(2, 6)):
        x0 = random.randint(0, 4)
        y0 = random.randint(0, 4)
        size = random.choice([1, 1, 2])
        kind = random.choice(["rect", "tri"])
        holes.append(ring(100 + x0, 10 + y0, 100 + x0 + size, 10 + y0 + size, kind, True))
    return [shell, *holes]


features = []
expected = {}
for i in range(900):
    if i % 3 == 2:
        geometry = {"type": "Polygon", "coordinates": small_holes_polygon()}
    elif i % 2 == 0:
        geometry = {"type": "Polygon", "coordinates": random_polygon()}
    else:
        parts = [[random_ring(0, 6, False)] for _ in range(random.choice([2, 2, 3]))]
        geometry = {"type": "MultiPolygon", "coordinates": parts}
    fid = f"g{i}"
    features.append({"type": "Feature", "id": fid, "properties": {}, "geometry": geometry})
    geom = shape(geometry)
    expected[fid] = {"valid": bool(geom.is_valid), "reason": explain_validity(geom)}

OUT.mkdir(parents=True, exist_ok=True)
(OUT / "grid-polygons.geojson").write_text(
    json.dumps({"type": "FeatureCollection", "features": features}) + "\n"
)
(OUT / "grid-expected.json").write_text(json.dumps(expected, indent=1) + "\n")
valid = sum(1 for e in expected.values() if e["valid"])
print(f"{len(features)} features, {valid} valid by GEOS")
>>>>>>> validator-rules
