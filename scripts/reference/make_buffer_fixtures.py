"""GEOS reference areas for `giapranh analyze buffer`: holed zones, adjacent parts, lines, points.

Run from the repository root:  /usr/bin/python3 scripts/reference/make_buffer_fixtures.py
Needs Debian's python3-shapely (GEOS) and python3-pyproj, like make_analysis_fixtures.py.

Each geometry is projected to an ellipsoidal azimuthal equidistant plane centred on its
bounding box (PROJ's aeqd, as the TypeScript does with GeographicLib), buffered there by GEOS
with round caps and joins at 256 segments per quarter circle (so its chords lose under 1e-5 of
a disc's area), projected back, and measured on WGS84 with pyproj.Geod.

Writes tests/fixtures/buffer/cases.json: a list of cases, each with
  name, about   what it exercises
  ogc_valid     whether GEOS finds the geometry valid (parts sharing an edge are not, but
                planning data has them, and a buffer unites them anyway)
  geometry      the GeoJSON geometry buffered
  areas_m2      the buffer's ellipsoidal area by distance in metres ("10", "50", "500")
  parts         the buffer's number of polygons, holes by distance (GEOS's count)
"""
import json
import math
from pathlib import Path

from pyproj import Transformer
from shapely.geometry import shape
from shapely.ops import transform

from make_analysis_fixtures import ellipsoidal_area

OUT = Path("tests/fixtures/buffer")
DISTANCES_M = [10, 50, 500]
QUARTER_SEGMENTS = 256
M_PER_DEG_LAT = 110760.0
M_PER_DEG_LON = 103900.0


def offset(lon, lat, east_m, north_m):
    return [round(lon + east_m / M_PER_DEG_LON, 8), round(lat + north_m / M_PER_DEG_LAT, 8)]


def rect(lon, lat, width_m, height_m, clockwise=False):
    ring = [
        offset(lon, lat, 0, 0),
        offset(lon, lat, width_m, 0),
        offset(lon, lat, width_m, height_m),
        offset(lon, lat, 0, height_m),
    ]
    if clockwise:
        ring.reverse()
    return ring + [ring[0]]


def star(lon, lat, radius_m, n, clockwise=False):
    """A star-shaped ring of alternately long and short rays: every other corner concave."""
    ring = []
    for k in range(n):
        angle = 2 * math.pi * k / n
        r = radius_m * (1.0 if k % 2 == 0 else 0.55 + 0.1 * math.sin(k))
        ring.append(offset(lon, lat, r * math.cos(angle), r * math.sin(angle)))
    if clockwise:
        ring.reverse()
    return ring + [ring[0]]


def path(lon, lat, steps_m):
    """A line from (lon, lat) by successive (east, north) steps in metres."""
    x = y = 0.0
    line = [offset(lon, lat, 0, 0)]
    for dx, dy in steps_m:
        x += dx
        y += dy
        line.append(offset(lon, lat, x, y))
    return line


CASES = [
    ("zone-with-hole", "A 5 km zone with an 800 m hole: the hole shrinks, then fills at 500 m.",
     {"type": "Polygon", "coordinates": [rect(105.5, 21.0, 5000, 5000),
                                         rect(105.51, 21.01, 800, 800, clockwise=True)]}),
    ("concave-with-hole", "The unit tests' concave zone with a small hole, wound clockwise.",
     {"type": "Polygon", "coordinates": [
         [[105.6, 21.26], [105.63, 21.23], [105.66, 21.26], [105.66, 21.2], [105.6, 21.2],
          [105.6, 21.26]],
         [[105.61, 21.21], [105.62, 21.21], [105.62, 21.22], [105.61, 21.22], [105.61, 21.21]]]}),
    ("star-with-two-holes", "Convex and concave corners in turn, two holes close to each other.",
     {"type": "Polygon", "coordinates": [
         star(105.7, 21.3, 3000, 24),
         rect(105.695, 21.295, 400, 400, clockwise=True),
         rect(105.7, 21.295, 300, 400, clockwise=True)]}),
    ("adjacent-parts", "A MultiPolygon of two zones sharing a whole edge, a third touching at a corner.",
     {"type": "MultiPolygon", "coordinates": [
         [rect(105.45, 21.1, 2000, 1500)],
         [[offset(105.45, 21.1, 2000, 0), offset(105.45, 21.1, 3500, 0),
           offset(105.45, 21.1, 3500, 1500), offset(105.45, 21.1, 2000, 1500),
           offset(105.45, 21.1, 2000, 0)]],
         [[offset(105.45, 21.1, 3500, 1500), offset(105.45, 21.1, 4500, 1500),
           offset(105.45, 21.1, 4500, 2500), offset(105.45, 21.1, 3500, 2500),
           offset(105.45, 21.1, 3500, 1500)]]]}),
    ("bay-that-closes", "A zone around a 2 km bay whose 300 m channel the 500 m buffer closes: a hole.",
     {"type": "Polygon", "coordinates": [[offset(105.8, 21.05, x, y) for x, y in [
         (0, 0), (4000, 0), (4000, 4000), (0, 4000), (0, 2150), (1000, 2150), (1000, 3000),
         (3000, 3000), (3000, 1000), (1000, 1000), (1000, 1850), (0, 1850), (0, 0)]]]}),
    ("road", "The unit tests' 60 km road with bends.",
     {"type": "LineString", "coordinates": [[105.4, 21.05], [105.52, 21.12], [105.55, 21.3],
                                            [105.8, 21.45]]}),
    ("hairpin", "A line that doubles back on itself at a sharp angle, with short steps.",
     {"type": "LineString", "coordinates": path(105.5, 21.4, [
         (800, 0), (30, 25), (-790, 40), (15, 15), (600, -5), (5, 400)])}),
    ("crossing-line", "A line that crosses itself: its loop becomes a hole, then fills.",
     {"type": "LineString", "coordinates": path(105.6, 21.4, [
         (3000, 0), (0, 1500), (-1500, 0), (0, -3000)])}),
    ("two-lines", "A MultiLineString of two parallel lines 200 m apart.",
     {"type": "MultiLineString", "coordinates": [
         path(105.7, 21.45, [(2000, 0), (1000, 300)]),
         path(105.7, 21.45 + 200 / M_PER_DEG_LAT, [(2000, 0), (1000, 300)])]}),
    ("point", "A point: a disc.",
     {"type": "Point", "coordinates": [105.62, 21.25]}),
    ("wells", "A MultiPoint whose discs merge at 500 m.",
     {"type": "MultiPoint", "coordinates": [[105.5, 21.2], [105.505, 21.2], [105.52, 21.21]]}),
    ("parcel", "A bench-like parcel: 27 jittered rays of ~300 m, a 9-vertex hole.",
     {"type": "Polygon", "coordinates": [
         [offset(105.55, 21.15, r * math.cos(2 * math.pi * k / 27), r * math.sin(2 * math.pi * k / 27))
          for k, r in enumerate([300 * (0.6 + 0.4 * ((k * 7919) % 97) / 97) for k in range(27)])]
         + [offset(105.55, 21.15, 300 * (0.6 + 0.4 * 0 / 97), 0)],
         [offset(105.55, 21.15, 60 * math.cos(-2 * math.pi * k / 8), 60 * math.sin(-2 * math.pi * k / 8))
          for k in range(8)] + [offset(105.55, 21.15, 60, 0)]]}),
]


def bbox_center(geometry):
    minx, miny, maxx, maxy = geometry.bounds
    return (minx + maxx) / 2, (miny + maxy) / 2


def geos_buffer(geometry, distance_m):
    lon0, lat0 = bbox_center(geometry)
    aeqd = f"+proj=aeqd +lat_0={lat0} +lon_0={lon0} +ellps=WGS84 +units=m +no_defs"
    forward = Transformer.from_crs("EPSG:4326", aeqd, always_xy=True).transform
    inverse = Transformer.from_crs(aeqd, "EPSG:4326", always_xy=True).transform
    planar = transform(forward, geometry)
    return transform(inverse, planar.buffer(distance_m, resolution=QUARTER_SEGMENTS))


def shape_counts(geometry):
    polygons = list(geometry.geoms) if geometry.geom_type == "MultiPolygon" else [geometry]
    return [len(polygons), sum(len(p.interiors) for p in polygons)]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    cases = []
    for name, about, geometry in CASES:
        source = shape(geometry)
        areas, parts = {}, {}
        for distance in DISTANCES_M:
            buffered = geos_buffer(source, distance)
            areas[str(distance)] = ellipsoidal_area(buffered)
            parts[str(distance)] = shape_counts(buffered)
        cases.append({"name": name, "about": about, "ogc_valid": source.is_valid,
                      "geometry": geometry, "areas_m2": areas, "parts": parts})
    text = "[\n" + ",\n".join(json.dumps(case, separators=(",", ":")) for case in cases) + "\n]\n"
    (OUT / "cases.json").write_text(text)


if __name__ == "__main__":
    main()
