//! The Figures section (with its over-time plots) and the claim-by-source matrix of the
//! HTML report.

use super::*;

/// The Figures section: one row per measure, one column per source.
pub(super) fn figures_section(h: &mut String, report: &Report) {
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
pub(super) fn timeline_svg(t: &Timeline, hard_conflict: bool) -> String {
    const WIDTH: f32 = 160.0;
    const HEIGHT: f32 = 56.0;
    const FRAME: PlotFrame = PlotFrame {
        width: WIDTH,
        pad_x: 10.0,
        top: 8.0,
        axis: 40.0,
    };
    let colour = if hard_conflict {
        LIGHT.conflict_accent.hex()
    } else {
        LIGHT.corroborated_accent.hex()
    };
    let mut s = format!(
        "<svg class=\"timeline\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-label=\"{}\">",
        escape(&t.in_words())
    );
    let _ = write!(
        s,
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#9aa3ad\"/>",
        FRAME.pad_x,
        FRAME.axis,
        WIDTH - FRAME.pad_x,
        FRAME.axis
    );
    for p in &t.points {
        let px = FRAME.x(t, p.date);
        if let Some((low, high)) = FRAME.bound_bar(t, p) {
            let _ = write!(
                s,
                "<line x1=\"{px:.1}\" y1=\"{low:.1}\" x2=\"{px:.1}\" y2=\"{high:.1}\" stroke=\"{colour}\" stroke-opacity=\"0.45\" stroke-width=\"3\"/>"
            );
        }
        let _ = write!(
            s,
            "<circle cx=\"{px:.1}\" cy=\"{:.1}\" r=\"3.5\" fill=\"{colour}\"><title>{}</title></circle>",
            FRAME.y(t, p.value),
            escape(&format!(
                "{} ({}, {})",
                p.text,
                p.outlet,
                p.date.format("%-d %b %Y")
            ))
        );
    }
    // Labels 9 px tall; the text's baseline sits 3 px below the dot's centre.
    for label in FRAME.value_labels(t, 9.0) {
        let anchor = if label.ends_at_x { "end" } else { "start" };
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"9\" fill=\"#1d2329\" text-anchor=\"{anchor}\">{}</text>",
            label.x,
            label.y + 3.0,
            escape(&label.point.value_label())
        );
    }
    let _ = write!(
        s,
        "<text x=\"{}\" y=\"{}\" font-size=\"9\" fill=\"#5b6570\">{}</text><text x=\"{}\" y=\"{}\" font-size=\"9\" fill=\"#5b6570\" text-anchor=\"end\">{}</text></svg>",
        FRAME.pad_x,
        HEIGHT - 4.0,
        t.first_date().format("%-d %b"),
        WIDTH - FRAME.pad_x,
        HEIGHT - 4.0,
        t.last_date().format("%-d %b")
    );
    s
}

pub(super) fn matrix_section(h: &mut String, report: &Report) {
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
