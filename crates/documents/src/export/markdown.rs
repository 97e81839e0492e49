//! The Markdown report: the HTML report's content as readable Markdown (GitHub flavoured,
//! tables for the sources and the claim-by-source matrix) for a newsroom wiki or a pull
//! request. The user's link decisions get their own section (one entry per decision, with
//! both statements, the reason and what the engine had said), and conflicts the user
//! confirmed or made say so in their heading.
//!
//! Text from articles and users goes through [`escape`] (Markdown punctuation, block
//! markers and inline HTML neutralised) or [`escape_cell`] (also `|` and line breaks, for
//! table cells); tags and URLs that are not links go in [`code_span`]s, which hold no line
//! break, control character or backtick, so nothing can end them early. The only raw
//! HTML in the output is the exporter's own `<br>` in table cells. Only `http(s)` evidence
//! URLs become links, and bidi controls in link text and URLs are shown, not obeyed. A
//! test renders the export with a CommonMark renderer to hold all this. Word differences
//! read `~~removed~~ **added**`.

use std::fmt::Write as _;
use std::io::Write;

use super::ExportError;
use super::report::{
    ConflictRow, LinkDecisionRow, MatrixCell, Report, also_line, fact_status_name, is_web_url,
    severity_name, shown_link_text, shown_url,
};
use crate::present::diff::DIFF_LINE_MIN_SHARE;
use crate::present::{DiffPiece, shared_word_share};

/// Escape Markdown punctuation (and `<`, `>`, `&`, so no inline HTML gets through), and
/// the block markers a line may start with (`#`, `+`, `-`, `=`, `1.`, `1)`). Line breaks
/// are kept; other control characters become U+FFFD.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut line_start = true;
    // Only digits since the start of the line: a `.` or `)` now would make a list item.
    let mut list_number = false;
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '&' => out.push_str("&amp;"),
            '#' | '+' | '-' | '=' if line_start => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if list_number => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{fffd}'),
            c => out.push(c),
        }
        if c == '\n' {
            line_start = true;
            list_number = false;
        } else if c.is_ascii_digit() && (line_start || list_number) {
            line_start = false;
            list_number = true;
        } else if !c.is_whitespace() {
            line_start = false;
            list_number = false;
        } else {
            list_number = false;
        }
    }
    out
}

/// `text` as an inline code span: shown literally, on one line. Line breaks and other
/// control characters become spaces and backticks become `'`, so the span ends where the
/// exporter ends it; bidi controls are shown as code points.
pub fn code_span(text: &str) -> String {
    let inner: String = shown_link_text(text)
        .chars()
        .map(|c| match c {
            '`' => '\'',
            c if c.is_control() || c.is_whitespace() => ' ',
            c => c,
        })
        .collect();
    if inner.trim().is_empty() {
        "` `".to_string()
    } else {
        format!("`{inner}`")
    }
}

/// The lines of `text`, broken at `\n`, `\r\n` and a lone `\r` (all line endings to
/// CommonMark).
fn text_lines(text: &str) -> Vec<&str> {
    text.split('\n')
        .flat_map(|l| l.strip_suffix('\r').unwrap_or(l).split('\r'))
        .collect()
}

/// [`escape`] for a table cell: line breaks become `<br>` and `|` is escaped.
pub fn escape_cell(text: &str) -> String {
    let lines: Vec<String> = text_lines(text).iter().map(|l| escape(l.trim())).collect();
    lines.join("<br>")
}

/// Escape text for one line (not a table): line breaks become spaces.
fn escape_line(text: &str) -> String {
    escape(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Quote text as a Markdown block quote, line by line.
fn block_quote(text: &str) -> String {
    text_lines(text.trim_end())
        .iter()
        .map(|l| format!("> {}", escape(l.trim())))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A Markdown link for http(s) URLs, else the label and the URL as plain text (the URL
/// in a code span). Bidi controls are shown in both.
fn link(url: &str, label: &str) -> String {
    let shown = shown_url(url);
    let bare = label.trim().is_empty() || label == url;
    let text = if bare {
        shown.clone()
    } else {
        shown_link_text(label)
    };
    if is_web_url(url) {
        // No character of the target can end the `<…>` destination early.
        let target = shown
            .replace('\\', "%5C")
            .replace('(', "%28")
            .replace(')', "%29")
            .replace('<', "%3C")
            .replace('>', "%3E");
        format!("[{}](<{}>)", escape_line(&text), target)
    } else if bare {
        code_span(&shown)
    } else {
        format!("{} ({})", escape_line(&text), code_span(&shown))
    }
}

/// The word difference, `~~removed~~ **added**`.
pub fn diff_markdown(diff: &[DiffPiece]) -> String {
    let mut out = String::new();
    for (i, p) in diff.iter().enumerate() {
        match p {
            DiffPiece::Same(t) => out.push_str(&escape_line_keep_space(t)),
            DiffPiece::Removed(t) => {
                out.push_str(&wrap("~~", t));
                if matches!(diff.get(i + 1), Some(DiffPiece::Added(_))) {
                    out.push(' ');
                }
            }
            DiffPiece::Added(t) => out.push_str(&wrap("**", t)),
        }
    }
    out
}

/// `marker text marker`, with the white space at either end of `text` kept outside the
/// markers (Markdown emphasis may not start or end with a space).
fn wrap(marker: &str, text: &str) -> String {
    let core = text.trim();
    if core.is_empty() {
        return escape_line_keep_space(text);
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    format!(
        "{}{marker}{}{marker}{}",
        if lead.is_empty() { "" } else { " " },
        escape_line(core),
        if trail.is_empty() { "" } else { " " }
    )
}

fn escape_line_keep_space(text: &str) -> String {
    escape(&text.replace(['\n', '\r'], " "))
}

/// Write the Markdown report.
pub fn write(report: &Report, out: &mut dyn Write) -> Result<(), ExportError> {
    out.write_all(render(report).as_bytes())?;
    Ok(())
}

/// The Markdown report as a string.
pub fn render(report: &Report) -> String {
    let mut m = String::with_capacity(32 * 1024);
    let s = &report.summary;
    let _ = writeln!(m, "# Parallax report: {}\n", escape_line(&report.title));
    let outlets: Vec<String> = report
        .sources
        .iter()
        .map(|r| escape_line(&r.label))
        .collect();
    let _ = writeln!(
        m,
        "How {} sources reported the same event: {}.\n",
        s.sources,
        outlets.join(", ")
    );
    m.push_str("## Summary\n\n| Facts in 2+ sources | Corroborated | Conflicting facts | Conflicts (hard) | Unique statements | Annotations |\n|---:|---:|---:|---:|---:|---:|\n");
    let _ = writeln!(
        m,
        "| {} | {} | {} | {} ({}) | {} | {} |\n",
        s.shared_facts,
        s.corroborated_facts,
        s.conflicting_facts,
        s.conflicts,
        s.hard_conflicts,
        s.unique_statements,
        s.annotations
    );
    let _ = writeln!(
        m,
        "{} statements in all, {} of them boilerplate left out of matching; {} matching links; {} facts in all, {} of them stated by one source only.\n",
        s.statements, s.boilerplate, s.matches, s.facts, s.single_facts
    );
    if s.link_decisions > 0 {
        let _ = writeln!(
            m,
            "Link decisions by the checker: {} ({}{}).\n",
            s.link_decisions,
            s.decision_counts().join(", "),
            if s.orphaned_link_decisions > 0 {
                format!("; {} orphaned", s.orphaned_link_decisions)
            } else {
                String::new()
            }
        );
    }

    m.push_str("## Sources\n\n| Id | Outlet | Headline | Date | By-line | Link or file | Statements | Unique |\n|---|---|---|---|---|---|---:|---:|\n");
    for r in &report.sources {
        let place = match &r.url {
            Some(u) if is_web_url(u) => format!("{}<br>{}", link(u, u), escape_cell(&r.file_name)),
            Some(u) => format!(
                "{}<br>{}",
                escape_cell(&shown_url(u)),
                escape_cell(&r.file_name)
            ),
            None => escape_cell(&r.file_name),
        };
        let _ = writeln!(
            m,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            escape_cell(&r.id),
            escape_cell(&r.label),
            escape_cell(r.title.as_deref().unwrap_or("—")),
            escape_cell(r.date.as_deref().unwrap_or("—")),
            escape_cell(r.byline.as_deref().unwrap_or("—")),
            place,
            r.statements - r.boilerplate,
            r.unique
        );
    }
    m.push('\n');

    let _ = writeln!(
        m,
        "## Conflicts ({}; {} hard)\n",
        s.conflicts, s.hard_conflicts
    );
    if report.conflicts.is_empty() {
        m.push_str("No conflicts were found between these sources.\n\n");
    }
    for (n, c) in report.conflicts.iter().enumerate() {
        let _ = writeln!(
            m,
            "### {}. {} conflict, {}{}{}\n",
            n + 1,
            capitalise(severity_name(c.severity)),
            escape_line(c.kind),
            c.fact_id
                .as_deref()
                .map(|f| format!(" (fact {})", escape_line(f)))
                .unwrap_or_default(),
            hand_mark(c)
        );
        if !c.explanation.is_empty() {
            let _ = writeln!(m, "**{}**\n", escape_line(&c.explanation));
        }
        for other in &c.also {
            let _ = writeln!(m, "{}\n", escape_line(&also_line(other)));
        }
        for side in [&c.a, &c.b] {
            let _ = writeln!(
                m,
                "- **{}** ({}): {}",
                escape_line(&side.source_label),
                escape_line(&side.id),
                escape_line(&side.text)
            );
        }
        if shared_word_share(&c.diff) >= DIFF_LINE_MIN_SHARE {
            let _ = writeln!(m, "\nDifference: {}\n", diff_markdown(&c.diff));
        } else {
            m.push('\n');
        }
        if !c.reasons.is_empty() {
            let _ = writeln!(
                m,
                "Linked because: {} (score {:.2})\n",
                escape_line(&c.reasons.join("; ")),
                c.score
            );
        }
        if let Some(d) = c.decision.and_then(|i| report.link_decisions.get(i)) {
            let _ = writeln!(
                m,
                "{} by the checker (decision {}){}\n",
                d.kind.label(),
                escape_line(&d.id),
                if d.reason.is_empty() {
                    String::new()
                } else {
                    format!(": {}", escape_line(&d.reason))
                }
            );
        }
        for &i in &c.annotations {
            if let Some(a) = report.annotations.get(i) {
                let _ = writeln!(
                    m,
                    "Annotation {}: **{}**{} {}\n",
                    escape_line(&a.id),
                    a.verdict.as_ref().map(|v| v.label).unwrap_or("No verdict"),
                    a.review.map(|r| format!(" ({r})")).unwrap_or_default(),
                    escape_line(a.note.lines().next().unwrap_or(""))
                );
            }
        }
    }

    decisions_markdown(&mut m, report);

    figures_markdown(&mut m, report);

    let rows = report.matrix_rows();
    let _ = writeln!(m, "## Claim by source ({} facts)\n", rows.len());
    if rows.is_empty() {
        m.push_str("No facts were found in more than one source.\n\n");
    } else {
        let _ = write!(
            m,
            "Facts reported by two or more sources ({} more are stated by one source only): ✓ states the fact · ✗ reports it differently · — does not mention it\n\n| Fact | Status |",
            s.single_facts
        );
        for r in &report.sources {
            let _ = write!(m, " {} |", escape_cell(&r.label));
        }
        m.push_str("\n|---|---|");
        for _ in &report.sources {
            m.push_str(":---:|");
        }
        m.push('\n');
        for f in rows {
            let _ = write!(
                m,
                "| {}: {} | {} ({}) |",
                escape_cell(&f.id),
                escape_cell(&f.summary),
                fact_status_name(f.status),
                f.corroboration()
            );
            for cell in &f.cells {
                let ids = escape_cell(&cell.statements().join(", "));
                match cell {
                    MatrixCell::States { .. } => {
                        let _ = write!(m, " ✓ {ids} |");
                    }
                    MatrixCell::Contradicts { figure, .. } => match figure {
                        Some(f) => {
                            let _ = write!(m, " ✗ {} {ids} |", escape_cell(f));
                        }
                        None => {
                            let _ = write!(m, " ✗ {ids} |");
                        }
                    },
                    MatrixCell::Silent => m.push_str(" — |"),
                }
            }
            m.push('\n');
        }
        m.push('\n');
    }

    let _ = writeln!(m, "## Fact-check annotations ({})\n", s.annotations);
    if report.annotations.is_empty() {
        m.push_str("No annotations were made on this comparison.\n\n");
    }
    for a in &report.annotations {
        let _ = writeln!(
            m,
            "### {}: {}{}\n\n{}\n",
            escape_line(&a.id),
            a.verdict.as_ref().map(|v| v.label).unwrap_or("No verdict"),
            a.review.map(|r| format!(" · {r}")).unwrap_or_default(),
            escape_line(&a.target_description())
        );
        for anchor in &a.anchors {
            let _ = writeln!(
                m,
                "{}\n> — {}{}\n",
                block_quote(&anchor.quote),
                escape_line(&anchor.place.source_label),
                anchor
                    .place
                    .statement_id
                    .as_deref()
                    .map(|i| format!(", {}", escape_line(i)))
                    .unwrap_or_default()
            );
        }
        if !a.note.trim().is_empty() {
            // Two trailing spaces keep the note's line breaks; indentation goes, so that no
            // line after a blank one becomes a code block.
            let note: Vec<String> = text_lines(a.note.trim())
                .iter()
                .map(|l| escape(l.trim()))
                .collect();
            let _ = writeln!(m, "{}\n", note.join("  \n"));
        }
        if !a.tags.is_empty() {
            let tags: Vec<String> = a.tags.iter().map(|t| code_span(t)).collect();
            let _ = writeln!(m, "Tags: {}\n", tags.join(" "));
        }
        if !a.evidence.is_empty() {
            m.push_str("Evidence:\n\n");
            for e in &a.evidence {
                let _ = writeln!(m, "- {}", link(&e.url, &e.label));
            }
            m.push('\n');
        }
        let mut by = Vec::new();
        if let Some(author) = a.author.as_deref().filter(|s| !s.trim().is_empty()) {
            by.push(format!("by {}", escape_line(author)));
        }
        if let Some(t) = &a.modified {
            by.push(format!("last edited {}", escape_line(t)));
        }
        if !by.is_empty() {
            let _ = writeln!(m, "_{}_\n", by.join(", "));
        }
    }
    let _ = writeln!(
        m,
        "---\nMade with Parallax {}. Automatic links and conflicts are leads for a human check, not findings.",
        env!("CARGO_PKG_VERSION")
    );
    m
}

/// " — confirmed by the checker" for a conflict heading, or nothing.
/// The Figures section: one row per measure, one column per source, each cell the figures
/// that source gives (with statement ids).
fn figures_markdown(m: &mut String, report: &Report) {
    let _ = writeln!(m, "## Figures ({} measures)\n", report.figures.len());
    if report.figures.is_empty() {
        m.push_str("No measure is given a figure by more than one source.\n\n");
        return;
    }
    m.push_str("What two or more sources count, side by side: each cell gives the figures a source states, with the statement. ⚠ marks a measure with a hard conflict.");
    let over_time = report.figures.iter().any(|r| r.timeline.is_some());
    if over_time {
        m.push_str(" *Over time* gives the figures in the order their sources were published, where that spans more than a day: a figure that rises may be a toll that was updated.");
    }
    m.push_str("\n\n| Measure |");
    for r in &report.sources {
        let _ = write!(m, " {} |", escape_cell(&r.label));
    }
    if over_time {
        m.push_str(" Over time |");
    }
    m.push_str("\n|---|");
    for _ in 0..report.sources.len() + usize::from(over_time) {
        m.push_str("---|");
    }
    m.push('\n');
    for row in &report.figures {
        let mark = if row.hard_conflict { "⚠ " } else { "" };
        let _ = write!(m, "| {mark}{} |", escape_cell(&row.label));
        for cell in &row.cells {
            if cell.is_empty() {
                m.push_str(" — |");
                continue;
            }
            let figures: Vec<String> = cell
                .iter()
                .map(|(text, id)| format!("{} ({})", escape_cell(text), escape_cell(id)))
                .collect();
            let _ = write!(m, " {} |", figures.join("; "));
        }
        if over_time {
            match &row.timeline {
                Some(t) => {
                    let _ = write!(m, " {} |", escape_cell(&t.in_words()));
                }
                None => m.push_str(" — |"),
            }
        }
        m.push('\n');
    }
    m.push('\n');
}

fn hand_mark(c: &ConflictRow) -> &'static str {
    match (c.confirmed, c.added_by_hand) {
        (true, _) => " — confirmed by the checker",
        (false, true) => " — added by the checker",
        (false, false) => "",
    }
}

/// The link decisions section (nothing when there are none).
fn decisions_markdown(m: &mut String, report: &Report) {
    let s = &report.summary;
    if report.link_decisions.is_empty() {
        return;
    }
    let _ = writeln!(m, "## Link decisions ({})\n", s.link_decisions);
    let _ = writeln!(
        m,
        "| Confirmed | Rejected | Added matches | Added conflicts | Orphaned |\n|---:|---:|---:|---:|---:|\n| {} | {} | {} | {} | {} |\n",
        s.confirmed_links,
        s.rejected_links,
        s.added_matches,
        s.added_conflicts,
        s.orphaned_link_decisions
    );
    m.push_str("The checker's corrections to the engine's links: confirmed links are kept, rejected ones are left out of the conflicts and the matrix, added ones are included.\n\n");
    for d in &report.link_decisions {
        decision_markdown(m, d);
    }
}

fn decision_markdown(m: &mut String, d: &LinkDecisionRow) {
    let id = |side: &super::report::DecisionSide| {
        side.place
            .statement_id
            .as_deref()
            .map(escape_line)
            .unwrap_or_else(|| "missing".into())
    };
    let _ = writeln!(
        m,
        "### {}. {}: {} ↔ {}{}\n",
        escape_line(&d.id),
        d.title(),
        id(&d.a),
        id(&d.b),
        if d.orphan { " (orphaned)" } else { "" }
    );
    if d.orphan {
        m.push_str("A statement of this decision is missing from the current articles; its saved quote is shown. The decision changed nothing.\n\n");
    }
    for side in [&d.a, &d.b] {
        let place = match &side.place.statement_id {
            Some(i) => escape_line(i),
            None if side.place.source.is_none() => "file not in this set".into(),
            None => "text not found".into(),
        };
        let _ = writeln!(
            m,
            "- **{}** ({}): {}",
            escape_line(&side.place.source_label),
            place,
            escape_line(&side.text)
        );
    }
    m.push('\n');
    if !d.reason.is_empty() {
        let reason: Vec<String> = text_lines(d.reason.trim())
            .iter()
            .map(|l| escape(l.trim()))
            .collect();
        let _ = writeln!(m, "Reason: {}\n", reason.join("  \n"));
    }
    match &d.machine {
        Some(machine) => {
            let _ = writeln!(
                m,
                "The engine had said: {}\n",
                escape_line(&machine.describe())
            );
        }
        None if !d.orphan => {
            m.push_str("The engine had said: no link between these statements.\n\n")
        }
        None => {}
    }
    let _ = writeln!(
        m,
        "_Effect: {}{}_\n",
        escape_line(&d.effect),
        d.fact_id
            .as_deref()
            .map(|f| format!(" (fact {})", escape_line(f)))
            .unwrap_or_default()
    );
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_escape_pipes_and_line_breaks() {
        assert_eq!(escape_cell("a | b\nc"), "a \\| b<br>c");
        assert_eq!(escape_cell("a\r\nb\rc\r\rd"), "a<br>b<br>c<br><br>d");
    }

    #[test]
    fn line_starts_cannot_open_blocks() {
        assert_eq!(escape("1. one\n2) two\n# h"), "1\\. one\n2\\) two\n\\# h");
        assert_eq!(escape("In 2022. Then 3)"), "In 2022. Then 3)");
    }

    #[test]
    fn code_spans_cannot_be_ended_early() {
        assert_eq!(code_span("a\n\n<img>`\r\r</code>"), "`a  <img>'  </code>`");
        assert_eq!(code_span("\u{202e}exe"), "`<U+202E>exe`");
        assert_eq!(code_span("\n"), "` `");
    }

    #[test]
    fn inline_html_is_neutralised() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
    }

    #[test]
    fn only_web_urls_become_links() {
        assert_eq!(
            link("https://example.org/a_(b)", "Ministry"),
            "[Ministry](<https://example.org/a_%28b%29>)"
        );
        assert_eq!(
            link("javascript:alert(1)", "x"),
            "x (`javascript:alert(1)`)"
        );
        assert_eq!(
            link("https://example.org/a\\", ""),
            "[https://example.org/a\\\\](<https://example.org/a%5C>)"
        );
        // Bidi controls: percent-encoded in URLs, named in link text.
        assert_eq!(
            link("https://example.org/\u{202e}fdp.exe", "\u{202e}fdp.exe"),
            "[\\<U+202E\\>fdp.exe](<https://example.org/%E2%80%AEfdp.exe>)"
        );
    }
}
