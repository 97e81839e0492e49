//! Date conflicts: two statements of one fact that place it on different days, after
//! weekdays are resolved against each article's date.

use crate::model::{ConflictKind, Severity};
use crate::text::date::{DatePrecision, extract_dates};

use super::{Finding, Side};

pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    let days = |s: &Side| {
        extract_dates(s.text(), s.article_date)
            .into_iter()
            .filter(|d| d.precision == DatePrecision::Day && d.resolved.is_some())
            // "until January 19", "since Sunday": the edge of a span, not when it happened.
            .filter(|d| {
                let head = s.text()[..d.start].trim_end().to_lowercase();
                ![
                    "until", "till", "through", "since", "from", "by", "before", "after",
                ]
                .iter()
                .any(|w| head.ends_with(w) || d.text.to_lowercase().starts_with(w))
            })
            .collect::<Vec<_>>()
    };
    let (da, db) = (days(a), days(b));
    // Only a single dated event on each side can be compared safely.
    let ([x], [y]) = (da.as_slice(), db.as_slice()) else {
        return None;
    };
    let (dx, dy) = (x.resolved?, y.resolved?);
    if dx == dy {
        return None;
    }
    Some(Finding {
        kind: ConflictKind::Date,
        severity: Severity::Soft,
        explanation: format!(
            "date differs: “{}” ({}, {}) vs “{}” ({}, {})",
            x.text,
            dx.format("%A %-d %B %Y"),
            a.outlet,
            y.text,
            dy.format("%A %-d %B %Y"),
            b.outlet
        ),
        value_a: Some(x.text.clone()),
        value_b: Some(y.text.clone()),
    })
}
