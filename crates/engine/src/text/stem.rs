//! The Snowball English stemmer, shared by the normaliser and the lexicon (which stems its
//! word lists when it builds its tables).

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Snowball English stem of a lowercase word.
pub fn stem(word: &str) -> String {
    // Snowball folds "international" onto "internal" (`intern`).
    if word.starts_with("international") {
        return "internation".to_string();
    }
    STEMMER.stem(word).into_owned()
}
