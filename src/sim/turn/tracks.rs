//! The off-map tracks: France's will, US pressure, the European crisis, the Republic's
//! legitimacy; and the support that policy and repression move.
use crate::sim::event::*;
use crate::sim::scenario::*;
use crate::sim::script;
use crate::sim::state::*;

/// One cause of a track's move this month.
pub(super) fn cause(name: &'static str, amount: f64) -> Cause {
    Cause {
        cause: name.into(),
        amount,
    }
}

impl GameState {
    pub(super) fn move_tracks(&mut self, ev: &mut Vec<Event>) {
        // Only the plain numeric parts of the rules are copied: no strings, no allocation.
        let r = RulesView {
            politics: self.scenario.rules.politics.clone(),
            us_growth_during_war: self.scenario.rules.us.growth_during_war,
            us_growth_after_war: self.scenario.rules.us.growth_after_war,
            us_per_repression: self.scenario.rules.us.per_repression,
            us_arms_per_pressure: self.scenario.rules.us.arms_per_pressure,
            europe_decay: self.scenario.rules.europe.decay,
            experience_cap: self.scenario.rules.combat.experience_cap,
            repression_backlash: self.scenario.rules.guerrilla.repression_backlash,
        };
        let civil_war = self.flags.contains(&self.scenario.rules.us.civil_war_flag);
        let idx = |s: &Self, t| s.required_track(t).unwrap_or(usize::MAX);
        let will = idx(self, track::Required::FranceWill);
        let us = idx(self, track::Required::UsPressure);
        let crisis = idx(self, track::Required::EuropeanCrisis);
        let legit = idx(self, track::Required::RepublicLegitimacy);
        let us_value = self.tracks[us];
        let crisis_value = self.tracks[crisis];
        let clerical = if self.polity == Polity::Empire {
            (-self.policy / 100.0).max(0.0)
        } else {
            0.0
        };
        let liberal = if self.polity == Polity::Empire {
            (self.policy / 100.0).max(0.0)
        } else {
            0.0
        };
        let empire_stands = matches!(self.polity, Polity::Regency | Polity::Empire);

        if self.france.status != FranceStatus::Gone {
            let causes = self.france_will_causes(us_value, civil_war, crisis_value, clerical);
            self.change_track(will, &causes, ev);
            self.france.will_causes.clear();
            self.france.will_causes.extend_from_slice(&causes);
        }
        let growth = if civil_war {
            if empire_stands {
                r.us_growth_during_war
            } else {
                0.0
            }
        } else if empire_stands || self.france.status != FranceStatus::Gone {
            r.us_growth_after_war
        } else {
            0.0
        };
        self.change_track(
            us,
            &[
                cause(
                    if civil_war {
                        "non_recognition"
                    } else {
                        "us_after_civil_war"
                    },
                    growth,
                ),
                cause("repression", r.us_per_repression * self.repression),
                cause(
                    "clerical_policy",
                    r.politics.clerical_us_pressure * clerical,
                ),
            ],
            ev,
        );
        self.change_track(crisis, &[cause("decay", -r.europe_decay)], ev);
        let head_free =
            self.leaders[self.scenario.republic_head.idx()].status == LeaderStatus::Active;
        let missing = r
            .politics
            .legitimacy_floor
            .saturating_sub(self.provinces_held(Side::Republic));
        self.change_track(
            legit,
            &[
                if head_free {
                    cause("head_of_state_free", r.politics.legitimacy_free)
                } else {
                    cause("head_of_state_lost", -r.politics.legitimacy_lost)
                },
                cause(
                    "territory",
                    -r.politics.legitimacy_per_missing_province * f64::from(missing),
                ),
            ],
            ev,
        );
        // Arms across the border and captured rifles make the Republic's armies better.
        if !civil_war {
            let e = &mut self.experience[Side::Republic.index()];
            *e = (*e + r.us_arms_per_pressure * us_value / 100.0).min(r.experience_cap);
        }
        // Maximilian's liberalism costs him the conservatives; repression makes martyrs.
        let men = self.presence();
        for p in 0..self.provinces.len() {
            if liberal > 0.0 {
                let points = match self.scenario.provinces[p].leaning {
                    Leaning::Conservative | Leaning::Mixed => {
                        -r.politics.liberal_conservative_loss * liberal
                    }
                    Leaning::Liberal => r.politics.liberal_support_gain * liberal,
                };
                script::shift_support(self, p, Side::Empire, points);
            }
            if self.repression > 0.0 && men[p][Side::Empire.index()] > 0 {
                let points = r.repression_backlash * self.repression;
                script::shift_support(self, p, Side::Republic, points);
            }
        }
    }

    /// Moves track `t` by the sum of the causes that move it at all, and tells of the change
    /// with those causes, largest first.
    fn change_track(&mut self, t: usize, causes: &[Cause], ev: &mut Vec<Event>) {
        let moving = || causes.iter().filter(|c| c.amount != 0.0);
        if moving().next().is_none() {
            return;
        }
        let from = self.tracks[t];
        let total: f64 = moving().map(|c| c.amount).sum();
        script::add_track(self, t, total);
        let to = self.tracks[t];
        if to != from {
            let mut causes: Vec<Cause> = moving().cloned().collect();
            causes.sort_by(|a, b| b.amount.abs().total_cmp(&a.amount.abs()));
            ev.push(Event::TrackChanged {
                track: t,
                from,
                to,
                causes,
            });
        }
    }
}

/// The numbers of the rules the monthly tracks need, copied without their strings.
struct RulesView {
    politics: PoliticsRules,
    us_growth_during_war: f64,
    us_growth_after_war: f64,
    us_per_repression: f64,
    us_arms_per_pressure: f64,
    europe_decay: f64,
    experience_cap: f64,
    repression_backlash: f64,
}

/// Track ids the rules themselves read and move.
pub mod track {
    /// France's political will to stay.
    pub const FRANCE_WILL: &str = "france_will";
    /// Pressure from the United States.
    pub const US_PRESSURE: &str = "us_pressure";
    /// The European crisis (Prussia against Austria).
    pub const EUROPEAN_CRISIS: &str = "european_crisis";
    /// The Republic's legitimacy.
    pub const REPUBLIC_LEGITIMACY: &str = "republic_legitimacy";
    /// All of them.
    pub const REQUIRED: [&str; 4] = [
        FRANCE_WILL,
        US_PRESSURE,
        EUROPEAN_CRISIS,
        REPUBLIC_LEGITIMACY,
    ];

    /// One of the tracks the rules move themselves, by its place in [`REQUIRED`].
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Required {
        /// [`FRANCE_WILL`].
        FranceWill,
        /// [`US_PRESSURE`].
        UsPressure,
        /// [`EUROPEAN_CRISIS`].
        EuropeanCrisis,
        /// [`REPUBLIC_LEGITIMACY`].
        RepublicLegitimacy,
    }

    impl Required {
        /// Its id.
        pub fn id(self) -> &'static str {
            REQUIRED[self as usize]
        }
    }
}
