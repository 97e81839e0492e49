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
