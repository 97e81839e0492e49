//! The readable summary `parallax compare` prints: sources, counts, every conflict with its
//! explanation, and the facts most sources share. A printer only: it reads an [`Analysis`].

use std::fmt::Write;

use parallax_engine::model::{Analysis, FactStatus, Relation, Severity};

/// Render the summary as plain text.
pub fn render(analysis: &Analysis) -> String {
    let mut out = String::new();
    let content = analysis
        .statements
        .iter()
        .filter(|s| !s.is_boilerplate())
        .count();
    let _ = writeln!(out, "Sources ({}):", analysis.sources.len());
    // Statements per source, counted in one pass (a source's statements carry its index).
    let mut statements_per_source = vec![0usize; analysis.sources.len()];
    for st in &analysis.statements {
        if let Some(n) = statements_per_source.get_mut(st.source.0) {
            *n += 1;
        }
    }
    for (s, n) in analysis.sources.iter().zip(&statements_per_source) {
        let _ = writeln!(
            out,
            "  {:<4} {:<22} {:<12} {} ({} statements){}",
            s.id,
            truncate(s.label(), 22),
            s.meta
                .date
                .map(|d| d.to_string())
                .unwrap_or_else(|| "-".into()),
            truncate(s.meta.title.as_deref().unwrap_or(&s.file_name), 70),
            n,
            if s.warnings.is_empty() {
                String::new()
            } else {
                format!(" [{}]", s.warnings.join("; "))
            }
        );
    }
    let reuse = &analysis.reuse;
    let _ = writeln!(
        out,
        "\nIndependent reports: {} of {} articles",
        reuse.independent_reports(),
        analysis.sources.len()
    );
    for (i, s) in analysis.sources.iter().enumerate() {
        if let Some(Some(origin)) = reuse.origins.get(i) {
            let _ = writeln!(out, "  {} credits {origin}", s.id);
        }
    }
    for c in &reuse.copies {
        let _ = writeln!(
            out,
            "  {} ~ {}: {} ({:.0}% of the shorter article's running text shared)",
            analysis.source(c.a).id,
            analysis.source(c.b).id,
            c.kind.name(),
            c.share * 100.0
        );
    }
    let conflicts: Vec<_> = analysis
        .links
        .iter()
        .filter(|l| l.relation == Relation::Conflict)
        .collect();
    let matches = analysis.links.len() - conflicts.len();
    let count = |st: FactStatus| analysis.facts.iter().filter(|f| f.status == st).count();
    let _ = writeln!(
        out,
        "\n{} statements ({} boilerplate), {} links ({} matches, {} conflicts)\n\
         facts: {} corroborated, {} conflicting, {} unique",
        analysis.statements.len(),
        analysis.statements.len() - content,
        analysis.links.len(),
        matches,
        conflicts.len(),
        count(FactStatus::Corroborated),
        count(FactStatus::Conflicting),
        count(FactStatus::Single),
    );
    if !conflicts.is_empty() {
        let _ = writeln!(out, "\nConflicts:");
    }
    let mut sorted = conflicts;
    sorted.sort_by_key(|l| {
        let c = l.conflict.as_ref().expect("conflict link");
        (std::cmp::Reverse(c.severity), c.kind)
    });
    let severity = |c: &parallax_engine::model::Conflict| {
        if c.severity == Severity::Hard {
            "HARD"
        } else {
            "soft"
        }
    };
    for l in sorted {
        let c = l.conflict.as_ref().expect("conflict link");
        let (a, b) = (analysis.statement(l.a), analysis.statement(l.b));
        let _ = writeln!(
            out,
            "  [{} {}] {}",
            severity(c),
            c.kind.name(),
            c.explanation,
        );
        for other in &c.also {
            let _ = writeln!(
                out,
                "    also [{} {}] {}",
                severity(other),
                other.kind.name(),
                other.explanation
            );
        }
        let _ = writeln!(
            out,
            "      {}: {}\n      {}: {}",
            analysis.source(a.source).label(),
            truncate(&a.text, 150),
            analysis.source(b.source).label(),
            truncate(&b.text, 150),
        );
    }
    for w in &analysis.warnings {
        let _ = writeln!(out, "warning: {w}");
    }
    out
}

fn truncate(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        s.to_string()
    } else {
        let t: String = s.chars().take(max_chars.saturating_sub(1)).collect();
        format!("{t}…")
    }
}
