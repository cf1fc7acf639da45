//! Shared builders for rule tests: a tiny three-province world (north – capital – port) that
//! each test fills with the armies, events and settings it needs.
#![allow(
    dead_code,
    reason = "each test binary uses a different part of the helpers"
)]

use aguila::sim::ids::Ref;
use aguila::sim::load::{self, ron_options};
use aguila::sim::scenario::*;
use aguila::sim::{Command, Event, GameState};

/// The historical campaign with its default parameters, seeded with `seed`.
pub fn historical(seed: u64) -> GameState {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/historical_1861.ron");
    let loaded = load::load_scenario_file(&path).expect("historical scenario loads");
    let params = load::parameter_values(&loaded.scenario, &[]).expect("defaults");
    GameState::new(loaded.scenario, params, seed)
}

/// Runs the `aguila` binary in a neutral locale (English) and returns what it did.
pub fn aguila(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_aguila"))
        .args(args)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("the binary runs")
}

/// A command's standard output as text.
pub fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A command's standard error as text.
pub fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Runs the command `args` with `--out` naming a file that exists: it must be refused before
/// anything is played, with a clear error, and the file left as it was.
pub fn refuses_a_file_as_out(args: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a_file");
    std::fs::write(&file, "mine").unwrap();
    let mut all = args.to_vec();
    all.extend(["--out", file.to_str().unwrap()]);
    let o = aguila(&all);
    assert_eq!(o.status.code(), Some(1), "{args:?}");
    assert!(
        stderr(&o).contains("is a file, not a folder"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
}

/// The path of a file under tests/fixtures.
pub fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A scenario under construction.
pub struct World {
    pub scenario: Scenario,
    pub overrides: Vec<(String, String)>,
}

impl World {
    /// North – capital – port, nobody in them, all held by the Republic.
    pub fn tiny() -> World {
        let loaded = load::load_scenario_file(&fixture("tiny.ron")).expect("tiny.ron is valid");
        World {
            scenario: loaded.scenario,
            overrides: Vec::new(),
        }
    }

    /// Adds an army of one contingent.
    pub fn army(mut self, name: &str, side: Side, at: &str, contingent: &str, men: u32) -> World {
        self.scenario.armies.push(ArmyDef {
            id: name.to_string(),
            name: name.to_string(),
            side,
            location: Ref::new(at),
            leader: None,
            troops: vec![DetachmentDef {
                contingent: Ref::new(contingent),
                strength: men,
            }],
            source: "test".into(),
        });
        self
    }

    /// Puts a leader at the head of the last army added.
    pub fn led_by(mut self, leader: &str) -> World {
        if let Some(a) = self.scenario.armies.last_mut() {
            a.leader = Some(Ref::new(leader));
        }
        self
    }

    /// Adds an event written in RON.
    pub fn event(mut self, ron_text: &str) -> World {
        let ev: EventDef = ron_options().from_str(ron_text).expect("test event parses");
        self.scenario.events.push(ev);
        self
    }

    /// Adds a victory rule written in RON.
    pub fn victory(mut self, ron_text: &str) -> World {
        let v: VictoryDef = ron_options()
            .from_str(ron_text)
            .expect("test victory parses");
        self.scenario.victory.push(v);
        self
    }

    /// Adds a judgement at the last month, written in RON.
    pub fn judgement(mut self, ron_text: &str) -> World {
        let j: JudgementDef = ron_options()
            .from_str(ron_text)
            .expect("test judgement parses");
        self.scenario.judgement.push(j);
        self
    }

    /// Sets a province's control (−100 Republic … +100 Empire).
    pub fn control(mut self, province: &str, control: f64) -> World {
        self.province(province).control = control;
        self
    }

    /// Changes anything else.
    pub fn with(mut self, change: impl FnOnce(&mut Scenario)) -> World {
        change(&mut self.scenario);
        self
    }

    /// A province definition by id.
    pub fn province(&mut self, id: &str) -> &mut ProvinceDef {
        self.scenario
            .provinces
            .iter_mut()
            .find(|p| p.id == id)
            .expect("known province")
    }

    /// Overrides a parameter.
    pub fn set(mut self, name: &str, value: &str) -> World {
        self.overrides.push((name.into(), value.into()));
        self
    }

    /// Validates (resolving every reference) and starts the game.
    pub fn build(mut self, seed: u64) -> GameState {
        let errors: Vec<_> = load::validate(&mut self.scenario, "", "test")
            .into_iter()
            .filter(|d| d.is_error())
            .collect();
        assert!(errors.is_empty(), "test world is invalid: {errors:?}");
        let params =
            load::parameter_values(&self.scenario, &self.overrides).expect("valid overrides");
        GameState::new(self.scenario, params, seed)
    }
}

/// An order to raise `men` of `contingent` in `province`.
pub fn recruit(province: &str, contingent: &str, men: u32) -> Command {
    Command::Recruit {
        province: province.into(),
        contingent: contingent.into(),
        men,
    }
}

/// The id of the army with this name.
pub fn army_id(state: &GameState, name: &str) -> u32 {
    state
        .armies
        .iter()
        .find(|a| a.name == name)
        .map(|a| a.id)
        .unwrap_or_else(|| panic!("no army {name}"))
}

/// Men in the army with this name (0 if it is gone).
pub fn men(state: &GameState, name: &str) -> u32 {
    state
        .armies
        .iter()
        .find(|a| a.name == name)
        .map_or(0, |a| a.strength())
}

/// Where the army with this name stands.
pub fn location(state: &GameState, name: &str) -> String {
    let a = state
        .armies
        .iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("no army {name}"));
    state.scenario.provinces[a.location].id.clone()
}

/// Index of a province by id.
pub fn p(state: &GameState, id: &str) -> usize {
    state.province_index(id).expect("known province")
}

/// Orders an army to move (panics if refused).
pub fn order_move(state: &mut GameState, side: Side, name: &str, to: &str) {
    let army = army_id(state, name);
    state
        .apply(
            side,
            &Command::Move {
                army,
                to: to.into(),
            },
        )
        .expect("move accepted");
}

/// Changes an army's stance (panics if refused).
pub fn set_stance(
    state: &mut GameState,
    side: Side,
    name: &str,
    stance: aguila::sim::state::Stance,
) {
    let army = army_id(state, name);
    state
        .apply(side, &Command::SetStance { army, stance })
        .expect("stance accepted");
}

/// Resolves `n` months and returns all the events.
pub fn months(state: &mut GameState, n: usize) -> Vec<Event> {
    (0..n).flat_map(|_| state.resolve_month()).collect()
}
