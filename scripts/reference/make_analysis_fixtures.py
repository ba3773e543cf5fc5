"""Reference results for the analysis tests, computed independently of the TypeScript code.

Run from the repository root:  /usr/bin/python3 scripts/reference/make_analysis_fixtures.py
Needs Debian's python3-shapely (GEOS) and python3-pyproj (PROJ, whose geodesic code is
Karney's C GeographicLib), so the references share no code with the JavaScript port we test.

Writes tests/fixtures/analysis/:
  measure.geojson        lines, polygons (holes, either winding), a multipolygon, a point
  measure-expected.json  per id: length_m, area_m2 (pyproj.Geod)
  overlap-a.geojson, overlap-b.geojson   random zones and corridors plus hand-made edge cases
  overlap-expected.json  every pair GEOS finds sharing area, with the shared area measured by
                         pyproj.Geod and its shares of each polygon
  nearest-from.geojson, nearest-to.geojson
  nearest-expected.json  per from id: the nearest to id and the ellipsoidal distance, by a
                         golden-section search along every candidate geodesic edge (pyproj)
"""
import json
import math
import random
from pathlib import Path

from pyproj import Geod, Transformer
from shapely.geometry import LineString, Point, shape
from shapely.geometry.polygon import orient
from shapely.ops import transform

GEOD = Geod(ellps="WGS84")
OUT = Path("tests/fixtures/analysis")
M_PER_DEG_LAT = 110760.0
M_PER_DEG_LON = 103900.0
CENTER = (105.62, 21.25)


def offset(lon, lat, east_m, north_m):
    return [round(lon + east_m / M_PER_DEG_LON, 8), round(lat + north_m / M_PER_DEG_LAT, 8)]


def star(rng, lon, lat, radius_m, n, jitter=0.35, clockwise=False):
    phase = rng.random() * 2 * math.pi
    ring = []
    for k in range(n):
        angle = phase + 2 * math.pi * k / n
        r = radius_m * (1 - jitter / 2 + jitter * rng.random())
        ring.append(offset(lon, lat, r * math.cos(angle), r * math.sin(angle)))
    if clockwise:
        ring.reverse()
    return ring + [ring[0]]


def rect(lon, lat, width_m, height_m):
    ring = [
        offset(lon, lat, 0, 0),
        offset(lon, lat, width_m, 0),
        offset(lon, lat, width_m, height_m),
        offset(lon, lat, 0, height_m),
    ]
    return ring + [ring[0]]


def corridor(rng, lon, lat, length_m, half_width_m, steps):
    heading = rng.random() * 2 * math.pi
    x = y = 0.0
    line = [(x, y)]
    for _ in range(steps):
        heading += (rng.random() - 0.5) * 0.42
        x += length_m / steps * math.cos(heading)
        y += length_m / steps * math.sin(heading)
        line.append((x, y))
    left, right = [], []
    for k, (px, py) in enumerate(line):
        bx, by = line[max(0, k - 1)]
        ax, ay = line[min(len(line) - 1, k + 1)]
        dx, dy = ax - bx, ay - by
        norm = math.hypot(dx, dy)
        nx, ny = -dy / norm * half_width_m, dx / norm * half_width_m
        left.append(offset(lon, lat, px + nx, py + ny))
        right.append(offset(lon, lat, px - nx, py - ny))
    ring = right + left[::-1]
    return ring + [ring[0]]


def feature(fid, geometry, name=None):
    return {"type": "Feature", "id": fid, "properties": {"name": name or fid}, "geometry": geometry}


def write(name, data):
    (OUT / name).write_text(json.dumps(data, indent=None, separators=(",", ":")) + "\n")


def collection(features):
    return {"type": "FeatureCollection", "features": features}


def polygons_of(geometry):
    if geometry.geom_type == "Polygon":
        return [geometry]
    if geometry.geom_type in ("MultiPolygon", "GeometryCollection"):
        return [p for part in geometry.geoms for p in polygons_of(part)]
    return []


def ellipsoidal_area_perimeter(geometry):
    """Area and perimeter (holes included, as GEOS's length) on WGS84 with pyproj.Geod.

    pyproj adds the signed areas of the rings, so each polygon is first oriented the way it
    expects (shell counter-clockwise, holes clockwise)."""
    area = perimeter = 0.0
    for polygon in polygons_of(geometry):
        area += GEOD.geometry_area_perimeter(orient(polygon, 1.0))[0]
        perimeter += GEOD.geometry_length(polygon.exterior)
        perimeter += sum(GEOD.geometry_length(hole) for hole in polygon.interiors)
    return area, perimeter


def ellipsoidal_area(geometry):
    return ellipsoidal_area_perimeter(geometry)[0]


# --- measure -----------------------------------------------------------------------------

def make_measure(rng):
    features = [
        feature("short-line", {"type": "LineString", "coordinates": [[105.5, 21.2], [105.5001, 21.2001]]}),
        feature("meridian-line", {"type": "LineString", "coordinates": [[105.6, 21.0], [105.6, 21.5]]}),
        feature("long-line", {"type": "LineString", "coordinates": [[105.3, 21.0], [105.95, 21.5], [105.31, 21.49]]}),
        feature("multi-line", {"type": "MultiLineString", "coordinates": [
            [[105.4, 21.1], [105.45, 21.12], [105.5, 21.1]], [[105.7, 21.3], [105.71, 21.31]]]}),
        feature("point", {"type": "Point", "coordinates": [105.62, 21.25]}),
        feature("rectangle-1km", {"type": "Polygon", "coordinates": [rect(105.5, 21.2, 1000, 1000)]}),
        feature("clockwise", {"type": "Polygon", "coordinates": [star(rng, 105.7, 21.3, 800, 12, clockwise=True)]}),
        feature("with-hole", {"type": "Polygon", "coordinates": [
            star(rng, 105.4, 21.4, 3000, 16), star(rng, 105.4, 21.4, 800, 8, jitter=0.1, clockwise=True)]}),
        feature("multi-polygon", {"type": "MultiPolygon", "coordinates": [
            [star(rng, 105.8, 21.1, 500, 9)], [star(rng, 105.85, 21.15, 1500, 14)]]}),
        feature("district-size", {"type": "Polygon", "coordinates": [star(rng, 105.6, 21.25, 20000, 40, jitter=0.2)]}),
    ]
    for k in range(10):
        lon = 105.3 + rng.random() * 0.65
        lat = 21.0 + rng.random() * 0.5
        features.append(feature(f"random-line-{k}", {"type": "LineString", "coordinates": [
            offset(lon, lat, rng.uniform(-20000, 20000), rng.uniform(-20000, 20000)) for _ in range(2 + k)]}))
        features.append(feature(f"random-polygon-{k}", {"type": "Polygon", "coordinates": [
            star(rng, lon, lat, rng.uniform(50, 5000), 5 + 2 * k, clockwise=k % 2 == 1)]}))
    expected = {}
    for f in features:
        geometry = shape(f["geometry"])
        if geometry.geom_type in ("Polygon", "MultiPolygon"):
            area, perimeter = ellipsoidal_area_perimeter(geometry)
            expected[f["id"]] = {"length_m": perimeter, "area_m2": area}
        elif geometry.geom_type in ("LineString", "MultiLineString"):
            expected[f["id"]] = {"length_m": GEOD.geometry_length(geometry), "area_m2": 0.0}
        else:
            expected[f["id"]] = {"length_m": 0.0, "area_m2": 0.0}
    write("measure.geojson", collection(features))
    write("measure-expected.json", expected)


# --- overlap -----------------------------------------------------------------------------

def edge_cases():
    """Pairs whose answer is known by construction (and that trip naive clippers)."""
    base = rect(105.50, 21.30, 1000, 1000)
    a = [
        feature("edge-a", {"type": "Polygon", "coordinates": [base]}),
        feature("vertex-a", {"type": "Polygon", "coordinates": [rect(105.53, 21.30, 500, 500)]}),
        feature("inside-a", {"type": "Polygon", "coordinates": [rect(105.5601, 21.3001, 200, 200)]}),
        feature("holed-a", {"type": "Polygon", "coordinates": [
            rect(105.58, 21.30, 2000, 2000), rect(105.5850, 21.3050, 800, 800)[::-1]]}),
        feature("same-a", {"type": "Polygon", "coordinates": [rect(105.62, 21.30, 700, 400)]}),
        feature("multi-a", {"type": "MultiPolygon", "coordinates": [
            [rect(105.64, 21.30, 300, 300)], [rect(105.65, 21.30, 300, 300)]]}),
    ]
    b = [
        # shares only the east edge of edge-a: no area
        feature("edge-b", {"type": "Polygon", "coordinates": [[base[1], offset(*base[1], 600, 0),
                                                               offset(*base[1], 600, 1000), base[2], base[1]]]}),
        # touches vertex-a at one corner only
        feature("vertex-b", {"type": "Polygon", "coordinates": [[offset(105.53, 21.30, 500, 500),
                                                                 offset(105.53, 21.30, 900, 500),
                                                                 offset(105.53, 21.30, 900, 900),
                                                                 offset(105.53, 21.30, 500, 900),
                                                                 offset(105.53, 21.30, 500, 500)]]}),
        feature("around-inside-a", {"type": "Polygon", "coordinates": [rect(105.558, 21.298, 900, 900)]}),
        # lies in the hole of holed-a, and one crosses the hole's edge
        feature("in-hole-b", {"type": "Polygon", "coordinates": [rect(105.5870, 21.3070, 200, 200)]}),
        feature("across-hole-b", {"type": "Polygon", "coordinates": [rect(105.5890, 21.3100, 900, 200)]}),
        feature("same-b", {"type": "Polygon", "coordinates": [rect(105.62, 21.30, 700, 400)]}),
        feature("multi-b", {"type": "Polygon", "coordinates": [rect(105.6420, 21.3010, 1200, 100)]}),
    ]
    return a, b


def make_overlap(rng):
    a, b = edge_cases()
    for k in range(400):
        lon = 105.3 + rng.random() * 0.65
        lat = 21.0 + rng.random() * 0.5
        rings = [star(rng, lon, lat, 150 + rng.random() * 550, 8 + rng.randrange(13))]
        if rng.random() < 0.1:
            rings.append(star(rng, lon, lat, 60, 6, jitter=0.0, clockwise=True))
        a.append(feature(f"zone-{k}", {"type": "Polygon", "coordinates": rings}))
    for k in range(40):
        lon = 105.3 + rng.random() * 0.65
        lat = 21.0 + rng.random() * 0.5
        ring = corridor(rng, lon, lat, 4000 + rng.random() * 21000, 40 + rng.random() * 260, 12 + rng.randrange(30))
        b.append(feature(f"corridor-{k}", {"type": "Polygon", "coordinates": [ring]}))
    # A feature without an id, inside around-inside-a: it must be named "#" and its index.
    a.append({"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [rect(105.5585, 21.2985, 100, 100)]}})
    a_geoms = [shape(f["geometry"]) for f in a]
    b_geoms = [shape(f["geometry"]) for f in b]
    pairs = []
    for i, ga in enumerate(a_geoms):
        for j, gb in enumerate(b_geoms):
            if not ga.intersects(gb):
                continue
            shared = ga.intersection(gb)
            if shared.is_empty or shared.area <= 0:
                continue
            overlap = ellipsoidal_area(shared)
            pairs.append({
                "a_id": a[i].get("id", f"#{i}"), "b_id": b[j]["id"], "overlap_m2": overlap,
                "share_of_a": overlap / ellipsoidal_area(ga), "share_of_b": overlap / ellipsoidal_area(gb),
            })
    write("overlap-a.geojson", collection(a))
    write("overlap-b.geojson", collection(b))
    write("overlap-expected.json", pairs)


# --- nearest -----------------------------------------------------------------------------

def geodesic_distance(p, q):
    return GEOD.inv(p[0], p[1], q[0], q[1])[2]


def point_to_geodesic_edge(p, start, end):
    """Golden-section search along the geodesic start→end for the point nearest p."""
    azimuth, _, length = GEOD.inv(start[0], start[1], end[0], end[1])
    if length == 0:
        return geodesic_distance(p, start)

    def at(s):
        lon, lat, _ = GEOD.fwd(start[0], start[1], azimuth, s)
        return geodesic_distance(p, (lon, lat))

    lo, hi = 0.0, length
    ratio = (math.sqrt(5) - 1) / 2
    x1, x2 = hi - ratio * (hi - lo), lo + ratio * (hi - lo)
    f1, f2 = at(x1), at(x2)
    while hi - lo > 1e-4:
        if f1 < f2:
            hi, x2, f2 = x2, x1, f1
            x1 = hi - ratio * (hi - lo)
            f1 = at(x1)
        else:
            lo, x1, f1 = x1, x2, f2
            x2 = lo + ratio * (hi - lo)
            f2 = at(x2)
    return min(f1, f2, geodesic_distance(p, start), geodesic_distance(p, end))


def vertices_and_edges(geometry):
    coords = []
    if geometry["type"] == "Point":
        return [geometry["coordinates"]], []
    if geometry["type"] == "LineString":
        paths = [geometry["coordinates"]]
    elif geometry["type"] == "Polygon":
        paths = geometry["coordinates"]
    else:
        paths = [ring for polygon in geometry["coordinates"] for ring in polygon]
    for path in paths:
        coords.extend(path)
    edges = [(path[k], path[k + 1]) for path in paths for k in range(len(path) - 1)]
    return coords, edges


TO_PLANE = Transformer.from_crs(
    "EPSG:4326", f"+proj=aeqd +lat_0={CENTER[1]} +lon_0={CENTER[0]} +ellps=WGS84", always_xy=True)


def local_metres(geometry):
    """A shapely geometry in an azimuthal equidistant plane around the region: only used to
    skip edges that are clearly not the nearest (with a 1 % + 5 m margin)."""
    return transform(TO_PLANE.transform, geometry)


def exact_distance(a, b):
    """Shortest ellipsoidal distance between two geometries (0 if they meet in lon/lat)."""
    if shape(a).intersects(shape(b)):
        return 0.0
    a_vertices, a_edges = vertices_and_edges(a)
    b_vertices, b_edges = vertices_and_edges(b)
    planar = local_metres(shape(a)).distance(local_metres(shape(b)))
    limit = planar * 1.01 + 5
    best = math.inf
    for vertices, edges in ((a_vertices, b_edges), (b_vertices, a_edges)):
        for v in vertices:
            pv = local_metres(Point(v))
            for start, end in edges:
                if pv.distance(local_metres(LineString([start, end]))) > limit:
                    continue
                best = min(best, point_to_geodesic_edge(v, start, end))
            if not edges:
                for w in (b_vertices if vertices is a_vertices else a_vertices):
                    best = min(best, geodesic_distance(v, w))
    return best


def make_nearest(rng):
    to = []
    for k in range(12):
        lon = 105.35 + rng.random() * 0.55
        lat = 21.05 + rng.random() * 0.4
        ring = corridor(rng, lon, lat, 3000 + rng.random() * 15000, 50 + rng.random() * 200, 6 + rng.randrange(10))
        to.append(feature(f"corridor-{k}", {"type": "Polygon", "coordinates": [ring]}))
    to.append(feature("road", {"type": "LineString", "coordinates": [[105.30, 21.02], [105.62, 21.05], [105.93, 21.03]]}))
    to.append(feature("well", {"type": "Point", "coordinates": [105.88, 21.46]}))
    frm = []
    for k in range(40):
        lon = 105.3 + rng.random() * 0.65
        lat = 21.0 + rng.random() * 0.5
        if k % 4 == 0:
            frm.append(feature(f"point-{k}", {"type": "Point", "coordinates": offset(lon, lat, 0, 0)}))
        elif k % 4 == 1:
            frm.append(feature(f"line-{k}", {"type": "LineString", "coordinates": [
                offset(lon, lat, 0, 0), offset(lon, lat, rng.uniform(-3000, 3000), rng.uniform(-3000, 3000))]}))
        else:
            frm.append(feature(f"zone-{k}", {"type": "Polygon", "coordinates": [star(rng, lon, lat, 200 + rng.random() * 600, 7)]}))
    # Far away (50–100 km): the spec's upper range.
    frm.append(feature("far-west", {"type": "Point", "coordinates": [104.5, 21.3]}))
    frm.append(feature("far-north", {"type": "Polygon", "coordinates": [star(rng, 105.7, 22.3, 900, 9)]}))
    expected = {}
    for f in frm:
        best_id, best = None, math.inf
        for t in to:
            d = exact_distance(f["geometry"], t["geometry"])
            if d < best:
                best_id, best = t["id"], d
        expected[f["id"]] = {"to_id": best_id, "distance_m": best}
    write("nearest-from.geojson", collection(frm))
    write("nearest-to.geojson", collection(to))
    write("nearest-expected.json", expected)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    make_measure(random.Random(20240601))
    make_overlap(random.Random(20240602))
    make_nearest(random.Random(20240603))


if __name__ == "__main__":
    main()
