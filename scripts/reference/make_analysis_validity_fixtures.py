"""Validity references for the analysis input tests: which features GEOS calls invalid, and the
measures of the valid ones, computed independently of the TypeScript code.

Run from the repository root:  /usr/bin/python3 scripts/reference/make_analysis_validity_fixtures.py
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
