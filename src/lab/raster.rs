//! The lab's charts as PNG: the very SVG the lab writes, drawn by resvg at twice its size, so
//! a chart pasted into a slide or a worksheet is the same picture as the SVG. Its text is set in
//! the Ubuntu face that egui's default fonts embed (no system fonts are looked up), so the
//! picture is the same on every machine and every letter of es and pt has its glyph.
use resvg::usvg::{self, fontdb};
use std::sync::{Arc, OnceLock};

/// Pixels per SVG unit: sharp enough to print.
pub const SCALE: f32 = 2.0;

/// The fonts the charts are drawn with, loaded once.
fn fonts() -> Arc<fontdb::Database> {
    static FONTS: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = fontdb::Database::new();
            db.load_font_source(fontdb::Source::Binary(Arc::new(
                epaint_default_fonts::UBUNTU_LIGHT,
            )));
            // Every family the charts name (Georgia, serif, …) falls back to the one face.
            let family = db
                .faces()
                .next()
                .and_then(|f| f.families.first())
                .map_or_else(|| "Ubuntu".to_string(), |(name, _)| name.clone());
            db.set_serif_family(family.clone());
            db.set_sans_serif_family(family);
            Arc::new(db)
        })
        .clone()
}

/// The PNG of an SVG chart; the error, for people, if the SVG cannot be drawn.
pub fn svg_to_png(svg: &str) -> Result<Vec<u8>, String> {
    let fontdb = fonts();
    let family = fontdb
        .faces()
        .next()
        .and_then(|f| f.families.first())
        .map(|(name, _)| name.clone());
    let mut options = usvg::Options {
        fontdb,
        ..usvg::Options::default()
    };
    if let Some(family) = family {
        options.font_family = family;
    }
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| e.to_string())?;
    let size = tree.size();
    let (w, h) = (
        (size.width() * SCALE).ceil() as u32,
        (size.height() * SCALE).ceil() as u32,
    );
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w, h)
        .ok_or_else(|| format!("a chart of {w} × {h} pixels"))?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(SCALE, SCALE),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}

/// The PNG's name beside an SVG's: `provinces.svg` → `provinces.png`.
pub fn png_name(svg_name: &str) -> String {
    format!("{}.png", svg_name.strip_suffix(".svg").unwrap_or(svg_name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_becomes_a_png_of_twice_its_size_with_its_text_drawn() {
        let blank = r##"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#fff"/></svg>"##;
        let with_text = r##"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" font-family="Georgia, serif"><rect width="120" height="40" fill="#fff"/><text x="4" y="28" font-size="20" fill="#000">Año ção</text></svg>"##;
        let png = svg_to_png(with_text).expect("drawn");
        assert_eq!(&png[1..4], b"PNG");
        // IHDR: width and height, big-endian, after the 8-byte signature and the chunk head.
        let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
        let height = u32::from_be_bytes([png[20], png[21], png[22], png[23]]);
        assert_eq!((width, height), (240, 80));
        // The text is drawn: the picture differs from the same chart without it.
        assert_ne!(png, svg_to_png(blank).expect("drawn"));
        assert!(svg_to_png("<svg").is_err());
    }
}
