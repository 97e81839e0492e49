//! Background document frequencies: how common each matching key is in general news.
//!
//! The table (`assets/lexicon/news-df.tsv`) was computed once by `parallax build-df` over
//! about 7,000 news articles on many unrelated events (shootings, robberies, disasters,
//! elections), none of them the bundled set. It tells the aligner that "alliance" says more
//! than "country" even when a small article set repeats both, since the same fact told by
//! five outlets makes a word locally frequent without making it uninformative.

use std::collections::HashMap;
use std::sync::LazyLock;

const TABLE: &str = include_str!("../../../../assets/lexicon/news-df.tsv");

struct Background {
    documents: f32,
    df: HashMap<&'static str, u32>,
}

static BACKGROUND: LazyLock<Background> = LazyLock::new(|| {
    let mut lines = TABLE.lines();
    let documents = lines
        .next()
        .and_then(|l| l.strip_prefix("#documents\t"))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1.0);
    let df = lines
        .filter_map(|l| {
            let (k, n) = l.split_once('\t')?;
            Some((k, n.parse().ok()?))
        })
        .collect();
    Background { documents, df }
});

/// Inverse document frequency of a key in general news; keys the table lacks are rare
/// there (seen in fewer than the table's cut-off of documents) and get the highest weight.
pub fn idf(key: &str) -> f32 {
    let b = &*BACKGROUND;
    let df = b.df.get(key).copied().unwrap_or(1) as f32;
    ((b.documents + 1.0) / (df + 0.5)).ln()
}

/// Is the key one the table holds: seen in general news at least as often as its cut-off?
pub fn is_known(key: &str) -> bool {
    BACKGROUND.df.contains_key(key)
}

/// The number of documents the table was computed over.
pub fn documents() -> f32 {
    BACKGROUND.documents
}

#[cfg(test)]
mod tests {
    use super::BACKGROUND;
    use crate::text::word_lists::{CONCEPTS, Section};

    /// Concepts added after the table was computed (2026-11-23), which it gives no row and so
    /// weighs as the rarest keys. Giving them their rows (as `parallax build-df` counts them)
    /// was measured in the twentieth session: match F1 fell 0.677 -> 0.669 (AMD 0.554 ->
    /// 0.514, its acquisitions weighing less) while fact F1 rose 0.575 -> 0.587
    /// (docs/MEASUREMENTS.md); the weights were fitted with them rare, so they stay so until
    /// the scorer is refitted. "landfall" is rare in the news corpus itself.
    const WEIGHED_AS_RARE: [&str; 14] = [
        "ACQUIRE",
        "BAILOUT",
        "CEO",
        "CFO",
        "CONDEMN",
        "CTO",
        "DENY",
        "FIREBOMB",
        "FOIL",
        "GRENADE",
        "INJUREDRESERVE",
        "LANDFALL",
        "ROAD",
        "TOPPLE",
    ];

    #[test]
    fn every_concept_has_its_document_frequency() {
        let missing: Vec<&str> = CONCEPTS
            .sections()
            .iter()
            .map(Section::name)
            .filter(|c| !BACKGROUND.df.contains_key(c) && !WEIGHED_AS_RARE.contains(c))
            .collect();
        assert!(
            missing.is_empty(),
            "concepts without a row in news-df.tsv (they would weigh as the rarest keys; \
             count them with `parallax build-df ../shared/corpora/news -o FILE` and add \
             their rows): {missing:?}"
        );
        let mut listed = WEIGHED_AS_RARE.to_vec();
        listed.sort_unstable();
        assert_eq!(listed, WEIGHED_AS_RARE, "kept sorted");
        for c in WEIGHED_AS_RARE {
            assert!(
                !BACKGROUND.df.contains_key(c),
                "{c} has a row: take it off the list"
            );
        }
    }

    #[test]
    fn the_table_is_sorted() {
        let keys: Vec<&str> = super::TABLE
            .lines()
            .skip(1)
            .filter_map(|l| l.split_once('\t').map(|(k, _)| k))
            .collect();
        assert!(
            keys.windows(2).all(|w| w[0] < w[1]),
            "news-df.tsv is sorted, one row a key"
        );
    }
}
