//! The document layer of Parallax, over an engine [`parallax_engine::Analysis`]: the
//! checker's judgement ([`annotate`]: verdicts, notes, tags, evidence, link decisions,
//! source corrections), its save files ([`store`]: RON, versioned, autosaved), and what is
//! printed from both ([`export`]: HTML, Markdown, CSV, JSON, ClaimReview, W3C annotations,
//! the comparison JSON contract and the plain-text summary), with [`present`], what every
//! view shows alike (statuses, colours, word differences).

pub mod annotate;
pub mod export;
pub mod present;
pub mod store;

/// Is `path` one of `files`? Paths are compared after resolving links; a file that does
/// not exist yet is none of them. Outputs are never written over their inputs.
pub fn is_one_of<'p>(
    path: &std::path::Path,
    files: impl IntoIterator<Item = &'p std::path::Path>,
) -> bool {
    let Ok(target) = std::fs::canonicalize(path) else {
        return false;
    };
    files
        .into_iter()
        .any(|p| std::fs::canonicalize(p).is_ok_and(|p| p == target))
}

/// Is `path` one of the articles the analysis compares? An export or a save is never
/// written over one: a slip in a file dialog would lose the article.
pub(crate) fn is_an_article(
    analysis: &parallax_engine::model::Analysis,
    path: &std::path::Path,
) -> bool {
    is_one_of(
        path,
        analysis.sources.iter().filter_map(|s| s.path.as_deref()),
    )
}
