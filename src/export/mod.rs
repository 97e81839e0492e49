//! export: placeholder, filled by its issue.
