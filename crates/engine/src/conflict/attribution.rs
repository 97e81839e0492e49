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

/// Words of an institution in a cited speaker ("the Interior Ministry", "police"): a phrase
/// before "said" holding one is whom the statement cites.
const INSTITUTIONAL: [&str; 9] = [
    "ministry",
    "police",
    "officials",
    "media",
    "television",
    "tv",
    "agency",
    "authorities",
    "office",
];

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
            let institutional = INSTITUTIONAL.iter().any(|w| who.to_lowercase().contains(w));
            if (1..=5).contains(&n) && institutional {
                return Some(uncapitalised(who, start == 0));
            }
        }
    }
    None
}

/// Whom a statement cites as an explanation writes it in mid-sentence: a common noun that
/// opened the statement loses its capital ("Authorities said" gives "authorities"), a
/// name keeps it ("Health Ministry", "Reuters").
fn uncapitalised(who: &str, opens_the_statement: bool) -> String {
    let first = who.split_whitespace().next().unwrap_or("");
    let lower = first.to_lowercase();
    let common = first.chars().skip(1).all(char::is_lowercase)
        && (crate::text::lexicon::is_stop_word(&lower) || INSTITUTIONAL.contains(&lower.as_str()));
    if !opens_the_statement || !common {
        return who.to_string();
    }
    let mut chars = who.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_lowercase().chain(chars).collect::<String>()
    })
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
            // A common noun opening the statement is cited as in mid-sentence.
            (
                "Authorities said 52,000 people were under evacuation orders.",
                Some("authorities"),
            ),
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
