//! The conflicts and the user's link decisions in the HTML report: a card per conflict
//! (both statements with their words marked, outlets, explanation) and per decision.

use super::*;

pub(super) fn conflicts_section(h: &mut String, report: &Report) {
    let s = &report.summary;
    let _ = writeln!(
        h,
        "<section id=\"conflicts\">\n<h2>Conflicts ({}; {} hard)</h2>",
        s.conflicts, s.hard_conflicts
    );
    if report.conflicts.is_empty() {
        h.push_str("<p class=\"empty\">No conflicts were found between these sources.</p>\n");
    } else {
        h.push_str("<p class=\"meta\">Hard conflicts cannot both be true; soft ones differ in precision, scope, tense or wording and may both be true.</p>\n");
    }
    let confirmed = report.conflicts.iter().filter(|c| c.confirmed).count();
    let by_hand = report.conflicts.iter().filter(|c| c.added_by_hand).count();
    let rejected = report
        .decisions_of(DecisionKind::Rejected)
        .filter(|d| {
            d.applied
                && d.machine
                    .as_ref()
                    .is_some_and(|m| m.conflict_kind.is_some())
        })
        .count();
    if confirmed + by_hand + rejected > 0 {
        let mut parts = Vec::new();
        if confirmed > 0 {
            parts.push(format!("{confirmed} confirmed by the checker"));
        }
        if by_hand > 0 {
            parts.push(format!(
                "{by_hand} marked as {} by the checker",
                if by_hand == 1 {
                    "a conflict"
                } else {
                    "conflicts"
                }
            ));
        }
        if rejected > 0 {
            parts.push(format!(
                "{rejected} {} found by the engine rejected by the checker and left out (see <a href=\"#decisions\">Link decisions</a>)",
                if rejected == 1 { "conflict" } else { "conflicts" }
            ));
        }
        let _ = writeln!(
            h,
            "<p class=\"meta\">Of these conflicts: {}.</p>",
            parts.join("; ")
        );
    }
    for c in &report.conflicts {
        conflict_card(h, report, c);
    }
    h.push_str("</section>\n");
}

pub(super) fn conflict_card(h: &mut String, report: &Report, c: &ConflictRow) {
    let severity = severity_name(c.severity);
    let _ = writeln!(
        h,
        "<article class=\"conflict-card {severity}\" id=\"link-{}\">\n<div class=\"conflict-head\"><span class=\"badge kind\">{}</span><span class=\"badge {severity}\">{severity}</span>{}{}<span class=\"meta\">{} ↔ {}</span></div>",
        c.link.0,
        escape(c.kind),
        hand_badges(c),
        c.fact_id
            .as_deref()
            .map(|f| format!("<span class=\"badge\">fact {}</span>", escape(f)))
            .unwrap_or_default(),
        escape(&c.a.id),
        escape(&c.b.id),
    );
    if !c.explanation.is_empty() {
        let _ = writeln!(h, "<p class=\"explanation\">{}</p>", escape(&c.explanation));
    }
    for other in &c.also {
        let _ = writeln!(
            h,
            "<p class=\"explanation\">{}</p>",
            escape(&also_line(other))
        );
    }
    h.push_str("<div class=\"pair\">\n");
    for (side, first) in [(&c.a, true), (&c.b, false)] {
        let _ = writeln!(
            h,
            "<blockquote><cite>{} · {}</cite>{}</blockquote>",
            escape(&side.source_label),
            escape(&side.id),
            conflict_side_html(c, first)
        );
    }
    h.push_str("</div>\n");
    if shared_word_share(&c.diff) >= DIFF_LINE_MIN_SHARE {
        h.push_str("<p class=\"diff\"><span class=\"diff-label\">Word difference</span>");
        h.push_str(&diff_html(&c.diff));
        h.push_str("</p>\n");
    }
    // The checker's own words are shown with the decision below, not as a machine reason.
    let reasons: Vec<&String> = c
        .reasons
        .iter()
        .filter(|r| {
            c.decision.is_none()
                || !(r.starts_with(CONFIRMED_BY_HAND) || r.starts_with(ADDED_BY_HAND))
        })
        .collect();
    if !reasons.is_empty() {
        let _ = writeln!(
            h,
            "<div class=\"reasons\">Linked because: {}{} (score {:.2})</div>",
            escape(
                &reasons
                    .iter()
                    .take(4)
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            if reasons.len() > 4 { "; …" } else { "" },
            c.score
        );
    }
    if let Some(d) = c.decision.and_then(|i| report.link_decisions.get(i)) {
        let _ = writeln!(
            h,
            "<div class=\"reasons\">{} by the checker{}: <a href=\"#decision-{}\">see the link decision</a></div>",
            escape(d.kind.label()),
            if d.reason.is_empty() {
                String::new()
            } else {
                format!(" (“{}”)", escape(&shorten(&d.reason, 160)))
            },
            escape(&d.id)
        );
    }
    for &n in &c.annotations {
        if let Some(a) = report.annotations.get(n) {
            let _ = writeln!(
                h,
                "<div class=\"reasons\">Annotation: {}{} <a href=\"#annotation-{}\">{}</a></div>",
                verdict_badge(a),
                review_badge(a),
                escape(&a.id),
                escape(&shown_link_text(&first_line(&a.note, 120)))
            );
        }
    }
    h.push_str("</article>\n");
}

/// Badges saying a conflict was confirmed or made by the checker.
pub(super) fn hand_badges(c: &ConflictRow) -> String {
    let mut out = String::new();
    if c.confirmed {
        out.push_str("<span class=\"badge confirmed\">✓ confirmed</span>");
    }
    if c.added_by_hand {
        out.push_str("<span class=\"badge by-hand\">added by checker</span>");
    }
    out
}

pub(super) fn decisions_section(h: &mut String, report: &Report) {
    let s = &report.summary;
    if report.link_decisions.is_empty() {
        return;
    }
    let _ = writeln!(
        h,
        "<section id=\"decisions\">\n<h2>Link decisions ({})</h2>",
        s.link_decisions
    );
    let mut counts = s.decision_counts().to_vec();
    if s.orphaned_link_decisions > 0 {
        counts.push(format!(
            "<span class=\"orphan\">{} orphaned</span>",
            s.orphaned_link_decisions
        ));
    }
    let _ = writeln!(
        h,
        "<p class=\"decision-counts\">{}. The checker's corrections to the engine's links: confirmed links are kept and marked, rejected ones are left out of the conflicts, the matrix and the highlighted texts, added ones are included.</p>",
        counts.join(" · ")
    );
    for d in &report.link_decisions {
        decision_card(h, d);
    }
    h.push_str("</section>\n");
}

pub(super) fn decision_card(h: &mut String, d: &LinkDecisionRow) {
    let mut classes = vec![d.kind.name()];
    if d.kind == DecisionKind::Rejected {
        classes.push("rejected");
    } else if d.is_conflict() {
        classes.push("conflict");
    }
    if d.orphan {
        classes.push("orphaned");
    } else if !d.applied {
        classes.push("no-effect");
    }
    let ids = |side: &crate::export::report::DecisionSide| {
        side.place
            .statement_id
            .as_deref()
            .map(escape)
            .unwrap_or_else(|| "missing".to_string())
    };
    let _ = writeln!(
        h,
        "<article class=\"decision {}\" id=\"decision-{}\">\n<div class=\"conflict-head\"><span class=\"badge dk-{}\">{}</span>{}<span class=\"meta\">{} ↔ {} · {}</span></div>",
        classes.join(" "),
        escape(&d.id),
        d.kind.name(),
        escape(&d.title()),
        d.fact_id
            .as_deref()
            .map(|f| format!(
                "<a class=\"badge\" href=\"#fact-{0}\">fact {0}</a>",
                escape(f)
            ))
            .unwrap_or_default(),
        ids(&d.a),
        ids(&d.b),
        escape(&d.effect),
    );
    if d.orphan {
        h.push_str("<p class=\"orphan sans\">A statement of this decision is missing from the current articles; its saved quote is shown. The decision changed nothing.</p>\n");
    }
    h.push_str("<div class=\"pair\">\n");
    for side in [&d.a, &d.b] {
        let _ = writeln!(
            h,
            "<blockquote{}><cite>{}{}</cite>{}</blockquote>",
            if side.found { "" } else { " class=\"missing\"" },
            escape(&side.place.source_label),
            match &side.place.statement_id {
                Some(id) => format!(" · {}", escape(id)),
                None if side.place.source.is_none() => " · file not in this set".to_string(),
                None => " · text not found".to_string(),
            },
            escape(&side.text)
        );
    }
    h.push_str("</div>\n");
    if !d.reason.is_empty() {
        let _ = writeln!(
            h,
            "<p class=\"reason\"><span class=\"diff-label\">Reason</span>{}</p>",
            escape(&d.reason)
        );
    }
    match &d.machine {
        Some(m) => {
            let _ = writeln!(
                h,
                "<p class=\"machine\"><strong>The engine had said:</strong> {}</p>",
                escape(&m.describe())
            );
        }
        None if !d.orphan => {
            h.push_str("<p class=\"machine\"><strong>The engine had said:</strong> no link between these statements.</p>\n");
        }
        None => {}
    }
    if let Some(link) = d.link
        && d.is_conflict()
    {
        let _ = writeln!(
            h,
            "<div class=\"meta\"><a href=\"#link-{}\">See the conflict above</a></div>",
            link.0
        );
    }
    h.push_str("</article>\n");
}

/// One side of a conflict card. When the two statements share most of their words, the
/// words the other side lacks are marked ([`side_html`]); when they share few, marking
/// every differing word is noise, so only the conflicting value (the figure, date or
/// phrase the engine compared) is marked, if it is found in the text.
pub(super) fn conflict_side_html(c: &ConflictRow, first: bool) -> String {
    let (text, value) = if first {
        (&c.a.text, c.value_a.as_deref())
    } else {
        (&c.b.text, c.value_b.as_deref())
    };
    let value = value.map(str::trim).filter(|v| !v.is_empty());
    match value.and_then(|v| text.find(v).map(|at| (at, v.len()))) {
        Some((at, len)) if shared_word_share(&c.diff) < DIFF_LINE_MIN_SHARE => {
            let tag = if first { "del" } else { "ins" };
            format!(
                "{}<{tag}>{}</{tag}>{}",
                escape(&text[..at]),
                escape(&text[at..at + len]),
                escape(&text[at + len..])
            )
        }
        _ => side_html(&c.diff, first),
    }
}

/// One side of a conflict with the words the other side lacks marked, as the workbench's
/// inspector marks them ([`diff_side`]): `<del>` on the first statement, `<ins>` on the
/// second.
pub fn side_html(diff: &[DiffPiece], first: bool) -> String {
    let tag = if first { "del" } else { "ins" };
    let mut out = String::new();
    for (text, marked) in diff_side(diff, first) {
        if marked {
            let _ = write!(out, "<{tag}>{}</{tag}>", escape(&text));
        } else {
            out.push_str(&escape(&text));
        }
    }
    out
}

/// The word-level difference with `<del>` for words only in the first statement and
/// `<ins>` for words only in the second.
pub fn diff_html(diff: &[DiffPiece]) -> String {
    let mut out = String::new();
    for piece in diff {
        match piece {
            DiffPiece::Same(t) => out.push_str(&escape(t)),
            DiffPiece::Removed(t) => {
                let _ = write!(out, "<del>{}</del>", escape(t));
            }
            DiffPiece::Added(t) => {
                let _ = write!(out, "<ins>{}</ins>", escape(t));
            }
        }
    }
    out
}
