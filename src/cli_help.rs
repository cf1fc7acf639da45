//! The command line's own help (`aguila --help`, `aguila run --help`) in the reader's
//! language. clap takes its texts from the doc comments, in English; for another language the
//! translations are swapped in before the line is parsed, and clap's own headings and notes
//! (usage, options, defaults) with them.
use crate::text::{Arg, Lang};
use clap::Command;

/// (command, argument id, key): "" stands for the command's own description, "batch" for the
/// options every batch command shares, "common" for clap's own words.
const HELP: &[(&str, &str, &str)] = &[
    ("aguila", "", "help-aguila"),
    ("aguila", "lang", "help-aguila-lang"),
    ("check", "", "help-check"),
    ("check", "files", "help-check-files"),
    ("check", "json", "help-check-json"),
    ("check", "lang", "help-check-lang"),
    ("check", "verbose", "help-check-verbose"),
    ("scenarios", "", "help-scenarios"),
    ("scenarios", "lang", "help-scenarios-lang"),
    ("texts", "", "help-texts"),
    ("texts", "file", "help-texts-file"),
    ("texts", "lang", "help-texts-lang"),
    ("run", "", "help-run"),
    ("run", "scenario", "help-run-scenario"),
    ("run", "seed", "help-run-seed"),
    ("run", "until", "help-run-until"),
    ("run", "set", "help-run-set"),
    ("run", "json", "help-run-json"),
    ("run", "save_at", "help-run-save-at"),
    ("run", "load", "help-run-load"),
    ("run", "lang", "help-run-lang"),
    ("run", "policy", "help-run-policy"),
    ("run", "record", "help-run-record"),
    ("replay", "", "help-replay"),
    ("replay", "file", "help-replay-file"),
    ("replay", "verify", "help-replay-verify"),
    ("replay", "lang", "help-replay-lang"),
    ("run", "pack", "help-run-pack"),
    ("run", "prediction", "help-run-prediction"),
    ("run", "save", "help-run-save"),
    ("pack", "", "help-pack"),
    ("pack", "check", "help-pack-check"),
    ("pack", "out", "help-pack-out"),
    ("debrief", "", "help-debrief"),
    ("debrief", "pack", "help-debrief-pack"),
    ("debrief", "saves", "help-debrief-saves"),
    ("debrief", "out", "help-debrief-out"),
    ("trials", "", "help-trials"),
    ("trials", "scenario", "help-trials-scenario"),
    ("trials", "set", "help-trials-set"),
    ("trials", "out", "help-trials-out"),
    ("compare", "", "help-compare"),
    ("compare", "scenario", "help-compare-scenario"),
    ("compare", "variant", "help-compare-variant"),
    ("compare", "set", "help-compare-set"),
    ("compare", "out", "help-compare-out"),
    ("sweep", "", "help-sweep"),
    ("sweep", "scenario", "help-sweep-scenario"),
    ("sweep", "param", "help-sweep-param"),
    ("sweep", "values", "help-sweep-values"),
    ("sweep", "range", "help-sweep-range"),
    ("sweep", "steps", "help-sweep-steps"),
    ("sweep", "set", "help-sweep-set"),
    ("sweep", "out", "help-sweep-out"),
    ("sensitivity", "", "help-sensitivity"),
    ("sensitivity", "scenario", "help-sensitivity-scenario"),
    ("sensitivity", "set", "help-sensitivity-set"),
    ("sensitivity", "out", "help-sensitivity-out"),
    ("calibrate", "", "help-calibrate"),
    ("calibrate", "scenario", "help-calibrate-scenario"),
    ("calibrate", "json", "help-calibrate-json"),
    ("batch", "runs", "help-batch-runs"),
    ("batch", "seed", "help-batch-seed"),
    ("batch", "until", "help-batch-until"),
    ("batch", "jobs", "help-batch-jobs"),
    ("batch", "policy", "help-batch-policy"),
    ("batch", "lang", "help-batch-lang"),
    ("play", "", "help-play"),
    ("play", "scenario", "help-play-scenario"),
    ("play", "smoke", "help-play-smoke"),
    ("play", "lang", "help-play-lang"),
    ("play", "pack", "help-play-pack"),
    ("common", "help", "help-common-help"),
    ("common", "version", "help-common-version"),
    ("common", "help-command", "help-common-help-command"),
    ("common", "usage", "help-common-usage"),
    ("common", "options", "help-common-options"),
    ("common", "commands", "help-common-commands"),
    ("common", "arguments", "help-common-arguments"),
    ("common", "default", "help-common-default"),
];

fn key_for(command: &str, arg: &str) -> Option<&'static str> {
    let find = |c: &str| HELP.iter().find(|(hc, ha, _)| *hc == c && *ha == arg);
    find(command)
        .or_else(|| if arg.is_empty() { None } else { find("batch") })
        .map(|(_, _, key)| *key)
}

/// The command line's definition with its help in the reader's language (English is left as
/// the doc comments write it).
pub fn localized(lang: Lang, mut cmd: Command) -> Command {
    if lang.is_fallback() {
        return cmd;
    }
    cmd.build();
    localize(lang, cmd, "aguila")
}

fn localize(lang: Lang, mut cmd: Command, name: &str) -> Command {
    let about = if name == "help" {
        Some("help-common-help-command")
    } else {
        key_for(name, "")
    };
    if let Some(key) = about {
        cmd = cmd.about(lang.tr(key)).long_about(None::<&'static str>);
    }
    cmd = cmd
        .help_template(format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            lang.tr("help-common-usage")
        ))
        .subcommand_help_heading(lang.tr("help-common-commands"));
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let key = match id.as_str() {
            "help" => Some("help-common-help"),
            "version" => Some("help-common-version"),
            other => key_for(name, other),
        };
        cmd = cmd.mut_arg(&id, |a| {
            let heading = if a.is_positional() {
                lang.tr("help-common-arguments")
            } else {
                lang.tr("help-common-options")
            };
            let a = a.help_heading(heading);
            let Some(key) = key else {
                return a;
            };
            let mut text = lang.tr(key);
            let defaults: Vec<String> = a
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            // A flag's "false" is no default worth telling.
            if !defaults.is_empty() && a.get_action().takes_values() {
                let default = lang.tr_args(
                    "help-common-default",
                    &[("value", Arg::Str(defaults.join(", ")))],
                );
                text.push_str(&format!(" [{default}]"));
            }
            a.help(text)
                .long_help(None::<&'static str>)
                .hide_default_value(true)
                .hide_possible_values(true)
        });
    }
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in subcommands {
        cmd = cmd.mut_subcommand(&sub, |s| localize(lang, s, &sub));
    }
    cmd
}
