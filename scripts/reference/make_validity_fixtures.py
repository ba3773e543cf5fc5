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
