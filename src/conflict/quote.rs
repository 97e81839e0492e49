//! Quote-wording conflicts: one quotation rendered with different words (or spelling) by two
//! outlets. An excerpt of a longer quotation is not a conflict; a different quotation is not
//! compared at all.

use similar::{ChangeTag, TextDiff};

use crate::model::{ConflictKind, Severity};
use crate::text::normalize;

use super::{Finding, Side};

/// A quotation in a text: the words between matching quote marks.
#[derive(Debug, Clone, PartialEq)]
pub struct Quotation<'a> {
    pub text: &'a str,
    pub start: usize,
}

/// Quotations in `text`: curly pairs “…”, and straight pairs "…" taken in order.
pub fn quotations(text: &str) -> Vec<Quotation<'_>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '“') | (None, '"') => open = Some((i + c.len_utf8(), c)),
            (Some((s, '“')), '”') | (Some((s, '"')), '"') => {
                let q = text[s..i].trim();
                if !q.is_empty() {
                    out.push(Quotation { text: q, start: s });
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

fn folded(words: &[String]) -> Vec<String> {
    words.iter().map(|w| normalize::stem(w)).collect()
}

/// Compare the quotations of two statements.
pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    let (qa, qb) = (quotations(a.text()), quotations(b.text()));
    for x in &qa {
        for y in &qb {
            if let Some(f) = compare_quotes(x.text, y.text, a, b) {
                return Some(f);
            }
        }
    }
    None
}

fn raw_lower_words(s: &str) -> Vec<String> {
    normalize::raw_words(s)
        .into_iter()
        .map(|(_, _, w)| w)
        .collect()
}

fn compare_quotes(x: &str, y: &str, a: &Side, b: &Side) -> Option<Finding> {
    let (raw_x, raw_y) = (raw_lower_words(x), raw_lower_words(y));
    if raw_x.is_empty() || raw_y.is_empty() || raw_x == raw_y {
        return None;
    }
    let (wx, wy) = (normalize::wording(x), normalize::wording(y));
    // Same words once spelling is folded: a spelling difference of one quotation.
    if wx == wy {
        return Some(Finding {
            kind: ConflictKind::QuoteWording,
            severity: Severity::Soft,
            explanation: format!(
                "the same quotation is spelled differently: “{x}” ({}) vs “{y}” ({})",
                a.outlet, b.outlet
            ),
            value_a: Some(x.to_string()),
            value_b: Some(y.to_string()),
        });
    }
    if wx.len() < 3 || wy.len() < 3 {
        return None;
    }
    let (sx, sy) = (folded(&wx), folded(&wy));
    let sx_ref: Vec<&str> = sx.iter().map(String::as_str).collect();
    let sy_ref: Vec<&str> = sy.iter().map(String::as_str).collect();
    let diff = TextDiff::from_slices(&sx_ref, &sy_ref);
    if diff.ratio() < 0.6 {
        return None; // different quotations
    }
    // Words each side has that the other lacks, ignoring a longer excerpt's extra ends.
    let ops: Vec<(ChangeTag, usize)> = diff
        .iter_all_changes()
        .enumerate()
        .map(|(i, c)| (c.tag(), i))
        .collect();
    let first_equal = ops.iter().position(|(t, _)| *t == ChangeTag::Equal)?;
    let last_equal = ops.iter().rposition(|(t, _)| *t == ChangeTag::Equal)?;
    let mut only_x = Vec::new();
    let mut only_y = Vec::new();
    let (mut ix, mut iy) = (0usize, 0usize);
    for (n, change) in diff.iter_all_changes().enumerate() {
        let inside = n > first_equal && n < last_equal;
        match change.tag() {
            ChangeTag::Equal => {
                ix += 1;
                iy += 1;
            }
            ChangeTag::Delete => {
                if inside {
                    only_x.push(wx[ix].clone());
                }
                ix += 1;
            }
            ChangeTag::Insert => {
                if inside {
                    only_y.push(wy[iy].clone());
                }
                iy += 1;
            }
        }
    }
    if only_x.is_empty() && only_y.is_empty() {
        return None; // one is an excerpt of the other
    }
    let show = |w: &[String]| {
        if w.is_empty() {
            "nothing".to_string()
        } else {
            format!("“{}”", w.join(" "))
        }
    };
    Some(Finding {
        kind: ConflictKind::QuoteWording,
        severity: Severity::Soft,
        explanation: format!(
            "the same quotation is worded differently: {} has {} where {} has {}",
            a.outlet,
            show(&only_x),
            b.outlet,
            show(&only_y)
        ),
        value_a: Some(x.to_string()),
        value_b: Some(y.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_straight_and_curly_quotations() {
        let q = quotations(r#"He said "act tough" and “protect our state”."#);
        let texts: Vec<_> = q.iter().map(|q| q.text).collect();
        assert_eq!(texts, ["act tough", "protect our state"]);
    }
}
