//! What validation derives from a scenario for the rules: neighbours, distances, ids by index.

/// Who borders whom, built once by validation so that the rules never scan the border list.
#[derive(Debug, Clone, Default)]
pub struct Graph {
    /// Land neighbours of each province, in index order.
    pub land: Vec<Vec<usize>>,
    /// Sea neighbours of each province that are not also land neighbours, in index order.
    pub sea: Vec<Vec<usize>>,
    /// Moves between every pair of provinces, `hops[by_sea][from * n + to]`: by land alone
    /// (`by_sea` 0), and by land and sea lanes (1); `u32::MAX` where there is no way.
    pub hops: [Vec<u32>; 2],
    /// Province, contingent and leader indices by id, so that a command naming one is found
    /// by one hash rather than by comparing ids. Only looked up, never iterated, so the
    /// hash map's order cannot reach the rules.
    pub ids: Ids,
    /// Province and contingent ids as commands carry them, made once at validation: a
    /// command built by a policy shares their text rather than copying it.
    pub names: Names,
    /// The tracks the rules move themselves (`turn::track::REQUIRED`), by their place there:
    /// their indices, so that the month never looks them up by id.
    pub required_tracks: Option<[usize; 4]>,
}

/// The ids commands name, by index, made once at validation (see
/// [`crate::sim::command::Id`]).
#[derive(Debug, Clone, Default)]
pub struct Names {
    /// Provinces, in scenario order.
    pub provinces: Vec<crate::sim::command::Id>,
    /// Contingents, in scenario order.
    pub contingents: Vec<crate::sim::command::Id>,
}

/// [`Names`] for these province and contingent ids.
pub fn shared_names<'a>(
    provinces: impl Iterator<Item = &'a str>,
    contingents: impl Iterator<Item = &'a str>,
) -> Names {
    Names {
        provinces: provinces.map(Into::into).collect(),
        contingents: contingents.map(Into::into).collect(),
    }
}

/// The scenario's ids, by kind, each with its index in the scenario's list.
#[derive(Debug, Clone, Default)]
pub struct Ids {
    /// Provinces.
    pub provinces: rustc_hash::FxHashMap<String, usize>,
    /// Contingents.
    pub contingents: rustc_hash::FxHashMap<String, usize>,
    /// Leaders.
    pub leaders: rustc_hash::FxHashMap<String, usize>,
}
