//! Lists of names a statement enumerates ("Hungary, Slovakia and the Czech Republic"), read
//! once into the statement's parse, where the count detector checks a count against one.

/// The enumerated list of names in a text: three or more capitalised items joined by commas
/// and a final "and", each by one word: a single word, the last word of the first item ("an
/// alliance of Russia"), the first of the last.
pub fn enumerated_names(text: &str) -> Option<Vec<String>> {
    let mut best: Option<Vec<String>> = None;
    for clause in text.split([';', ':', '(', ')', '–', '—']) {
        let Some((head, last)) = clause.rsplit_once(" and ") else {
            continue;
        };
        let last = last.split([',', '.']).next().unwrap_or("").trim();
        let items: Vec<&str> = head.rsplit(',').map(str::trim).collect();
        let mut names: Vec<String> = Vec::new();
        // The Oxford comma leaves an empty item before "and".
        for item in items.into_iter().skip_while(|i| i.is_empty()) {
            let words: Vec<&str> = item.split_whitespace().collect();
            // The first item may carry the words before the list ("alliance of Russia").
            let name = match words.as_slice() {
                [] => break,
                [w] => *w,
                many => many[many.len() - 1],
            };
            if !name.chars().next().is_some_and(char::is_uppercase) {
                break;
            }
            names.push(
                name.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_string(),
            );
            if words.len() > 1 {
                break;
            }
        }
        names.reverse();
        let last_word = last.split_whitespace().next().unwrap_or("");
        if !last_word.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        names.push(
            last_word
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_string(),
        );
        if names.len() >= 3 && best.as_ref().is_none_or(|b| names.len() > b.len()) {
            best = Some(names);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_lists_of_names() {
        assert_eq!(
            enumerated_names(
                "a military alliance of Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan, and Tajikistan – would"
            ),
            Some(
                vec![
                    "Russia",
                    "Belarus",
                    "Armenia",
                    "Kazakhstan",
                    "Kyrgyzstan",
                    "Tajikistan"
                ]
                .into_iter()
                .map(String::from)
                .collect()
            )
        );
        assert_eq!(enumerated_names("police and protesters clashed"), None);
    }
}
