//! Headless tests of the game's Lab: an experiment played by the worker yields its results
//! resource (the same trials the lab plays, summarised and compared), a cancel stops the
//! counting at once, a trial opens as the same war to watch, the export writes its files (and
//! nothing into a folder that is a file), the pack is listed by its translated titles, and a
//! broken file in the pack is listed with its error.
use aguila::client::Screen;
use aguila::client::bridge;
use aguila::client::lab::export;
use aguila::client::lab::setup::LabSetup;
use aguila::client::lab::watch;
use aguila::client::lab::worker::{self, CancelLab, Experiment, LabResults, StartLab};
use aguila::client::words::WindowLang;
use aguila::lab::variant_title;
use aguila::lab::{self, Setup};
use aguila::sim::ai::{Ai, Difficulty};
use aguila::sim::{Month, Side};
use aguila::text::Lang;
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use std::path::Path;
use std::time::{Duration, Instant};

const SCENARIO: &str = "scenarios/historical_1861.ron";
const VARIANT: &str = "scenarios/counterfactuals/us_civil_war_1867.ron";

fn lab_app() -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin))
        .init_state::<Screen>()
        .init_resource::<WindowLang>()
        .add_plugins(worker::plugin);
    app
}

fn experiment(runs: u64, until: Option<Month>, levels: [Difficulty; 2]) -> Experiment {
    let lang = Lang::english();
    let setup = |path: &str| Setup::load(lang, Path::new(path), &[], false).expect("loads");
    Experiment {
        setups: vec![setup(SCENARIO), setup(VARIANT)],
        runs,
        seed: 40,
        levels,
        until,
    }
}

/// Updates the app until `done` holds; a guard against a hung worker, not a speed test.
fn update_until(app: &mut App, done: impl Fn(&LabResults) -> bool) {
    let started = Instant::now();
    while !done(app.world().resource::<LabResults>()) {
        assert!(
            started.elapsed() < Duration::from_secs(600),
            "the worker never got there"
        );
        app.update();
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn counted(results: &LabResults) -> usize {
    results.trials.iter().map(Vec::len).sum()
}

// Setup: the historical scenario and one counterfactual, 6 trials each to mid-1864, the
// Republic's AI at easy and the Empire's at hard.
// Action: start the experiment and let the window update until the worker is done.
// Expect: the results hold 6 trials per variant with seeds 40–45 in order, each the very
// trial the lab plays with those levels, one summary per variant over all 6, and one paired
// comparison over 6 pairs with its paragraph.
#[test]
fn an_experiment_yields_its_results() {
    let until: Month = "1864-06".parse().expect("a month");
    let levels = [Difficulty::Easy, Difficulty::Hard];
    let e = experiment(6, Some(until), levels);
    let mut app = lab_app();
    app.world_mut().write_message(StartLab(e.clone()));
    update_until(&mut app, |r| r.finished);

    let results = app.world().resource::<LabResults>();
    assert!(!results.cancelled);
    assert_eq!(results.done(), 6);
    assert_eq!(results.trials.len(), 2);
    for (setup, trials) in e.setups.iter().zip(&results.trials) {
        let seeds: Vec<u64> = trials.iter().map(|t| t.seed).collect();
        assert_eq!(seeds, (40..46).collect::<Vec<u64>>());
        for t in trials {
            let direct = lab::run_trial_by(setup, t.seed, Some(until), Box::new(Ai::new(levels)));
            assert_eq!(
                serde_json::to_string(t).expect("serialisable"),
                serde_json::to_string(&direct).expect("serialisable")
            );
        }
    }
    assert_eq!(results.summaries.len(), 2);
    assert!(results.summaries.iter().all(|s| s.runs == 6));
    // The tracks by month come with the results: one row per month from 1861-12 to 1864-06,
    // France's will at its start in the first month, and its quartiles over the six trials.
    let months = 31;
    for ((setup, s), trials) in e.setups.iter().zip(&results.summaries).zip(&results.trials) {
        assert_eq!(s.tracks.len(), months);
        assert_eq!(s.tracks[0].month, setup.scenario.start);
        assert_eq!(s.tracks.last().map(|m| m.month), Some(until));
        let will = |t: &aguila::lab::Trial, i: usize| f64::from(t.tracks[i][0]);
        let mut last: Vec<f64> = trials.iter().map(|t| will(t, months - 1)).collect();
        last.sort_by(f64::total_cmp);
        assert_eq!(
            s.tracks[months - 1].values[0].median,
            (last[2] + last[3]) / 2.0,
            "the median of six is the mean of the middle two"
        );
    }
    assert_eq!(results.summaries[1].label, e.setups[1].label);
    assert_eq!(results.comparisons.len(), 1);
    assert!(
        results.comparisons[0]
            .differences
            .iter()
            .all(|(_, d)| d.n == 6)
    );
    assert!(!results.comparisons[0].paragraph.is_empty());
}

// Setup: an experiment of 1,000 trials per variant.
// Action: once some trials are in, cancel; then let the worker stop and the window update on.
// Expect: the worker stops (the results say finished and cancelled), fewer than 1,000 trials
// were played, and not one trial is counted after the cancel.
#[test]
fn cancel_stops_the_counting() {
    let mut app = lab_app();
    app.world_mut()
        .write_message(StartLab(experiment(1000, None, [Difficulty::Normal; 2])));
    update_until(&mut app, |r| r.done() > 0);
    app.world_mut().write_message(CancelLab);
    app.update();
    let at_cancel = counted(app.world().resource::<LabResults>());
    update_until(&mut app, |r| r.finished);
    for _ in 0..20 {
        app.update();
        std::thread::sleep(Duration::from_millis(10));
    }
    let results = app.world().resource::<LabResults>();
    assert!(results.cancelled);
    assert_eq!(counted(results), at_cancel);
    assert!(results.done() < 1000);
    assert_eq!(results.trials[0].len(), results.trials[1].len());
}

// Setup: a finished experiment of 2 trials per variant, the Empire's AI at hard.
// Action: open the counterfactual's second trial to watch, and let the game's month worker
// play it month by month for both sides.
// Expect: the watched war is that trial: the same provinces held at the end of every month.
#[test]
fn a_trial_opens_as_the_same_war_to_watch() {
    let until: Month = "1865-06".parse().expect("a month");
    let levels = [Difficulty::Normal, Difficulty::Hard];
    let mut app = lab_app();
    app.world_mut()
        .write_message(StartLab(experiment(2, Some(until), levels)));
    update_until(&mut app, |r| r.finished);
    let results = app.world().resource::<LabResults>();
    let trial = results.trials[1][1].clone();
    let e = results.experiment.as_ref().expect("an experiment");
    let game = watch(e, 1, trial.seed).expect("the trial opens");
    assert_eq!(game.levels, levels);
    assert!(game.seats.iter().all(|s| *s == bridge::Seat::Ai));
    let mut state = game.state;
    let mut held = Vec::new();
    while state.outcome.is_none() && state.month <= until {
        state = bridge::play_month(state, &Side::BOTH, game.levels).state;
        let (r, c, e) = state.holder_counts();
        held.push([r, c, e]);
    }
    assert_eq!(held, trial.held);
}

// Setup: a finished experiment of 3 trials per variant.
// Action: export it into a fresh folder, then into a path that is a file.
// Expect: a new folder with its files: trials.csv with one row per trial of each variant, each
// naming the scenario's hash and its trial; the report with both variants, the comparison's
// paragraph and the charts as PNG; the charts as SVG and PNG, the tracks by month; a folder
// that is a file gives a clear error and nothing is written.
#[test]
fn export_writes_the_tables_the_chart_and_the_report() {
    let mut app = lab_app();
    app.world_mut().write_message(StartLab(experiment(
        3,
        Some("1863-06".parse().expect("a month")),
        [Difficulty::Normal; 2],
    )));
    update_until(&mut app, |r| r.finished);
    let results = app.world().resource::<LabResults>();
    let lang = Lang::english();
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let dir = export::write(lang, results, tmp.path()).expect("exported");
    assert_eq!(dir, tmp.path().join("experiment-1"));
    let trials = std::fs::read_to_string(dir.join("trials.csv")).expect("trials.csv");
    assert_eq!(trials.lines().count(), 1 + 2 * 3);
    let hash = &results.summaries[0].scenario_hash;
    for (i, row) in trials.lines().skip(1).enumerate() {
        assert!(row.starts_with(&format!("{hash},")), "{row}");
        assert!(
            row.contains(&format!(",{},{},", i % 3 + 1, 40 + i % 3)),
            "{row}"
        );
    }
    let report = std::fs::read_to_string(dir.join("report.md")).expect("report.md");
    for s in &results.summaries {
        assert!(report.contains(&format!("## {}", s.label)), "{report}");
    }
    assert!(report.contains(&results.comparisons[0].paragraph));
    assert!(report.contains("](provinces.png)") && report.contains("](tracks.png)"));
    for file in [
        "provinces.csv",
        "tracks.csv",
        "differences.csv",
        "provinces.svg",
        "tracks.svg",
    ] {
        assert!(dir.join(file).is_file(), "{file} missing");
    }
    for png in ["provinces.png", "tracks.png"] {
        let bytes = std::fs::read(dir.join(png)).expect("a PNG");
        assert!(bytes.starts_with(b"\x89PNG"), "{png}");
    }
    let again = export::write(lang, results, tmp.path()).expect("exported again");
    assert_eq!(again, tmp.path().join("experiment-2"));

    let file = tmp.path().join("a-file");
    std::fs::write(&file, "not a folder").expect("written");
    let err = export::write(lang, results, &file).expect_err("a file is not a folder");
    assert!(err.contains("a-file"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&file).expect("still there"),
        "not a folder"
    );
}

// Setup: the Lab reads the historical scenario and its counterfactual pack, in Spanish.
// Expect: all five variants are listed, and the US Civil War's by its Spanish title.
#[test]
fn the_pack_is_listed_by_its_translated_titles() {
    let spanish = Lang::resolve("es");
    let mut setup = LabSetup::new(SCENARIO.into());
    setup.load(spanish);
    assert_eq!(setup.pack.len(), 5);
    let titles: Vec<String> = setup
        .pack
        .iter()
        .map(|p| variant_title(spanish, &p.path, &p.variant.as_ref().expect("a variant").0))
        .collect();
    assert!(
        titles.contains(&"La guerra civil de Estados Unidos dura hasta 1867".to_string()),
        "{titles:?}"
    );
    let e = {
        setup.pack[3].chosen = true;
        setup.experiment(spanish).expect("an experiment")
    };
    assert_eq!(e.setups.len(), 2);
    assert_eq!(e.setups[1].label, titles[3]);
}

// Setup: a scenario in a folder of its own, whose counterfactual pack holds a broken variant
// file and a file that is a scenario, not a variant.
// Expect: both are listed with the reason they cannot be chosen (the broken one located in its
// file), nothing panics, and the experiment of the scenario alone still starts.
#[test]
fn a_broken_file_in_the_pack_is_listed_with_its_error() {
    let lang = Lang::english();
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let scenario = tmp.path().join("war.ron");
    std::fs::copy(SCENARIO, &scenario).expect("copied");
    let pack = tmp.path().join("counterfactuals");
    std::fs::create_dir(&pack).expect("a folder");
    std::fs::write(
        pack.join("broken.ron"),
        "Variant(format_version: 1, id: \"broken\", title: ",
    )
    .expect("written");
    std::fs::copy(SCENARIO, pack.join("not_a_variant.ron")).expect("copied");

    let mut setup = LabSetup::new(scenario);
    setup.load(lang);
    assert!(matches!(setup.base, Some(Ok(_))));
    assert_eq!(setup.pack.len(), 2);
    let errors: Vec<&String> = setup
        .pack
        .iter()
        .map(|p| p.variant.as_ref().expect_err("cannot be chosen"))
        .collect();
    assert!(errors[0].contains("broken.ron"), "{}", errors[0]);
    assert_eq!(*errors[1], lang.tr("labscreen-not-a-variant"));
    let e = setup.experiment(lang).expect("the scenario alone");
    assert_eq!(e.setups.len(), 1);
}

// Setup: three trials in which the Empire was proclaimed in the same month, April 1864.
// Expect: the box of that date is the whole month wide (from its start to its end), with the
// median in its middle: not a box with no width.
#[test]
fn a_date_every_trial_agrees_on_is_a_box_one_month_wide() {
    let april = Month::new(1864, 4);
    let trial = |seed| {
        let mut dates = [None; 6];
        dates[lab::KeyDate::Empire.index()] = Some(april);
        lab::Trial {
            seed,
            winner: None,
            rule: "stopped".into(),
            last_month: april,
            dates,
            held: Vec::new(),
            holders: Vec::new(),
            tracks: Vec::new(),
            outcome: None,
        }
    };
    let spread = aguila::client::lab::results::date_box(
        &[trial(1), trial(2), trial(3)],
        lab::KeyDate::Empire,
    )
    .expect("a box");
    let start = 1864.0 + 3.0 / 12.0;
    assert!((spread.quartile1 - start).abs() < 1e-9);
    assert!((spread.quartile3 - (start + 1.0 / 12.0)).abs() < 1e-9);
    assert!((spread.median - (start + 1.0 / 24.0)).abs() < 1e-9);
}

// Setup: trials the imperial side won before the Regency, under it, and under the Empire.
// Expect: each is named for what the side was when it won.
#[test]
fn a_trial_names_the_imperial_side_for_what_it_was() {
    let won = |regency: bool, empire: bool| {
        let mut dates = [None; 6];
        if regency {
            dates[lab::KeyDate::Regency.index()] = Some(Month::new(1863, 7));
        }
        if empire {
            dates[lab::KeyDate::Empire.index()] = Some(Month::new(1864, 4));
        }
        lab::Trial {
            seed: 1,
            winner: Some(Side::Empire),
            rule: "capital".into(),
            last_month: Month::new(1865, 1),
            dates,
            held: Vec::new(),
            holders: Vec::new(),
            tracks: Vec::new(),
            outcome: None,
        }
    };
    use aguila::client::lab::results::trial_outcome;
    assert_eq!(trial_outcome(&won(false, false)), "intervention");
    assert_eq!(trial_outcome(&won(true, false)), "regency");
    assert_eq!(trial_outcome(&won(true, true)), "empire");
}
