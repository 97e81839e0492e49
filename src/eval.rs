//! Evaluation against a gold file of relations (`seed-gold.json`).
