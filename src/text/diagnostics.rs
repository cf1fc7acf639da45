//! Findings about files, worded for a reader: drawn under the line they point at (miette), as
//! JSON for tools (the stable `code` beside the words), and the errors of loading and saving.
use crate::sim::load::{Diagnostic, LoadError, SaveError, Severity};
use crate::text::{Lang, Message};

/// Renders diagnostics as a human reads them: message, file:line:column, the source line
/// with a marker, and the help.
pub fn render(lang: Lang, diagnostics: &[Diagnostic], source_text: &str, color: bool) -> String {
    use miette::{
        GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource,
    };
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_context_lines(1);
    let mut out = String::new();
    for d in diagnostics {
        let (offset, len) = d.span();
        let md = MietteDiagnostic::new(lang.render(&d.message))
            .with_severity(match d.severity {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
            })
            .with_label(LabeledSpan::at(offset..offset + len, lang.tr("check-here")));
        let report = miette::Report::new(md)
            .with_source_code(NamedSource::new(&d.file, source_text.to_string()));
        let _ = handler.render_report(&mut out, report.as_ref());
        // miette writes its own "help:" in English; the help goes under the snippet the same
        // way, in the reader's language.
        if let Some(h) = &d.help {
            let help = Message::new("check-help").arg("help", h.clone());
            out.push_str(&format!("  {}\n", lang.render(&help)));
        }
        out.push('\n');
    }
    out
}

/// A finding as JSON: where, how bad, the stable code, and the words in the reader's language.
pub fn to_json(lang: Lang, d: &Diagnostic) -> serde_json::Value {
    serde_json::json!({
        "file": d.file,
        "line": d.line,
        "column": d.column,
        "severity": d.severity,
        "code": d.code,
        "message": lang.render(&d.message),
        "help": d.help.as_ref().map(|h| lang.render(h)),
    })
}

/// Why a file could not be loaded, as a reader should see it: every finding drawn under its
/// line when the file was read but is wrong, one line when it could not be read.
pub fn load_error_report(lang: Lang, e: &LoadError, color: bool) -> String {
    match e {
        LoadError::Invalid {
            source_text,
            diagnostics,
            ..
        } => render(lang, diagnostics, source_text, color),
        LoadError::Io { .. } => load_error(lang, e),
    }
}

/// Why a file could not be loaded, in one line.
pub fn load_error(lang: Lang, e: &LoadError) -> String {
    lang.render(&e.message())
}

/// Why a save could not be written or read, in one line.
pub fn save_error(lang: Lang, e: &SaveError) -> String {
    lang.render(&e.message())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::load::load_scenario_str;

    fn broken() -> LoadError {
        load_scenario_str("Scenario(format_version: 1, idd: \"x\")", "broken.ron")
            .expect_err("not a scenario")
    }

    #[test]
    fn a_finding_is_drawn_under_its_line_in_the_readers_language() {
        let e = broken();
        let LoadError::Invalid {
            diagnostics,
            source_text,
            ..
        } = &e
        else {
            panic!("a syntax error, not {e:?}")
        };
        let [en, es] = ["en", "es"].map(Lang::resolve);
        let english = render(en, diagnostics, source_text, false);
        let spanish = render(es, diagnostics, source_text, false);
        assert!(english.contains("broken.ron:1:"), "{english}");
        assert!(english.contains("idd"), "{english}");
        assert!(spanish.contains("idd"), "{spanish}");
        assert_ne!(english, spanish);
        let json = to_json(es, &diagnostics[0]);
        assert_eq!(json["code"], diagnostics[0].code.as_str());
        assert_eq!(json["message"], es.render(&diagnostics[0].message).as_str());
        assert_eq!(json["line"], 1);
    }

    #[test]
    fn load_and_save_errors_name_the_file() {
        let en = Lang::english();
        assert!(load_error(en, &broken()).contains("broken.ron"));
        let missing = crate::sim::load::load_state(std::path::Path::new("/nonexistent/save.ron"))
            .expect_err("no such save");
        let text = save_error(en, &missing);
        assert!(text.contains("/nonexistent/save.ron"), "{text}");
        assert!(text.contains(&en.tr("io-not-found")), "{text}");
    }
}
