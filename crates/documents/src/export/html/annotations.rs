//! The annotations section of the HTML report: each annotation's verdict in its colour,
//! note, tags and evidence links.

use super::*;

/// Dark text on light backgrounds, white on dark ones (WCAG relative luminance).
pub(super) fn text_colour_on(background: &str) -> &'static str {
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
pub(super) fn review_badge(a: &AnnotationRow) -> String {
    a.review
        .map(|r| format!(" <span class=\"review\">{}</span>", escape(r)))
        .unwrap_or_default()
}

pub(super) fn verdict_badge(a: &AnnotationRow) -> String {
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
pub(super) fn shorten(text: &str, max_chars: usize) -> String {
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

pub(super) fn first_line(text: &str, max_chars: usize) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    if line.chars().count() > max_chars {
        let cut: String = line.chars().take(max_chars).collect();
        format!("{}…", cut.trim_end())
    } else {
        line.to_string()
    }
}

pub(super) fn annotations_section(h: &mut String, report: &Report) {
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
                escape(&anchor.place.source_label),
                anchor
                    .place
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
