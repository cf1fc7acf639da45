//! The words of the interface for the rules' values (sides, stances, causes, refusals), each
//! through the window's language (`words`) with a literal key so that the key check can see them.
use crate::client::words::{format_number, tr};
use crate::sim::scenario::{FranceStatus, Polity, Side};
use crate::sim::state::{Holder, Stance};

/// "Republic" / "Empire", as a label.
pub fn side_name(side: Side) -> String {
    match side {
        Side::Republic => tr("ui-side-republic"),
        Side::Empire => tr("ui-side-empire"),
    }
}

/// Who holds a province, as a label.
pub fn holder_name(holder: Holder) -> String {
    match holder {
        Holder::Republic => tr("ui-holder-republic"),
        Holder::Empire => tr("ui-holder-empire"),
        Holder::Contested => tr("ui-holder-contested"),
    }
}

/// An army's stance.
pub fn stance_name(stance: Stance) -> String {
    match stance {
        Stance::Field => tr("stance-field"),
        Stance::Evade => tr("stance-evade"),
        Stance::Garrison => tr("stance-garrison"),
        Stance::Besieging => tr("stance-besieging"),
    }
}

/// What a stance means, for its tooltip.
pub fn stance_help(stance: Stance) -> String {
    match stance {
        Stance::Field => tr("stance-field.help"),
        Stance::Evade => tr("stance-evade.help"),
        Stance::Garrison => tr("stance-garrison.help"),
        Stance::Besieging => tr("stance-besieging.help"),
    }
}

/// The Empire side's government.
pub fn polity_name(polity: Polity) -> String {
    match polity {
        Polity::Intervention => tr("polity-intervention"),
        Polity::Regency => tr("polity-regency"),
        Polity::Empire => tr("polity-empire"),
        Polity::Fallen => tr("polity-fallen"),
    }
}

/// France's commitment.
pub fn france_status_name(status: FranceStatus) -> String {
    match status {
        FranceStatus::Committed => tr("france-committed"),
        FranceStatus::Withdrawing => tr("france-withdrawing"),
        FranceStatus::Gone => tr("france-gone"),
    }
}

/// The name of a kind of ground the rules know, or the scenario's own name for another.
pub fn terrain_name(id: &str, scenario_name: &str) -> String {
    match id {
        "plateau" => tr("terrain-plateau"),
        "coast" => tr("terrain-coast"),
        "mountain" => tr("terrain-mountain"),
        "desert" => tr("terrain-desert"),
        "jungle" => tr("terrain-jungle"),
        _ => scenario_name.to_string(),
    }
}

/// The name of a track the rules move, or the scenario's own name for an event track.
pub fn track_name(id: &str, scenario_name: &str) -> String {
    match id {
        "france_will" => tr("track-france-will"),
        "us_pressure" => tr("track-us-pressure"),
        "european_crisis" => tr("track-european-crisis"),
        "republic_legitimacy" => tr("track-legitimacy"),
        "french_ambition" => tr("track-french-ambition"),
        _ => scenario_name.to_string(),
    }
}

/// A track's short name, for the top bar.
pub fn track_short_name(id: &str, scenario_name: &str) -> String {
    match id {
        "france_will" => tr("track-france-will.short"),
        "us_pressure" => tr("track-us-pressure.short"),
        "european_crisis" => tr("track-european-crisis.short"),
        "republic_legitimacy" => tr("track-legitimacy.short"),
        _ => scenario_name.to_string(),
    }
}

/// What a track measures, for its tooltip.
pub fn track_help(id: &str) -> Option<String> {
    Some(match id {
        "france_will" => tr("track-france-will.help"),
        "us_pressure" => tr("track-us-pressure.help"),
        "european_crisis" => tr("track-european-crisis.help"),
        "republic_legitimacy" => tr("track-legitimacy.help"),
        _ => return None,
    })
}

/// One cause of a track's change, as the rules name it.
pub fn cause_name(cause: &str) -> String {
    match cause {
        "spending" => tr("cause-spending"),
        "casualties" => tr("cause-casualties"),
        "time" => tr("cause-time"),
        "us_pressure" => tr("cause-us-pressure"),
        "european_crisis" => tr("cause-european-crisis"),
        "battles" => tr("cause-battles"),
        "clerical_policy" => tr("cause-clerical-policy"),
        "non_recognition" => tr("cause-non-recognition"),
        "us_after_civil_war" => tr("cause-us-after-civil-war"),
        "repression" => tr("cause-repression"),
        "decay" => tr("cause-decay"),
        "head_of_state_free" => tr("cause-head-free"),
        "head_of_state_lost" => tr("cause-head-lost"),
        "territory" => tr("cause-territory"),
        other => other.replace('_', " "),
    }
}

/// A line as a sentence: its first letter capitalised ("the Empire receives…" opens a line).
pub fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A province's name for the map: without the explanation in brackets.
pub fn map_name(name: &str) -> &str {
    name.split(" (").next().unwrap_or(name).trim()
}

/// A signed amount for breakdowns: "+1.5", "-0.3" (an ASCII minus: the font may lack "−").
pub fn signed(n: f64) -> String {
    let rounded = (n * 10.0).round() / 10.0;
    if rounded > 0.0 {
        format!("+{}", format_number(rounded))
    } else if rounded < 0.0 {
        format!("-{}", format_number(-rounded))
    } else {
        "±0".to_string()
    }
}

/// Men, shortened for a counter: 850, 4.2k, 12k.
pub fn short_men(men: u32) -> String {
    if men < 1000 {
        men.to_string()
    } else if men < 10_000 {
        format!("{:.1}k", f64::from(men) / 1000.0)
    } else {
        format!("{}k", (f64::from(men) / 1000.0).round())
    }
}
