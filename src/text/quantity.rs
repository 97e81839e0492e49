//! Numbers and quantities in a statement: digits, number words, bounds ("at least eight",
//! "more than 200", "nearly doubled"), vague amounts ("dozens", "several thousand").
//! PLACEHOLDER: the interface is fixed, the extraction is to be written.

use serde::{Deserialize, Serialize};

/// How a written figure bounds the true value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    /// "13", "thirteen", "doubled".
    Exact,
    /// "at least 8", "8 or more".
    AtLeast,
    /// "more than 200", "over 200".
    MoreThan,
    /// "at most 5", "up to 5".
    AtMost,
    /// "fewer than 5", "under 5".
    LessThan,
    /// "about 500", "some 500", "roughly", "around", "an estimated".
    About,
    /// "nearly 19 million", "almost", "close to".
    Nearly,
    /// A vague amount: "dozens", "hundreds", "several thousand", "a few".
    Vague,
}

/// What sort of figure it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuantityKind {
    /// A count of things or people: "eight killed", "hundreds of protesters".
    Count,
    /// A calendar year: "1989", "in 2019".
    Year,
    /// Money: "$2.5 million", "two million euros".
    Money,
    /// "40 percent", "40%".
    Percent,
    /// A factor of change: "doubled" (2), "tripled" (3), "halved" (0.5).
    Multiplier,
    /// A length of time: "two-week", "three decades", "for 30 years".
    Duration,
    /// An age: "81", "25-year-old".
    Age,
    /// Anything else with a number (clock times, article numbers, ordinals).
    Other,
}

/// One figure found in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// Byte range of the whole expression in the input, bound words included.
    pub start: usize,
    pub end: usize,
    /// As written: "at least eight", "several thousand".
    pub text: String,
    /// The nominal number: 8 for "at least eight", 2 for "doubled", 19e6 for "19 million".
    pub value: f64,
    /// Interval of true values the expression allows; `high` may be `f64::INFINITY`.
    pub low: f64,
    pub high: f64,
    pub bound: Bound,
    pub kind: QuantityKind,
    /// Unit or head noun right after the figure, lowercase: "people", "police officers",
    /// "euros", "years". Empty when none.
    pub unit: String,
}

impl Quantity {
    /// True when the two intervals overlap, so both figures can be true at once.
    pub fn compatible_with(&self, other: &Quantity) -> bool {
        self.low <= other.high && other.low <= self.high
    }
}

/// Every figure in `text`, in order, without overlaps.
pub fn extract_quantities(_text: &str) -> Vec<Quantity> {
    Vec::new()
}
