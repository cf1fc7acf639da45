//! The words of the interface for the rules' values (sides, stances, causes, refusals), each
//! through the window's language (`words`) with a literal key so that the key check can see them.
use crate::sim::scenario::{FranceStatus, Polity, Side};
use crate::sim::state::{Holder, Stance};
use crate::text::Lang;

/// "Republic" / "Empire", as a label.
pub fn side_name(lang: Lang, side: Side) -> String {
    match side {
        Side::Republic => lang.tr("ui-side-republic"),
        Side::Empire => lang.tr("ui-side-empire"),
    }
}

/// Who holds a province, as a label.
pub fn holder_name(lang: Lang, holder: Holder) -> String {
    match holder {
        Holder::Republic => lang.tr("ui-holder-republic"),
        Holder::Empire => lang.tr("ui-holder-empire"),
        Holder::Contested => lang.tr("ui-holder-contested"),
    }
}

/// An army's stance.
pub fn stance_name(lang: Lang, stance: Stance) -> String {
    match stance {
        Stance::Field => lang.tr("stance-field"),
        Stance::Evade => lang.tr("stance-evade"),
        Stance::Garrison => lang.tr("stance-garrison"),
        Stance::Besieging => lang.tr("stance-besieging"),
    }
}

/// What a stance means, for its tooltip.
pub fn stance_help(lang: Lang, stance: Stance) -> String {
    match stance {
        Stance::Field => lang.tr("stance-field.help"),
        Stance::Evade => lang.tr("stance-evade.help"),
        Stance::Garrison => lang.tr("stance-garrison.help"),
        Stance::Besieging => lang.tr("stance-besieging.help"),
    }
}

/// The Empire side's government.
pub fn polity_name(lang: Lang, polity: Polity) -> String {
    match polity {
        Polity::Intervention => lang.tr("polity-intervention"),
        Polity::Regency => lang.tr("polity-regency"),
        Polity::Empire => lang.tr("polity-empire"),
        Polity::Fallen => lang.tr("polity-fallen"),
    }
}

/// France's commitment.
pub fn france_status_name(lang: Lang, status: FranceStatus) -> String {
    match status {
        FranceStatus::Committed => lang.tr("france-committed"),
        FranceStatus::Withdrawing => lang.tr("france-withdrawing"),
        FranceStatus::Gone => lang.tr("france-gone"),
    }
}

/// The name of a kind of ground the rules know, or the scenario's own name for another.
pub fn terrain_name(lang: Lang, id: &str, scenario_name: &str) -> String {
    match id {
        "plateau" => lang.tr("terrain-plateau"),
        "coast" => lang.tr("terrain-coast"),
        "mountain" => lang.tr("terrain-mountain"),
        "desert" => lang.tr("terrain-desert"),
        "jungle" => lang.tr("terrain-jungle"),
        _ => scenario_name.to_string(),
    }
}

/// The name of a track the rules move, or the scenario's own name for an event track.
pub fn track_name(lang: Lang, id: &str, scenario_name: &str) -> String {
    match id {
        "france_will" => lang.tr("track-france-will"),
        "us_pressure" => lang.tr("track-us-pressure"),
        "european_crisis" => lang.tr("track-european-crisis"),
        "republic_legitimacy" => lang.tr("track-legitimacy"),
        "french_ambition" => lang.tr("track-french-ambition"),
        _ => scenario_name.to_string(),
    }
}

/// A track's short name, for the top bar.
pub fn track_short_name(lang: Lang, id: &str, scenario_name: &str) -> String {
    match id {
        "france_will" => lang.tr("track-france-will.short"),
        "us_pressure" => lang.tr("track-us-pressure.short"),
        "european_crisis" => lang.tr("track-european-crisis.short"),
        "republic_legitimacy" => lang.tr("track-legitimacy.short"),
        _ => scenario_name.to_string(),
    }
}

/// What a track measures, for its tooltip.
pub fn track_help(lang: Lang, id: &str) -> Option<String> {
    Some(match id {
        "france_will" => lang.tr("track-france-will.help"),
        "us_pressure" => lang.tr("track-us-pressure.help"),
        "european_crisis" => lang.tr("track-european-crisis.help"),
        "republic_legitimacy" => lang.tr("track-legitimacy.help"),
        _ => return None,
    })
}

/// One cause of a track's change, as the rules name it.
pub fn cause_name(lang: Lang, cause: &str) -> String {
    match cause {
        "spending" => lang.tr("cause-spending"),
        "casualties" => lang.tr("cause-casualties"),
        "time" => lang.tr("cause-time"),
        "us_pressure" => lang.tr("cause-us-pressure"),
        "european_crisis" => lang.tr("cause-european-crisis"),
        "battles" => lang.tr("cause-battles"),
        "clerical_policy" => lang.tr("cause-clerical-policy"),
        "home_opinion" => lang.tr("cause-home-opinion"),
        "non_recognition" => lang.tr("cause-non-recognition"),
        "us_after_civil_war" => lang.tr("cause-us-after-civil-war"),
        "repression" => lang.tr("cause-repression"),
        "decay" => lang.tr("cause-decay"),
        "head_of_state_free" => lang.tr("cause-head-free"),
        "head_of_state_lost" => lang.tr("cause-head-lost"),
        "territory" => lang.tr("cause-territory"),
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
pub fn signed(lang: Lang, n: f64) -> String {
    let rounded = (n * 10.0).round() / 10.0;
    if rounded > 0.0 {
        format!("+{}", lang.number(rounded))
    } else if rounded < 0.0 {
        format!("-{}", lang.number(-rounded))
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
