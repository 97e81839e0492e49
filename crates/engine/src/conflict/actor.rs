//! Actor conflicts (kind `entity`): one outlet says a person did something (the president
//! announced, a named official ordered) and another says a collective body did it (the
//! government announced, the ministry ordered), or two different kinds of body did it (the
//! parliament vs the army).
//!
//! The actor is the subject of an action verb of a small general class (announce, order,
//! declare, accept, dismiss, sign, approve, ...), read from the words before the verb, from
//! "X to \<verb\>", from "by \<actor\>" after a passive, from "a government announcement", or
//! for "by announcing" from the subject of the sentence. Its role comes from the lexicon's
//! titles and bodies, never from the names of one article set. The detector stays silent
//! whenever an actor is unclear (a pronoun, a spokesperson speaking for a body, "the
//! authorities"), when the two statements do not name the same action with a common object,
//! or when a side gives the same action to several actors.

use std::sync::LazyLock;

use crate::model::{ConflictKind, Severity};
use crate::text::normalize;
use crate::text::numbers::{is_month_name, weekday_of};
use crate::text::parse::Parse;
use crate::text::{lexicon, word_lists};

use super::{Finding, Side, Subject};

/// What kind of actor a phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// One person: a head of state or government, an official, a named person.
    Individual,
    /// A government, cabinet, ministry, administration.
    Executive,
    /// A parliament, congress, assembly, lawmakers.
    Legislature,
    /// A court, judges, prosecutors.
    Judiciary,
    /// Police, army, troops, security forces.
    Security,
    /// An alliance, bloc, coalition, or its leaders.
    Alliance,
}

impl Role {
    /// The role a `role=` tag of `assets/lexicon/actors.txt` names.
    fn of_tag(tag: &str) -> Option<Self> {
        Some(match tag {
            "executive" => Self::Executive,
            "legislature" => Self::Legislature,
            "judiciary" => Self::Judiciary,
            "security" => Self::Security,
            "alliance" => Self::Alliance,
            _ => return None,
        })
    }

    fn describe(self) -> &'static str {
        match self {
            Self::Individual => "a person",
            Self::Executive => "a government body",
            Self::Legislature => "a legislature",
            Self::Judiciary => "a court",
            Self::Security => "the security forces",
            Self::Alliance => "an alliance",
        }
    }
}

word_lists::sections! {
    /// Titles of one person. A title before a name, or a name alone, is an individual.
    INDIVIDUAL_TITLES = ACTORS["individual-titles"];
}

/// Collective bodies by role (lowercase, possessive dropped): the `bodies` sections of
/// `assets/lexicon/actors.txt`, each tagged with its role.
static BODIES: LazyLock<Vec<(&'static str, Role)>> = LazyLock::new(|| {
    word_lists::ACTORS
        .sections()
        .into_iter()
        .filter(|s| s.name() == "bodies")
        .filter_map(|s| {
            let role = Role::of_tag(s.tag_value("role")?)?;
            Some(s.entries.into_iter().map(move |w| (w, role)))
        })
        .flatten()
        .collect()
});

word_lists::sections! {
    /// Heads that make the actor unclear: they speak for someone else or cover everyone.
    UNCLEAR_HEADS = ACTORS["unclear-heads"];
}

/// Action verbs by class, as written (lowercase), in file order: the `actions` sections of
/// `assets/lexicon/actors.txt`, each tagged with its class. Reporting verbs (said, told)
/// are not actions: who reports a fact is an attribution, not an actor.
static ACTIONS: LazyLock<Vec<(&'static str, Vec<&'static str>)>> = LazyLock::new(|| {
    word_lists::ACTORS
        .sections()
        .into_iter()
        .filter(|s| s.name() == "actions")
        .filter_map(|s| Some((s.tag_value("class")?, s.entries)))
        .collect()
});

word_lists::sections! {
    /// Nouns of an action whose actor is the word before them ("a government announcement").
    ACTION_NOUNS = ACTORS["action-nouns"];

    /// Words skipped between a subject and its verb ("had announced", "also ordered").
    BETWEEN = ACTORS["between"];

    /// Words before an "-ing" form that make its subject the subject of the sentence.
    GERUND_LINKS = ACTORS["gerund-links"];

    /// Words that open an adverbial, not a subject, at the head of a clause.
    ADVERBIAL_OPENERS = ACTORS["adverbial-openers"];
}

/// A word of the statement with what the detector needs.
#[derive(Debug, Clone)]
pub(super) struct Word<'t> {
    /// As written, possessive kept.
    pub(super) text: &'t str,
    /// Lowercase, possessive dropped.
    pub(super) lower: String,
    pub(super) start: usize,
    pub(super) end: usize,
    /// A clause break (comma, colon, dash, quotation mark, parenthesis) follows it.
    pub(super) break_after: bool,
    pub(super) possessive: bool,
}

/// The words of a statement from its parse: its tokens split at hyphens ("Moscow-led"
/// gives "Moscow" and "led"), without apostrophes at their edges (quotation marks typed as
/// apostrophes), each folded with its possessive dropped.
pub(super) fn words<'t>(text: &'t str, parse: &Parse) -> Vec<Word<'t>> {
    let mut spans = Vec::new();
    for token in &parse.tokens {
        let mut at = token.start;
        for piece in token.surface(text).split('-') {
            let opened = piece.trim_start_matches(['\'', '’']);
            let start = at + (piece.len() - opened.len());
            let end = start + opened.trim_end_matches(['\'', '’']).len();
            if start < end {
                spans.push((start, end));
            }
            at += piece.len() + '-'.len_utf8();
        }
    }
    spans
        .iter()
        .enumerate()
        .map(|(i, &(start, end))| {
            let next = spans.get(i + 1).map_or(text.len(), |w| w.0);
            let gap = &text[end..next];
            let written = &text[start..end];
            let folded = parse.folded_range(text, start, end).replace('’', "'");
            Word {
                text: written,
                lower: folded
                    .strip_suffix("'s")
                    .map_or_else(|| folded.clone(), str::to_string),
                start,
                end,
                break_after: gap
                    .chars()
                    .any(|c| !c.is_whitespace() && !matches!(c, '\'' | '’')),
                possessive: written.ends_with("'s")
                    || written.ends_with("’s")
                    || (gap.starts_with('\'') || gap.starts_with('’')) && written.ends_with('s'),
            }
        })
        .collect()
}

/// Does every word of `part` stand in `whole`? (One post's or scope's words within
/// another's.)
pub(super) fn holds_all(whole: &[String], part: &[String]) -> bool {
    part.iter().all(|w| whole.contains(w))
}

/// A person's folded last name as the statement writes it ("su" -> "Su"), for an
/// explanation; the folded name when the text does not hold it.
pub(super) fn name_as_written<'t>(text: &'t str, folded: &'t str) -> &'t str {
    text.split(|c: char| !c.is_alphanumeric())
        .find(|w| w.to_lowercase() == folded)
        .unwrap_or(folded)
}

/// Capitalised, but not an acronym (acronyms name organisations, whose role is unknown).
pub(super) fn is_capitalized(w: &Word) -> bool {
    w.text.chars().next().is_some_and(char::is_uppercase) && w.text.chars().any(char::is_lowercase)
}

/// The role of a noun phrase (its words in order), if it clearly names an actor. The head
/// is the last word; a title or a name before a body's head does not change it
/// ("the president's office" is unclear, "Smith's government" is a government body).
fn role_of_phrase(phrase: &[&Word]) -> Option<Role> {
    let head = phrase.last()?;
    let h = head.lower.as_str();
    if UNCLEAR_HEADS.contains(&h) {
        return None;
    }
    if let Some((_, role)) = BODIES.iter().find(|(b, _)| *b == h) {
        // "security forces", "armed forces": security; "forces" of an alliance stays so.
        return Some(*role);
    }
    if INDIVIDUAL_TITLES.contains(&h) {
        return Some(Role::Individual);
    }
    // "prime minister" is one person; "minister" alone is left unclear above.
    if h == "minister" && phrase.len() >= 2 && phrase[phrase.len() - 2].lower.as_str() == "prime" {
        return Some(Role::Individual);
    }
    // A name: capitalised, not a country or demonym, not a day or month, not a word of the
    // lexicon.
    let is_name = |w: &Word| {
        is_capitalized(w)
            && !lexicon::is_place_word(&w.lower)
            && !is_month_name(&w.lower)
            && weekday_of(&w.lower).is_none()
            && !lexicon::is_stop_word(&w.lower)
    };
    // A plural at the head of the sentence is a common noun ("Residents accepted ...").
    let titled = phrase.len() >= 2;
    let initial_plural = head.start == 0 && !titled && head.lower.ends_with('s');
    let common = lexicon::concept_of(&head.lower, &crate::text::stem::stem(&head.lower)).is_some();
    if is_name(head) && !initial_plural && !common {
        return Some(Role::Individual);
    }
    None
}

/// One action of a statement with its actor.
#[derive(Debug, Clone)]
pub(crate) struct Action {
    class: &'static str,
    /// The verb as written.
    verb: String,
    /// The actor phrase as written.
    actor: String,
    role: Role,
    /// Matching keys of the words after the verb, up to the clause's end.
    object_keys: Vec<String>,
}

fn action_class(lower: &str) -> Option<&'static str> {
    ACTIONS
        .iter()
        .find(|(_, forms)| forms.contains(&lower))
        .map(|(c, _)| *c)
}

/// Can this word belong to an actor's noun phrase?
fn part_of_phrase(w: &Word) -> bool {
    is_capitalized(w)
        || w.possessive
        || INDIVIDUAL_TITLES.contains(&w.lower.as_str())
        || BODIES.iter().any(|(b, _)| *b == w.lower)
        || matches!(
            w.lower.as_str(),
            "prime" | "interior" | "foreign" | "defence" | "defense" | "acting" | "interim"
        )
}

/// The noun phrase starting at word `start` ("by the army after ..." gives "the army").
fn phrase_after<'w, 't>(ws: &'w [Word<'t>], start: usize) -> Vec<&'w Word<'t>> {
    let mut first = start;
    if ws
        .get(first)
        .is_some_and(|w| matches!(w.lower.as_str(), "the" | "a" | "an") && !w.break_after)
    {
        first += 1;
    }
    if !ws.get(first).is_some_and(part_of_phrase) {
        return vec![];
    }
    let mut last = first;
    while last + 1 < ws.len() && !ws[last].break_after && part_of_phrase(&ws[last + 1]) {
        last += 1;
    }
    ws[start..=last].iter().collect()
}

word_lists::sections! {
    /// Prepositions that tie a place or a body to the noun before them ("the government in
    /// Rome", "the mayor of Kyiv"): the phrase after one is not the subject.
    PLACE_PREPOSITIONS = ACTORS["place-prepositions"];
}

/// The subject phrase ending at word `end`: the noun phrase there, or, when a preposition
/// ties it to a noun before it ("The government in Rome declared"), that noun's phrase; a
/// place is no actor.
fn head_before_its_place<'w, 't>(ws: &'w [Word<'t>], end: usize) -> Vec<&'w Word<'t>> {
    let phrase = phrase_ending_at(ws, end);
    // The phrase is `ws[first..=end]`; a preposition before it, and a noun before that.
    let first = end + 1 - phrase.len();
    if phrase.is_empty() || first < 2 {
        return phrase;
    }
    let (head, preposition) = (&ws[first - 2], &ws[first - 1]);
    if PLACE_PREPOSITIONS.contains(&preposition.lower.as_str())
        && !head.break_after
        && !preposition.break_after
    {
        phrase_ending_at(ws, first - 2)
    } else {
        phrase
    }
}

/// The noun phrase ending at word `end` (inclusive): determiners, names, possessives,
/// titles and bodies, read backwards until anything else.
fn phrase_ending_at<'w, 't>(ws: &'w [Word<'t>], end: usize) -> Vec<&'w Word<'t>> {
    let mut start = end;
    if !part_of_phrase(&ws[end]) && !UNCLEAR_HEADS.contains(&ws[end].lower.as_str()) {
        return vec![];
    }
    while start > 0 && !ws[start - 1].break_after && part_of_phrase(&ws[start - 1]) {
        start -= 1;
    }
    if start > 0 && matches!(ws[start - 1].lower.as_str(), "the" | "a" | "an") {
        start -= 1;
    }
    ws[start..=end].iter().collect()
}

/// The subject of the sentence: the noun phrase that opens the first clause not opened by
/// an adverbial ("On Wednesday, the president ..." gives "the president").
fn sentence_subject<'w, 't>(ws: &'w [Word<'t>], before: usize) -> Vec<&'w Word<'t>> {
    let mut i = 0;
    while i < before {
        let opener = ADVERBIAL_OPENERS.contains(&ws[i].lower.as_str());
        if opener {
            // Skip the adverbial clause up to its comma.
            match (i..before).find(|&j| ws[j].break_after) {
                Some(j) => {
                    i = j + 1;
                    continue;
                }
                None => return vec![],
            }
        }
        // The phrase runs from here while its words belong to a noun phrase.
        let mut end = i;
        if matches!(ws[end].lower.as_str(), "the" | "a" | "an") {
            end += 1;
        }
        while end + 1 < before && !ws[end].break_after && {
            let w = &ws[end + 1];
            is_capitalized(w)
                || BODIES.iter().any(|(b, _)| *b == w.lower)
                || INDIVIDUAL_TITLES.contains(&w.lower.as_str())
                || w.lower == "minister"
        } {
            end += 1;
        }
        if end >= before {
            return vec![];
        }
        return ws[i..=end].iter().collect();
    }
    vec![]
}

fn object_keys(text: &str, ws: &[Word], verb: usize) -> Vec<String> {
    let Some(first) = ws.get(verb + 1) else {
        return vec![];
    };
    let mut last = verb + 1;
    while last + 1 < ws.len() && !ws[last].break_after && last - verb < 8 {
        last += 1;
    }
    normalize::terms(&text[first.start..ws[last].end])
        .into_iter()
        .map(|t| t.key)
        .collect()
}

/// Every action of the statement whose actor is clear ([`actions`]), read once for all its
/// pairs.
fn actions_of<'s>(side: &Side<'s>) -> &'s [Action] {
    side.memo
        .actions
        .get_or_init(|| actions(side.text(), &side.features.parse))
}

/// Every action of a statement whose actor is clear.
fn actions(text: &str, parse: &Parse) -> Vec<Action> {
    let ws = words(text, parse);
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        let Some(class) = action_class(&w.lower) else {
            continue;
        };
        let prev = i.checked_sub(1).map(|p| &ws[p]);
        let phrase: Vec<&Word> = if ACTION_NOUNS.contains(&w.lower.as_str()) {
            // "a government announcement", "the president's decree"; "to decree" is a verb.
            match prev {
                Some(p) if p.lower == "to" => phrase_before_to(&ws, i),
                Some(p) if !p.break_after => {
                    let ph = phrase_ending_at(&ws, i - 1);
                    if ph
                        .last()
                        .is_some_and(|h| h.possessive || ph.len() == 1 || h.lower != "the")
                    {
                        ph
                    } else {
                        vec![]
                    }
                }
                _ => vec![],
            }
        } else if w.lower.ends_with("ing") {
            match prev {
                Some(p) if GERUND_LINKS.contains(&p.lower.as_str()) => sentence_subject(&ws, i - 1),
                _ => vec![],
            }
        } else {
            match prev {
                Some(p) if p.lower == "to" => phrase_before_to(&ws, i),
                Some(p)
                    if matches!(
                        p.lower.as_str(),
                        "was" | "were" | "been" | "be" | "is" | "are"
                    ) =>
                {
                    // Passive: "was announced by the government".
                    match ws.get(i + 1) {
                        Some(b) if b.lower == "by" && !w.break_after => phrase_after(&ws, i + 2),
                        _ => vec![],
                    }
                }
                _ => {
                    let mut j = i;
                    while j > 0
                        && BETWEEN.contains(&ws[j - 1].lower.as_str())
                        && !ws[j - 1].break_after
                    {
                        j -= 1;
                    }
                    if j == 0 {
                        vec![]
                    } else if ws[j - 1].break_after {
                        apposition_subject(text, &ws, j - 1)
                    } else {
                        head_before_its_place(&ws, j - 1)
                    }
                }
            }
        };
        let Some(role) = role_of_phrase(&phrase) else {
            continue;
        };
        let (Some(first), Some(last)) = (phrase.first(), phrase.last()) else {
            continue;
        };
        out.push(Action {
            class,
            verb: w.text.to_string(),
            actor: text[first.start..last.end].to_string(),
            role,
            object_keys: object_keys(text, &ws, i),
        });
    }
    out
}

/// The most words an apposition between two commas may have ("Jane Doe, the city's
/// mayor, announced").
const MAX_APPOSITION_WORDS: usize = 6;

/// The subject before an apposition that ends at word `end` with a comma: "Jane Doe, the
/// mayor, announced" gives "Jane Doe"; when the words before the first comma name no
/// actor, the apposition itself ("the mayor"). The subject must open its clause.
fn apposition_subject<'w, 't>(text: &str, ws: &'w [Word<'t>], end: usize) -> Vec<&'w Word<'t>> {
    let comma_after = |i: usize| {
        ws.get(i + 1)
            .is_some_and(|next| text[ws[i].end..next.start].trim() == ",")
    };
    if !comma_after(end) {
        return vec![];
    }
    let Some(k) = (end.saturating_sub(MAX_APPOSITION_WORDS)..end)
        .rev()
        .find(|&k| ws[k].break_after)
    else {
        return vec![];
    };
    if !comma_after(k) {
        return vec![];
    }
    let subject = phrase_ending_at(ws, k);
    let first = (k + 1).saturating_sub(subject.len());
    if subject.is_empty() || !(first == 0 || ws[first - 1].break_after) {
        return vec![];
    }
    if role_of_phrase(&subject).is_some() {
        return subject;
    }
    let apposition = phrase_ending_at(ws, end);
    let apposition_first = (end + 1).saturating_sub(apposition.len());
    if apposition_first == k + 1 {
        apposition
    } else {
        vec![]
    }
}

/// "prompting the president to decree": the phrase right before "to".
fn phrase_before_to<'w, 't>(ws: &'w [Word<'t>], verb: usize) -> Vec<&'w Word<'t>> {
    if verb < 2 || ws[verb - 2].break_after {
        return vec![];
    }
    phrase_ending_at(ws, verb - 2)
}

/// Can these two roles be the same actor?
fn compatible(a: Role, b: Role) -> bool {
    a == b
}

/// The one action of `class` a side reports with a clear actor, if it gives that action
/// to a single role.
fn single<'a>(acts: &'a [Action], class: &str) -> Option<&'a Action> {
    let mut of_class = acts.iter().filter(|x| x.class == class);
    let first = of_class.next()?;
    of_class.all(|x| x.role == first.role).then_some(first)
}

pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    // Most statements report no action of a known kind: the second side is read only
    // when the first has one.
    let acts_a = actions_of(a);
    if acts_a.is_empty() {
        return None;
    }
    let acts_b = actions_of(b);
    for (class, _) in ACTIONS.iter() {
        let (Some(x), Some(y)) = (single(acts_a, class), single(acts_b, class)) else {
            continue;
        };
        if compatible(x.role, y.role) {
            continue;
        }
        // One action of one thing: the objects share a key ("the resignation of the
        // government" and "its resignation").
        if !x.object_keys.iter().any(|k| y.object_keys.contains(k)) {
            continue;
        }
        // The other side's actor named as the actor's own would be the same actor told
        // two ways only if it were one role; a body of the person ("his government") is
        // still another actor, so nothing more to check here.
        return Some(Finding {
            kind: ConflictKind::Entity,
            severity: Severity::Soft,
            explanation: format!(
                "different actors: {} says {} ({}) {} it; {} says {} ({}) {} it",
                a.outlet,
                x.actor,
                x.role.describe(),
                past(&x.verb),
                b.outlet,
                y.actor,
                y.role.describe(),
                past(&y.verb)
            ),
            value_a: Some(x.actor.clone()),
            value_b: Some(y.actor.clone()),
            subject: Subject::OfItsKind,
        });
    }
    None
}

/// "announcing" and "announcement" read as "announced" in an explanation.
fn past(verb: &str) -> String {
    let v = verb.to_lowercase();
    if let Some(root) = v.strip_suffix("ement") {
        return format!("{root}ed");
    }
    if let Some(root) = v.strip_suffix("ing") {
        let root = if root.ends_with("nc") || root.ends_with("cre") {
            format!("{root}e")
        } else {
            root.to_string()
        };
        return if root.ends_with('e') {
            format!("{root}d")
        } else {
            format!("{root}ed")
        };
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::between_outlets;

    fn actors(text: &str) -> Vec<(String, String, Role)> {
        actions(text, &Parse::new(text))
            .into_iter()
            .map(|a| (a.class.to_string(), a.actor, a.role))
            .collect()
    }

    fn compare(a: &str, b: &str) -> Option<Finding> {
        between_outlets(a, b, detect)
    }

    /// The words as the detector read them before the parse, from the normaliser's
    /// tokens: the parse's words must be the same on text without dotted or
    /// comma-grouped words ("U.S.", "1,000"), which the normaliser kept whole.
    #[test]
    fn words_from_the_parse_are_the_normalisers_words() {
        for text in [
            "On Monday, the prime minister's cabinet had announced its resignation.",
            "The Moscow-led bloc's leaders -- and 'The Army' -- ordered the soldiers' retreat.",
            "Jane Doe, the city’s mayor, said: “we accepted it” (officially).",
        ] {
            let old: Vec<(usize, usize, String)> = normalize::raw_words(text);
            let new: Vec<(usize, usize, String)> = words(text, &Parse::new(text))
                .into_iter()
                .map(|w| (w.start, w.end, w.lower))
                .collect();
            assert_eq!(new, old, "{text}");
        }
    }

    #[test]
    fn reads_the_subject_of_an_action() {
        assert_eq!(
            actors("On Monday, the prime minister's cabinet had announced its resignation."),
            [(
                "announce".to_string(),
                "the prime minister's cabinet".to_string(),
                Role::Executive
            )]
        );
        assert_eq!(
            actors("President Varga ordered a curfew in the port city."),
            [(
                "order".to_string(),
                "President Varga".to_string(),
                Role::Individual
            )]
        );
        assert_eq!(
            actors("Varga tried to calm the streets by announcing new elections."),
            [(
                "announce".to_string(),
                "Varga".to_string(),
                Role::Individual
            )]
        );
        assert_eq!(
            actors("The strike prompted the governor to declare an emergency."),
            [(
                "declare".to_string(),
                "the governor".to_string(),
                Role::Individual
            )]
        );
        assert_eq!(
            actors("A curfew was imposed by the army after the riots."),
            [(
                "declare".to_string(),
                "the army".to_string(),
                Role::Security
            )]
        );
    }

    #[test]
    fn reads_an_actor_in_apposition() {
        assert_eq!(
            actors("Jane Doe, the city's mayor, ordered a curfew in the port city."),
            [(
                "order".to_string(),
                "Jane Doe".to_string(),
                Role::Individual
            )]
        );
        assert_eq!(
            actors("The cabinet, which met overnight, ordered a curfew."),
            [(
                "order".to_string(),
                "The cabinet".to_string(),
                Role::Executive
            )]
        );
        // Adverbials between commas name no actor.
        assert!(actors("On Monday, in the capital, ordered a curfew.").is_empty());
        let f = compare(
            "Jane Doe, the mayor, announced the curfew on Tuesday.",
            "On Tuesday, the government announced the curfew after days of protests.",
        )
        .expect("a person and a government");
        assert!(f.explanation.contains("Jane Doe"), "{}", f.explanation);
    }

    #[test]
    fn unclear_actors_are_left_out() {
        assert!(actors("He announced new elections.").is_empty());
        assert!(actors("A government spokesman announced new elections.").is_empty());
        assert!(actors("The authorities announced new elections.").is_empty());
        assert!(actors("The elections were announced last week.").is_empty());
        assert!(actors("France declared a state of emergency.").is_empty());
        assert!(actors("Residents accepted the offer.").is_empty());
        assert!(actors("Police said the mayor had been briefed.").is_empty());
    }

    #[test]
    fn a_person_and_a_government_announcing_one_thing_conflict() {
        let f = compare(
            "President Varga announced the resignation of the cabinet on Tuesday.",
            "On Tuesday, the government announced its resignation after days of protests.",
        )
        .expect("different actors");
        assert_eq!(f.kind, ConflictKind::Entity);
        assert_eq!(f.severity, Severity::Soft);
        assert!(
            f.explanation.contains("President Varga"),
            "{}",
            f.explanation
        );
        assert!(
            f.explanation.contains("the government"),
            "{}",
            f.explanation
        );
        assert!(f.explanation.contains("Daily Ledger") && f.explanation.contains("Evening Post"));
        assert_eq!(f.value_a.as_deref(), Some("President Varga"));
    }

    #[test]
    fn same_role_or_different_actions_do_not_conflict() {
        // The same person named two ways.
        assert!(
            compare(
                "President Varga announced the resignation of the cabinet.",
                "Varga announced that the cabinet's resignation was accepted.",
            )
            .is_none()
        );
        // A person accepted what the government announced: two actions, not two actors.
        assert!(
            compare(
                "Varga accepted the resignation of the cabinet.",
                "The government announced its resignation.",
            )
            .is_none()
        );
        // Different objects: two announcements.
        assert!(
            compare(
                "The president announced a curfew.",
                "The government announced new fuel subsidies.",
            )
            .is_none()
        );
        // A place after the body is where it sits, not who acted.
        assert!(
            compare(
                "The government in Rome declared a state of emergency for the area.",
                "The government has declared a state of emergency for the area.",
            )
            .is_none()
        );
    }

    #[test]
    fn a_ministry_order_and_an_army_order_conflict() {
        let f = compare(
            "The interior ministry ordered the evacuation of the border villages.",
            "The army ordered the evacuation of three villages near the border.",
        )
        .expect("different bodies");
        assert!(
            f.explanation.contains("a government body"),
            "{}",
            f.explanation
        );
        assert!(
            f.explanation.contains("the security forces"),
            "{}",
            f.explanation
        );
    }
}
