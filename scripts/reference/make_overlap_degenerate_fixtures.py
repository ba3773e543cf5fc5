"""GEOS reference areas for overlap on degenerate geometry: shared edges, holes, touches.

Run from the repository root:  /usr/bin/python3 scripts/reference/make_overlap_degenerate_fixtures.py
Needs Debian's python3-shapely (GEOS) and python3-pyproj, like make_analysis_fixtures.py,
whose rules it follows: intersect in lon/lat with GEOS, keep the pairs whose intersection has
positive area, measure every area on WGS84 with pyproj.Geod (Karney's C GeographicLib).

Writes tests/fixtures/overlap-degenerate/cases.json: a list of cases, each with
  name, about      what it exercises
  a, b             the two feature lists (each case is analysed on its own)
  areas_m2         every polygonal feature's ellipsoidal area, by id
  pairs            every (a_id, b_id) GEOS finds sharing area: overlap_m2, share_of_a, share_of_b

Most cases put their vertices on a grid of binary fractions of a degree (1/1024° is about
100 m), so every coordinate is exact in a double and "collinear" or "on the edge" is exactly
true in both GEOS and JavaScript, as it is in data cut along the same lines. Where a case uses
decimal coordinates instead, every shared stretch of boundary repeats the same vertices on
both sides, as GIS tools write it.
"""
import json
import math
from pathlib import Path

from shapely.geometry import shape

from make_analysis_fixtures import ellipsoidal_area, feature

OUT = Path("tests/fixtures/overlap-degenerate")
LON0, LAT0 = 105.5, 21.0
UNIT = 1 / 1024


def at(i, j):
    """Grid position (i, j) in units of 1/1024°, east and north of (105.5°, 21°): exact doubles."""
    return [LON0 + i * UNIT, LAT0 + j * UNIT]


def box(w, s, e, n):
    """A counter-clockwise rectangle on the grid."""
    return [at(w, s), at(e, s), at(e, n), at(w, n), at(w, s)]


def cw(ring):
    return ring[::-1]


def polygon(fid, *rings):
    return feature(fid, {"type": "Polygon", "coordinates": list(rings)})


def multipolygon(fid, *polygons):
    return feature(fid, {"type": "MultiPolygon", "coordinates": [list(rings) for rings in polygons]})


def rotate_ring(ring, k):
    """The same ring starting at its k-th vertex."""
    opened = ring[:-1]
    opened = opened[k:] + opened[:k]
    return opened + [opened[0]]


# The issue's zone: 0.05° square (5.2 × 5.5 km) with a 0.01° hole, in decimal degrees.
ISSUE_SHELL = [[105.5, 21.0], [105.55, 21.0], [105.55, 21.05], [105.5, 21.05], [105.5, 21.0]]
ISSUE_HOLE = [[105.51, 21.01], [105.51, 21.02], [105.52, 21.02], [105.52, 21.01], [105.51, 21.01]]

# A zone on the grid: 48 × 48 units (about 5 km) with a 12 × 12 hole.
SHELL = box(0, 0, 48, 48)
HOLE = cw(box(12, 12, 24, 24))


def along(points, steps):
    """A ring through grid corners with `steps` equal pieces on every side (extra vertices)."""
    ring = []
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        for k in range(steps):
            ring.append(at(x0 + (x1 - x0) * k // steps, y0 + (y1 - y0) * k // steps))
    return ring + [ring[0]]


EVEN_SHELL = along([(0, 0), (48, 0), (48, 48), (0, 48)], 6)
EVEN_HOLE = along([(12, 12), (12, 24), (24, 24), (24, 12)], 4)


def holed(fid):
    return polygon(fid, SHELL, HOLE)


def cases():
    yield ("issue-identical-holed",
           "The issue's 5 km zone with a 1 km hole against its exact copy (reported +8.3 %).",
           [polygon("zone", ISSUE_SHELL, ISSUE_HOLE)],
           [polygon("copy", ISSUE_SHELL, ISSUE_HOLE)])
    yield ("issue-quarter-over-hole",
           "A quarter of the issue's zone sharing two shell edges and covering the hole (+38 %).",
           [polygon("zone", ISSUE_SHELL, ISSUE_HOLE)],
           [polygon("quarter", [[105.5, 21.0], [105.525, 21.0], [105.525, 21.025],
                                [105.5, 21.025], [105.5, 21.0]])])
    yield ("identical",
           "Exact copies: plain, holed, holed starting elsewhere and wound the other way.",
           [polygon("plain", box(60, 0, 80, 10)), holed("holed")],
           [polygon("plain-copy", box(60, 0, 80, 10)), holed("holed-copy"),
            polygon("holed-turned", cw(rotate_ring(SHELL, 2)), cw(rotate_ring(HOLE, 1)))])
    yield ("shared-shell-edges",
           "Halves and quarters of a holed zone: three or two shell edges shared, hole in or out.",
           [holed("zone")],
           [polygon("west-half-with-hole", box(0, 0, 24, 48)),
            polygon("east-half", box(24, 0, 48, 48)),
            polygon("south-west-quarter", box(0, 0, 24, 24)),
            polygon("north-east-quarter", box(24, 24, 48, 48)),
            polygon("south-strip", box(0, 0, 48, 6))])
    yield ("b-is-the-hole",
           "B exactly fills A's hole, or fills part of it along its edges: no shared area.",
           [holed("zone")],
           [polygon("hole", cw(HOLE)),
            polygon("hole-west-half", box(12, 12, 18, 24)),
            polygon("hole-inner", box(14, 14, 20, 20))])
    yield ("b-shares-hole-edges",
           "B runs along the hole's edges: beside it, around it, through it.",
           [holed("zone")],
           [polygon("east-of-hole", box(24, 12, 30, 24)),
            polygon("hole-and-west-strip", box(6, 12, 24, 24)),
            polygon("hole-stretched-north-south", box(12, 6, 24, 30)),
            polygon("frame-of-hole", box(6, 6, 30, 30), cw(box(12, 12, 24, 24))),
            polygon("across-hole-partial-edges", box(16, 8, 30, 20))])
    yield ("vertex-only",
           "Touching at a vertex only (corner to corner, vertex on an edge, inside the hole).",
           [holed("zone")],
           [polygon("corner", box(48, 48, 60, 60)),
            polygon("vertex-on-edge", [at(48, 20), at(56, 16), at(56, 24), at(48, 20)]),
            polygon("in-hole-touching-corner", [at(12, 12), at(18, 14), at(14, 18), at(12, 12)]),
            polygon("in-hole-touching-edge", [at(18, 12), at(22, 16), at(14, 16), at(18, 12)])])
    yield ("collinear-partial-edges",
           "Edges that overlap in part, along the axes and on a slant.",
           [polygon("square", box(0, 0, 20, 20)),
            polygon("triangle", [at(40, 0), at(60, 20), at(40, 20), at(40, 0)])],
           [polygon("beside-partly", box(20, 5, 30, 15)),
            polygon("bottom-partly", box(10, 0, 30, 10)),
            polygon("west-partly-crossing", box(0, 5, 10, 25)),
            polygon("inside-on-edge", box(5, 0, 15, 5)),
            polygon("slant-outside", [at(45, 5), at(55, 15), at(55, 5), at(45, 5)]),
            polygon("slant-inside", [at(45, 5), at(55, 15), at(45, 15), at(45, 5)]),
            polygon("slant-crossing", [at(50, 10), at(56, 16), at(50, 22), at(44, 16), at(50, 10)])])
    yield grid_partition()
    yield sheared_partition()
    yield decimal_partition()
    yield ("multipolygon",
           "MultiPolygon parts: touching at a corner, an island in a hole, parts equal to B's.",
           [multipolygon("corner-pair", [box(0, 0, 10, 10)], [box(10, 10, 20, 20)]),
            multipolygon("island-in-hole", [SHELL[:], HOLE[:]], [box(16, 16, 20, 20)])],
           [multipolygon("corner-pair-copy", [box(0, 0, 10, 10)], [box(10, 10, 20, 20)]),
            polygon("across-both", box(5, 5, 15, 15)),
            multipolygon("island-in-hole-copy", [SHELL[:], HOLE[:]], [box(16, 16, 20, 20)]),
            polygon("over-hole", box(8, 8, 28, 28)),
            polygon("island-only", box(16, 16, 20, 20)),
            multipolygon("two-cells", [box(0, 0, 6, 6)], [box(40, 40, 48, 48)])])
    yield ("holes-touching",
           "Valid holes touching the shell or each other at a vertex, against copies and halves.",
           [polygon("hole-on-shell", SHELL, cw([at(0, 24), at(12, 18), at(12, 30), at(0, 24)])),
            polygon("two-holes", SHELL, cw(box(12, 12, 24, 24)), cw(box(24, 24, 36, 36)))],
           [polygon("hole-on-shell-copy", SHELL, cw([at(0, 24), at(12, 18), at(12, 30), at(0, 24)])),
            polygon("two-holes-copy", SHELL, cw(box(12, 12, 24, 24)), cw(box(24, 24, 36, 36))),
            polygon("west-half", box(0, 0, 24, 48))])
    yield ("vertices-along-parallels",
           "Straight runs with extra vertices (on a parallel, on a meridian, on a hole): GEOS keeps "
           "them, and on the ellipsoid a long edge measures differently from its pieces.",
           [polygon("zone", EVEN_SHELL, EVEN_HOLE)],
           [polygon("copy", EVEN_SHELL, EVEN_HOLE),
            polygon("plain-shell", box(0, 0, 48, 48)),
            polygon("north-half", box(0, 24, 48, 48)),
            polygon("south-half", [at(0, 0), at(48, 0), at(48, 24), at(0, 24), at(0, 0)]),
            polygon("north-strip-beside", box(0, 48, 48, 52))])
    yield ("near-coincident-vertices",
           "polygon-clipping's issue #139 moved into the region: near-vertical edges a few ulp apart "
           "make polygon-clipping give up, so the fallback clipper must answer.",
           [polygon("holed", [[105.5, 21], [105.54, 21], [105.54, 21.04], [105.5, 21.04], [105.5, 21]],
                    [[105.505, 21.004], [105.505, 21.006], [105.515, 21.006], [105.515, 21.004],
                     [105.505, 21.004]])],
           [polygon("clip", [[105.523, 20.996], [105.50699999999998, 20.996],
                             [105.50699999999995, 21.003999999999998], [105.523, 21.004], [105.523, 20.996]])])


def grid_partition():
    """4 × 4 cells, and zones cut along the same lines (vertices at corners only: T-junctions)."""
    cells = [polygon(f"cell-{i}-{j}", box(8 * i, 8 * j, 8 * i + 8, 8 * j + 8))
             for j in range(4) for i in range(4)]
    zones = [
        polygon("l-shape", [at(0, 0), at(24, 0), at(24, 8), at(8, 8), at(8, 24), at(0, 24), at(0, 0)]),
        polygon("block", box(8, 8, 24, 24)),
        polygon("frame", box(8, 8, 32, 32), cw(box(16, 16, 24, 24))),
        polygon("everything", box(0, 0, 32, 32)),
    ]
    return ("grid-partition",
            "Adjacent cells against zones made of whole cells: only covered cells, in full.",
            zones, cells)


def sheared_partition():
    """A grid of parallelograms (slanted shared edges), zones without the inner vertices."""
    def sheared(i, j):
        return at(8 * i + 4 * j, 8 * j)

    def cell(i, j):
        return [sheared(i, j), sheared(i + 1, j), sheared(i + 1, j + 1), sheared(i, j + 1), sheared(i, j)]

    cells = [polygon(f"cell-{i}-{j}", cell(i, j)) for j in range(3) for i in range(3)]
    zones = [
        polygon("middle-column", [sheared(1, 0), sheared(2, 0), sheared(2, 3), sheared(1, 3), sheared(1, 0)]),
        polygon("all-but-centre", [sheared(0, 0), sheared(3, 0), sheared(3, 3), sheared(0, 3), sheared(0, 0)],
                cw(cell(1, 1))),
    ]
    return ("sheared-partition",
            "Parallelogram cells sharing slanted edges with zones cut along the same lines.",
            zones, cells)


def decimal_partition():
    """A rotated grid in decimal degrees (rounded to 1e-7), every shared vertex repeated."""
    angle = math.radians(23)
    step = 0.004

    def corner(i, j):
        x = i * step * math.cos(angle) - j * step * math.sin(angle)
        y = i * step * math.sin(angle) + j * step * math.cos(angle)
        return [round(105.61 + x, 7), round(21.17 + y, 7)]

    def path(points):
        return [corner(i, j) for i, j in points] + [corner(*points[0])]

    def cell(i, j):
        return path([(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)])

    cells = [polygon(f"cell-{i}-{j}", cell(i, j)) for j in range(3) for i in range(3)]
    outline = [(0, 0), (1, 0), (2, 0), (3, 0), (3, 1), (3, 2), (3, 3), (2, 3), (1, 3), (0, 3), (0, 2), (0, 1)]
    zones = [
        polygon("two-cells", path([(0, 0), (1, 0), (2, 0), (2, 1), (1, 1), (0, 1)])),
        polygon("ring", path(outline), cw(cell(1, 1))),
    ]
    return ("decimal-partition",
            "A rotated grid in decimal degrees against zones repeating its vertices.",
            zones, cells)


def geos_pairs(a, b):
    a_geoms = [shape(f["geometry"]) for f in a]
    b_geoms = [shape(f["geometry"]) for f in b]
    for fid, geom in [(f["id"], g) for f, g in zip(a + b, a_geoms + b_geoms)]:
        if not geom.is_valid:
            raise SystemExit(f"fixture {fid} is not valid in GEOS")
    pairs = []
    for fa, ga in zip(a, a_geoms):
        for fb, gb in zip(b, b_geoms):
            if not ga.intersects(gb):
                continue
            shared = ga.intersection(gb)
            if shared.is_empty or shared.area <= 0:
                continue
            overlap = ellipsoidal_area(shared)
            pairs.append({
                "a_id": fa["id"], "b_id": fb["id"], "overlap_m2": overlap,
                "share_of_a": overlap / ellipsoidal_area(ga), "share_of_b": overlap / ellipsoidal_area(gb),
            })
    return pairs


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    out = []
    for name, about, a, b in cases():
        areas = {f["id"]: ellipsoidal_area(shape(f["geometry"])) for f in a + b}
        out.append({"name": name, "about": about, "a": a, "b": b, "areas_m2": areas,
                    "pairs": geos_pairs(a, b)})
    text = "[\n" + ",\n".join(json.dumps(case, separators=(",", ":")) for case in out) + "\n]\n"
    (OUT / "cases.json").write_text(text)
    for case in out:
        print(f"{case['name']}: {len(case['pairs'])} pairs")


if __name__ == "__main__":
    main()
