//! Headless tests of the bridge between the client and the rules (being written).
