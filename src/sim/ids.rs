//! References by name between scenario items, resolved once to indices for fast rules.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// A reference, written as the target's string id in RON, to an item of kind `K`
/// (a province, a leader, …). Validation resolves it to the item's index, after which the
/// rules use [`Ref::idx`] and never compare strings.
pub struct Ref<K> {
    /// The id as written in the scenario.
    pub id: String,
    idx: u32,
    kind: PhantomData<fn() -> K>,
}

/// Marker types naming what a [`Ref`] points at; `NAME` is used in error messages.
pub trait RefKind {
    /// What the referenced item is called in messages, e.g. "province".
    const NAME: &'static str;
}

macro_rules! ref_kinds {
    ($($ty:ident => $name:literal),* $(,)?) => {
        $(
            #[doc = concat!("Marks a reference to a ", $name, ".")]
            #[derive(Debug, Clone, Copy, PartialEq, Eq)]
            pub struct $ty;
            impl RefKind for $ty {
                const NAME: &'static str = $name;
            }
        )*
    };
}

ref_kinds! {
    ProvinceKind => "province",
    LeaderKind => "leader",
    ContingentKind => "contingent",
    TrackKind => "track",
    ParameterKind => "parameter",
    TerrainKind => "terrain",
    PowerKind => "power",
    EventKind => "event",
}

impl<K> Ref<K> {
    /// A reference not yet resolved.
    pub fn new(id: impl Into<String>) -> Self {
        Ref {
            id: id.into(),
            idx: u32::MAX,
            kind: PhantomData,
        }
    }

    /// The index of the target in its scenario list. Only valid after validation.
    #[inline]
    pub fn idx(&self) -> usize {
        debug_assert!(self.idx != u32::MAX, "unresolved reference `{}`", self.id);
        self.idx as usize
    }

    /// The index of the target, or `None` if the reference is not resolved.
    pub fn idx_checked(&self) -> Option<usize> {
        (self.idx != u32::MAX).then_some(self.idx as usize)
    }

    /// Points the reference at index `idx`.
    pub fn set_idx(&mut self, idx: usize) {
        self.idx = idx as u32;
    }
}

impl<K> Clone for Ref<K> {
    fn clone(&self) -> Self {
        Ref {
            id: self.id.clone(),
            idx: self.idx,
            kind: PhantomData,
        }
    }
}

impl<K> PartialEq for Ref<K> {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl<K> Eq for Ref<K> {}

impl<K> fmt::Debug for Ref<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.id)
    }
}

impl<K> fmt::Display for Ref<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.id)
    }
}

impl<K> Serialize for Ref<K> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.id)
    }
}

impl<'de, K> Deserialize<'de> for Ref<K> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Ref::new(String::deserialize(deserializer)?))
    }
}
