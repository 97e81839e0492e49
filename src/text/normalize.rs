//! Normalised terms: placeholder.
