//! Facts: groups of linked statements with a per-source stance (the claim-by-source matrix).

use crate::model::{Analysis, Fact};

/// Group links into facts.
pub fn build_facts(_analysis: &Analysis) -> Vec<Fact> {
    Vec::new()
}
