//! Text processing of one statement: segmentation, normalised terms, numbers and
//! quantities with their bounds, dates, quotations; the parse of a statement (tokens with
//! offsets and folded forms) that later stages read instead of splitting text again.

pub mod background;
pub mod date;
#[cfg(test)]
mod fuzz_texts;
pub mod lexicon;
pub mod lists;
pub mod lone_count;
pub mod normalize;
pub mod numbered_place;
pub mod numbers;
pub mod parse;
pub mod quantity;
pub mod segment;
pub mod stem;
pub mod word_lists;
pub mod zero_count;
