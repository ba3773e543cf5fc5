"""GEOS (through shapely) doing what `giapranh analyze overlap` does, for the benchmark.

Usage: python3 shapely_overlap.py A.geojson B.geojson > out.csv

Same rules as the project's engine: intersect in lon/lat, keep pairs whose intersection has
positive area, measure areas on the WGS84 ellipsoid with pyproj.Geod (GeographicLib in C).
"""
import json
import sys

from pyproj import Geod
from shapely.geometry import shape
from shapely.strtree import STRtree

GEOD = Geod(ellps="WGS84")


def load(path):
    with open(path, encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    ids = [str(f["id"]) if f.get("id") not in (None, "") else str(i) for i, f in enumerate(features)]
    return ids, [shape(f["geometry"]) for f in features]


def area(geometry):
    # pyproj adds the rings' signed areas: right for GEOS's consistently wound output and for
    # the generated inputs (shells counter-clockwise, holes clockwise).
    return abs(GEOD.geometry_area_perimeter(geometry)[0])


def polygonal_area(geometry):
    """The ellipsoidal area of the polygonal part of an intersection result."""
    if geometry.geom_type in ("Polygon", "MultiPolygon"):
        return area(geometry)
    if geometry.geom_type == "GeometryCollection":
        return sum(polygonal_area(part) for part in geometry.geoms)
    return 0.0


def main():
    a_ids, a_geoms = load(sys.argv[1])
    b_ids, b_geoms = load(sys.argv[2])
    tree = STRtree(b_geoms)
    b_areas = {}
    out = ["a_id,b_id,overlap_m2,share_of_a,share_of_b"]
    for i, a in enumerate(a_geoms):
        a_area = None
        for j in sorted(tree.query_items(a)):
            b = b_geoms[j]
            if not a.intersects(b):
                continue
            shared = a.intersection(b)
            if shared.is_empty or shared.area <= 0:
                continue
            overlap = polygonal_area(shared)
            if overlap <= 0:
                continue
            if a_area is None:
                a_area = area(a)
            if j not in b_areas:
                b_areas[j] = area(b)
            out.append(
                f"{a_ids[i]},{b_ids[j]},{overlap:.6f},"
                f"{min(1.0, overlap / a_area):.10f},{min(1.0, overlap / b_areas[j]):.10f}"
            )
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
