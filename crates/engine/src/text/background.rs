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

/// The number of documents the table was computed over.
pub fn documents() -> f32 {
    BACKGROUND.documents
}
