//! annotate: placeholder, filled by its issue.
