//! Army names as the rules know them: given by the scenario, or made of where an army was
//! raised, so that each reader sees them in their own language (see
//! [`crate::sim::chronicle::army_name`]).
use serde::{Deserialize, Serialize};

/// The name of an army on the map.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "NameRepr", into = "NameRepr")]
pub enum ArmyName {
    /// A name written in the scenario (its English; translations go by the scenario's army id).
    Given(String),
    /// Men raised by recruiting in a province (province index).
    Levies(usize),
    /// Guerrilla bands of a province grown into a regular army (province index).
    Army(usize),
    /// Men shipped in from abroad, landed in a province (province index).
    Reinforcements(usize),
    /// Men split off from another army.
    Detachment(Box<ArmyName>),
}

impl ArmyName {
    /// Every province index the name refers to, so that a save can be checked against its
    /// scenario before a name is shown.
    pub fn provinces(&self) -> Vec<usize> {
        match self {
            ArmyName::Given(_) => Vec::new(),
            ArmyName::Levies(p) | ArmyName::Army(p) | ArmyName::Reinforcements(p) => vec![*p],
            ArmyName::Detachment(inner) => inner.provinces(),
        }
    }
}

impl From<&str> for ArmyName {
    fn from(s: &str) -> ArmyName {
        ArmyName::Given(s.to_string())
    }
}

impl From<String> for ArmyName {
    fn from(s: String) -> ArmyName {
        ArmyName::Given(s)
    }
}

impl PartialEq<str> for ArmyName {
    fn eq(&self, other: &str) -> bool {
        matches!(self, ArmyName::Given(s) if s == other)
    }
}

impl PartialEq<&str> for ArmyName {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

/// How a name is written in saves and JSON: a given name stays a plain string, as saves
/// written before names were structured have it, and a composed name is a one-field record
/// that says what it is made of, e.g. `(levies_of: 12)`.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum NameRepr {
    Given(String),
    Levies { levies_of: usize },
    Army { army_of: usize },
    Reinforcements { reinforcements_of: usize },
    Detachment { detachment_of: Box<ArmyName> },
}

impl From<NameRepr> for ArmyName {
    fn from(r: NameRepr) -> ArmyName {
        match r {
            NameRepr::Given(s) => ArmyName::Given(s),
            NameRepr::Levies { levies_of } => ArmyName::Levies(levies_of),
            NameRepr::Army { army_of } => ArmyName::Army(army_of),
            NameRepr::Reinforcements { reinforcements_of } => {
                ArmyName::Reinforcements(reinforcements_of)
            }
            NameRepr::Detachment { detachment_of } => ArmyName::Detachment(detachment_of),
        }
    }
}

impl From<ArmyName> for NameRepr {
    fn from(n: ArmyName) -> NameRepr {
        match n {
            ArmyName::Given(s) => NameRepr::Given(s),
            ArmyName::Levies(p) => NameRepr::Levies { levies_of: p },
            ArmyName::Army(p) => NameRepr::Army { army_of: p },
            ArmyName::Reinforcements(p) => NameRepr::Reinforcements {
                reinforcements_of: p,
            },
            ArmyName::Detachment(inner) => NameRepr::Detachment {
                detachment_of: inner,
            },
        }
    }
}

/// The armies a scenario's events bring onto the map: (event id, n, name), where the key of
/// the name in the scenario's translation files is `army-<event>-<n>`, counting from 1 through
/// the event's effects and then its choices' effects.
pub fn event_armies(s: &crate::sim::Scenario) -> impl Iterator<Item = (&str, usize, &str)> {
    s.events.iter().flat_map(|e| {
        e.effects
            .iter()
            .chain(e.choices.iter().flat_map(|c| c.effects.iter()))
            .filter_map(|effect| match effect {
                crate::sim::scenario::Effect::AddArmy { name, .. } => Some(name.as_str()),
                _ => None,
            })
            .enumerate()
            .map(move |(k, name)| (e.id.as_str(), k + 1, name))
    })
}

/// The translation key of the `n`th army (from 1) that event `event` brings onto the map.
pub fn event_army_key(event: &str, n: usize) -> String {
    format!("army-{event}-{n}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_survive_ron_and_json_and_old_saves_still_read() {
        let names = [
            ArmyName::Given("Army of the East".into()),
            ArmyName::Levies(3),
            ArmyName::Reinforcements(0),
            ArmyName::Army(26),
            ArmyName::Detachment(Box::new(ArmyName::Detachment(Box::new(ArmyName::Levies(
                7,
            ))))),
            ArmyName::Detachment(Box::new(ArmyName::Given("R".into()))),
        ];
        for n in names {
            let ron_text = ron::to_string(&n).unwrap();
            let back: ArmyName = crate::sim::load::ron_options().from_str(&ron_text).unwrap();
            assert_eq!(back, n, "{ron_text}");
            let json = serde_json::to_string(&n).unwrap();
            assert_eq!(
                serde_json::from_str::<ArmyName>(&json).unwrap(),
                n,
                "{json}"
            );
        }
        let old: ArmyName = ron::from_str("\"Levies of Puebla\"").unwrap();
        assert_eq!(old, ArmyName::Given("Levies of Puebla".into()));
    }
}
