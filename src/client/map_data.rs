//! The province map as data: outlines read from `assets/map/provinces.ron`, triangulated
//! for meshes, hit-tested for clicks, plus the neighbouring lands drawn around Mexico.
//!
//! Nothing here touches Bevy, so the geometry can be tested on its own.
use serde::Deserialize;
use std::path::Path;

/// A point of the map plane: x east, y north, about ±600 × ±380 map units.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
pub struct MapPoint {
    /// East.
    pub x: f32,
    /// North.
    pub y: f32,
}

/// One piece of a province: an outer ring and its holes, counter-clockwise then clockwise.
#[derive(Debug, Clone, Deserialize)]
pub struct Polygon {
    /// The outline, not closed.
    pub outer: Vec<(f32, f32)>,
    /// Holes (the Distrito Federal inside the State of México).
    #[serde(default)]
    pub holes: Vec<Vec<(f32, f32)>>,
}

/// One province's shape, in scenario order.
#[derive(Debug, Clone, Deserialize)]
pub struct ProvinceShape {
    /// The scenario's province id.
    pub id: String,
    /// Where its name is written (always inside it).
    pub label: MapPoint,
    /// Its capital city.
    pub capital: MapPoint,
    /// Its pieces (mainland and islands).
    pub polygons: Vec<Polygon>,
}

/// The affine map from longitude/latitude to the map plane.
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct LonLatToMap {
    a: f64,
    b: f64,
    c: f64,
    d: f64,
    e: f64,
    f: f64,
}

impl LonLatToMap {
    /// The map point of a longitude and latitude in degrees.
    pub fn apply(&self, lon: f64, lat: f64) -> (f32, f32) {
        (
            (self.a * lon + self.b * lat + self.c) as f32,
            (self.d * lon + self.e * lat + self.f) as f32,
        )
    }
}

/// The whole map file.
#[derive(Debug, Clone, Deserialize)]
pub struct MapData {
    /// The credit line of the outlines.
    pub source: String,
    /// Longitude/latitude to map plane.
    pub lonlat_to_map: LonLatToMap,
    /// Provinces in scenario order.
    pub provinces: Vec<ProvinceShape>,
}

/// Triangles ready for a mesh: positions and indices into them.
#[derive(Debug, Clone, Default)]
pub struct Triangles {
    /// Vertex positions.
    pub positions: Vec<[f32; 2]>,
    /// Three indices per triangle.
    pub indices: Vec<u32>,
}

/// Why the map could not be read.
#[derive(Debug, thiserror::Error)]
pub enum MapError {
    /// The file could not be read.
    #[error("cannot read the map {file}: {source}")]
    Io {
        /// File.
        file: String,
        /// Cause.
        source: std::io::Error,
    },
    /// The file is not a map.
    #[error("the map {file} is not readable: {message}")]
    Parse {
        /// File.
        file: String,
        /// What is wrong.
        message: String,
    },
}

/// The map of 1861 Mexico, built into the binary so that the game runs from any folder.
const BUILTIN_MAP: &str = include_str!("../../assets/map/provinces.ron");

impl MapData {
    /// The built-in map.
    pub fn builtin() -> Result<MapData, MapError> {
        MapData::parse(BUILTIN_MAP, "builtin:assets/map/provinces.ron")
    }

    /// Reads the map from a file.
    pub fn load(path: &Path) -> Result<MapData, MapError> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| MapError::Io {
            file: file.clone(),
            source,
        })?;
        MapData::parse(&text, &file)
    }

    /// Reads the map from its text; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<MapData, MapError> {
        ron::Options::default()
            .from_str(text)
            .map_err(|e| MapError::Parse {
                file: file.to_string(),
                message: e.to_string(),
            })
    }

    /// The shape of the province with this scenario id.
    pub fn shape(&self, id: &str) -> Option<&ProvinceShape> {
        self.provinces.iter().find(|p| p.id == id)
    }

    /// The smallest rectangle holding every province: (min, max).
    pub fn bounds(&self) -> ((f32, f32), (f32, f32)) {
        let mut min = (f32::MAX, f32::MAX);
        let mut max = (f32::MIN, f32::MIN);
        for p in self
            .provinces
            .iter()
            .flat_map(|s| &s.polygons)
            .flat_map(|p| &p.outer)
        {
            min = (min.0.min(p.0), min.1.min(p.1));
            max = (max.0.max(p.0), max.1.max(p.1));
        }
        (min, max)
    }
}

/// Triangulates polygons with holes (earcut), for one mesh.
pub fn triangulate(polygons: &[Polygon]) -> Triangles {
    let mut out = Triangles::default();
    for poly in polygons {
        let mut coords: Vec<f64> = Vec::new();
        let mut hole_starts: Vec<usize> = Vec::new();
        for &(x, y) in &poly.outer {
            coords.extend([f64::from(x), f64::from(y)]);
        }
        for hole in &poly.holes {
            hole_starts.push(coords.len() / 2);
            for &(x, y) in hole {
                coords.extend([f64::from(x), f64::from(y)]);
            }
        }
        // A ring earcut cannot cut is skipped rather than failing the whole map.
        let Ok(indices) = earcutr::earcut(&coords, &hole_starts, 2) else {
            continue;
        };
        let base = out.positions.len() as u32;
        out.positions
            .extend(coords.chunks_exact(2).map(|c| [c[0] as f32, c[1] as f32]));
        out.indices
            .extend(indices.into_iter().map(|i| base + i as u32));
    }
    out
}

/// Whether a point lies inside a ring (even-odd rule).
pub fn ring_contains(ring: &[(f32, f32)], x: f32, y: f32) -> bool {
    let mut inside = false;
    let n = ring.len();
    let mut j = n.wrapping_sub(1);
    for i in 0..n {
        let (xi, yi) = ring[i];
        let (xj, yj) = ring[j];
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        j = i;
    }
    inside
}

/// Whether a point lies inside a province (in one of its pieces and outside its holes).
pub fn province_contains(shape: &ProvinceShape, x: f32, y: f32) -> bool {
    shape
        .polygons
        .iter()
        .any(|p| ring_contains(&p.outer, x, y) && !p.holes.iter().any(|h| ring_contains(h, x, y)))
}

/// The province under a map point, as an index in map order.
pub fn province_at(map: &MapData, x: f32, y: f32) -> Option<usize> {
    map.provinces
        .iter()
        .position(|s| province_contains(s, x, y))
}

/// Land beyond Mexico, drawn under the provinces so that the US border and the coasts read
/// at a glance. Outlines in longitude/latitude, rough on purpose: the Mexican provinces are
/// drawn over them, so only their outer coasts show.
pub struct Neighbour {
    /// Which land (for its label).
    pub kind: NeighbourKind,
    /// Outline, lon/lat degrees.
    pub outline: &'static [(f64, f64)],
}

/// The lands around Mexico.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NeighbourKind {
    /// The United States.
    UnitedStates,
    /// Guatemala and British Honduras.
    CentralAmerica,
}

/// The United States, from the Pacific along the 1853 line and the Rio Grande to the Gulf,
/// then round the Gulf coast. Its southern edge runs a little inside Mexico, where the
/// provinces cover it.
const UNITED_STATES: &[(f64, f64)] = &[
    (-117.25, 32.55),
    (-117.3, 33.1),
    (-117.9, 33.6),
    (-118.5, 34.0),
    (-120.6, 34.5),
    (-121.9, 36.6),
    (-123.0, 38.0),
    (-124.0, 42.0),
    (-80.0, 42.0),
    (-80.0, 31.0),
    (-81.3, 30.2),
    (-82.5, 29.6),
    (-84.0, 30.0),
    (-85.5, 29.7),
    (-86.5, 30.35),
    (-88.0, 30.4),
    (-89.5, 30.2),
    (-89.2, 29.1),
    (-90.5, 29.05),
    (-92.0, 29.55),
    (-93.8, 29.65),
    (-94.8, 29.3),
    (-96.5, 28.3),
    (-97.2, 27.6),
    (-97.3, 26.6),
    (-97.15, 25.95),
    (-97.5, 25.7),
    (-98.3, 25.9),
    (-99.1, 26.3),
    (-99.5, 27.35),
    (-100.3, 28.1),
    (-100.9, 29.15),
    (-101.4, 29.6),
    (-102.4, 29.65),
    (-102.7, 29.55),
    (-103.1, 28.85),
    (-103.5, 28.95),
    (-104.4, 29.45),
    (-104.9, 30.25),
    (-105.5, 30.75),
    (-106.5, 31.6),
    (-108.05, 31.63),
    (-108.05, 31.2),
    (-111.07, 31.18),
    (-114.8, 32.35),
    (-114.72, 32.55),
    (-117.12, 32.4),
];

/// Guatemala and British Honduras, south and east of Chiapas and Yucatán.
const CENTRAL_AMERICA: &[(f64, f64)] = &[
    (-92.35, 14.5),
    (-91.0, 13.85),
    (-90.0, 13.7),
    (-88.0, 13.2),
    (-85.0, 12.5),
    (-85.0, 15.9),
    (-86.5, 15.8),
    (-88.2, 15.7),
    (-88.9, 15.9),
    (-88.3, 16.5),
    (-88.2, 17.5),
    (-88.3, 18.45),
    (-88.5, 18.55),
    (-89.15, 17.95),
    (-90.95, 17.95),
    (-91.05, 17.25),
    (-90.5, 16.6),
    (-90.55, 16.2),
    (-91.7, 16.2),
    (-92.05, 15.2),
    (-92.25, 14.6),
];

/// The neighbouring lands.
pub const NEIGHBOURS: [Neighbour; 2] = [
    Neighbour {
        kind: NeighbourKind::UnitedStates,
        outline: UNITED_STATES,
    },
    Neighbour {
        kind: NeighbourKind::CentralAmerica,
        outline: CENTRAL_AMERICA,
    },
];

/// The 1853 boundary and the Rio Grande, west to east, lon/lat: the line the US pressure
/// crosses. Drawn over the map as a marked frontier.
pub const US_BORDER_LINE: &[(f64, f64)] = &[
    (-117.12, 32.53),
    (-114.72, 32.72),
    (-114.81, 32.49),
    (-111.07, 31.33),
    (-108.21, 31.33),
    (-108.21, 31.78),
    (-106.53, 31.78),
    (-105.5, 30.95),
    (-104.9, 30.45),
    (-104.4, 29.6),
    (-103.5, 29.15),
    (-103.1, 29.0),
    (-102.7, 29.75),
    (-102.4, 29.8),
    (-101.4, 29.77),
    (-100.9, 29.3),
    (-100.3, 28.25),
    (-99.5, 27.5),
    (-99.1, 26.45),
    (-98.3, 26.05),
    (-97.5, 25.88),
    (-97.15, 25.95),
];

/// A neighbour's outline in map coordinates, as one polygon.
pub fn neighbour_polygon(map: &MapData, n: &Neighbour) -> Polygon {
    Polygon {
        outer: n
            .outline
            .iter()
            .map(|&(lon, lat)| map.lonlat_to_map.apply(lon, lat))
            .collect(),
        holes: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x0: f32, y0: f32, size: f32) -> Vec<(f32, f32)> {
        vec![
            (x0, y0),
            (x0 + size, y0),
            (x0 + size, y0 + size),
            (x0, y0 + size),
        ]
    }

    #[test]
    fn a_square_with_a_hole_triangulates_and_hit_tests() {
        let poly = Polygon {
            outer: square(0.0, 0.0, 10.0),
            holes: vec![square(4.0, 4.0, 2.0).into_iter().rev().collect()],
        };
        let t = triangulate(std::slice::from_ref(&poly));
        assert_eq!(t.positions.len(), 8);
        assert_eq!(t.indices.len() % 3, 0);
        assert!(t.indices.len() >= 3 * 8);
        let shape = ProvinceShape {
            id: "p".into(),
            label: MapPoint { x: 1.0, y: 1.0 },
            capital: MapPoint { x: 1.0, y: 1.0 },
            polygons: vec![poly],
        };
        assert!(province_contains(&shape, 1.0, 1.0));
        assert!(!province_contains(&shape, 5.0, 5.0), "inside the hole");
        assert!(!province_contains(&shape, 11.0, 5.0));
    }

    #[test]
    fn the_shipped_map_has_27_provinces_that_triangulate() {
        let map = MapData::builtin().expect("the shipped map reads");
        assert_eq!(map.provinces.len(), 27);
        for p in &map.provinces {
            let t = triangulate(&p.polygons);
            assert!(!t.indices.is_empty(), "{} has no triangles", p.id);
            assert!(
                province_contains(p, p.label.x, p.label.y),
                "{} label outside",
                p.id
            );
        }
    }
}
