//! A month's many small happenings summed: evasions, skirmishes, guerrilla raids, losses
//! outside battle, provinces changing hands, leaders' fates, troops dispersing or going home —
//! each kind told in one line, however many times it happened.
use super::sides::list;
use super::{Context, Line, control_key, is_skirmish, men, province, said, side};
use crate::sim::event::{AttritionCause, Event, LeaderFate};
use crate::sim::scenario::Side;
use crate::sim::state::GameState;
use crate::text::names::{contingent_name, leader_name, province_short};
use crate::text::{Arg, Lang};

/// Smallest losses outside battle worth a line (all of a kind in a month together).
const NOTABLE_LOSSES: u32 = 300;

/// How many different provinces these are, and their short names listed once each.
fn places(lang: Lang, state: &GameState, ps: impl IntoIterator<Item = usize>) -> (usize, String) {
    let mut names: Vec<String> = Vec::new();
    for p in ps {
        let name = province_short(lang, state, p);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    (names.len(), list(lang, &names))
}

/// Battles told in full in a month at most: more would drown the month's story.
const TOLD_BATTLES: usize = 3;

/// Fights summed in one line: how many, where, men engaged and lost; `None` if there are none.
fn summed_fights<'a>(
    lang: Lang,
    state: &GameState,
    key: &str,
    fights: impl Iterator<Item = &'a Event>,
) -> Option<Line> {
    let (mut count, mut engaged, mut lost) = (0usize, 0, 0);
    let mut where_fought = Vec::new();
    for ev in fights {
        if let Event::Battle {
            province: p,
            men: m,
            losses,
            ..
        } = ev
        {
            count += 1;
            where_fought.push(*p);
            engaged += m[0] + m[1];
            lost += losses[0] + losses[1];
        }
    }
    if count == 0 {
        return None;
    }
    let (_, names) = places(lang, state, where_fought);
    Some(said(
        lang,
        key,
        &[
            ("count", count.into()),
            ("provinces", Arg::Str(names)),
            ("men", men(engaged)),
            ("losses", men(lost)),
        ],
    ))
}

/// One evasion: who slipped away, from where, and at what cost.
struct Evasion {
    side: Side,
    army: u32,
    leader: Option<usize>,
    from: usize,
    to: usize,
    losses: u32,
}

/// What a batch of events holds of each kind that is told summed.
#[derive(Default)]
pub(super) struct Tally {
    evasions: Vec<Evasion>,
    battles: Vec<Event>,
    skirmishes: Vec<Event>,
    /// Provinces where the bands raided, the garrisons' losses and the bands' own.
    raids: (Vec<usize>, u32, u32),
    /// Losses outside battle by side and cause: men, and the contingents that lost them.
    attrition: Vec<(Side, AttritionCause, u32, Vec<usize>)>,
    /// Provinces changing hands, by the way it is told and the new holder.
    control: Vec<(&'static str, Option<Side>, Vec<usize>)>,
    leaders: Vec<(LeaderFate, Vec<usize>)>,
    dispersed: Vec<(usize, u32)>,
    withdrawn: Vec<(usize, u32)>,
}

impl Tally {
    /// Keeps the event if it is of a kind told summed; `false` if it is told on its own.
    pub(super) fn take(&mut self, ev: &Event) -> bool {
        match ev {
            Event::Evaded {
                side,
                army,
                leader,
                from,
                to,
                losses,
            } => self.evasions.push(Evasion {
                side: *side,
                army: *army,
                leader: *leader,
                from: *from,
                to: *to,
                losses: *losses,
            }),
            Event::Battle { men, .. } if is_skirmish(*men) => self.skirmishes.push(ev.clone()),
            Event::Battle { .. } => self.battles.push(ev.clone()),
            Event::GuerrillaWar {
                province,
                guerrillas_lost,
                garrison_lost,
            } => {
                self.raids.0.push(*province);
                self.raids.1 += garrison_lost;
                self.raids.2 += guerrillas_lost;
            }
            Event::Attrition {
                side,
                contingent,
                men,
                cause,
            } => match self
                .attrition
                .iter_mut()
                .find(|(s, c, _, _)| s == side && c == cause)
            {
                Some((_, _, total, contingents)) => {
                    *total += men;
                    if !contingents.contains(contingent) {
                        contingents.push(*contingent);
                    }
                }
                None => self
                    .attrition
                    .push((*side, *cause, *men, vec![*contingent])),
            },
            Event::ControlChanged {
                province,
                to,
                cause,
                ..
            } => {
                let key = control_key(*cause, to.side());
                match self
                    .control
                    .iter_mut()
                    .find(|(k, s, _)| *k == key && *s == to.side())
                {
                    Some((_, _, provinces)) => provinces.push(*province),
                    None => self.control.push((key, to.side(), vec![*province])),
                }
            }
            Event::Leader { leader, fate, .. } => {
                match self.leaders.iter_mut().find(|(f, _)| f == fate) {
                    Some((_, leaders)) => leaders.push(*leader),
                    None => self.leaders.push((*fate, vec![*leader])),
                }
            }
            Event::Dispersed { province, men, .. } => self.dispersed.push((*province, *men)),
            Event::Withdrawn { contingent, men } => self.withdrawn.push((*contingent, *men)),
            _ => return false,
        }
        true
    }

    /// The summed lines, one for each kind (and side) that happened.
    pub(super) fn lines(&self, lang: Lang, state: &GameState, context: &Context) -> Vec<Line> {
        let mut out = self.battle_lines(lang, state, context);
        let provinces = |ps: &[usize]| places(lang, state, ps.iter().copied());
        for (key, to, ps) in &self.control {
            let (count, names) = provinces(ps);
            let mut args = vec![("provinces", Arg::Str(names)), ("count", count.into())];
            if let Some(side) = to {
                args.extend(side!(lang, state, "side", *side));
            }
            out.push(said(lang, key, &args));
        }
        for (fate, leaders) in &self.leaders {
            let key = match fate {
                LeaderFate::Died => "chronicle-leader-died",
                LeaderFate::Captured => "chronicle-leader-captured",
                LeaderFate::Defected => "chronicle-leader-defected",
                LeaderFate::WentNeutral => "chronicle-leader-neutral",
                LeaderFate::Arrived => "chronicle-leader-arrived",
            };
            let names: Vec<String> = leaders
                .iter()
                .map(|&l| leader_name(lang, state, l))
                .collect();
            let args = [
                ("leaders", Arg::Str(list(lang, &names))),
                ("count", names.len().into()),
            ];
            out.push(said(lang, key, &args));
        }
        out.extend(self.skirmish_line(lang, state, context));
        for side in Side::BOTH {
            out.extend(self.evasion_line(lang, state, context, side));
        }
        let (raided, garrisons, bands) = &self.raids;
        if garrisons + bands >= NOTABLE_LOSSES {
            let (count, names) = provinces(raided);
            let mut args = vec![
                ("provinces", Arg::Str(names)),
                ("count", count.into()),
                ("garrison", men(*garrisons)),
                ("guerrillas", men(*bands)),
            ];
            // The bands raid the Empire's garrisons only.
            args.extend(side!(lang, state, "side", Side::Empire));
            out.push(said(lang, "chronicle-guerrilla", &args));
        }
        for (side, cause, lost, contingents) in &self.attrition {
            if *lost < NOTABLE_LOSSES {
                continue;
            }
            let key = match cause {
                AttritionCause::Fever => "chronicle-fever",
                AttritionCause::Supply => "chronicle-supply",
                AttritionCause::Desertion => "chronicle-desertion",
                AttritionCause::Siege => "chronicle-siege-losses",
                AttritionCause::Guerrilla => "chronicle-guerrilla-losses",
            };
            let names: Vec<String> = contingents
                .iter()
                .map(|&c| contingent_name(lang, state, c))
                .collect();
            let mut args = vec![
                ("men", men(*lost)),
                ("contingents", Arg::Str(list(lang, &names))),
            ];
            args.extend(side!(lang, state, "side", *side));
            out.push(said(lang, key, &args));
        }
        if !self.dispersed.is_empty() {
            let ps: Vec<usize> = self.dispersed.iter().map(|d| d.0).collect();
            let (_, names) = provinces(&ps);
            let args = [
                ("provinces", Arg::Str(names)),
                ("count", self.dispersed.len().into()),
                ("men", men(self.dispersed.iter().map(|d| d.1).sum())),
            ];
            out.push(said(lang, "chronicle-dispersed", &args));
        }
        if !self.withdrawn.is_empty() {
            let parts: Vec<String> = self
                .withdrawn
                .iter()
                .map(|&(c, m)| {
                    lang.tr_args(
                        "chronicle-withdrawn-part",
                        &[
                            ("men", men(m)),
                            ("contingent", Arg::Str(contingent_name(lang, state, c))),
                        ],
                    )
                })
                .collect();
            let args = [
                ("men", men(self.withdrawn.iter().map(|w| w.1).sum())),
                ("parts", Arg::Str(list(lang, &parts))),
            ];
            out.push(said(lang, "chronicle-withdrawn", &args));
        }
        out
    }

    /// The month's battles, each told with its armies, but no more than [`TOLD_BATTLES`]: the
    /// largest are told in full (in the order fought), the others summed in one line.
    fn battle_lines(&self, lang: Lang, state: &GameState, context: &Context) -> Vec<Line> {
        let engaged = |ev: &Event| match ev {
            Event::Battle { men, .. } => men[0] + men[1],
            _ => 0,
        };
        let mut by_size: Vec<usize> = (0..self.battles.len()).collect();
        // The largest first; of equals, the first fought.
        by_size.sort_by_key(|&i| (std::cmp::Reverse(engaged(&self.battles[i])), i));
        let told = if self.battles.len() > TOLD_BATTLES {
            TOLD_BATTLES - 1
        } else {
            TOLD_BATTLES
        };
        let mut in_full: Vec<usize> = by_size.iter().copied().take(told).collect();
        in_full.sort_unstable();
        let mut out: Vec<Line> = in_full
            .iter()
            .filter_map(|&i| super::line(lang, state, context, &self.battles[i]))
            .collect();
        out.extend(summed_fights(
            lang,
            state,
            "chronicle-battles",
            by_size.iter().skip(told).map(|&i| &self.battles[i]),
        ));
        out
    }

    /// One skirmish told as it was; several summed with where they were and what they cost.
    fn skirmish_line(&self, lang: Lang, state: &GameState, context: &Context) -> Option<Line> {
        match self.skirmishes.as_slice() {
            [] => None,
            [one] => super::line(lang, state, context, one),
            many => summed_fights(lang, state, "chronicle-skirmishes", many.iter()),
        }
    }

    /// A side's evasions: one told with its army, commander and road; several summed.
    fn evasion_line(
        &self,
        lang: Lang,
        state: &GameState,
        context: &Context,
        side: Side,
    ) -> Option<Line> {
        let evasions: Vec<&Evasion> = self.evasions.iter().filter(|e| e.side == side).collect();
        let mut args = match evasions.as_slice() {
            [] => return None,
            [one] => vec![
                (
                    "force",
                    Arg::Str(context.force(lang, state, one.army, one.leader)),
                ),
                ("from", province(lang, state, one.from)),
                ("to", province(lang, state, one.to)),
                ("men", men(one.losses)),
            ],
            many => {
                let (_, froms) = places(lang, state, many.iter().map(|e| e.from));
                vec![
                    ("count", many.len().into()),
                    ("from", Arg::Str(froms)),
                    ("men", men(many.iter().map(|e| e.losses).sum())),
                ]
            }
        };
        let key = if evasions.len() == 1 {
            "chronicle-evaded"
        } else {
            "chronicle-evasions"
        };
        args.extend(side!(lang, state, "side", side));
        Some(said(lang, key, &args))
    }
}
