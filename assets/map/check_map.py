#!/usr/bin/env python3
"""Check assets/map/provinces.ron on its own (without build_map.py) and
optionally draw it.

    python3 assets/map/check_map.py [RON] [--table PROVINCES_MD] [--png FILE]

Parses the RON text with a small reader of its own, then checks: every
point has at most 2 decimals; rings are not closed; outer rings are
counter-clockwise and holes clockwise (y up); polygons are valid; provinces
come in the order of docs/history/provinces.md; labels lie inside their province; the
provinces do not overlap and leave no gap inside the country; the
Distrito Federal sits in a hole of México. With --png (needs matplotlib and
shapely) it draws each province in its own colour with its id at the label
and a dot at the capital, plus an enlarged view of the Valley of Mexico.
Exits non-zero if a check fails.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


class RonReader:
    """Just enough RON for this file: (named: fields), (tuples), [lists],
    "strings", numbers and // comments."""

    TOKEN = re.compile(r'\s+|//[^\n]*|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|[A-Za-z_]\w*|[()\[\]:,]')

    def __init__(self, text: str):
        self.toks = []
        pos = 0
        while pos < len(text):
            m = self.TOKEN.match(text, pos)
            if not m:
                raise ValueError(f"bad RON at {pos}: {text[pos:pos + 20]!r}")
            t = m.group()
            if not (t.isspace() or t.startswith("//")):
                self.toks.append(t)
            pos = m.end()
        self.i = 0

    def peek(self, k=0):
        return self.toks[self.i + k] if self.i + k < len(self.toks) else None

    def expect(self, t):
        if self.peek() != t:
            raise ValueError(f"expected {t!r}, got {self.peek()!r} (token {self.i})")
        self.i += 1

    def value(self):
        t = self.peek()
        if t == "(":
            self.i += 1
            named = self.peek(1) == ":"
            fields, items = {}, []
            while self.peek() != ")":
                if named:
                    key = self.peek()
                    self.i += 1
                    self.expect(":")
                    fields[key] = self.value()
                else:
                    items.append(self.value())
                if self.peek() == ",":
                    self.i += 1
                elif self.peek() != ")":
                    raise ValueError(f"expected , or ) at token {self.i}")
            self.i += 1
            return fields if named else tuple(items)
        if t == "[":
            self.i += 1
            items = []
            while self.peek() != "]":
                items.append(self.value())
                if self.peek() == ",":
                    self.i += 1
                elif self.peek() != "]":
                    raise ValueError(f"expected , or ] at token {self.i}")
            self.i += 1
            return items
        self.i += 1
        if t.startswith('"'):
            return t[1:-1]
        if re.fullmatch(r"-?\d+\.\d+", t):
            return RonFloat(t)
        raise ValueError(f"unexpected token {t!r} (floats must have a decimal point)")


class RonFloat(float):
    def __new__(cls, text):
        obj = super().__new__(cls, float(text))
        obj.text = text
        return obj


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ron", nargs="?", type=Path, default=REPO_ROOT / "assets/map/provinces.ron")
    ap.add_argument("--table", type=Path, default=REPO_ROOT / "docs/history/provinces.md")
    ap.add_argument("--png", type=Path)
    args = ap.parse_args()

    import shapely

    text = args.ron.read_text(encoding="utf-8")
    rd = RonReader(text)
    data = rd.value()
    if rd.peek() is not None:
        raise SystemExit("trailing tokens after the top-level value")
    errors = []
    if set(data) != {"source", "lonlat_to_map", "provinces"}:
        errors.append(f"top-level fields {sorted(data)}")
    if set(data["lonlat_to_map"]) != set("abcdef"):
        errors.append("lonlat_to_map needs a..f")
    provs = data["provinces"]
    if args.table.is_file():
        row = re.compile(r"^\|\s*\d+\s*\|\s*`([a-z_]+)`")
        lines = args.table.read_text(encoding="utf-8").splitlines()
        order = [m.group(1) for m in map(row.match, lines) if m]
        if [p["id"] for p in provs] != order:
            errors.append("provinces are not in the order of docs/history/provinces.md")
    polys_of = {}
    npts = 0
    for p in provs:
        if set(p) != {"id", "label", "capital", "polygons"}:
            errors.append(f"{p.get('id')}: fields {sorted(p)}")
        shapes = []
        for poly in p["polygons"]:
            rings = [("outer", poly["outer"])] + [("hole", h) for h in poly["holes"]]
            for kind, ring in rings:
                npts += len(ring)
                for pt in ring:
                    if len(pt) != 2 or any(len(v.text.split(".")[1]) > 2 for v in pt):
                        errors.append(f"{p['id']}: bad point {pt}")
                        break
                if len(ring) < 3 or tuple(ring[0]) == tuple(ring[-1]):
                    errors.append(f"{p['id']}: {kind} ring closed or too short")
                ccw = shapely.LinearRing(ring).is_ccw
                if ccw != (kind == "outer"):
                    errors.append(f"{p['id']}: {kind} ring has the wrong orientation")
            q = shapely.Polygon(poly["outer"], poly["holes"])
            if not q.is_valid:
                errors.append(f"{p['id']}: invalid polygon ({shapely.is_valid_reason(q)})")
            shapes.append(q)
        g = shapely.union_all(shapes)
        polys_of[p["id"]] = g
        lab = shapely.Point(p["label"]["x"], p["label"]["y"])
        if not g.contains(lab):
            errors.append(f"{p['id']}: label outside")
        cap = shapely.Point(p["capital"]["x"], p["capital"]["y"])
        if not g.buffer(0.5).contains(cap):
            errors.append(f"{p['id']}: capital {g.distance(cap):.1f} units outside")
    geoms = list(polys_of.values())
    if hasattr(shapely, "coverage_is_valid") and not shapely.coverage_is_valid(geoms):
        errors.append("provinces are not a clean coverage (overlaps or unmatched shared edges)")
    country = shapely.union_all(geoms)
    gaps = [h for q in shapely.get_parts(country) for h in q.interiors]
    if gaps:
        errors.append(f"{len(gaps)} gaps inside the country")
    if "mexico" in polys_of and "distrito_federal" in polys_of:
        holes = [shapely.Polygon(h) for q in shapely.get_parts(polys_of["mexico"]) for h in q.interiors]
        if not any(h.buffer(1e-6).contains(polys_of["distrito_federal"]) for h in holes):
            errors.append("México has no hole holding the Distrito Federal")
    b = country.bounds
    print(f"{args.ron}: {len(provs)} provinces, {npts} points, "
          f"bounds x [{b[0]:.2f}, {b[2]:.2f}] y [{b[1]:.2f}, {b[3]:.2f}]")
    t = data["lonlat_to_map"]
    for name, lon, lat in (("Veracruz (port)", -96.1342, 19.1738), ("Matamoros", -97.5028, 25.8697),
                           ("Acapulco", -99.8825, 16.8531), ("Mazatlán", -106.4111, 23.2494),
                           ("Guaymas", -110.8989, 27.9181)):
        x = t["a"] * lon + t["b"] * lat + t["c"]
        y = t["d"] * lon + t["e"] * lat + t["f"]
        pt = shapely.Point(x, y)
        where = next((k for k, g in polys_of.items() if g.contains(pt)), None)
        print(f"  {name:<16} -> ({x:7.2f}, {y:7.2f}) in {where or 'sea'}, "
              f"{country.exterior.distance(pt) if country.geom_type == 'Polygon' else country.boundary.distance(pt):.2f} units from the coast")

    if args.png:
        draw(args.png, provs)
        print(f"  picture: {args.png}")
    for e in errors:
        print("FAIL:", e)
    print("OK" if not errors else f"{len(errors)} problems")
    return 1 if errors else 0


def draw(path, provs):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path as MPath

    fig, (ax, zoom) = plt.subplots(1, 2, figsize=(22, 9), dpi=100,
                                   gridspec_kw={"width_ratios": [2.3, 1]})
    cmap = plt.get_cmap("tab20")
    for i, p in enumerate(provs):
        for poly in p["polygons"]:
            verts, codes = [], []
            for ring in [poly["outer"]] + poly["holes"]:
                verts += [tuple(v) for v in ring] + [tuple(ring[0])]
                codes += [MPath.MOVETO] + [MPath.LINETO] * (len(ring) - 1) + [MPath.CLOSEPOLY]
            for a in (ax, zoom):
                a.add_patch(PathPatch(MPath(verts, codes), facecolor=cmap((i * 7) % 20),
                                      edgecolor="black", linewidth=0.4))
        lab, cap = p["label"], p["capital"]
        for a, fs in ((ax, 7), (zoom, 9)):
            a.plot(cap["x"], cap["y"], "ko", ms=3, clip_on=True)
            a.text(lab["x"], lab["y"], p["id"], fontsize=fs, ha="center", va="center", clip_on=True)
    ax.set_title("provinces.ron")
    ax.set_aspect("equal")
    ax.autoscale()
    ax.grid(True, lw=0.3)
    zoom.set_xlim(60, 220)
    zoom.set_ylim(-240, -110)
    zoom.set_aspect("equal")
    zoom.set_title("Valley of Mexico (DF is a hole in México)")
    fig.subplots_adjust(left=0.04, right=0.98, top=0.95, bottom=0.05, wspace=0.08)
    fig.savefig(path)


if __name__ == "__main__":
    sys.exit(main())
