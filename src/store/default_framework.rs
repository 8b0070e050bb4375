use crate::model::Framework;

/// The built-in framework (the organisation's mission, vision and values), embedded so the
/// program runs with no files around it.
pub const DEFAULT_FRAMEWORK_RON: &str =
    include_str!("../../assets/frameworks/mission-vision-values.ron");

/// The built-in framework.
pub fn default_framework() -> Framework {
    // Not user data: the embedded text is fixed at build time and checked by the test suite.
    ron::from_str(DEFAULT_FRAMEWORK_RON).expect("the built-in framework is valid RON")
}
