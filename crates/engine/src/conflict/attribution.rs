//! Who a statement cites: "according to the Health Ministry", "citing state television",
//! "the interior ministry said". Used to say in explanations where each figure comes from.

/// Words that end an attribution phrase.
fn is_break(c: char) -> bool {
    matches!(c, ',' | '.' | ';' | ':' | '"' | '“' | '”' | '(' | ')')
}

fn phrase_after(text: &str, at: usize) -> Option<String> {
    let rest = &text[at..];
    let end = rest.find(is_break).unwrap_or(rest.len());
    let words: Vec<&str> = rest[..end]
        .split_whitespace()
        .take_while(|w| !matches!(*w, "as" | "that" | "who" | "which" | "on" | "in" | "saying"))
        .take(5)
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The cited source of a statement, lowercase-first as written ("the Health Ministry").
/// The speaker of "…, officials have said" or "…, who police said": function words (stop
/// words) cut from the end ("Officials have") and from the start ("who police"), though
/// not an article opening a name ("the Interior Ministry").
fn trim_function_words(who: &str) -> &str {
    let is_function = |w: &str| crate::text::lexicon::is_stop_word(&w.to_lowercase());
    let mut who = who;
    while let Some((rest, last)) = who.rsplit_once(' ')
        && is_function(last)
    {
        who = rest.trim_end();
    }
    while let Some((first, rest)) = who.split_once(' ')
        && is_function(first)
        && !matches!(first.to_lowercase().as_str(), "the" | "a" | "an")
    {
        who = rest.trim_start();
    }
    who
}

pub fn attribution(text: &str) -> Option<String> {
    // ASCII lowering keeps byte offsets, so positions found in `lower` are valid in `text`.
    let lower = text.to_ascii_lowercase();
    for cue in ["according to ", "citing ", "cited "] {
        if let Some(i) = lower.find(cue) {
            return phrase_after(text, i + cue.len());
        }
    }
    // "..., the Interior Ministry reported." / "Health Ministry said"
    for cue in [" reported", " said", " says", " told"] {
        if let Some(i) = lower.rfind(cue) {
            let head = &text[..i];
            let start = head
                .char_indices()
                .rfind(|(_, c)| is_break(*c))
                .map_or(0, |(p, c)| p + c.len_utf8());
            let who = trim_function_words(head[start..].trim());
            let n = who.split_whitespace().count();
            let institutional = [
                "ministry",
                "police",
                "officials",
                "media",
                "television",
                "tv",
                "agency",
                "authorities",
                "office",
            ]
            .iter()
            .any(|w| who.to_lowercase().contains(w));
            if (1..=5).contains(&n) && institutional {
                return Some(who.to_string());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::attribution;

    #[test]
    fn finds_cited_sources() {
        let cases = [
            (
                "More than 1,000 people have been injured, the Health Ministry said Thursday, according to Tass.",
                Some("Tass"),
            ),
            (
                "Thirteen members of the security forces were killed, Reuters reported, citing Kazakh state television.",
                Some("Kazakh state television"),
            ),
            (
                "At least 95 police officers were injured in the clashes, the Interior Ministry reported.",
                Some("the Interior Ministry"),
            ),
            ("Police fired tear gas.", None),
            (
                "They suspect the pair targeted Powell, officials have said.",
                Some("officials"),
            ),
            ("The man, who police said was armed, fled.", Some("police")),
            // Multi-byte punctuation before the cue.
            (
                "“He stayed at his post,” DCCCD police chief Joseph Hannigan said.",
                Some("DCCCD police chief Joseph Hannigan"),
            ),
        ];
        for (statement, cited) in cases {
            assert_eq!(attribution(statement).as_deref(), cited, "{statement}");
        }
    }
}
