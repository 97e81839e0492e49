//! The `parallax-comparison` JSON contract (version 1).
