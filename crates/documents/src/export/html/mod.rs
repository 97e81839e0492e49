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
    also_line, fact_status_name, is_web_url, severity_name, shown_link_text, shown_url,
};
use crate::annotate::overrides::{ADDED_BY_HAND, CONFIRMED_BY_HAND};
use crate::present::diff::DIFF_LINE_MIN_SHARE;
use crate::present::palette::LIGHT;
use crate::present::{
    DiffPiece, PlotFrame, StatementStatus, Timeline, diff_side, shared_word_share,
};
use parallax_engine::model::{Analysis, Severity};

mod annotations;
mod conflicts;
mod figures;

use annotations::*;
use conflicts::*;
use figures::*;

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
const STYLE: &str = include_str!("../../../../../assets/report/report.css");

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
            .any(|an| an.place.statement_id.as_deref() == Some(id))
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
