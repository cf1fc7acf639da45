//! The debrief's files: one Markdown page per student (their war against the history and the
//! computer's wars, the prediction, the questions with their evidence), the class against the
//! model, and the same figures as CSV; all in the reader's language, short enough to print.
use super::debrief::Model;
use super::evidence::{self, War, ai_held_median, ai_median, standing};
use crate::lab::outputs::csv_field;
use crate::lab::{DateLabel, KeyDate, Trial, percent};
use crate::sim::pack::{Evidence, LoadedPack};
use crate::sim::{Month, Side};
use crate::text::{Lang, chronicle};

/// Most events shown under one divergence: the page must stay printable.
const MOST_CAUSES: usize = 4;

/// Every file of the debrief, by name: `<student>.md` for each save, `class.md`, `class.csv`
/// and `months.csv`.
pub fn files(lang: Lang, p: &LoadedPack, wars: &[War], models: &[Model]) -> Vec<(String, String)> {
    let model_of = |w: &War| {
        models
            .iter()
            .find(|m| m.params == w.state.params)
            .unwrap_or(&models[0])
    };
    let mut out = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for w in wars {
        let stem = std::path::Path::new(&w.file).file_stem().map_or_else(
            || "student".to_string(),
            |s| s.to_string_lossy().into_owned(),
        );
        let stem: String = stem
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let mut name = format!("{stem}.md");
        let mut k = 2;
        while names.contains(&name) || name == "class.md" {
            name = format!("{stem}-{k}.md");
            k += 1;
        }
        names.push(name.clone());
        out.push((name, student_page(lang, p, w, &model_of(w).trials)));
    }
    out.push(("class.md".to_string(), class_page(lang, p, wars, models)));
    out.push(("class.csv".to_string(), class_csv(p, wars, models)));
    out.push(("months.csv".to_string(), months_csv(p, wars, models)));
    out
}

/// A month for people, or the words for a date that did not come by the lesson's end.
fn when(lang: Lang, m: Option<Month>) -> String {
    m.map_or_else(|| lang.tr("debrief-not-by-end"), |m| lang.month(m))
}

/// The historical month of a key date, if the scenario's history has one.
fn history_date(p: &LoadedPack, d: KeyDate) -> Option<Month> {
    p.loaded
        .scenario
        .history
        .key_dates
        .iter()
        .find(|h| h.date == d)
        .map(|h| h.month)
}

/// A history month for people: "after the lesson" when it lies past the lesson's last month.
fn history_text(lang: Lang, p: &LoadedPack, d: KeyDate) -> String {
    match history_date(p, d) {
        Some(m) if m > p.last_month() => {
            lang.tr_args("debrief-after-lesson", &[("month", lang.month(m).into())])
        }
        Some(m) => lang.month(m),
        None => "—".to_string(),
    }
}

fn sides_text(lang: Lang, sides: &[Side]) -> String {
    sides
        .iter()
        .map(|s| super::side_name(lang, *s))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Where the war stood when the lesson (or the war) ended.
fn standing_text(lang: Lang, w: &War) -> String {
    match (&w.state.outcome, w.last_played) {
        (Some(o), _) => match o.winner {
            Some(side) => lang.tr_args(
                "debrief-standing-won",
                &[
                    ("side", super::side_name(lang, side).into()),
                    ("month", lang.month(o.month).into()),
                ],
            ),
            None => lang.tr_args(
                "debrief-standing-undecided",
                &[("month", lang.month(o.month).into())],
            ),
        },
        (None, Some(m)) => {
            lang.tr_args("debrief-standing-going", &[("month", lang.month(m).into())])
        }
        (None, None) => lang.tr("debrief-standing-unplayed"),
    }
}

/// What happened, in one paragraph: where the war stood and the key dates that came.
fn what_happened(lang: Lang, w: &War) -> String {
    let came: Vec<String> = KeyDate::ALL
        .iter()
        .filter_map(|&d| {
            w.date(d)
                .map(|m| format!("{} ({})", d.label(lang), lang.month(m)))
        })
        .collect();
    let dates = if came.is_empty() {
        lang.tr("debrief-dates-none")
    } else {
        lang.tr_args("debrief-dates-came", &[("list", came.join("; ").into())])
    };
    format!("{} {}", standing_text(lang, w), dates)
}

/// The levers of this war that differ from the pack's values, for people.
fn levers_line(lang: Lang, p: &LoadedPack, w: &War) -> String {
    let scenario = &p.loaded.scenario;
    let moved: Vec<String> = scenario
        .parameters
        .iter()
        .enumerate()
        .filter(|(i, _)| w.state.params.get(*i) != p.values.get(*i))
        .map(|(i, param)| {
            format!(
                "{}: {}",
                crate::lab::lever_name(lang, scenario, param),
                w.state.params[i]
            )
        })
        .collect();
    if moved.is_empty() {
        lang.tr("debrief-levers-pack")
    } else {
        lang.tr_args("debrief-levers", &[("levers", moved.join("; ").into())])
    }
}

/// How a key date of this war stands against history, in words.
fn divergence(lang: Lang, p: &LoadedPack, w: &War, d: KeyDate) -> Option<String> {
    let history = history_date(p, d);
    let mine = w.date(d);
    let last = p.last_month();
    let key = match (mine, history) {
        (Some(m), Some(h)) if m == h => return None,
        (Some(m), Some(h)) if h > last => {
            return Some(lang.tr_args(
                "debrief-came-before-history",
                &[
                    ("month", lang.month(m).into()),
                    ("history", lang.month(h).into()),
                ],
            ));
        }
        (Some(m), Some(h)) if m < h => ("debrief-earlier", h.months_since(m)),
        (Some(m), Some(h)) => ("debrief-later", m.months_since(h)),
        (None, Some(h)) if h <= last => {
            return Some(lang.tr_args(
                "debrief-never",
                &[
                    ("last", lang.month(last).into()),
                    ("history", lang.month(h).into()),
                ],
            ));
        }
        _ => return None,
    };
    Some(lang.tr_args(key.0, &[("months", key.1.into())]))
}

/// France's will and its heaviest causes, in one sentence.
fn will_sentence(lang: Lang, w: &War) -> Option<String> {
    let (from, to, causes) = w.france_will()?;
    let named: Vec<String> = causes
        .iter()
        .take(3)
        .map(|(cause, amount)| {
            let key = format!("cause-{}", cause.replace('_', "-"));
            let name = if lang.has_key(&key) {
                lang.tr(&key)
            } else {
                cause.clone()
            };
            format!("{name} ({})", lang.number((amount * 10.0).round() / 10.0))
        })
        .collect();
    Some(lang.tr_args(
        "debrief-will",
        &[
            ("from", lang.number(from.round()).into()),
            ("to", lang.number(to.round()).into()),
            ("causes", named.join(", ").into()),
        ],
    ))
}

/// The divergences from history with the events of this war that led to each.
fn why_section(lang: Lang, p: &LoadedPack, w: &War) -> String {
    let mut out = String::new();
    for d in KeyDate::ALL {
        let Some(how) = divergence(lang, p, w, d) else {
            continue;
        };
        out.push_str(&format!("- **{}**: {how}\n", d.label(lang)));
        let around = w.date(d).or(history_date(p, d)).unwrap_or(p.last_month());
        let causes = w.causes_of(d, around, MOST_CAUSES);
        for l in &causes {
            if let Some(line) = chronicle::describe(lang, &w.state, &l.event) {
                // A scripted event is told as a bulleted title over its text: one line here.
                let line = line.trim_start_matches(['•', ' ']).replace('\n', " ");
                out.push_str(&format!("  - {}: {line}\n", lang.month(l.month)));
            }
        }
        if matches!(d, KeyDate::WithdrawalAnnounced | KeyDate::FrenchGone)
            && let Some(s) = will_sentence(lang, w)
        {
            out.push_str(&format!("  - {s}\n"));
        } else if causes.is_empty() {
            out.push_str(&format!("  - {}\n", lang.tr("debrief-no-events")));
        }
    }
    if out.is_empty() {
        out = format!("{}\n", lang.tr("debrief-no-divergence"));
    }
    out
}

/// The key-date table: history, this war, the computer's median and where this war falls.
fn dates_table(lang: Lang, p: &LoadedPack, w: &War, trials: &[Trial]) -> String {
    let start = p.loaded.scenario.start;
    let mut out = format!(
        "| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n",
        lang.tr("debrief-col-date"),
        lang.tr("debrief-col-history"),
        lang.tr("debrief-col-yours"),
        lang.tr("debrief-col-computer"),
        lang.tr("debrief-col-standing"),
    );
    for d in KeyDate::ALL {
        let (median, came) = ai_median(d, trials, start);
        let s = standing(d, w.date(d), trials);
        out.push_str(&format!(
            "| {} | {} | {} | {} ({}) | {} / {} / {} |\n",
            d.label(lang),
            history_text(lang, p, d),
            when(lang, w.date(d)),
            when(lang, median),
            lang.tr_args(
                "debrief-came-share",
                &[("share", percent(lang, came).into())]
            ),
            percent(lang, s.earlier),
            percent(lang, s.same),
            percent(lang, s.later),
        ));
    }
    out
}

/// "Your Empire lasted longer than 80 % of them": where the Empire's end falls.
fn empire_headline(lang: Lang, w: &War, trials: &[Trial]) -> String {
    let s = standing(KeyDate::EmpireEnds, w.date(KeyDate::EmpireEnds), trials);
    lang.tr_args(
        "debrief-empire-headline",
        &[
            ("longer", percent(lang, s.earlier).into()),
            ("same", percent(lang, s.same).into()),
            ("shorter", percent(lang, s.later).into()),
            ("runs", trials.len().into()),
        ],
    )
}

/// Provinces held against the history, at the months the history counts.
fn provinces_table(lang: Lang, p: &LoadedPack, w: &War, trials: &[Trial]) -> String {
    let start = p.loaded.scenario.start;
    let mut rows = String::new();
    for h in &p.loaded.scenario.history.provinces_held {
        let Some(mine) = w.held_at(h.month) else {
            continue;
        };
        let i = h.month.months_since(start) as usize;
        let k = if h.side == Side::Republic { 0 } else { 2 };
        rows.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            lang.month(h.month),
            super::side_name(lang, h.side),
            h.count,
            mine[k],
            lang.number(ai_held_median(trials, i)[k]),
        ));
    }
    if rows.is_empty() {
        return format!("{}\n", lang.tr("debrief-no-history-provinces"));
    }
    format!(
        "| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n{rows}",
        lang.tr("debrief-col-month"),
        lang.tr("debrief-col-side"),
        lang.tr("debrief-col-history"),
        lang.tr("debrief-col-yours"),
        lang.tr("debrief-col-computer-median"),
    )
}

/// The evidence beside one question.
fn evidence_lines(
    lang: Lang,
    p: &LoadedPack,
    w: &War,
    trials: &[Trial],
    asked: &[Evidence],
) -> String {
    let all_dates = [
        Evidence::CapitalFalls,
        Evidence::Regency,
        Evidence::Empire,
        Evidence::WithdrawalAnnounced,
        Evidence::FrenchGone,
        Evidence::EmpireEnds,
    ];
    let items: &[Evidence] = if asked.is_empty() { &all_dates } else { asked };
    let start = p.loaded.scenario.start;
    let mut out = String::new();
    for e in items {
        let line = match e {
            Evidence::Winner => {
                let share = |side: Option<Side>| {
                    percent(
                        lang,
                        trials.iter().filter(|t| t.winner == side).count() as f64
                            / trials.len().max(1) as f64,
                    )
                };
                lang.tr_args(
                    "debrief-evidence-winner",
                    &[
                        ("standing", standing_text(lang, w).into()),
                        ("republic", share(Some(Side::Republic)).into()),
                        ("empire", share(Some(Side::Empire)).into()),
                        ("none", share(None).into()),
                    ],
                )
            }
            Evidence::Provinces => match (w.last_played, w.held.last()) {
                (Some(m), Some(h)) => {
                    let ai = ai_held_median(trials, w.held.len() - 1);
                    lang.tr_args(
                        "debrief-evidence-provinces",
                        &[
                            ("month", lang.month(m).into()),
                            ("r", h[0].into()),
                            ("c", h[1].into()),
                            ("e", h[2].into()),
                            ("mr", lang.number(ai[0]).into()),
                            ("mc", lang.number(ai[1]).into()),
                            ("me", lang.number(ai[2]).into()),
                        ],
                    )
                }
                _ => lang.tr("debrief-standing-unplayed"),
            },
            Evidence::FranceWill => {
                will_sentence(lang, w).unwrap_or_else(|| lang.tr("debrief-no-events"))
            }
            date => {
                let d = date_of(*date);
                let (median, came) = ai_median(d, trials, start);
                lang.tr_args(
                    "debrief-evidence-date",
                    &[
                        ("date", d.label(lang).into()),
                        ("history", history_text(lang, p, d).into()),
                        ("yours", when(lang, w.date(d)).into()),
                        ("median", when(lang, median).into()),
                        ("share", percent(lang, came).into()),
                    ],
                )
            }
        };
        out.push_str(&format!("- {line}\n"));
    }
    out
}

/// The key date an evidence item names (only called for dates).
fn date_of(e: Evidence) -> KeyDate {
    match e {
        Evidence::CapitalFalls => KeyDate::CapitalFalls,
        Evidence::Regency => KeyDate::Regency,
        Evidence::Empire => KeyDate::Empire,
        Evidence::WithdrawalAnnounced => KeyDate::WithdrawalAnnounced,
        Evidence::FrenchGone => KeyDate::FrenchGone,
        _ => KeyDate::EmpireEnds,
    }
}

/// One student's page.
fn student_page(lang: Lang, p: &LoadedPack, w: &War, trials: &[Trial]) -> String {
    let lesson = w.state.lesson.as_ref();
    let sides = lesson.map_or_else(Vec::new, |l| l.sides.clone());
    let mut out = format!(
        "# {}\n\n{}\n\n{}\n\n",
        lang.tr_args(
            "debrief-title",
            &[
                ("title", p.pack.title.as_str().into()),
                ("student", w.file.as_str().into())
            ]
        ),
        lang.tr_args(
            "debrief-subtitle",
            &[
                ("hash", p.hash.as_str().into()),
                ("sides", sides_text(lang, &sides).into()),
                ("months", w.held.len().into()),
                ("first", lang.month(p.loaded.scenario.start).into()),
                (
                    "last",
                    w.last_played
                        .map_or_else(|| "—".to_string(), |m| lang.month(m))
                        .into()
                ),
            ],
        ),
        levers_line(lang, p, w),
    );
    out.push_str(&format!("## {}\n\n", lang.tr("debrief-prediction-heading")));
    out.push_str(&format!(
        "**{}**\n\n> {}\n\n{}\n\n",
        p.pack.prediction.prompt,
        lesson
            .and_then(|l| l.prediction.clone())
            .unwrap_or_else(|| lang.tr("debrief-prediction-none")),
        lang.tr_args(
            "debrief-what-happened",
            &[("summary", what_happened(lang, w).into())]
        ),
    ));
    out.push_str(&format!("## {}\n\n", lang.tr("debrief-history-heading")));
    out.push_str(&dates_table(lang, p, w, trials));
    out.push_str(&format!("\n{}\n\n", empire_headline(lang, w, trials)));
    out.push_str(&format!("### {}\n\n", lang.tr("debrief-why-heading")));
    out.push_str(&why_section(lang, p, w));
    out.push_str(&format!(
        "\n## {}\n\n",
        lang.tr("debrief-provinces-heading")
    ));
    out.push_str(&provinces_table(lang, p, w, trials));
    out.push_str(&format!(
        "\n## {}\n\n",
        lang.tr("debrief-questions-heading")
    ));
    for (i, q) in p.pack.questions.iter().enumerate() {
        out.push_str(&format!("**{}. {}**\n\n", i + 1, q.text));
        out.push_str(&evidence_lines(lang, p, w, trials, &q.evidence));
        out.push('\n');
    }
    out
}

/// The class against the model (the computer's wars under the pack's own levers).
fn class_page(lang: Lang, p: &LoadedPack, wars: &[War], models: &[Model]) -> String {
    let trials = &models[0].trials;
    let start = p.loaded.scenario.start;
    let n = wars.len();
    let mut out = format!(
        "# {}\n\n{}\n\n",
        lang.tr_args(
            "debrief-class-title",
            &[("title", p.pack.title.as_str().into())]
        ),
        lang.tr_args(
            "debrief-class-subtitle",
            &[
                ("hash", p.hash.as_str().into()),
                ("students", n.into()),
                ("runs", trials.len().into()),
                ("last", lang.month(p.last_month()).into()),
            ],
        ),
    );
    out.push_str(&format!(
        "| {} | {} | {} | {} |\n|---|---|---|---|\n",
        lang.tr("debrief-col-date"),
        lang.tr("debrief-col-history"),
        lang.tr("debrief-col-class"),
        lang.tr("debrief-col-computer"),
    ));
    for d in KeyDate::ALL {
        let class: Vec<Option<i32>> = wars
            .iter()
            .map(|w| w.date(d).map(|m| m.months_since(start)))
            .collect();
        let q = crate::lab::stats::censored_quartiles(&class);
        let came = class.iter().filter(|c| c.is_some()).count();
        let (median, share) = ai_median(d, trials, start);
        out.push_str(&format!(
            "| {} | {} | {} ({}/{}) | {} ({}) |\n",
            d.label(lang),
            history_text(lang, p, d),
            when(lang, q.median.map(|i| start.plus(i))),
            came,
            n,
            when(lang, median),
            lang.tr_args(
                "debrief-came-share",
                &[("share", percent(lang, share).into())]
            ),
        ));
    }
    out.push_str(&format!(
        "\n## {}\n\n",
        lang.tr("debrief-class-standing-heading")
    ));
    out.push_str(&format!(
        "| | {} | {} |\n|---|---|---|\n",
        lang.tr("debrief-col-class-count"),
        lang.tr("debrief-col-model-share"),
    ));
    for (side, key) in [
        (Some(Side::Republic), "lab-winner-republic"),
        (Some(Side::Empire), "lab-winner-empire"),
        (None, "debrief-outcome-going"),
    ] {
        let class = wars
            .iter()
            .filter(|w| w.state.outcome.as_ref().and_then(|o| o.winner) == side)
            .count();
        let model =
            trials.iter().filter(|t| t.winner == side).count() as f64 / trials.len().max(1) as f64;
        out.push_str(&format!(
            "| {} | {class}/{n} | {} |\n",
            lang.tr(key),
            percent(lang, model)
        ));
    }
    out.push_str(&format!(
        "\n## {}\n\n",
        lang.tr("debrief-class-predictions-heading")
    ));
    out.push_str(&format!("**{}**\n\n", p.pack.prediction.prompt));
    let predictions: Vec<Option<String>> = wars
        .iter()
        .map(|w| w.state.lesson.as_ref().and_then(|l| l.prediction.clone()))
        .collect();
    let choices = &p.pack.prediction.choices;
    if !choices.is_empty() {
        for c in choices {
            let k = predictions
                .iter()
                .filter(|x| x.as_deref() == Some(c.as_str()))
                .count();
            out.push_str(&format!("- {c}: {k}/{n}\n"));
        }
    }
    out.push_str(&format!(
        "\n| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n",
        lang.tr("debrief-col-student"),
        lang.tr("debrief-col-prediction"),
        lang.tr("debrief-col-standing-end"),
        lang.tr("lab-date-empire-ends"),
        lang.tr("debrief-col-empire-longer"),
    ));
    for (w, pred) in wars.iter().zip(&predictions) {
        // Each war among the computer's wars under its own levers, as on its own page.
        let own = &model_for(models, w).trials;
        let s = standing(KeyDate::EmpireEnds, w.date(KeyDate::EmpireEnds), own);
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            w.file,
            pred.clone()
                .unwrap_or_else(|| "—".to_string())
                .replace('|', "/"),
            standing_text(lang, w),
            when(lang, w.date(KeyDate::EmpireEnds)),
            percent(lang, s.earlier),
        ));
    }
    out
}

/// The computer's wars under the levers `w` was played with.
fn model_for<'a>(models: &'a [Model], w: &War) -> &'a Model {
    models
        .iter()
        .find(|m| m.params == w.state.params)
        .unwrap_or(&models[0])
}

/// One row per student: the pack, the side(s), where the war stood, each key date, the
/// provinces at the end, where the Empire's end falls among the computer's wars, the prediction.
fn class_csv(p: &LoadedPack, wars: &[War], models: &[Model]) -> String {
    let mut out = String::from("student,pack,sides,last_month,winner,rule");
    for d in KeyDate::ALL {
        out.push(',');
        out.push_str(d.key());
    }
    out.push_str(",republic,contested,empire,empire_lasted_longer_than,computer_wars,prediction\n");
    for w in wars {
        let trials = &models
            .iter()
            .find(|m| m.params == w.state.params)
            .unwrap_or(&models[0])
            .trials;
        let lesson = w.state.lesson.as_ref();
        let sides: Vec<&str> = lesson.map_or_else(Vec::new, |l| {
            l.sides
                .iter()
                .map(|s| {
                    if *s == Side::Republic {
                        "republic"
                    } else {
                        "empire"
                    }
                })
                .collect()
        });
        let (winner, rule) = match &w.state.outcome {
            Some(o) => (
                match o.winner {
                    Some(Side::Republic) => "republic",
                    Some(Side::Empire) => "empire",
                    None => "none",
                },
                o.rule.clone(),
            ),
            None => ("none", "stopped".to_string()),
        };
        out.push_str(&format!(
            "{},{},{},{},{winner},{}",
            csv_field(&w.file),
            p.hash,
            sides.join(" "),
            w.last_played.map_or_else(String::new, |m| m.to_string()),
            csv_field(&rule),
        ));
        for d in KeyDate::ALL {
            out.push(',');
            if let Some(m) = w.date(d) {
                out.push_str(&m.to_string());
            }
        }
        let end = w.held.last().copied().unwrap_or([0; 3]);
        let s = evidence::standing(KeyDate::EmpireEnds, w.date(KeyDate::EmpireEnds), trials);
        out.push_str(&format!(
            ",{},{},{},{:.3},{},{}\n",
            end[0],
            end[1],
            end[2],
            s.earlier,
            trials.len(),
            csv_field(
                &lesson
                    .and_then(|l| l.prediction.clone())
                    .unwrap_or_default()
            ),
        ));
    }
    out
}

/// Provinces held month by month: each student's war, the history where it counts, and the
/// median of the computer's wars.
fn months_csv(p: &LoadedPack, wars: &[War], models: &[Model]) -> String {
    let start = p.loaded.scenario.start;
    let history = |m: Month, side: Side| {
        p.loaded
            .scenario
            .history
            .provinces_held
            .iter()
            .find(|h| h.month == m && h.side == side)
            .map_or_else(String::new, |h| h.count.to_string())
    };
    let mut out = String::from(
        "student,month,republic,contested,empire,history_republic,history_empire,computer_median_republic,computer_median_empire\n",
    );
    for w in wars {
        let trials = &models
            .iter()
            .find(|m| m.params == w.state.params)
            .unwrap_or(&models[0])
            .trials;
        for (i, h) in w.held.iter().enumerate() {
            let m = start.plus(i as i32);
            let ai = ai_held_median(trials, i);
            out.push_str(&format!(
                "{},{m},{},{},{},{},{},{},{}\n",
                csv_field(&w.file),
                h[0],
                h[1],
                h[2],
                history(m, Side::Republic),
                history(m, Side::Empire),
                ai[0],
                ai[2],
            ));
        }
    }
    out
}
