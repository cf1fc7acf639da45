#!/usr/bin/env python3
"""Build assets/map/provinces.ron from the @svg-maps/mexico SVG.

Usage (from the repo root):

    mkdir -p /tmp/mapwork && (cd /tmp/mapwork && npm install @svg-maps/mexico)
    pip install 'shapely>=2.2' numpy
    python3 assets/map/build_map.py [PACKAGE_DIR] [PROVINCES_MD] [--out FILE]
    python3 assets/map/check_map.py --png /tmp/mapwork/check.png   # optional check

PACKAGE_DIR defaults to /tmp/mapwork/node_modules/@svg-maps/mexico and
PROVINCES_MD to docs/history/provinces.md (relative to the repo root), whose
table gives each unit's id, capital coordinates and modern states.

Needs: Python 3.9+, numpy and shapely >= 2.2 (its wheels bundle GEOS 3.14,
which gives coverage_clean and coverage_simplify). check_map.py needs
matplotlib only for its picture (never commit the picture).

What it does:
  1. parses the SVG path data of the 32 modern states (all path commands:
     M L H V C S Q T A Z, absolute and relative, implicit repeats, packed arc
     flags; curves and arcs are flattened to line segments within
     CURVE_TOLERANCE SVG units; @svg-maps/mexico 2.0.0 itself uses only
     m/M/l/z). Rings follow the even-odd rule (a ring inside a ring is a hole);
  2. cleans the 32 states into an exact polygonal coverage: overlaps removed,
     enclosed gaps narrower than GAP_WIDTH closed, and hairline slivers open
     to the sea (e.g. between the two Baja Californias along 28 N) closed;
  3. fits the SVG's projection from geographic control points (treaty
     corners of the US and Guatemala lines, see CONTROL_POINTS): it is a
     Mercator map (rms residual under 0.1 SVG unit; a plain affine fit of
     lon/lat leaves about 1 unit rms, 1.6 max on those points and up to
     about 6 units, i.e. 9 map units, between them);
  4. reprojects to an equirectangular plane (x = lon * cos(mid-latitude),
     y = lat; y up), centred at the origin and scaled so the country spans
     x in [-600, 600]. In that plane lon/lat -> map is exactly affine, so the
     `lonlat_to_map` written to the RON file places capitals, ports or any
     other point where the outlines put them. (--projection svg keeps the
     SVG's Mercator plane, y flipped, with a best-fit affine instead.);
  5. merges the states into the 27 units of 1861 with the
     "today" column of docs/history/provinces.md (names matched without
     accents, official suffixes or "Estado de"; fails if a state is
     unassigned or claimed twice, a name matches nothing or a unit gets no
     shape), dissolving internal borders; parts under MIN_PART_AREA are
     dropped if islets or given to their neighbour if enclosed;
  6. simplifies the 27 units together with coverage_simplify, so that
     neighbours keep sharing their borders exactly, and puts them on the
     0.01 grid of the output;
  7. computes each unit's label anchor (pole of inaccessibility of its
     largest polygon) and capital (its coordinates through
     lonlat_to_map), writes the RON file the game loads, and prints a
     summary with the checks (coverage, gaps, DF hole, capitals inside).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PACKAGE = Path("/tmp/mapwork/node_modules/@svg-maps/mexico")
DEFAULT_PROVINCES = REPO_ROOT / "docs" / "history" / "provinces.md"
DEFAULT_OUT = REPO_ROOT / "assets" / "map" / "provinces.ron"

CURVE_TOLERANCE = 0.05  # SVG units (the viewBox is 793 x 498)
HALF_WIDTH = 600.0  # output x spans [-HALF_WIDTH, HALF_WIDTH]


def fail(msg: str) -> "NoReturn":  # noqa: F821
    print(f"build_map.py: error: {msg}", file=sys.stderr)
    sys.exit(1)


# --------------------------------------------------------------------------
# SVG path data
# --------------------------------------------------------------------------

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_SEP = re.compile(r"[\s,]*")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


class _Scanner:
    """Reads SVG path data: commands, numbers and (packed) arc flags."""

    def __init__(self, d: str):
        self.d = d
        self.pos = 0

    def _skip(self):
        self.pos = _SEP.match(self.d, self.pos).end()

    def at_end(self) -> bool:
        self._skip()
        return self.pos >= len(self.d)

    def command(self):
        """The next command letter, or None if a number comes next."""
        self._skip()
        c = self.d[self.pos : self.pos + 1]
        if c and c in "MmLlHhVvCcSsQqTtAaZz":
            self.pos += 1
            return c
        if c and (c in "+-." or c.isdigit()):
            return None
        raise ValueError(f"unexpected {c!r} in path data at {self.pos}")

    def number(self) -> float:
        self._skip()
        m = _NUMBER.match(self.d, self.pos)
        if not m:
            raise ValueError(f"expected a number in path data at {self.pos}")
        self.pos = m.end()
        return float(m.group())

    def flag(self) -> float:
        self._skip()
        c = self.d[self.pos : self.pos + 1]
        if c not in ("0", "1"):
            raise ValueError(f"expected an arc flag at {self.pos}")
        self.pos += 1
        return float(c)


def _flatten_cubic(p0, p1, p2, p3, tol, out, depth=0):
    # flat enough when both control points lie within tol of the chord
    dx, dy = p3[0] - p0[0], p3[1] - p0[1]
    n = math.hypot(dx, dy)
    if n > 1e-12:
        d1 = abs((p1[0] - p3[0]) * dy - (p1[1] - p3[1]) * dx) / n
        d2 = abs((p2[0] - p3[0]) * dy - (p2[1] - p3[1]) * dx) / n
    else:
        d1 = math.hypot(p1[0] - p0[0], p1[1] - p0[1])
        d2 = math.hypot(p2[0] - p0[0], p2[1] - p0[1])
    if max(d1, d2) <= tol or depth >= 16:
        out.append(p3)
        return
    m01 = ((p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2)
    m12 = ((p1[0] + p2[0]) / 2, (p1[1] + p2[1]) / 2)
    m23 = ((p2[0] + p3[0]) / 2, (p2[1] + p3[1]) / 2)
    a = ((m01[0] + m12[0]) / 2, (m01[1] + m12[1]) / 2)
    b = ((m12[0] + m23[0]) / 2, (m12[1] + m23[1]) / 2)
    mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    _flatten_cubic(p0, m01, a, mid, tol, out, depth + 1)
    _flatten_cubic(mid, b, m23, p3, tol, out, depth + 1)


def _flatten_arc(p0, rx, ry, phi_deg, large, sweep, p1, tol, out):
    """Endpoint-parameterised elliptical arc (SVG 1.1 appendix F.6.5)."""
    if p0 == p1:
        return
    rx, ry = abs(rx), abs(ry)
    if rx < 1e-12 or ry < 1e-12:
        out.append(p1)
        return
    phi = math.radians(phi_deg % 360.0)
    cp, sp = math.cos(phi), math.sin(phi)
    dx2, dy2 = (p0[0] - p1[0]) / 2, (p0[1] - p1[1]) / 2
    x1p = cp * dx2 + sp * dy2
    y1p = -sp * dx2 + cp * dy2
    lam = (x1p / rx) ** 2 + (y1p / ry) ** 2
    if lam > 1:
        s = math.sqrt(lam)
        rx, ry = rx * s, ry * s
    num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p
    den = rx * rx * y1p * y1p + ry * ry * x1p * x1p
    coef = math.sqrt(max(0.0, num / den)) if den > 0 else 0.0
    if large == sweep:
        coef = -coef
    cxp, cyp = coef * rx * y1p / ry, -coef * ry * x1p / rx
    cx = cp * cxp - sp * cyp + (p0[0] + p1[0]) / 2
    cy = sp * cxp + cp * cyp + (p0[1] + p1[1]) / 2

    def ang(ux, uy, vx, vy):
        a = math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)
        return a

    t1 = ang(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry)
    dt = ang((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry)
    if not sweep and dt > 0:
        dt -= 2 * math.pi
    elif sweep and dt < 0:
        dt += 2 * math.pi
    r = max(rx, ry)
    step = 2 * math.acos(max(-1.0, 1 - tol / r)) if r > tol else math.pi / 2
    n = max(1, int(math.ceil(abs(dt) / max(step, 1e-3))))
    for i in range(1, n + 1):
        t = t1 + dt * i / n
        x, y = rx * math.cos(t), ry * math.sin(t)
        out.append((cp * x - sp * y + cx, sp * x + cp * y + cy))
    out[-1] = p1


def parse_path(d: str, tol: float = CURVE_TOLERANCE):
    """Return the subpaths of SVG path data as lists of (x, y) points.

    Every subpath is returned as a ring (the shapes are filled areas, so an
    unclosed subpath is closed implicitly, as SVG's fill does)."""
    sc = _Scanner(d)
    rings, cur = [], []
    x = y = 0.0
    start = (0.0, 0.0)
    last_ctrl = None  # (kind, point) for S/T reflection
    cmd = None

    def finish():
        nonlocal cur
        if len(cur) >= 3:
            rings.append(cur)
        cur = []

    while not sc.at_end():
        c = sc.command()
        if c is not None:
            cmd = c
        elif cmd is None:
            raise ValueError("path data must start with a command")
        elif cmd in "Zz":
            raise ValueError("numbers after Z")
        # (c is None: implicit repetition of the previous command)
        up, rel = cmd.upper(), cmd.islower()
        if up == "Z":
            finish()
            x, y = start
            cur = [start]  # a drawing command without M continues from here
            last_ctrl = None
            continue
        if up == "A":
            a = [sc.number(), sc.number(), sc.number(), sc.flag(), sc.flag(),
                 sc.number(), sc.number()]
        else:
            a = [sc.number() for _ in range(_ARGS[up])]
        ox, oy = (x, y) if rel else (0.0, 0.0)
        if up == "M":
            finish()
            x, y = a[0] + ox, a[1] + oy
            start = (x, y)
            cur = [(x, y)]
            cmd = "l" if rel else "L"  # further pairs are line-tos
            last_ctrl = None
            continue
        if not cur:
            cur = [(x, y)]
        if up == "L":
            x, y = a[0] + ox, a[1] + oy
            cur.append((x, y))
            last_ctrl = None
        elif up == "H":
            x = a[0] + (x if rel else 0.0)
            cur.append((x, y))
            last_ctrl = None
        elif up == "V":
            y = a[0] + (y if rel else 0.0)
            cur.append((x, y))
            last_ctrl = None
        elif up in "CS":
            if up == "C":
                c1 = (a[0] + ox, a[1] + oy)
                c2 = (a[2] + ox, a[3] + oy)
                end = (a[4] + ox, a[5] + oy)
            else:
                if last_ctrl and last_ctrl[0] == "C":
                    c1 = (2 * x - last_ctrl[1][0], 2 * y - last_ctrl[1][1])
                else:
                    c1 = (x, y)
                c2 = (a[0] + ox, a[1] + oy)
                end = (a[2] + ox, a[3] + oy)
            _flatten_cubic((x, y), c1, c2, end, tol, cur)
            last_ctrl = ("C", c2)
            x, y = end
        elif up in "QT":
            if up == "Q":
                q = (a[0] + ox, a[1] + oy)
                end = (a[2] + ox, a[3] + oy)
            else:
                if last_ctrl and last_ctrl[0] == "Q":
                    q = (2 * x - last_ctrl[1][0], 2 * y - last_ctrl[1][1])
                else:
                    q = (x, y)
                end = (a[0] + ox, a[1] + oy)
            # a quadratic is the cubic with these control points
            c1 = (x + 2 / 3 * (q[0] - x), y + 2 / 3 * (q[1] - y))
            c2 = (end[0] + 2 / 3 * (q[0] - end[0]), end[1] + 2 / 3 * (q[1] - end[1]))
            _flatten_cubic((x, y), c1, c2, end, tol, cur)
            last_ctrl = ("Q", q)
            x, y = end
        elif up == "A":
            end = (a[5] + ox, a[6] + oy)
            _flatten_arc((x, y), a[0], a[1], a[2], bool(a[3]), bool(a[4]), end, tol, cur)
            last_ctrl = None
            x, y = end
    finish()
    # drop repeated points and an explicit closing point
    out = []
    for r in rings:
        clean = [r[0]]
        for p in r[1:]:
            if abs(p[0] - clean[-1][0]) > 1e-9 or abs(p[1] - clean[-1][1]) > 1e-9:
                clean.append(p)
        if len(clean) > 1 and math.dist(clean[0], clean[-1]) < 1e-9:
            clean.pop()
        if len(clean) >= 3:
            out.append(clean)
    return out


# --------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------

SVG_NS = "{http://www.w3.org/2000/svg}"


def load_package(pkg: Path):
    meta_path, svg_path = pkg / "package.json", pkg / "mexico.svg"
    for p in (meta_path, svg_path):
        if not p.is_file():
            fail(f"{p} not found: install the package first "
                 "(mkdir -p /tmp/mapwork && cd /tmp/mapwork && npm install @svg-maps/mexico)")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    root = ET.parse(svg_path).getroot()
    states = []  # (svg id, name, rings)
    for el in root.iter(f"{SVG_NS}path"):
        if el.get("transform"):
            fail(f"path {el.get('id')} has a transform, which this script does not apply")
        name = el.get("aria-label") or el.get("name") or el.get("title")
        if not name:
            fail(f"path {el.get('id')} has no name")
        try:
            rings = parse_path(el.get("d", ""))
        except ValueError as e:
            fail(f"path {el.get('id')} ({name}): {e}")
        if not rings:
            fail(f"path {el.get('id')} ({name}) has no area")
        states.append((el.get("id"), name, rings))
    if root.find(f".//{SVG_NS}g[@transform]") is not None:
        fail("the SVG has a transformed group, which this script does not apply")
    return meta, states


def name_key(name: str) -> str:
    """Canonical key for a Mexican state name: no accents, case, parentheses,
    official suffixes ("de Zaragoza", "de Ocampo", ...) or "Estado de"."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"\(.*?\)", " ", s)
    s = re.sub(r"[^a-z ]+", " ", s)
    s = " ".join(s.split())
    s = re.sub(r"^(estado libre y soberano de|estado de|state of)\s+", "", s)
    for suffix in (" de zaragoza", " de ocampo", " de ignacio de la llave", " llave",
                   " de arteaga"):
        if s.endswith(suffix) and s != suffix.strip():
            s = s[: -len(suffix)]
    aliases = {
        "ciudad de mexico": "mexico city",
        "distrito federal": "mexico city",
        "cdmx": "mexico city",
        "df": "mexico city",
        "mexico df": "mexico city",
        "baja california norte": "baja california",
    }
    return aliases.get(s, s)


# A row of the table in docs/history/provinces.md:
# | # | `id` | name | capital (lat, lon) | today | ...
TABLE_ROW = re.compile(r"^\|\s*\d+\s*\|\s*`([a-z_]+)`\s*\|[^|]*\|([^|]*)\|([^|]*)\|")
CAPITAL_AT = re.compile(r"\((-?\d+(?:\.\d+)?),\s*(-?\d+(?:\.\d+)?)\)\s*$")


def load_units(md_path: Path):
    if not md_path.is_file():
        fail(f"{md_path} not found")
    units = []
    for line in md_path.read_text(encoding="utf-8").splitlines():
        m = TABLE_ROW.match(line)
        if not m:
            continue
        uid, capital, today = m.group(1), m.group(2).strip(), m.group(3)
        at = CAPITAL_AT.search(capital)
        if not at:
            fail(f"unit {uid}: bad capital coordinates {capital!r}")
        covered = [c.strip() for c in today.split(";") if c.strip()]
        units.append({"id": uid, "covered": covered,
                      "lat": float(at.group(1)), "lon": float(at.group(2))})
    if not units:
        fail(f"{md_path} has no table of provinces")
    ids = [u["id"] for u in units]
    if len(set(ids)) != len(ids):
        fail(f"duplicate unit ids in {md_path}")
    return units


def assign_states(units, states):
    """Map each SVG state to exactly one unit; fail loudly otherwise."""
    by_key = {}
    for sid, name, _ in states:
        k = name_key(name)
        if k in by_key:
            fail(f"two SVG states share the key {k!r}")
        by_key[k] = sid
    owner = {}
    errors = []
    for u in units:
        u["states"] = []
        for c in u["covered"]:
            sid = by_key.get(name_key(c))
            if sid is None:
                errors.append(f"unit {u['id']}: {c!r} matches no state of the SVG")
            elif sid in owner:
                errors.append(f"state {sid} claimed by both {owner[sid]} and {u['id']}")
            else:
                owner[sid] = u["id"]
                u["states"].append(sid)
        if not u["states"] and not any(u["id"] in e for e in errors):
            errors.append(f"unit {u['id']} gets no state")
    for sid, name, _ in states:
        if sid not in owner:
            errors.append(f"SVG state {sid} ({name}) is assigned to no unit")
    if errors:
        fail("state assignment:\n  " + "\n  ".join(errors))
    return owner


# --------------------------------------------------------------------------
# Projection: the SVG is a Mercator map; control points fix its parameters.
# --------------------------------------------------------------------------

# Points whose longitude/latitude are fixed by treaty lines (boundary
# monuments of the 1848/1853 US line and the 1882 Guatemala line) or are
# well-known extremes, with the state they are a vertex of and their
# position in @svg-maps/mexico 2.0.0 (snapped to the nearest vertex of that
# state, within SNAP_RADIUS; a newer package that moved them fails loudly).
CONTROL_POINTS = [
    # name, state id, lon, lat, svg x, svg y
    ("US line at the Pacific (Monument 258)", "bcn", -117.1241, 32.5343, 31.40, 5.83),
    ("US line meets the Colorado (Los Algodones)", "bcn", -114.7196, 32.7186, 91.59, 0.29),
    ("Colorado, 20 miles below the Gila (San Luis)", "son", -114.8132, 32.4945, 89.09, 6.89),
    ("Nogales corner, 111 W", "son", -111.0748, 31.3323, 182.74, 41.11),
    ("Bootheel SW corner, 31 20' N", "chh", -108.2083, 31.3327, 254.52, 40.94),
    ("Bootheel NW corner, 31 47' N", "chh", -108.2083, 31.7838, 254.52, 27.78),
    ("31 47' N meets the Rio Grande (Monument 1)", "chh", -106.5287, 31.7838, 296.57, 27.78),
    ("Guatemala line: 17 49' N / 90 59' W corner", "cam", -90.9833, 17.8167, 685.71, 412.20),
    ("Guatemala-Belize tripoint, 17 49' N", "cam", -89.1513, 17.8167, 731.65, 412.21),
    ("Mouth of the Suchiate (southernmost point)", "chp", -92.2350, 14.5330, 654.58, 497.21),
]
SNAP_RADIUS = 0.05


def merc(lat_deg):
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat_deg) / 2)))


def inv_merc(m_deg):
    return math.degrees(2 * math.atan(math.exp(math.radians(m_deg))) - math.pi / 2)


def fit_projection(states):
    """Least-squares fits of lon/lat -> SVG x/y over CONTROL_POINTS.

    Returns the Mercator fit (x = ax*lon + bx, y = ay*merc(lat) + by) and the
    plain affine fit, with their residuals in SVG units."""
    import numpy as np

    verts = {sid: [p for r in rings for p in r] for sid, _, rings in states}
    lon, lat, sx, sy = [], [], [], []
    for name, sid, lo, la, x, y in CONTROL_POINTS:
        d, p = min((math.dist(p, (x, y)), p) for p in verts[sid])
        if d > SNAP_RADIUS:
            fail(f"control point {name!r}: no vertex of {sid} near ({x}, {y}); "
                 "the SVG changed, update CONTROL_POINTS")
        lon.append(lo), lat.append(la), sx.append(p[0]), sy.append(p[1])
    lon, lat, sx, sy = map(np.array, (lon, lat, sx, sy))
    one = np.ones_like(lon)
    # Mercator
    (ax, bx), *_ = np.linalg.lstsq(np.c_[lon, one], sx, rcond=None)
    m = np.array([merc(v) for v in lat])
    (ay, by), *_ = np.linalg.lstsq(np.c_[m, one], sy, rcond=None)
    r_merc = np.hypot(ax * lon + bx - sx, ay * m + by - sy)
    # plain affine
    A = np.c_[lon, lat, one]
    cx, *_ = np.linalg.lstsq(A, sx, rcond=None)
    cy, *_ = np.linalg.lstsq(A, sy, rcond=None)
    r_aff = np.hypot(A @ cx - sx, A @ cy - sy)
    rms = lambda r: float(np.sqrt(np.mean(r ** 2)))  # noqa: E731
    return {
        "mercator": (float(ax), float(bx), float(ay), float(by)),
        "affine": (tuple(map(float, cx)), tuple(map(float, cy))),
        "merc_rms": rms(r_merc), "merc_max": float(r_merc.max()),
        "aff_rms": rms(r_aff), "aff_max": float(r_aff.max()),
        "residuals": [(n[0], float(a), float(b)) for n, a, b in zip(CONTROL_POINTS, r_merc, r_aff)],
    }


# --------------------------------------------------------------------------
# Geometry
# --------------------------------------------------------------------------

GAP_WIDTH = 1.0  # SVG units: enclosed gaps between states narrower than this are closed
SLIVER_WIDTH = 0.4  # SVG units: slivers open to the sea between states narrower than this are closed
MIN_PART_AREA = 1.0  # map units^2 (about 7 km^2): smaller islets are dropped, inland specks merged
SIMPLIFY_TOLERANCE = 0.4  # map units, for coverage_simplify


def state_geometry(rings):
    """Polygon of one SVG path under the even-odd rule (what its rings mean:
    a ring inside another is a hole)."""
    import shapely
    from shapely.geometry import Polygon

    g = None
    for r in rings:
        q = shapely.make_valid(Polygon(r))
        q = shapely.union_all([p for p in shapely.get_parts(q) if p.geom_type == "Polygon"])
        g = q if g is None else g.symmetric_difference(q)
    return g


def polygons_of(g):
    import shapely

    return [p for p in shapely.get_parts(g) if p.geom_type == "Polygon" and not p.is_empty]


def clean_coverage(geoms):
    """Make the states an exact coverage: no overlaps, slivers between
    neighbours closed (also those open to the sea, such as the hairline
    between the two Baja Californias along 28 N), shared edges identical."""
    import shapely

    def clean(gs):
        return list(shapely.coverage_clean(gs, gap_width=GAP_WIDTH))

    cov = clean(geoms)
    # slivers open to the sea are not gaps to coverage_clean: find them with
    # a morphological closing of the whole country, keeping only the added
    # pieces that lie between two or more states (not coastal inlets)
    country = shapely.union_all(cov)
    closed = country.buffer(SLIVER_WIDTH / 2, join_style="mitre", mitre_limit=10).buffer(
        -SLIVER_WIDTH / 2, join_style="mitre", mitre_limit=10)
    fillers = []
    for p in polygons_of(closed.difference(country)):
        touching = [i for i, g in enumerate(cov)
                    if p.boundary.intersection(g.boundary).length > 1e-6]
        if len(touching) >= 2:
            fillers.append(p)
    if not fillers:
        return cov, 0
    cov2 = clean(cov + fillers)
    states, fill = cov2[: len(cov)], cov2[len(cov):]
    for f in fill:
        if f.is_empty:
            continue
        best = max(range(len(states)),
                   key=lambda i: f.boundary.intersection(states[i].boundary).length)
        states[best] = shapely.coverage_union_all([states[best], f])
    return clean(states), len(fillers)


def merge_specks(unit_geoms, min_area):
    """Small parts: an inland speck goes to the neighbour it shares most
    border with (so no gap is left); a small islet is dropped."""
    import shapely

    dropped, moved = [], []
    ids = list(unit_geoms)
    for uid in ids:
        parts = polygons_of(unit_geoms[uid])
        big = [p for p in parts if p.area >= min_area]
        if not big:
            big = [max(parts, key=lambda p: p.area)]
        small = [p for p in parts if not any(p is b for b in big)]
        if not small:
            continue
        unit_geoms[uid] = shapely.union_all(big)
        for p in small:
            best, best_len = None, 0.0
            for other in ids:
                if other == uid:
                    continue
                shared = p.boundary.intersection(unit_geoms[other].boundary).length
                if shared > best_len:
                    best, best_len = other, shared
            where = f"{uid} ({p.area:.2f} at {p.centroid.x:.0f},{p.centroid.y:.0f})"
            if best is None:
                dropped.append(where)
            else:
                unit_geoms[best] = shapely.coverage_union_all([unit_geoms[best], p])
                moved.append(f"{where} -> {best}")
    return dropped, moved


def round_coverage(geoms, ids, decimals=2):
    """Put a coverage on the output grid (0.01). Rounding shared vertices the
    same way on both sides keeps them shared; where two edges of the data lie
    closer than the grid (a hairline spike), rounding can make a polygon
    invalid: then the coverage is cleaned with snapping at the grid size and
    rounded again."""
    import shapely

    grid = 10.0 ** -decimals
    repaired = []
    geoms = [shapely.transform(g, lambda c: c.round(decimals)) for g in geoms]
    for _ in range(5):
        bad = [i for i, g in enumerate(geoms) if not g.is_valid]
        if not bad and shapely.coverage_is_valid(geoms):
            return geoms, repaired
        repaired += [f"{ids[i]} ({shapely.is_valid_reason(geoms[i])})" for i in bad]
        fixed = [shapely.make_valid(g) if not g.is_valid else g for g in geoms]
        fixed = [shapely.union_all(polygons_of(g)) for g in fixed]
        fixed = shapely.coverage_clean(fixed, snapping_distance=grid, gap_width=GAP_WIDTH)
        geoms = [shapely.transform(g, lambda c: c.round(decimals)) for g in fixed]
    fail("could not put the coverage on the output grid")


def transform_geom(g, fn):
    import numpy as np
    import shapely

    def f(coords):
        return np.array([fn(x, y) for x, y in coords])

    return shapely.transform(g, f)


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def fmt(v: float, nd: int = 2) -> str:
    s = f"{round(v, nd):.{nd}f}".rstrip("0")
    if s.endswith("."):
        s += "0"
    return "0.0" if s in ("-0.0", "+0.0") else s


def fmt_coef(v: float) -> str:
    s = f"{v:.6f}".rstrip("0")
    if s.endswith("."):
        s += "0"
    return "0.0" if s == "-0.0" else s


def ring_points(coords, ccw: bool):
    """Rounded ring, not closed, with the wanted orientation (y up)."""
    pts = []
    for x, y in coords:
        p = (round(x, 2) + 0.0, round(y, 2) + 0.0)
        if not pts or p != pts[-1]:
            pts.append(p)
    while len(pts) > 1 and pts[0] == pts[-1]:
        pts.pop()
    area2 = sum(pts[i][0] * pts[(i + 1) % len(pts)][1] - pts[(i + 1) % len(pts)][0] * pts[i][1]
                for i in range(len(pts)))
    if (area2 > 0) != ccw:
        pts.reverse()
    return pts


def write_ron(path: Path, meta, version, transform, provinces):
    repo = meta.get("repository")
    repo_url = repo.get("url") if isinstance(repo, dict) else (repo or "")
    author = re.sub(r"\s*<[^>]*>", "", meta.get("author", "") if isinstance(meta.get("author"), str)
                    else meta.get("author", {}).get("name", "")).strip()
    a, b, c, d, e, f = transform
    out = [
        f"// Generated by assets/map/build_map.py from @svg-maps/mexico {version} "
        f"(CC BY 4.0, {author}, {repo_url}; based on the MapSVG map of Mexico, https://mapsvg.com). "
        "Do not edit by hand.",
        "(",
        f'    source: "@svg-maps/mexico {version}, CC BY 4.0",',
        f"    lonlat_to_map: (a: {fmt_coef(a)}, b: {fmt_coef(b)}, c: {fmt_coef(c)}, "
        f"d: {fmt_coef(d)}, e: {fmt_coef(e)}, f: {fmt_coef(f)}), "
        "// x = a*lon + b*lat + c ; y = d*lon + e*lat + f",
        "    provinces: [",
    ]

    def pts(ring):
        return "[" + ", ".join(f"({fmt(x)}, {fmt(y)})" for x, y in ring) + "]"

    for p in provinces:
        out += [
            "        (",
            f'            id: "{p["id"]}",',
            f"            label: (x: {fmt(p['label'][0])}, y: {fmt(p['label'][1])}),",
            f"            capital: (x: {fmt(p['capital'][0])}, y: {fmt(p['capital'][1])}),",
            "            polygons: [",
        ]
        for outer, holes in p["polygons"]:
            hs = "[" + ", ".join(pts(h) for h in holes) + "]"
            out.append(f"                (outer: {pts(outer)}, holes: {hs}),")
        out += ["            ],", "        ),"]
    out += ["    ],", ")", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("package", nargs="?", type=Path, default=DEFAULT_PACKAGE,
                    help=f"the installed @svg-maps/mexico folder (default {DEFAULT_PACKAGE})")
    ap.add_argument("provinces", nargs="?", type=Path, default=DEFAULT_PROVINCES,
                    help="the provinces table (default docs/history/provinces.md from the repo root)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output RON (default {DEFAULT_OUT})")
    ap.add_argument("--projection", choices=("equirect", "svg"), default="equirect",
                    help="equirect (default): undo the SVG's Mercator so that lon/lat -> map is "
                         "exactly affine; svg: keep the SVG plane as drawn (y flipped) and fit an "
                         "approximate affine map")
    args = ap.parse_args(argv)

    try:
        import numpy  # noqa: F401
        import shapely
    except ImportError:
        fail("needs shapely >= 2.2 and numpy: pip install 'shapely>=2.2' numpy")
    if not (hasattr(shapely, "coverage_simplify") and hasattr(shapely, "coverage_clean")):
        fail(f"shapely {shapely.__version__} lacks coverage_clean: pip install 'shapely>=2.2'")
    from shapely.ops import polylabel

    meta, states = load_package(args.package)
    version = meta.get("version", "?")
    if meta.get("license") != "CC-BY-4.0":
        fail(f"unexpected licence {meta.get('license')!r} in package.json")
    units = load_units(args.provinces)
    owner = assign_states(units, states)
    if len(states) != 32:
        print(f"warning: the SVG has {len(states)} states, not 32", file=sys.stderr)

    fit = fit_projection(states)
    ax, bx, ay, by = fit["mercator"]

    # 1. states -> exact coverage, in SVG units
    sids = [sid for sid, _, _ in states]
    cleaned, n_slivers = clean_coverage([state_geometry(r) for _, _, r in states])
    geom_of = dict(zip(sids, cleaned))

    # 2. to the output plane
    if args.projection == "equirect":
        lats = [inv_merc((y - by) / ay) for g in cleaned for y in shapely.get_coordinates(g)[:, 1]]
        lat0 = (min(lats) + max(lats)) / 2
        k = math.cos(math.radians(lat0))

        def to_plane(x, y):
            return ((x - bx) / ax * k, inv_merc((y - by) / ay))

        plane_a, plane_b, plane_c, plane_d, plane_e, plane_f = k, 0.0, 0.0, 0.0, 1.0, 0.0
    else:
        lat0 = None

        def to_plane(x, y):
            return (x, -y)

        (a1, b1, c1), (d1, e1, f1) = fit["affine"]
        plane_a, plane_b, plane_c, plane_d, plane_e, plane_f = a1, b1, c1, -d1, -e1, -f1
    planar = {sid: transform_geom(g, to_plane) for sid, g in geom_of.items()}
    minx, miny, maxx, maxy = shapely.total_bounds(list(planar.values()))
    s = 2 * HALF_WIDTH / (maxx - minx)
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2

    def to_map(x, y):
        return ((x - cx) * s, (y - cy) * s)

    mapped = {sid: transform_geom(g, to_map) for sid, g in planar.items()}
    # lon/lat -> map = scale/centre o (lon/lat -> plane)
    T = (plane_a * s, plane_b * s, (plane_c - cx) * s, plane_d * s, plane_e * s, (plane_f - cy) * s)

    def lonlat_to_map(lon, lat):
        return (T[0] * lon + T[1] * lat + T[2], T[3] * lon + T[4] * lat + T[5])

    # 3. dissolve states into units
    unit_geoms = {}
    for u in units:
        unit_geoms[u["id"]] = shapely.coverage_union_all([mapped[sid] for sid in u["states"]])
        if unit_geoms[u["id"]].is_empty:
            fail(f"unit {u['id']} has no shape")
    dropped, moved = merge_specks(unit_geoms, MIN_PART_AREA)

    # 4. simplify all units together so shared borders stay shared
    ids = [u["id"] for u in units]
    simplified = shapely.coverage_simplify([unit_geoms[i] for i in ids], SIMPLIFY_TOLERANCE)
    simplified, repaired = round_coverage(simplified, ids)
    if not shapely.coverage_is_valid(simplified):
        fail("the simplified units are not a valid coverage")

    # 5. rings, labels, capitals
    provinces, problems = [], []
    total_points = 0
    capitals_inside = 0
    per_unit = []
    for u, g in zip(units, simplified):
        polys = sorted(polygons_of(g), key=lambda p: -p.area)
        if not polys:
            fail(f"unit {u['id']} has no shape after simplification")
        rings = []
        for p in polys:
            outer = ring_points(p.exterior.coords, ccw=True)
            holes = [ring_points(h.coords, ccw=False) for h in p.interiors]
            holes = [h for h in holes if len(h) >= 3]
            if len(outer) < 3:
                continue
            rings.append((outer, holes))
        out_polys = [shapely.Polygon(o, h) for o, h in rings]
        for q in out_polys:
            if not q.is_valid:
                problems.append(f"{u['id']}: a rounded polygon is invalid "
                                f"({shapely.is_valid_reason(q)})")
        main_poly = out_polys[0]
        lab = polylabel(main_poly, tolerance=0.05)
        label = (round(lab.x, 2), round(lab.y, 2))
        if not main_poly.contains(shapely.Point(label)):
            fail(f"label of {u['id']} is not inside it")
        cap = lonlat_to_map(u["lon"], u["lat"])
        union = shapely.union_all(out_polys)
        dist = union.distance(shapely.Point(cap))
        if dist > 0:
            problems.append(f"capital of {u['id']} lies {dist:.1f} map units outside the unit")
        else:
            capitals_inside += 1
        n = sum(len(o) + sum(len(h) for h in hs) for o, hs in rings)
        total_points += n
        per_unit.append((u["id"], n, len(rings), sum(len(hs) for _, hs in rings)))
        provinces.append({"id": u["id"], "label": label, "capital": cap, "polygons": rings})

    # 6. checks on the result
    all_polys = [shapely.Polygon(o, h) for p in provinces for o, h in p["polygons"]]
    country = shapely.union_all(all_polys)
    gaps = [shapely.Polygon(h) for q in polygons_of(country) for h in q.interiors]
    overlap = sum(all_polys[i].intersection(all_polys[j]).area
                  for i in range(len(all_polys)) for j in range(i + 1, len(all_polys))
                  if all_polys[i].intersects(all_polys[j]))
    df = next(p for p in provinces if p["id"] == "distrito_federal") if "distrito_federal" in ids else None
    if df is not None and "mexico" in ids:
        mex = next(p for p in provinces if p["id"] == "mexico")
        mex_holes = [shapely.Polygon(h) for _, hs in mex["polygons"] for h in hs]
        df_shape = shapely.union_all([shapely.Polygon(o, h) for o, h in df["polygons"]])
        if not any(h.buffer(1e-6).contains(df_shape) for h in mex_holes):
            problems.append("México has no hole holding the Distrito Federal")

    write_ron(args.out, meta, version, T, provinces)

    # 7. summary
    bx0, by0, bx1, by1 = country.bounds
    print(f"@svg-maps/mexico {version}: {len(states)} states -> {len(provinces)} units "
          f"({args.projection} projection)")
    if lat0 is not None:
        print(f"  SVG is Mercator: x = {ax:.4f}*lon + {bx:.3f}, y = {ay:.4f}*merc(lat) + {by:.3f}; "
              f"output is equirectangular, standard parallel {lat0:.2f} N")
    print(f"  projection fit over {len(CONTROL_POINTS)} control points, residuals in SVG units "
          f"(1 SVG unit = {s * (1 if lat0 is None else k) / ax:.2f} map units east-west):")
    print(f"    Mercator: rms {fit['merc_rms']:.3f}, max {fit['merc_max']:.3f}; "
          f"plain affine: rms {fit['aff_rms']:.3f}, max {fit['aff_max']:.3f}")
    for name, rm, ra in fit["residuals"]:
        print(f"      {name:<48} mercator {rm:.3f}  affine {ra:.3f}")
    print(f"  lonlat_to_map: a={T[0]:.6f} b={T[1]:.6f} c={T[2]:.6f} d={T[3]:.6f} e={T[4]:.6f} f={T[5]:.6f}")
    print(f"  slivers closed between states: {n_slivers}")
    print(f"  capitals placed with lonlat_to_map inside their own unit: {capitals_inside} of {len(units)}")
    for r in repaired:
        print(f"  note: rounding to 0.01 broke {r}; repaired by snapping at 0.01")
    print(f"  islets dropped (< {MIN_PART_AREA} map units^2): {', '.join(dropped) or 'none'}")
    print(f"  enclosed specks given to their neighbour: {', '.join(moved) or 'none'}")
    print("  points per unit (points, polygons, holes):")
    for uid, n, npoly, nholes in per_unit:
        print(f"    {uid:<22} {n:6d} {npoly:4d} {nholes:3d}")
    print(f"  total points: {total_points}; file {args.out} ({args.out.stat().st_size / 1024:.1f} KiB)")
    print(f"  bounds: x [{bx0:.2f}, {bx1:.2f}], y [{by0:.2f}, {by1:.2f}]")
    print(f"  gaps inside the country: {len(gaps)} (area {sum(g.area for g in gaps):.4f}); "
          f"overlap between polygons: {overlap:.4f}")
    for p in problems:
        print(f"  note: {p}")

    return 0


if __name__ == "__main__":
    sys.exit(main())
