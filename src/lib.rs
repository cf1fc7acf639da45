//! Águila y Corona: the rules of the Second French Intervention in Mexico and, behind the
//! `client` feature, the Bevy game that plays them.
pub mod cli;
pub mod cli_help;
pub mod cli_scenarios;
pub mod lab;
pub mod lesson;
pub mod places;
pub mod run;
pub mod scenarios;
pub mod sim;
pub mod text;

#[cfg(feature = "client")]
pub mod client;
