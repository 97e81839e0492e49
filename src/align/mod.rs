//! Alignment: which statements from different sources report the same fact.

use crate::analysis::Config;
use crate::model::{Analysis, Link};

/// Candidate links between statements of different sources, scored, with reasons.
pub fn link_statements(_analysis: &Analysis, _config: &Config) -> Vec<Link> {
    Vec::new()
}
