//! desktop: placeholder, filled by its issue.
