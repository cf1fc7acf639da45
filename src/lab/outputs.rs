//! What the lab's outputs share: the scenario's hash that every row records, and writing a set
//! of files all together or not at all.
use crate::text::Lang;
use std::io::Write;
use std::path::Path;

/// A short fingerprint of a file's bytes (64-bit FNV-1a, in hex): the same file gives the same
/// hash on every machine, so a row of output names the exact scenario it was played on.
pub use crate::sim::replay::content_hash;

/// Writes files into `dir` as a set: each is first written in full to a temporary file beside
/// its target, and only when all are written are they renamed into place, so a failure
/// leaves none of them (and no half-written file) behind.
pub fn write_set<N: AsRef<str>>(
    lang: Lang,
    dir: &Path,
    files: &[(N, Vec<u8>)],
) -> Result<(), String> {
    let fail = |path: &Path, e: &std::io::Error| {
        lang.tr_args(
            "lab-error-write",
            &[
                ("path", path.display().to_string().into()),
                ("reason", crate::sim::message::io_reason(e).into()),
            ],
        )
    };
    let mut ready = Vec::new();
    for (name, contents) in files {
        let path = dir.join(name.as_ref());
        let mut tmp = crate::sim::load::temp_file_in(dir).map_err(|e| fail(&path, &e))?;
        tmp.write_all(contents).map_err(|e| fail(&path, &e))?;
        tmp.as_file().sync_all().map_err(|e| fail(&path, &e))?;
        ready.push((tmp, path));
    }
    for (tmp, path) in ready {
        tmp.persist(&path).map_err(|e| fail(&path, &e.error))?;
    }
    Ok(())
}

/// The machine name of a unit enum value, as the JSON writes it (`empire_ends`).
pub fn machine_key<T: serde::Serialize>(x: &T) -> String {
    serde_json::to_value(x)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// A field of a CSV row, quoted when it must be.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Trials as CSV, one row per trial, each with what replays it: the scenario's hash, the
/// parameters changed (`name=value` separated by spaces), the trial's number and its seed
/// (`aguila run --seed S --set …` on the same file plays it again).
pub fn replayable_trials_csv(
    hash: &str,
    sets: &[(Vec<(String, String)>, &[crate::lab::Trial])],
) -> String {
    let mut out = format!(
        "scenario_hash,parameters,trial,{}\n",
        crate::lab::trial_csv_header()
    );
    for (set, trials) in sets {
        let parameters = csv_field(&crate::lab::assignments(set));
        for (i, t) in trials.iter().enumerate() {
            out.push_str(&format!(
                "{hash},{parameters},{},{}\n",
                i + 1,
                crate::lab::trial_csv_fields(t)
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_fnv1a_and_tells_files_apart() {
        // The published FNV-1a 64 test vectors: "" and "a".
        assert_eq!(content_hash(b""), "cbf29ce484222325");
        assert_eq!(content_hash(b"a"), "af63dc4c8601ec8c");
        assert_ne!(content_hash(b"ab"), content_hash(b"ba"));
    }
}
