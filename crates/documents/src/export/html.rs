//! The HTML report: one self-contained page (inline CSS, no scripts, fonts, images or
//! network) that opens in any browser and prints cleanly.
//!
//! It shows the sources with their metadata, the summary counts, every conflict with both
//! statements, their outlets, the word-level difference and the explanation, the
//! claim-by-source matrix, every annotation (verdict in its colour, note, tags, evidence),
//! the user's link decisions (confirmed, rejected and hand-made links, with the reason and
//! what the engine had said) and the source texts highlighted in the app's status colours,
//! with a legend. Conflicts the user confirmed or made are marked as such.
//!
//! Every piece of text that comes from an article or a user is escaped with [`escape`];
//! evidence and source URLs become links only when they are `http(s)` URLs, and bidi
//! controls in link text and URLs are shown, not obeyed.

use std::fmt::Write as _;
use std::io::Write;

use super::ExportError;
use super::report::{
    AnnotationRow, ConflictRow, DecisionKind, LinkDecisionRow, MatrixCell, Report, TextPiece,
    fact_status_name, is_web_url, severity_name, shown_link_text, shown_url,
};
use crate::annotate::overrides::{ADDED_BY_HAND, CONFIRMED_BY_HAND};
use crate::present::diff::DIFF_LINE_MIN_SHARE;
use crate::present::palette::LIGHT;
use crate::present::{
    DiffPiece, StatementStatus, Timeline, TimelinePoint, diff_side, shared_word_share,
};
use parallax_engine::model::{Analysis, Severity};

/// Escape text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters other than tab and new line have no place in a report.
            c if c.is_control() && c != '\n' && c != '\t' && c != '\r' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// A link if `url` is an http(s) URL, else the URL as plain text. Bidi controls are made
/// visible in both ([`shown_url`], [`shown_link_text`]).
fn link_or_text(url: &str, label: &str) -> String {
    let shown = shown_url(url);
    let text = if label == url {
        shown.clone()
    } else {
        shown_link_text(label)
    };
    if is_web_url(url) {
        format!(
            "<a href=\"{}\" rel=\"noopener noreferrer nofollow\"{}>{}</a>",
            escape(&shown),
            if label == url { " class=\"bare\"" } else { "" },
            escape(&text)
        )
    } else if label == url {
        format!("<span class=\"plain-url\">{}</span>", escape(&shown))
    } else {
        format!(
            "{} <span class=\"plain-url\">({})</span>",
            escape(&text),
            escape(&shown)
        )
    }
}

/// A colour safe to put in a style attribute: `#` and 3 or 6 hex digits, else grey.
fn safe_colour(colour: &str) -> &str {
    let hex = colour.strip_prefix('#').unwrap_or("");
    if (hex.len() == 6 || hex.len() == 3) && hex.chars().all(|c| c.is_ascii_hexdigit()) {
        colour
    } else {
        "#757575"
    }
}

/// The report's style sheet (`assets/report/report.css`, inlined into every report). Its
/// words in capitals (`CONFLICT_ACCENT`, `AGREE_BG`, ...) are the status colours, replaced
/// by [`style`] with the presentation layer's light palette, which the workbench shares.
const STYLE: &str = include_str!("../../../../assets/report/report.css");

fn style() -> String {
    STYLE
        .replace("CONFLICT_ACCENT", &LIGHT.conflict_accent.hex())
        .replace("CONFLICT_BG", &LIGHT.conflict_background.hex())
        .replace("BP_TEXT", &LIGHT.boilerplate_text.hex())
        .replace("AGREE_ACCENT", &LIGHT.corroborated_accent.hex())
        .replace("AGREE_BG", &LIGHT.corroborated_background(2, 3).hex())
        .replace("DIFF_REMOVED", &LIGHT.diff_removed.hex())
        .replace("DIFF_ADDED", &LIGHT.diff_added.hex())
}

/// Write the HTML report.
pub fn write(report: &Report, analysis: &Analysis, out: &mut dyn Write) -> Result<(), ExportError> {
    out.write_all(render(report, analysis).as_bytes())?;
    Ok(())
}

/// The HTML report as a string.
pub fn render(report: &Report, analysis: &Analysis) -> String {
    let mut h = String::with_capacity(64 * 1024);
    let s = &report.summary;
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"generator\" content=\"Parallax {}\">\n<title>Parallax report: {}</title>\n<style>\n{}</style>\n</head>\n<body>\n<div class=\"page\">\n",
        env!("CARGO_PKG_VERSION"),
        escape(&report.title),
        style()
    );

    // Masthead and summary.
    let outlets: Vec<String> = report.sources.iter().map(|r| escape(&r.label)).collect();
    let _ = write!(
        h,
        "<header>\n<div class=\"kicker\">Parallax comparison report</div>\n<h1>{}</h1>\n\
         <p class=\"lede\">How {} {} reported the same event: {}.</p>\n",
        escape(&report.title),
        s.sources,
        if s.sources == 1 { "source" } else { "sources" },
        outlets.join(", ")
    );
    h.push_str("<div class=\"cards\" id=\"summary\">\n");
    card(&mut h, "", s.shared_facts, "facts in 2+ sources");
    card(
        &mut h,
        "corroborated",
        s.corroborated_facts,
        "corroborated facts",
    );
    card(
        &mut h,
        "conflict",
        s.conflicts,
        &format!("conflicts ({} hard)", s.hard_conflicts),
    );
    card(&mut h, "", s.unique_statements, "unique statements");
    card(&mut h, "", s.annotations, "annotations");
    if s.link_decisions > 0 {
        card(&mut h, "", s.link_decisions, "link decisions");
    }
    h.push_str("</div>\n");
    let _ = writeln!(
        h,
        "<p class=\"meta\">{} statements in all, {} of them boilerplate (captions, credits, interface text) left out of matching; {} matching links; {} facts in all, {} of them stated by one source only.</p>",
        s.statements, s.boilerplate, s.matches, s.facts, s.single_facts
    );
    legend(&mut h, s.sources);
    let decisions_toc = if s.link_decisions > 0 {
        format!(
            " · <a href=\"#decisions\">Link decisions ({})</a>",
            s.link_decisions
        )
    } else {
        String::new()
    };
    let _ = writeln!(
        h,
        "<nav class=\"toc\"><a href=\"#sources\">Sources</a> · <a href=\"#conflicts\">Conflicts ({})</a>{decisions_toc} · <a href=\"#figures\">Figures</a> · <a href=\"#matrix\">Claim by source</a> · <a href=\"#annotations\">Annotations ({})</a> · <a href=\"#texts\">Highlighted texts</a></nav>",
        s.conflicts, s.annotations
    );
    h.push_str("</header>\n");

    sources_section(&mut h, report);
    conflicts_section(&mut h, report);
    decisions_section(&mut h, report);
    figures_section(&mut h, report);
    matrix_section(&mut h, report);
    annotations_section(&mut h, report);
    texts_section(&mut h, report, analysis);

    let _ = write!(
        h,
        "<footer>Made with Parallax {} on {} from {} source files. Statement ids (s1-4: source 1, statement 4) refer to the highlighted texts at the end of this report. Automatic links and conflicts are leads for a human check, not findings.</footer>\n</div>\n</body>\n</html>\n",
        env!("CARGO_PKG_VERSION"),
        chrono::Utc::now().format("%Y-%m-%d %H:%M UTC"),
        s.sources
    );
    h
}

fn card(h: &mut String, class: &str, n: usize, label: &str) {
    let _ = writeln!(
        h,
        "<div class=\"card {class}\"><span class=\"n\">{n}</span><span class=\"l\">{}</span></div>",
        escape(label)
    );
}

fn legend(h: &mut String, total_sources: usize) {
    let mut swatches = String::new();
    for sources in 2..=total_sources.max(2) {
        let _ = write!(
            swatches,
            "<span class=\"sw st-corroborated\" style=\"background:{}\">{sources}</span>",
            LIGHT.corroborated_background(sources, total_sources).hex()
        );
    }
    let _ = writeln!(
        h,
        "<div class=\"legend\"><strong>Legend</strong>\
         <span>{swatches} stated by this many sources, none disagreeing</span>\
         <span><span class=\"sw st-conflict\">text</span> in a conflict</span>\
         <span><span class=\"sw\" style=\"border:1px solid #d9dee3\">text</span> unique to one source</span>\
         <span><span class=\"sw st-boilerplate\">text</span> boilerplate, not compared</span>\
         <span><span class=\"sw\" style=\"background:#fff1b8\">words</span> that differ between two conflicting statements (or the conflicting value)</span></div>"
    );
}

fn sources_section(h: &mut String, report: &Report) {
    h.push_str("<section id=\"sources\">\n<h2>Sources</h2>\n<table>\n<thead><tr><th>Id</th><th>Outlet</th><th>Headline</th><th>Date</th><th>By-line</th><th>Link or file</th><th class=\"num\">Statements</th><th class=\"num\">Unique</th></tr></thead>\n<tbody>\n");
    for r in &report.sources {
        let link = match &r.url {
            Some(u) => format!(
                "{}<br><span class=\"meta\">{}</span>",
                link_or_text(u, u),
                escape(&r.file_name)
            ),
            None => escape(&r.file_name),
        };
        let warnings = if r.warnings.is_empty() {
            String::new()
        } else {
            format!(
                "<br><span class=\"orphan\">{}</span>",
                escape(&r.warnings.join("; "))
            )
        };
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td><strong>{}</strong></td><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}<br><span class=\"meta\">{} boilerplate</span></td><td class=\"num\">{}</td></tr>",
            escape(&r.id),
            escape(&r.label),
            escape(r.title.as_deref().unwrap_or("—")),
            warnings,
            escape(r.date.as_deref().unwrap_or("—")),
            escape(r.byline.as_deref().unwrap_or("—")),
            link,
            r.statements - r.boilerplate,
            r.boilerplate,
            r.unique
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

fn conflicts_section(h: &mut String, report: &Report) {
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

fn conflict_card(h: &mut String, report: &Report, c: &ConflictRow) {
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
fn hand_badges(c: &ConflictRow) -> String {
    let mut out = String::new();
    if c.confirmed {
        out.push_str("<span class=\"badge confirmed\">✓ confirmed</span>");
    }
    if c.added_by_hand {
        out.push_str("<span class=\"badge by-hand\">added by checker</span>");
    }
    out
}

fn decisions_section(h: &mut String, report: &Report) {
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

fn decision_card(h: &mut String, d: &LinkDecisionRow) {
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
    let ids = |side: &super::report::DecisionSide| {
        side.statement_id
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
            escape(&side.source_label),
            match &side.statement_id {
                Some(id) => format!(" · {}", escape(id)),
                None if side.source.is_none() => " · file not in this set".to_string(),
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
fn conflict_side_html(c: &ConflictRow, first: bool) -> String {
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

/// The Figures section: one row per measure, one column per source.
fn figures_section(h: &mut String, report: &Report) {
    let _ = writeln!(
        h,
        "<section id=\"figures\">\n<h2>Figures ({} {})</h2>",
        report.figures.len(),
        if report.figures.len() == 1 {
            "measure"
        } else {
            "measures"
        }
    );
    if report.figures.is_empty() {
        h.push_str("<p class=\"empty\">No measure is given a figure by more than one source.</p>\n</section>\n");
        return;
    }
    let over_time = report.figures.iter().any(|r| r.timeline.is_some());
    h.push_str("<p class=\"meta\">What two or more sources count, side by side: each cell gives the figures a source states, with the statement. Measures with a hard conflict first, marked ⚠.");
    if over_time {
        h.push_str(" <em>Over time</em> plots the figures at their sources' publication dates, where these span more than a day: a figure that rises may be a toll that was updated.");
    }
    h.push_str("</p>\n<table class=\"matrix figures\">\n<thead><tr><th>Measure</th>");
    for r in &report.sources {
        let _ = write!(h, "<th>{}</th>", escape(&r.label));
    }
    if over_time {
        h.push_str("<th>Over time</th>");
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for row in &report.figures {
        let (class, mark) = if row.hard_conflict {
            (" class=\"hard\"", "⚠ ")
        } else {
            ("", "")
        };
        let _ = write!(
            h,
            "<tr{class}><th class=\"fact\">{mark}{}</th>",
            escape(&row.label)
        );
        for cell in &row.cells {
            if cell.is_empty() {
                h.push_str("<td class=\"cell silent\">—</td>");
                continue;
            }
            h.push_str("<td class=\"cell\">");
            for (i, (text, id)) in cell.iter().enumerate() {
                if i > 0 {
                    h.push_str("<br>");
                }
                let _ = write!(
                    h,
                    "{}<span class=\"ids\">{}</span>",
                    escape(text),
                    escape(id)
                );
            }
            h.push_str("</td>");
        }
        if over_time {
            match &row.timeline {
                Some(t) => {
                    let _ = write!(
                        h,
                        "<td class=\"cell timeline\">{}</td>",
                        timeline_svg(t, row.hard_conflict)
                    );
                }
                None => h.push_str("<td class=\"cell silent\">—</td>"),
            }
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

/// A small plot of how a figure moved: each figure a dot at its source's publication date
/// (left to right) and its value (bottom to top) written beside it, a bar over the values a
/// bound allows, the first and last dates under the axis. Its words ([`Timeline::in_words`]) are its label
/// for screen readers and each dot's tooltip names its figure, outlet and date.
fn timeline_svg(t: &Timeline, hard_conflict: bool) -> String {
    const WIDTH: f32 = 160.0;
    const HEIGHT: f32 = 56.0;
    const PAD_X: f32 = 10.0;
    const TOP: f32 = 8.0;
    const AXIS: f32 = 40.0;
    let colour = if hard_conflict {
        LIGHT.conflict_accent.hex()
    } else {
        LIGHT.corroborated_accent.hex()
    };
    let x = |p: &TimelinePoint| PAD_X + t.x_of(p.date) * (WIDTH - 2.0 * PAD_X);
    let y = |v: f64| AXIS - 4.0 - t.y_of(v) * (AXIS - 4.0 - TOP);
    let mut s = format!(
        "<svg class=\"timeline\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-label=\"{}\">",
        escape(&t.in_words())
    );
    let _ = write!(
        s,
        "<line x1=\"{PAD_X}\" y1=\"{AXIS}\" x2=\"{}\" y2=\"{AXIS}\" stroke=\"#9aa3ad\"/>",
        WIDTH - PAD_X
    );
    for p in &t.points {
        let px = x(p);
        let top = p.high.map_or(TOP, y);
        if top < y(p.low) - 0.5 {
            let _ = write!(
                s,
                "<line x1=\"{px:.1}\" y1=\"{:.1}\" x2=\"{px:.1}\" y2=\"{top:.1}\" stroke=\"{colour}\" stroke-opacity=\"0.45\" stroke-width=\"3\"/>",
                y(p.low)
            );
        }
        let _ = write!(
            s,
            "<circle cx=\"{px:.1}\" cy=\"{:.1}\" r=\"3.5\" fill=\"{colour}\"><title>{}</title></circle>",
            y(p.value),
            escape(&format!(
                "{} ({}, {})",
                p.text,
                p.outlet,
                p.date.format("%-d %b %Y")
            ))
        );
    }
    // Labels 9 px tall may not overlap.
    for p in t.labelled(9.0 / (AXIS - 4.0 - TOP)) {
        // Beside the dot, on the side away from the plot's edge.
        let (dx, anchor) = if t.x_of(p.date) > 0.5 {
            (-6.0, "end")
        } else {
            (6.0, "start")
        };
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"9\" fill=\"#1d2329\" text-anchor=\"{anchor}\">{}</text>",
            x(p) + dx,
            y(p.value) + 3.0,
            escape(&p.value_label())
        );
    }
    let _ = write!(
        s,
        "<text x=\"{PAD_X}\" y=\"{}\" font-size=\"9\" fill=\"#5b6570\">{}</text><text x=\"{}\" y=\"{}\" font-size=\"9\" fill=\"#5b6570\" text-anchor=\"end\">{}</text></svg>",
        HEIGHT - 4.0,
        t.first_date().format("%-d %b"),
        WIDTH - PAD_X,
        HEIGHT - 4.0,
        t.last_date().format("%-d %b")
    );
    s
}

fn matrix_section(h: &mut String, report: &Report) {
    let rows = report.matrix_rows();
    let _ = writeln!(
        h,
        "<section id=\"matrix\">\n<h2>Claim by source ({} {})</h2>",
        rows.len(),
        if rows.len() == 1 { "fact" } else { "facts" }
    );
    if rows.is_empty() {
        h.push_str(
            "<p class=\"empty\">No facts were found in more than one source.</p>\n</section>\n",
        );
        return;
    }
    let _ = writeln!(
        h,
        "<p class=\"meta\">Facts reported by two or more sources: ✓ states the fact · ✗ reports it differently (with its figure) · — does not mention it. Conflicting facts first, then by number of sources. {} more {} stated by one source only (plain in the texts below).</p>",
        report.summary.single_facts,
        if report.summary.single_facts == 1 {
            "fact is"
        } else {
            "facts are"
        }
    );
    h.push_str("<table class=\"matrix\">\n<thead><tr><th>Fact</th>");
    for r in &report.sources {
        let _ = write!(h, "<th>{}</th>", escape(&r.label));
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for f in rows {
        let status = fact_status_name(f.status);
        let _ = write!(
            h,
            "<tr id=\"fact-{}\"><th class=\"fact\"><span class=\"status {status}\">{status}</span><span class=\"meta\">{} · {}</span> {}</th>",
            escape(&f.id),
            escape(&f.id),
            escape(&f.corroboration()),
            escape(&f.summary)
        );
        for cell in &f.cells {
            let ids = cell.statements().join(", ");
            match cell {
                MatrixCell::States { .. } => {
                    let _ = write!(
                        h,
                        "<td class=\"cell states\">✓<span class=\"ids\">{}</span></td>",
                        escape(&ids)
                    );
                }
                MatrixCell::Contradicts { figure, .. } => {
                    let figure = figure.as_deref().unwrap_or("");
                    let _ = write!(
                        h,
                        "<td class=\"cell contradicts\" title=\"{}\">✗ {}<span class=\"ids\">{}</span></td>",
                        escape(figure),
                        escape(&shorten(figure, 40)),
                        escape(&ids)
                    );
                }
                MatrixCell::Silent => h.push_str("<td class=\"cell silent\">—</td>"),
            }
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

/// Dark text on light backgrounds, white on dark ones (WCAG relative luminance).
fn text_colour_on(background: &str) -> &'static str {
    let hex = background.trim_start_matches('#');
    let channel = |i: usize| {
        let v =
            u8::from_str_radix(hex.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0) as f32 / 255.0;
        if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    if hex.len() != 6 {
        return "#ffffff";
    }
    let luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
    // Pick the text colour with the better contrast ratio.
    if (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) {
        "#1d2329"
    } else {
        "#ffffff"
    }
}

/// "Reviewed" or "Dismissed", in words, after the verdict; nothing when not set.
fn review_badge(a: &AnnotationRow) -> String {
    a.review
        .map(|r| format!(" <span class=\"review\">{}</span>", escape(r)))
        .unwrap_or_default()
}

fn verdict_badge(a: &AnnotationRow) -> String {
    match &a.verdict {
        Some(v) => format!(
            "<span class=\"verdict v-{}\" style=\"background:{};color:{}\">{}</span>",
            escape(v.key),
            safe_colour(&v.colour),
            text_colour_on(safe_colour(&v.colour)),
            escape(v.label)
        ),
        None => "<span class=\"verdict none\">No verdict</span>".to_string(),
    }
}

/// `text` cut to at most `max_chars` characters (at a word boundary when there is one),
/// with an ellipsis when cut.
fn shorten(text: &str, max_chars: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(max_chars).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max_chars / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end())
}

fn first_line(text: &str, max_chars: usize) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    if line.chars().count() > max_chars {
        let cut: String = line.chars().take(max_chars).collect();
        format!("{}…", cut.trim_end())
    } else {
        line.to_string()
    }
}

fn annotations_section(h: &mut String, report: &Report) {
    let s = &report.summary;
    let _ = writeln!(
        h,
        "<section id=\"annotations\">\n<h2>Fact-check annotations ({})</h2>",
        s.annotations
    );
    if report.annotations.is_empty() {
        h.push_str(
            "<p class=\"empty\">No annotations were made on this comparison.</p>\n</section>\n",
        );
        return;
    }
    for a in &report.annotations {
        let colour = a
            .verdict
            .as_ref()
            .map(|v| safe_colour(&v.colour))
            .unwrap_or("#d9dee3");
        let _ = writeln!(
            h,
            "<article class=\"annotation\" id=\"annotation-{}\" style=\"border-left-color:{colour}\">\n<div class=\"conflict-head\">{}{}<span class=\"meta\">{}</span></div>",
            escape(&a.id),
            verdict_badge(a),
            review_badge(a),
            escape(&a.target_description())
        );
        if let Some(link) = a.link
            && report.conflicts.iter().any(|c| c.link == link)
        {
            let _ = writeln!(
                h,
                "<div class=\"meta\">On a conflict: <a href=\"#link-{}\">see the conflict above</a></div>",
                link.0
            );
        }
        if a.orphan {
            h.push_str("<p class=\"orphan sans\">The annotated text could not be found in the current articles; its quote is kept below.</p>\n");
        }
        for anchor in &a.anchors {
            let _ = writeln!(
                h,
                "<blockquote><cite>{}{}</cite>{}</blockquote>",
                escape(&anchor.source_label),
                anchor
                    .statement_id
                    .as_deref()
                    .map(|id| format!(" · {}", escape(id)))
                    .unwrap_or_default(),
                escape(&anchor.quote)
            );
        }
        if !a.note.trim().is_empty() {
            let _ = writeln!(h, "<p class=\"note\">{}</p>", escape(a.note.trim()));
        }
        if !a.tags.is_empty() {
            h.push_str("<div>");
            for t in &a.tags {
                let _ = write!(h, "<span class=\"tag\">{}</span>", escape(t));
            }
            h.push_str("</div>\n");
        }
        if !a.evidence.is_empty() {
            h.push_str("<div class=\"meta\">Evidence</div><ul class=\"evidence\">\n");
            for e in &a.evidence {
                let label = if e.label.trim().is_empty() {
                    &e.url
                } else {
                    &e.label
                };
                let _ = writeln!(h, "<li>{}</li>", link_or_text(&e.url, label));
            }
            h.push_str("</ul>\n");
        }
        let mut byline = Vec::new();
        if let Some(author) = a.author.as_deref().filter(|s| !s.trim().is_empty()) {
            byline.push(format!("by {}", escape(author)));
        }
        if let Some(t) = &a.modified {
            byline.push(format!("last edited {}", escape(t)));
        }
        if !byline.is_empty() {
            let _ = writeln!(h, "<div class=\"meta\">{}</div>", byline.join(", "));
        }
        h.push_str("</article>\n");
    }
    h.push_str("</section>\n");
}

fn texts_section(h: &mut String, report: &Report, analysis: &Analysis) {
    h.push_str("<section id=\"texts\" class=\"texts\">\n<h2>Source texts, highlighted</h2>\n");
    legend(h, report.sources.len());
    for r in &report.sources {
        let mut texts = String::new();
        for paragraph in report.source_paragraphs(analysis, r.index) {
            texts.push_str("<p>");
            for (n, piece) in paragraph.iter().enumerate() {
                if n > 0
                    && !matches!(piece, TextPiece::LineBreak)
                    && !matches!(paragraph[n - 1], TextPiece::LineBreak)
                {
                    texts.push(' ');
                }
                piece_html(&mut texts, piece, report);
            }
            texts.push_str("</p>\n");
        }
        let _ = writeln!(
            h,
            "<h3>{} · {}</h3>\n<div class=\"meta\">{}</div>\n<div class=\"source-text\">{}</div>",
            escape(&r.id),
            escape(&r.label),
            escape(r.title.as_deref().unwrap_or(&r.file_name)),
            texts
        );
    }
    h.push_str("</section>\n");
}

fn piece_html(h: &mut String, piece: &TextPiece, report: &Report) {
    let total_sources = report.sources.len();
    let TextPiece::Statement { id, text, status } = piece else {
        h.push_str("<br>");
        return;
    };
    let style = match status {
        StatementStatus::Corroborated { sources } => format!(
            " style=\"background:{}\"",
            LIGHT.corroborated_background(*sources, total_sources).hex()
        ),
        _ => String::new(),
    };
    let title = match status {
        StatementStatus::Corroborated { sources } => format!("{id}: stated by {sources} sources"),
        StatementStatus::Conflict => format!("{id}: in a conflict"),
        StatementStatus::Unique => format!("{id}: unique to this source"),
        StatementStatus::Boilerplate => format!("{id}: boilerplate"),
    };
    let _ = write!(
        h,
        "<span class=\"st-{}\" id=\"{}\" title=\"{}\"{style}>{}</span>",
        status.name(),
        escape(id),
        escape(&title),
        escape(text)
    );
    // A marker in the verdict's colour for each annotation on this statement.
    for a in report.annotations.iter().filter(|a| {
        a.anchors
            .iter()
            .any(|an| an.statement_id.as_deref() == Some(id))
    }) {
        let colour = a
            .verdict
            .as_ref()
            .map(|v| safe_colour(&v.colour))
            .unwrap_or("#8a8f98");
        let _ = write!(
            h,
            "<a href=\"#annotation-{}\" class=\"marker\" title=\"{}\" style=\"background:{colour};color:{}\">{}</a>",
            escape(&a.id),
            escape(a.verdict.as_ref().map(|v| v.label).unwrap_or("Annotation")),
            text_colour_on(colour),
            escape(&a.id)
        );
    }
}

/// Name of a severity for headings: "Hard conflict".
pub fn severity_heading(severity: Severity) -> &'static str {
    match severity {
        Severity::Hard => "Hard conflict",
        Severity::Soft => "Soft conflict",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdict_text_stays_readable_on_its_colour() {
        assert_eq!(text_colour_on("#f9a825"), "#1d2329", "mixed: yellow");
        assert_eq!(
            text_colour_on("#7cb342"),
            "#1d2329",
            "mostly true: light green"
        );
        assert_eq!(text_colour_on("#c62828"), "#ffffff", "false: red");
        assert_eq!(text_colour_on("#1565c0"), "#ffffff", "needs checking: blue");
    }

    #[test]
    fn escape_covers_markup_and_quotes() {
        assert_eq!(
            escape("<a href=\"x\" onclick='y'>&</a>"),
            "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(safe_colour("red;background:url(x)"), "#757575");
        assert_eq!(safe_colour("#2e7d32"), "#2e7d32");
    }
}
