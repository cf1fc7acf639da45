//! France's expedition: what it counts at home, the will to stay and what moves it, the
//! reinforcements while committed, and the withdrawal.
use crate::sim::army;
use crate::sim::date::Month;
use crate::sim::event::*;
use crate::sim::scenario::*;
use crate::sim::script;
use crate::sim::state::*;
use crate::sim::turn::track;
use crate::sim::turn::tracks::cause;
use serde::{Deserialize, Serialize};

/// France's expedition at home.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FranceState {
    /// Committed, withdrawing or gone.
    pub status: FranceStatus,
    /// When withdrawal was announced.
    pub announced: Option<Month>,
    /// When the last troops left.
    pub gone: Option<Month>,
    /// Millions of francs spent so far.
    pub spent_francs: f64,
    /// French dead, wounded and captured so far.
    pub casualties: u32,
    /// Extra men honour demands after defeats.
    pub honour_troops: u32,
    /// Steps of the withdrawal schedule carried out.
    pub withdrawal_step: usize,
    /// French casualties this month, to be charged to France's will.
    pub month_casualties: u32,
    /// French battles won minus lost this month.
    pub month_victories: i32,
    /// Months the evacuation has run on its schedule since the announcement: one a month, more
    /// while a crisis in Europe hurries it.
    #[serde(default)]
    pub schedule_clock: f64,
    /// France's will when the game began: the corps can follow the share of it left.
    #[serde(default)]
    pub start_will: f64,
    /// Francs a year the Empire owes France for every man France pays in Mexico (the
    /// Miramar charge), from the month the charge is agreed.
    #[serde(default)]
    pub charged_per_man: f64,
    /// What moved France's will this month, term by term (spending, casualties, time, US
    /// pressure, the European crisis, opinion at home, battles, clerical policy).
    #[serde(default)]
    pub will_causes: Vec<Cause>,
}

impl FranceState {
    /// France as a game begins: committed, nothing spent or lost yet.
    pub(crate) fn at_start() -> FranceState {
        FranceState {
            status: FranceStatus::Committed,
            announced: None,
            gone: None,
            spent_francs: 0.0,
            casualties: 0,
            honour_troops: 0,
            withdrawal_step: 0,
            month_casualties: 0,
            month_victories: 0,
            schedule_clock: 0.0,
            will_causes: Vec::new(),
            start_will: 0.0,
            charged_per_man: 0.0,
        }
    }

    /// A new month: nothing lost or won in it yet.
    pub(crate) fn begin_month(&mut self) {
        self.month_casualties = 0;
        self.month_victories = 0;
        self.will_causes.clear();
    }

    /// A battle French soldiers fought in: a victory raises France's will; a defeat lowers it,
    /// and honour demands `honour_troops` more men.
    pub(crate) fn count_battle(&mut self, winner: Side, honour_troops: u32) {
        self.month_victories += if winner == Side::Empire { 1 } else { -1 };
        if winner == Side::Republic {
            self.honour_troops += honour_troops;
        }
    }

    /// French soldiers killed, wounded or taken, charged to France's will at the month's end.
    pub(crate) fn count_casualties(&mut self, men: u32) {
        self.month_casualties += men;
        self.casualties += men;
    }
}

impl GameState {
    /// What moves France's will this month, given the US pressure (and whether the US Civil
    /// War still ties Washington's hands), the European crisis and the share of clerical
    /// policy: each drain on its own (spending, casualties, time, US pressure, the crisis in
    /// Europe, opinion at home, Maximilian's clericalism) and the battles its soldiers won and
    /// lost. With `drains_scale_with_will`, each drain takes its share of the will left.
    pub(super) fn france_will_causes(
        &self,
        us_pressure: f64,
        us_civil_war: bool,
        crisis: f64,
        clerical: f64,
    ) -> [Cause; 8] {
        let f = &self.scenario.rules.france;
        let scale = if f.drains_scale_with_will {
            (self.required(track::Required::FranceWill) / 100.0).max(0.0)
        } else {
            1.0
        };
        let us_weight = if us_civil_war {
            f.us_weight_during_civil_war
        } else {
            1.0
        };
        // Adding 0.0 turns a drain of nothing into 0 rather than −0 in reports.
        let drain = |name, amount: f64| cause(name, -(amount * scale) + 0.0);
        [
            drain("spending", f.will_per_million * self.month_francs),
            drain(
                "casualties",
                f.will_per_1000_casualties * f64::from(self.france.month_casualties) / 1000.0,
            ),
            drain("time", f.will_per_month),
            drain(
                "us_pressure",
                f.will_per_us_pressure * us_weight * us_pressure,
            ),
            drain("european_crisis", f.will_per_crisis * crisis),
            drain(
                "home_opinion",
                f.will_per_opinion * self.france.spent_francs / 100.0,
            ),
            drain(
                "clerical_policy",
                self.scenario.rules.politics.clerical_france_loss * clerical,
            ),
            cause(
                "battles",
                f.will_per_victory * f64::from(self.france.month_victories),
            ),
        ]
    }

    /// The will the corps's size follows: the will itself, or (with
    /// `corps_follows_will_share`) the share left of the will France began with, on the scale
    /// of 100, so that a France more or less resolved from the start sends the corps the
    /// Grand Design asked for and differs in how long it stays.
    fn corps_will(&self, will: f64) -> f64 {
        let start = self.france.start_will;
        if self.scenario.rules.france.corps_follows_will_share && start > 0.0 {
            100.0 * will / start
        } else {
            will
        }
    }

    /// France's month: it announces its withdrawal once its will has fallen far enough, then
    /// takes its corps home on the schedule; while committed, it sends men up to what its
    /// will (and its honour after defeats) allows.
    pub(super) fn france_month(&mut self, scenario: &Scenario, ev: &mut Vec<Event>) {
        let f = &scenario.rules.france;
        let will = self.required(track::Required::FranceWill);
        let french = (0..scenario.contingents.len())
            .filter(|&c| scenario.contingents[c].paid_by == Payer::France);
        if self.france.status == FranceStatus::Committed && will <= f.withdrawal_threshold {
            self.france.status = FranceStatus::Withdrawing;
            self.france.announced = Some(self.month);
            ev.push(Event::FranceChanged {
                status: FranceStatus::Withdrawing,
                will,
            });
        }
        match self.france.status {
            FranceStatus::Withdrawing => {
                // The schedule's clock: a month per month, and faster while Europe is in crisis.
                if self.france.announced.is_some_and(|m| m != self.month) {
                    let crisis = self.required(track::Required::EuropeanCrisis);
                    self.france.schedule_clock +=
                        1.0 + f.withdrawal_haste_per_crisis * crisis / 100.0;
                }
                let since = self.france.schedule_clock.max(0.0).floor() as u32;
                while let Some(&(after, share)) =
                    f.withdrawal_schedule.get(self.france.withdrawal_step)
                {
                    if since < after {
                        break;
                    }
                    for c in french.clone() {
                        let men = army::remove_contingent_share(self, c, share, ev);
                        if men > 0 {
                            ev.push(Event::Withdrawn { contingent: c, men });
                        }
                    }
                    self.france.withdrawal_step += 1;
                }
                let left: u32 = french.clone().map(|c| self.contingent_strength(c)).sum();
                if self.france.withdrawal_step >= f.withdrawal_schedule.len() || left == 0 {
                    // Whatever the schedule left goes home with the last ships.
                    for c in french {
                        let men = army::remove_contingent_share(self, c, 1.0, ev);
                        if men > 0 {
                            ev.push(Event::Withdrawn { contingent: c, men });
                        }
                    }
                    self.france.status = FranceStatus::Gone;
                    self.france.gone = Some(self.month);
                    ev.push(Event::FranceChanged {
                        status: FranceStatus::Gone,
                        will,
                    });
                }
            }
            FranceStatus::Committed => {
                if f.reinforce_when
                    .as_ref()
                    .is_some_and(|c| !script::holds(self, c))
                {
                    return;
                }
                let c = f.contingent.idx();
                let ceiling = ((f.troops_per_will * self.corps_will(will)) as u32
                    + self.france.honour_troops)
                    .min(f.max_troops);
                let have = self.contingent_strength(c);
                let landing = f.landing.idx();
                if have < ceiling
                    && self.holder(landing).side() != Some(Side::Republic)
                    && !self.has_men_in(Side::Republic, landing)
                {
                    let men = (ceiling - have).min(f.reinforcement_per_month);
                    self.reinforce_at(
                        Side::Empire,
                        landing,
                        c,
                        men,
                        crate::sim::names::ArmyName::Reinforcements,
                    );
                    ev.push(Event::Reinforced {
                        side: Side::Empire,
                        contingent: c,
                        men,
                        province: landing,
                    });
                }
            }
            FranceStatus::Gone => {}
        }
    }
}
