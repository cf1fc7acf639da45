//! Every character the game window may show has a glyph in its fonts: the interface's
//! translations and the scenarios' texts are drawn with egui's default fonts, and a character
//! they lack shows as an empty box (as the chronicle's heading marker once did).
use bevy_egui::egui::{self, FontId};
use std::collections::BTreeSet;
use std::path::Path;

/// The characters of the text files under `dir` with one of `extensions`, comments left out.
fn characters(dir: &Path, extensions: &[&str], found: &mut BTreeSet<(char, String)>) {
    for entry in std::fs::read_dir(dir).expect("a folder of the repository") {
        let path = entry.unwrap().path();
        if path.is_dir() {
            characters(&path, extensions, found);
            continue;
        }
        if !extensions
            .iter()
            .any(|e| path.extension().is_some_and(|x| x == *e))
        {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines() {
            let line = line.trim_start();
            if line.starts_with('#') || line.starts_with("//") {
                continue;
            }
            for c in line.chars().filter(|c| !c.is_control()) {
                found.insert((c, path.display().to_string()));
            }
        }
    }
}

#[test]
fn every_character_of_the_texts_has_a_glyph_in_the_window_s_fonts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = BTreeSet::new();
    characters(&root.join("assets/i18n"), &["ftl"], &mut found);
    characters(&root.join("scenarios"), &["ftl", "ron"], &mut found);
    assert!(
        found.iter().any(|(c, _)| *c == 'ñ'),
        "the Spanish texts were read"
    );

    let ctx = egui::Context::default();
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    // The font atlas's first upload is for a renderer; there is none here.
    output.textures_delta.clear();
    let font = FontId::proportional(14.0);
    let missing: Vec<String> = ctx.fonts_mut(|fonts| {
        found
            .iter()
            .filter(|(c, _)| !fonts.has_glyph(&font, *c))
            .map(|(c, file)| format!("{c:?} (U+{:04X}) in {file}", u32::from(*c)))
            .collect()
    });
    assert!(missing.is_empty(), "no glyph for: {missing:#?}");
}
