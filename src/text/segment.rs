//! Sentence segmentation: placeholder.
