//! The window's language: one resource, chosen at start and in the menu, that every panel
//! reads and passes to the text layer for its words.
use crate::text::Lang;
use bevy::prelude::*;

/// The language the window is shown in.
#[derive(Resource, Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WindowLang(pub Lang);
