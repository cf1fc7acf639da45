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
    /// command built by a policy shares them rather than copying the text.
    pub names: Names,
    /// The tracks the rules move themselves (`turn::track::REQUIRED`), by their place there:
    /// their indices, so that the month never looks them up by id.
    pub required_tracks: Option<[usize; 4]>,
}

/// The ids commands name, shared (see [`crate::sim::command::Id`]).
#[derive(Debug, Clone, Default)]
pub struct Names {
    /// Provinces, in scenario order.
    pub provinces: Vec<crate::sim::command::Id>,
    /// Contingents, in scenario order.
    pub contingents: Vec<crate::sim::command::Id>,
}

impl Names {
    /// The province whose shared id `id` is, if it is one.
    pub fn province(&self, id: &crate::sim::command::Id) -> Option<usize> {
        find_shared(&self.provinces, id)
    }

    /// The contingent whose shared id `id` is, if it is one.
    pub fn contingent(&self, id: &crate::sim::command::Id) -> Option<usize> {
        find_shared(&self.contingents, id)
    }
}

/// The index a shared id carries, if the item there has that very id: an id shared by another
/// scenario, or of another kind, is found by its text instead.
fn find_shared(list: &[crate::sim::command::Id], id: &crate::sim::command::Id) -> Option<usize> {
    let (index, text) = id.shared_index()?;
    let (_, listed) = list.get(index)?.shared_index()?;
    (listed == text).then_some(index)
}

/// [`Names`] for these province and contingent ids.
pub fn shared_names<'a>(
    provinces: impl Iterator<Item = &'a str>,
    contingents: impl Iterator<Item = &'a str>,
) -> Names {
    let share = |(i, text): (usize, &str)| crate::sim::command::Id::shared(text, i);
    Names {
        provinces: provinces.enumerate().map(share).collect(),
        contingents: contingents.enumerate().map(share).collect(),
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
