//! How a batch of wars ended: how many by each of the scenario's victory rules and
//! judgements, and how many undecided, each told by the rule's own text.
use crate::lab::{Trial, percent};
use crate::sim::Scenario;
use crate::text::Lang;

/// One row per way a war ended in these trials, in the scenario's order (its victory rules,
/// then its judgements, then undecided and stopped): count, share, and the rule's text.
pub fn endings_table(lang: Lang, scenario: &Scenario, trials: &[Trial]) -> String {
    let rules = scenario
        .victory
        .iter()
        .map(|v| (v.id.as_str(), v.text.as_str()));
    let judgements = scenario
        .judgement
        .iter()
        .map(|j| (j.id.as_str(), j.text.as_str()));
    let mut rows: Vec<(&str, String)> = rules
        .chain(judgements)
        .map(|(id, english)| {
            let key = format!("victory-{id}");
            (
                id,
                crate::text::scenario::text(lang, &scenario.id, &key, english),
            )
        })
        .collect();
    rows.push(("end_of_scenario", lang.tr("lab-ending-undecided")));
    rows.push(("stopped", lang.tr("lab-ending-stopped")));
    let runs = trials.len().max(1) as f64;
    let mut out = String::new();
    for (id, text) in rows {
        let count = trials.iter().filter(|t| t.rule == id).count();
        if count > 0 {
            out.push_str(&format!(
                "  {count:>6}  {:>7}  {text}\n",
                percent(lang, count as f64 / runs)
            ));
        }
    }
    out
}
