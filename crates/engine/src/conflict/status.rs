//! Status conflicts: the same action reported as announced or intended ("would send",
//! "will send"), as attempted ("tried to topple", "an apparent attempt") or as done ("sent",
//! "toppled").

use crate::model::{ConflictKind, Severity};
use crate::text::normalize::{Term, TermKind};
use crate::text::word_lists;

use super::{Finding, Side, Subject};

/// How far an action has gone, as a statement reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Intended,
    Attempted,
    /// Refused: "refused to resign", "declined to declare".
    Refused,
    Ongoing,
    Done,
    /// Denied: "was not arrested", "never sent" (compared by `conflict::polarity`, which
    /// reads denials of any action).
    Denied,
    /// Told of someone else in a relative clause ("the pirates who tried to board"), or in
    /// a condition or a question ("would not say whether anyone was in custody"): not the
    /// status of the action the other statement reports.
    Unclear,
}

impl Status {
    fn describe(self) -> &'static str {
        match self {
            Self::Intended => "announced or intended, not yet done",
            Self::Attempted => "attempted, not achieved",
            Self::Refused => "refused, not done",
            Self::Ongoing => "under way",
            Self::Done => "done",
            Self::Denied => "denied, not done",
            Self::Unclear => "unclear",
        }
    }
}

/// Articles further apart than this report different stages of a story.
const MAX_SAME_NEWS_DAYS: i64 = 3;

word_lists::sections! {
    /// Action concepts whose status is worth comparing, in the order they are compared. These
    /// and the word lists below are the sections of `assets/lexicon/status-cues.txt` by name.
    ACTIONS = STATUS_CUES["actions"];

    /// Words before an action that make it announced or intended: "would send", "plans to".
    INTENT = STATUS_CUES["intent"];

    /// Past forms of verbs of beginning, before a deed of any verb begun: "had begun
    /// installing", "has already begun a review".
    BEGIN_VERBS = STATUS_CUES["begin-verbs"];

    /// Words before a deed that make it only weighed, read with [`INTENT`]: "was studying
    /// whether to install".
    WEIGHING = STATUS_CUES["weighing"];

    /// Intent words that tell a deed of any verb only as possible: "may be a targeted
    /// attack".
    POSSIBILITY = STATUS_CUES["possibility"];

    /// Verbs of how a state goes on, no deed of their own: "has continued".
    ASPECT_VERBS = STATUS_CUES["aspect-verbs"];

    /// Words after a deed that make it a state over a span: "had played the role since
    /// 2010", "would be closed until further notice".
    STATE_SPANS = STATUS_CUES["state-spans"];

    /// Words after which "to <verb>" is a purpose or a consequence, not an intention.
    NOT_INTENT_BEFORE_TO = STATUS_CUES["not-intent-before-to"];

    /// Words after which "to <verb>" is what someone asks for or allows: neither anyone's
    /// intention nor a deed ("urged the ministers to reverse", "allows the secretary to rescind").
    CALLS = STATUS_CUES["calls"];

    /// Past forms of "be" and "have" before the verb that governs "to": an intention told
    /// as of then ("was hoping to arrest him").
    PAST_AUXILIARIES = STATUS_CUES["past-auxiliaries"];

    /// Words before an action that make it attempted: "tried to topple".
    ATTEMPT = STATUS_CUES["attempt"];

    /// Words before "to" and an action that make it refused: "refused to resign".
    REFUSALS = STATUS_CUES["refusals"];

    /// Words right before an "-ing" form that make the action under way: "are storming".
    ONGOING = STATUS_CUES["ongoing"];

    /// Words that own an action told as a noun ("tender his resignation"): the verb
    /// before them tells its status.
    POSSESSIVE_DETERMINERS = STATUS_CUES["possessive-determiners"];

    /// Forms of "be" and "have" passed over between an intention and its action: "could
    /// be reversed", "would have sent".
    AUXILIARIES = STATUS_CUES["auxiliaries"];

    /// Words of a subject counted as none: "no one", "nobody", "neither man".
    SUBJECT_DENIALS = STATUS_CUES["subject-denials"];

    /// Words that make what follows them a condition or a question.
    CONDITIONS = STATUS_CUES["conditions"];
}

/// Is the action told in a condition or a question: a word of [`CONDITIONS`] in its clause
/// before it ("declined to say whether the shooter is in custody", "if your tip leads to an
/// arrest")? No one reports it as news.
fn in_a_condition(s: &Side, term: &Term) -> bool {
    clause_words_before(s, term)
        .iter()
        .any(|w| CONDITIONS.contains(&w.as_str()))
}

/// The folded words of the action's clause before it: from the last comma, semicolon or
/// colon before the action.
fn clause_words_before(s: &Side, term: &Term) -> Vec<String> {
    let text = s.text();
    let clause_start = clause_start_before(text, term.start);
    s.features
        .parse
        .words_between(text, clause_start, term.start)
        .into_iter()
        .map(|(_, w)| w.into_owned())
        .collect()
}

/// Where the clause holding byte `at` starts: after the last comma, semicolon or colon
/// before it, or at the statement's start.
fn clause_start_before(text: &str, at: usize) -> usize {
    text[..at].rfind([',', ';', ':']).map_or(0, |i| i + 1)
}

/// How many words before an action its subject counted as none may stand ("No one has
/// been arrested or charged").
const SUBJECT_DENIAL_WORDS: usize = 5;

/// Is the subject of the action counted as none: a word of none among the few words of its
/// clause before it ("No one has been arrested", "nobody was charged")?
fn subject_counted_as_none(s: &Side, term: &Term) -> bool {
    clause_words_before(s, term)
        .iter()
        .rev()
        .take(SUBJECT_DENIAL_WORDS)
        .any(|w| SUBJECT_DENIALS.contains(&w.as_str()))
}

fn status_of(s: &Side, term: &Term) -> Status {
    if in_a_condition(s, term) {
        return Status::Unclear;
    }
    // The words before the action, nearest first, as this rule counts them: an apostrophe
    // keeps a word whole ("didn't"), a typographic one or a hyphen splits it ("so-called").
    // The twelve nearest are the wider look back for what governs "to": "urged the
    // department secretaries to"; the three nearest mark the action itself.
    let words: Vec<String> = s
        .features
        .parse
        .words_before(s.text(), term.start)
        .flat_map(|(_, w)| {
            w.rsplit(['’', '-'])
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .take(12)
        .collect();
    // An action told as a noun owned by its doer has the status of the verb that governs
    // it: "is expected to tender his resignation" as "is expected to resign"; "demanded his
    // resignation" is a call, neither intended nor done.
    let governing: &[String] = match words.as_slice() {
        [owner, verb, rest @ ..] if POSSESSIVE_DETERMINERS.contains(&owner.as_str()) => {
            if CALLS.contains(&verb.as_str()) {
                return Status::Unclear;
            }
            rest
        }
        all => all,
    };
    let before = &governing[..governing.len().min(3)];
    let surface = s.written_word(term);
    // "was not arrested", "no reason to arrest", "never sent", "No one has been arrested":
    // a denial, which neither intends nor does the action.
    if before
        .iter()
        .any(|w| matches!(w.as_str(), "not" | "no" | "never") || w.ends_with("n't"))
        || subject_counted_as_none(s, term)
    {
        return Status::Denied;
    }
    // "refused to resign", "has so far declined to declare": the action is refused.
    if before.first().is_some_and(|w| w == "to")
        && governing
            .get(1)
            .is_some_and(|w| REFUSALS.contains(&w.as_str()))
    {
        return Status::Refused;
    }
    let marked = before
        .iter()
        .any(|w| ATTEMPT.contains(&w.as_str()) || INTENT.contains(&w.as_str()) || w == "to");
    if marked
        && before
            .iter()
            .any(|w| super::polarity::RELATIVE.contains(&w.as_str()))
    {
        return Status::Unclear;
    }
    if before.iter().any(|w| ATTEMPT.contains(&w.as_str())) {
        return Status::Attempted;
    }
    if surface.ends_with("ing")
        && before
            .first()
            .is_some_and(|w| ONGOING.contains(&w.as_str()))
    {
        return Status::Ongoing;
    }
    // "is being sent": a passive under way.
    if before.first().is_some_and(|w| w == "being") {
        return Status::Ongoing;
    }
    // The two nearest words that are neither an adverb nor a form of "be" or "have": "could
    // be quickly reversed" is as intended as "could reverse".
    let is_intent = |w: &String| INTENT.contains(&w.as_str());
    let mut nearest_words = governing
        .iter()
        .filter(|w| !(w.ends_with("ly") || AUXILIARIES.contains(&w.as_str())))
        .take(2);
    if nearest_words.any(is_intent) {
        return Status::Intended;
    }
    // "Russia to send forces" (headline future), "agreed to send": "to" is an intention
    // unless a verb of cause or purpose governs it ("prompting Tokayev to decree").
    let infinitive = before.first().is_some_and(|w| w == "to")
        || (before.first().is_some_and(|w| w == "be") && before.get(1).is_some_and(|w| w == "to"));
    if infinitive
        && governing
            .iter()
            .skip(1)
            .any(|w| CALLS.contains(&w.as_str()))
    {
        return Status::Unclear;
    }
    if infinitive
        && !governing
            .iter()
            .skip(1)
            .any(|w| NOT_INTENT_BEFORE_TO.contains(&w.as_str()))
    {
        // "was hoping to arrest him", "had wanted to send": what someone meant then, which
        // says nothing of whether it was done since.
        let told_of_then = governing.get(1).is_some_and(|verb| verb != "to")
            && governing
                .get(2)
                .is_some_and(|w| PAST_AUXILIARIES.contains(&w.as_str()));
        return if told_of_then {
            Status::Unclear
        } else {
            Status::Intended
        };
    }
    Status::Done
}

/// Is the action told in the past: its first word (up to whitespace), folded, a past form?
fn is_past(side: &Side, term: &Term) -> bool {
    let surface = &term.surface;
    let lead = surface.len() - surface.trim_start().len();
    let first_end = surface[lead..]
        .find(char::is_whitespace)
        .map_or(surface.len(), |i| lead + i);
    let s =
        side.features
            .parse
            .folded_range(side.text(), term.start + lead, term.start + first_end);
    s.ends_with("ed")
        || [
            "sent", "took", "seized", "quit", "cut", "overran", "burnt", "torn", "down",
        ]
        .contains(&s.as_ref())
}

/// The actions whose status is worth comparing that a statement reports, each as (the
/// lexicon's concept, the action with up to two words before it as written, its status).
pub fn statuses(s: &Side) -> Vec<(String, String, Status)> {
    ACTIONS
        .iter()
        .filter_map(|action| {
            let term = s
                .features
                .terms
                .iter()
                .find(|t| t.kind == TermKind::Concept && t.key == *action)?;
            Some((
                action.to_string(),
                phrase(s.text(), term),
                status_of(s, term),
            ))
        })
        .collect()
}

/// Compare the status of an action both statements report.
pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    for action in ACTIONS.iter() {
        let find = |s: &Side| {
            s.features
                .terms
                .iter()
                .find(|t| t.kind == TermKind::Concept && t.key == *action)
                .cloned()
        };
        let (Some(ta), Some(tb)) = (find(a), find(b)) else {
            continue;
        };
        // "fire" is shooting or burning: only the same word on both sides is one action.
        if *action == "FIRE" && a.written_stem(&ta) != b.written_stem(&tb) {
            continue;
        }
        if !actor_told_in(a, &ta, b, &tb) || !actor_told_in(b, &tb, a, &ta) {
            continue; // "King took over" and "Cheeks will take over": two people's actions
        }
        let (sa, sb) = (status_of(a, &ta), status_of(b, &tb));
        let done = |s: Status, side: &Side, t: &Term| s == Status::Done && is_past(side, t);
        let happening = |s: Status, side: &Side, t: &Term| done(s, side, t) || s == Status::Ongoing;
        let differs = |x: Status, y: Status, sy: &Side, ty: &Term| {
            (matches!(x, Status::Intended | Status::Refused) && done(y, sy, ty))
                || (x == Status::Attempted && happening(y, sy, ty))
        };
        // An intention in an earlier article and the deed in a later one tell how things
        // went on, not a disagreement.
        let days_later = |x: &Side, y: &Side| match (x.article_date, y.article_date) {
            (Some(dx), Some(dy)) => (dy - dx).num_days(),
            _ => 0,
        };
        let progression = |x: Status, sx: &Side, sy: &Side| {
            matches!(x, Status::Intended | Status::Attempted | Status::Refused)
                && days_later(sx, sy) > MAX_SAME_NEWS_DAYS
        };
        if progression(sa, a, b) || progression(sb, b, a) {
            continue;
        }
        // A plan of more ("additional troops would be deployed") adds to what was done.
        if (sa == Status::Intended && plans_more(a, &ta))
            || (sb == Status::Intended && plans_more(b, &tb))
        {
            continue;
        }
        // Two objects of the action: two deeds ("had sent a team of four investigators"
        // against "would send samples to a laboratory"). A passive action's object stands
        // before it ("A ship has been sent to fix the cables").
        if let (Some(oa), Some(ob)) = (active_object(a, &ta), active_object(b, &tb))
            && oa.key != ob.key
        {
            continue;
        }
        if differs(sa, sb, b, &tb) || differs(sb, sa, a, &ta) {
            return Some(status_differs(
                (a, phrase(a.text(), &ta), sa),
                (b, phrase(b.text(), &tb), sb),
            ));
        }
    }
    begun_and_weighed(a, b)
}

/// The words a deed is told in after its cue: past "a", "an", "the", "to", "be", "have" and
/// "whether" (and adverbs in "-ly"), the first word, which must be a content word of four
/// letters or more; its index in `words`.
fn deed_after(words: &[(usize, std::borrow::Cow<'_, str>)], cue: usize) -> Option<usize> {
    const PASSED: [&str; 9] = [
        "a", "an", "the", "to", "be", "whether", "already", "begin", "start",
    ];
    let at = (cue + 1..words.len()).take(3).find(|&i| {
        let w: &str = &words[i].1;
        !(PASSED.contains(&w) || w.ends_with("ly"))
    })?;
    let word: &str = &words[at].1;
    (word.chars().count() >= 4
        && !ASPECT_VERBS.contains(&word)
        && word.chars().all(char::is_alphabetic)
        && !crate::text::lexicon::is_stop_word(word)
        && !crate::text::numbers::is_weekday_word(word)
        && !crate::text::numbers::is_month_name(word)
        && !INTENT.contains(&word)
        && !WEIGHING.contains(&word)
        && !BEGIN_VERBS.contains(&word))
    .then_some(at)
}

/// The stems of the content words of a deed's clause before its cue (from the last comma,
/// semicolon or colon; verbs of telling left out): its doer, as "the company" in "He said
/// the company had begun installing".
fn doer_stems(text: &str, s: &Side, cue_at: usize) -> Vec<String> {
    s.features
        .parse
        .letter_runs_between(text, clause_start_before(text, cue_at), cue_at)
        .into_iter()
        .map(|(_, w)| w)
        .filter(|w| {
            w.chars().all(char::is_alphabetic)
                && !crate::text::lexicon::is_stop_word(w)
                && !word_lists::TELLING_VERBS.contains(&w.as_str())
        })
        .map(|w| crate::text::stem::stem(&w))
        .collect()
}

/// Words passed over between "has", "have" or "had" and the participle of a deed done:
/// "has already opened", "had been grounded".
const BEFORE_PARTICIPLE: [&str; 5] = ["already", "also", "now", "just", "been"];

/// How many words after a deed are read for a word of a state's span ([`STATE_SPANS`]).
const STATE_SPAN_REACH_WORDS: usize = 5;

/// How many words before the cue of a deed begun or done are read for a denial.
const DENIAL_WORDS: usize = 4;

/// Does a mark that ends a clause stand between bytes `from` and `to` ("was prepared,
/// organized")?
fn clause_between(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to)
        .is_some_and(|gap| gap.contains([',', ';', ':', '.', '(', ')', '"', '“', '”']))
}

/// Deeds of any verb told with a cue before them, each as (the deed's stem, the cue and the
/// deed as written, the stems of its doer's words: [`doer_stems`], how far it has gone).
/// Begun or done (`begun`): the deed after a past form of a verb of beginning
/// ([`BEGIN_VERBS`]: "had begun installing", under way), or a participle after "has",
/// "have" or "had" ("has opened a criminal investigation", "had been grounded", done); not
/// denied ("had not been detained", "no one has"). Weighed: the deed after a word of
/// [`INTENT`] or [`WEIGHING`] ("was studying whether to install", "would review", "is
/// expected to begin consultations").
fn cued_deeds(s: &Side, begun: bool) -> Vec<CuedDeed> {
    let text = s.text();
    // Most statements hold no cue: their words are not read.
    let is_cue = |w: &str| {
        if begun {
            BEGIN_VERBS.contains(&w) || matches!(w, "has" | "have" | "had")
        } else {
            INTENT.contains(&w) || WEIGHING.contains(&w)
        }
    };
    if !s.features.parse.tokens.iter().any(|t| is_cue(&t.folded)) {
        return Vec::new();
    }
    let words = s.features.parse.words_between(text, 0, text.len());
    // Each word's clause, counted by the marks between words: two words of one clause have
    // one number.
    let mut clause = vec![0usize; words.len()];
    for k in 1..words.len() {
        let gap_start = (words[k - 1].0 + words[k - 1].1.len()).min(words[k].0);
        clause[k] = clause[k - 1] + usize::from(clause_between(text, gap_start, words[k].0));
    }
    // Whether a condition or a question stands before each word in its clause ("unclear if
    // any charges will be filed").
    let mut after_a_condition = vec![false; words.len()];
    for k in 1..words.len() {
        after_a_condition[k] = clause[k] == clause[k - 1]
            && (after_a_condition[k - 1] || CONDITIONS.contains(&words[k - 1].1.as_ref()));
    }
    // A denial among the few words before the cue in its clause: "had not been detained",
    // "No criminal charges have been filed".
    let denied = |i: usize| {
        (i.saturating_sub(DENIAL_WORDS)..i)
            .filter(|&k| clause[k] == clause[i])
            .any(|k| {
                let w = words[k].1.as_ref();
                matches!(w, "not" | "never" | "yet" | "no" | "nobody" | "none")
                    || w.ends_with("n't")
            })
    };
    // The participle after a perfect's auxiliary at `i`, a verb of beginning left to its
    // own cue.
    let participle = |i: usize| -> Option<usize> {
        let at = (i + 1..words.len()).take(3).find(|&k| {
            let w = words[k].1.as_ref();
            !(BEFORE_PARTICIPLE.contains(&w) || w.ends_with("ly"))
        })?;
        let w = words[at].1.as_ref();
        (super::polarity::is_past_form(w)
            && w.chars().all(char::is_alphabetic)
            && !ASPECT_VERBS.contains(&w)
            && !BEGIN_VERBS.contains(&w)
            && !word_lists::TELLING_VERBS.contains(&w))
        .then_some(at)
    };
    // A state over a span told after the deed in its clause: "had played the role since
    // 2010", "would be closed until further notice".
    let lasts = |deed: usize| {
        (deed + 1..words.len())
            .take(STATE_SPAN_REACH_WORDS)
            .take_while(|&k| clause[k] == clause[deed])
            .any(|k| STATE_SPANS.contains(&words[k].1.as_ref()))
    };
    let weighing =
        |w: &str| (INTENT.contains(&w) && !POSSIBILITY.contains(&w)) || WEIGHING.contains(&w);
    (0..words.len())
        .filter(|&cue| is_cue(&words[cue].1))
        .filter_map(|cue| {
            let w = words[cue].1.as_ref();
            let (deed, status) = if !begun {
                // The cue nearest the deed: "whether" in "had not yet decided whether to".
                if !weighing(w) || words.get(cue + 1).is_some_and(|(_, next)| weighing(next)) {
                    return None;
                }
                let told_of_then = cue
                    .checked_sub(1)
                    .is_some_and(|before| PAST_AUXILIARIES.contains(&words[before].1.as_ref()))
                    && !WEIGHING.contains(&w);
                if told_of_then || after_a_condition[cue] {
                    return None;
                }
                (deed_after(&words, cue)?, Status::Intended)
            } else if denied(cue) {
                return None;
            } else if BEGIN_VERBS.contains(&w) {
                (deed_after(&words, cue)?, Status::Ongoing)
            } else if !cue.checked_sub(1).is_some_and(|before| {
                // "may have vested", "would have expired": a guess or a condition.
                super::polarity::POLARITY_MODALS.contains(&words[before].1.as_ref())
            }) {
                (participle(cue)?, Status::Done)
            } else {
                return None;
            };
            if clause[cue] != clause[deed] || lasts(deed) {
                return None;
            }
            let end = words[deed].0 + words[deed].1.len();
            Some(CuedDeed {
                stem: crate::text::stem::stem(&words[deed].1),
                written: text.get(words[cue].0..end)?.to_string(),
                cue_at: words[cue].0,
                status,
            })
        })
        .collect()
}

/// A deed of any verb told with a cue before it (see [`cued_deeds`]).
struct CuedDeed {
    /// The deed's stem.
    stem: String,
    /// The cue and the deed as written: "has opened", "whether to open".
    written: String,
    /// Where the cue starts: its doer is told before it ([`doer_stems`]).
    cue_at: usize,
    /// How far the deed has gone: under way, done or intended.
    status: Status,
}

/// A deed of one verb told as begun by one statement and as only weighed or planned by the
/// other ("had begun installing walk-through metal detectors" against "was studying whether
/// to install scanners"; "has already begun a review of security" against "would review
/// security arrangements"), by one doer (a word in common before the cues: "malware
/// authors have already begun pushing out variants" against "Microsoft will push out a
/// patch" are two), in articles of the same news days, the plan not told in an earlier
/// article than the deed. Only a verb of beginning marks the
/// deed begun: a plain past would meet purposes read as plans.
fn begun_and_weighed(a: &Side, b: &Side) -> Option<Finding> {
    if let (Some(da), Some(db)) = (a.article_date, b.article_date)
        && (da - db).num_days().abs() > MAX_SAME_NEWS_DAYS
    {
        return None;
    }
    let one_way = |x: &Side, y: &Side| {
        let begun = cued_deeds(x, true);
        if begun.is_empty() {
            return None;
        }
        let weighed = cued_deeds(y, false);
        begun.into_iter().find_map(|deed| {
            let doer = std::cell::LazyCell::new(|| doer_stems(x.text(), x, deed.cue_at));
            weighed
                .iter()
                .filter(|other| other.stem == deed.stem)
                .find(|other| {
                    let other_doer = doer_stems(y.text(), y, other.cue_at);
                    doer.iter().any(|d| other_doer.contains(d))
                })
                .map(|other| {
                    (
                        (deed.written.clone(), deed.status),
                        (other.written.clone(), Status::Intended),
                    )
                })
        })
    };
    // A plan in an earlier article and the deed in a later one tell how things went on.
    let planned_earlier = |weighed: &Side, done: &Side| matches!((weighed.article_date, done.article_date), (Some(w), Some(d)) if w < d);
    let ((va, sa), (vb, sb)) = match one_way(a, b) {
        Some(_) if planned_earlier(b, a) => return None,
        Some(found) => found,
        None => {
            if planned_earlier(a, b) {
                return None;
            }
            let (begun, weighed) = one_way(b, a)?;
            (weighed, begun)
        }
    };
    Some(status_differs((a, va, sa), (b, vb, sb)))
}

/// The soft conflict of two statements telling one action with two statuses, each side with
/// the action's words as written and its status.
fn status_differs(
    (a, va, sa): (&Side, String, Status),
    (b, vb, sb): (&Side, String, Status),
) -> Finding {
    Finding {
        kind: ConflictKind::Status,
        severity: Severity::Soft,
        explanation: format!(
            "status differs: {} reports “{}” as {}; {} reports “{}” as {}",
            a.outlet,
            va,
            sa.describe(),
            b.outlet,
            vb,
            sb.describe()
        ),
        value_a: Some(va),
        value_b: Some(vb),
        subject: Subject::OfItsKind,
    }
}

/// The object of an action told in the active voice (`polarity::object_of`).
fn active_object<'s>(s: &'s Side, action: &Term) -> Option<&'s Term> {
    if is_passive(s, action) {
        return None;
    }
    super::polarity::object_of(s, action)
}

/// Is the action told in the passive: a form of "be" right before it ("has been sent",
/// "would be deployed")?
fn is_passive(s: &Side, action: &Term) -> bool {
    s.features
        .parse
        .words_before(s.text(), action.start)
        .next()
        .is_some_and(|(_, w)| PASSIVE_BE.contains(&w.as_ref()))
}

/// Forms of "be" that make the action after them passive.
const PASSIVE_BE: [&str; 6] = ["be", "been", "is", "are", "was", "were"];

/// The most words before an intended action read for a plan of more ([`plans_more`]):
/// "additional state police would be sent".
const MORE_WORDS_BEFORE: usize = 5;

/// The most words after an intended action read for a plan of more: "will send more
/// troops".
const MORE_WORDS_AFTER: usize = 3;

/// Is the intended action a plan of more: a word of increment (`increments` in
/// `figure-words.txt`: "additional", "more", "further") among the few words before or after
/// it in its clause ("additional troops would be deployed", "will send more troops")?
fn plans_more(s: &Side, action: &Term) -> bool {
    let text = s.text();
    let parse = &s.features.parse;
    let clause_start = text[..action.start]
        .rfind([',', ';', ':', '.'])
        .map_or(0, |i| i + 1);
    let clause_end = text[action.end..]
        .find([',', ';', ':', '.'])
        .map_or(text.len(), |i| action.end + i);
    let before = parse.letter_runs_between(text, clause_start, action.start);
    let after = parse.letter_runs_between(text, action.end, clause_end);
    before
        .iter()
        .rev()
        .take(MORE_WORDS_BEFORE)
        .chain(after.iter().take(MORE_WORDS_AFTER))
        .any(|(_, w)| super::number::is_increment_word(w))
}

/// Is the actor named right before the action in `s` ("King took over") also named in
/// `other`, before its action (`other_action`)? A name after it is whom the action is
/// done to or for ("will take over for the retiring King"). True when no name stands right
/// before the action.
fn actor_told_in(s: &Side, action: &Term, other: &Side, other_action: &Term) -> bool {
    let text = s.text();
    let actor = s.features.terms.iter().rev().find(|t| {
        t.end <= action.start && text[t.end..action.start].chars().all(char::is_whitespace)
    });
    match actor {
        Some(name) if name.kind == TermKind::Name && name.capitalized && !name.sentence_initial => {
            other
                .features
                .terms
                .iter()
                .any(|t| t.key == name.key && t.end <= other_action.start)
        }
        _ => true,
    }
}

/// The action with up to two words before it, as written.
fn phrase(text: &str, term: &Term) -> String {
    let head = text[..term.start].trim_end();
    let start = head
        .rmatch_indices(char::is_whitespace)
        .nth(1)
        .map_or(0, |(i, _)| i + 1);
    text[start..term.end].trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::{Written, run};
    use crate::model::Date;

    fn compare(a: &str, b: &str) -> Option<Finding> {
        run(Written::new(a, "Ledger"), Written::new(b, "Post"), detect)
    }

    /// A deed of any verb told begun by one statement and only weighed or planned by the
    /// other, by one doer.
    #[test]
    fn a_deed_begun_against_the_same_deed_weighed_is_flagged() {
        for (begun, weighed) in [
            (
                "He said the company had begun installing walk-through metal detectors at the entrances to Grand Terminal.",
                "Chief executive Anselm Kovrin said the company was studying whether to install scanners at the entrances to Grand Terminal.",
            ),
            (
                "The interior ministry has already begun a review of security at police buildings across the country.",
                "The ministry said it would review security arrangements at police stations nationwide.",
            ),
        ] {
            let finding = compare(begun, weighed).expect(begun);
            assert!(
                finding.explanation.contains("as under way")
                    && finding.explanation.contains("as announced or intended"),
                "{}",
                finding.explanation
            );
        }
        // Two doers: two deeds.
        assert!(
            compare(
                "However, malware authors have already begun pushing out customized variants of the flaw.",
                "Microsoft will push out an out-of-cycle Windows patch to fix the flaw.",
            )
            .is_none()
        );
        // Only a verb of beginning marks a deed begun; a day after it is no deed.
        assert!(
            compare(
                "The team scored late to clinch the title.",
                "The team was set to clinch the title on Sunday.",
            )
            .is_none()
        );
        assert!(
            compare(
                "The trial of the three men started Friday in the capital.",
                "The trial of the three men is set Friday in the capital.",
            )
            .is_none()
        );
    }

    /// A deed told done by a perfect ("has opened", "had opened") against the same deed
    /// weighed or planned; not a guess, a denial, a condition, a state over a span, a plan
    /// of then, nor a plan told in an earlier article.
    #[test]
    fn a_deed_done_against_the_same_deed_weighed_is_flagged() {
        for (done, weighed) in [
            (
                "The state prosecutor's office has opened a criminal investigation into Mirel Hydro, a spokesman said.",
                "The state prosecutor's office said it was examining whether to open a criminal case against Mirel Hydro.",
            ),
            (
                "The National Industrial Safety Inspectorate has opened a formal investigation into the explosion.",
                "The National Industrial Safety Inspectorate said it had not yet decided whether to open a formal investigation.",
            ),
            (
                "President Lidia Moravec has begun consultations with party leaders, her office said.",
                "President Lidia Moravec is expected to begin consultations with party leaders on Friday.",
            ),
        ] {
            let finding = compare(done, weighed).expect(done);
            assert!(
                finding.explanation.contains("as announced or intended"),
                "{}",
                finding.explanation
            );
        }
        for (done, weighed, why) in [
            (
                "The utility's managers may have mishandled the warnings, officials said.",
                "Officials said the utility's managers would have mishandled nothing.",
                "a guess",
            ),
            (
                "No criminal charges have been filed at this time, and the investigation is ongoing.",
                "Investigators said it is unclear if any charges will be filed in this case.",
                "a denial and a condition",
            ),
            (
                "Smith had played the role since 2010 and shocked fans when he announced his departure.",
                "Smith will play the role in 2010.",
                "a state over a span",
            ),
            (
                "The couple had named the baby Conner.",
                "The couple were planning to name the baby Conner.",
                "a plan of then",
            ),
            (
                "The state prosecutor's office was prepared, organized and ready.",
                "The state prosecutor's office has organized a meeting.",
                "a deed past a comma",
            ),
        ] {
            assert!(compare(done, weighed).is_none(), "{why}");
        }
        // A plan told in an earlier article than the deed: how things went on.
        let day = |d| Date::from_ymd_opt(2016, 8, d);
        assert!(
            run(
                Written::new("Police have stepped up patrols in the area.", "Ledger")
                    .dated(day(22)),
                Written::new(
                    "Following the shooting, police said they will step up patrols in that area.",
                    "Post"
                )
                .dated(day(21)),
                detect,
            )
            .is_none()
        );
    }

    #[test]
    fn a_plan_of_more_or_of_another_object_is_another_deed() {
        // A plan of more adds to what was done.
        assert!(
            compare(
                "Police said army units had been sent from Dorvik to secure the road.",
                "He said additional troops would be deployed along the road.",
            )
            .is_none()
        );
        // Two objects of one verb are two deeds.
        assert!(
            compare(
                "The safety board said it had sent a team of four investigators to the site.",
                "Investigators had recovered the rope and would send samples to a laboratory.",
            )
            .is_none()
        );
        // A passive action's object stands before it: one deed planned and done.
        assert!(
            compare(
                "France Telecom said it plans to send a boat to fix the problem.",
                "A ship has been sent to fix the cables.",
            )
            .is_some()
        );
    }

    #[test]
    fn an_attempt_to_topple_is_not_a_toppling() {
        let f = compare(
            "Crowds in the square made an apparent attempt to topple the general's statue.",
            "Crowds in the square pulled down the general's statue.",
        )
        .expect("attempted vs done");
        assert_eq!(f.kind, ConflictKind::Status);
        assert!(f.explanation.contains("attempted"), "{}", f.explanation);
        assert!(
            compare(
                "Crowds toppled the general's statue.",
                "Crowds pulled down the general's statue."
            )
            .is_none()
        );
    }

    #[test]
    fn an_arrest_of_no_one_is_denied_not_done() {
        use crate::conflict::testing::alone;
        let status = |text: &str| {
            alone(Written::new(text, "Ledger"), |s| {
                super::statuses(s)
                    .into_iter()
                    .map(|(action, _, status)| (action, status))
                    .collect::<Vec<_>>()
            })
        };
        let cases = [
            (
                "No one has been arrested or charged over the shooting, a police spokesman said.",
                Status::Denied,
            ),
            (
                "Nobody was detained after the march, police said.",
                Status::Denied,
            ),
            // A none in another clause is not the arrest's subject.
            (
                "No one was hurt, and the driver was arrested at the scene.",
                Status::Done,
            ),
            // An arrest asked about or set as a condition is no arrest reported.
            (
                "Police would not say whether anyone was in custody.",
                Status::Unclear,
            ),
            (
                "Callers may be eligible for a reward if a tip leads to an arrest.",
                Status::Unclear,
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(status(text), [("DETAIN".to_string(), expected)], "{text}");
        }
    }

    #[test]
    fn a_resignation_refused_is_not_one_done() {
        let f = compare(
            "The minister has so far refused to resign, his spokesman said.",
            "The minister resigned on Monday, his spokesman said.",
        )
        .expect("refused vs done");
        assert!(
            f.explanation.contains("refused, not done"),
            "{}",
            f.explanation
        );
    }

    #[test]
    fn an_emergency_being_considered_is_not_one_declared() {
        let f = compare(
            "The government said on Saturday it was considering declaring a state of emergency for the region.",
            "The government declared a state of emergency in the region on Friday morning.",
        )
        .expect("intended vs done");
        assert!(
            f.explanation.contains("announced or intended"),
            "{}",
            f.explanation
        );
    }

    #[test]
    fn a_step_being_looked_at_is_not_one_taken() {
        let f = compare(
            "The company said it has already imposed a temporary 40 km/h limit on every bridge approach.",
            "The operator said on Sunday that it was looking at introducing temporary speed limits on bridge approaches.",
        )
        .expect("done vs intended");
        assert!(
            f.explanation
                .contains("“looking at introducing” as announced or intended"),
            "{}",
            f.explanation
        );
    }

    #[test]
    fn another_actor_s_attempt_or_a_call_is_not_the_status_of_the_deed() {
        // The coast guard caught the men; the men had tried to seize the ship.
        assert!(
            compare(
                "The coast guard has stormed the smugglers' boat.",
                "The coast guard arrested ten smugglers who tried to storm a tanker.",
            )
            .is_none()
        );
        // A call for someone to resign is nobody's intention to resign.
        assert!(
            compare(
                "Protesters have been calling for the mayor and his cabinet to resign.",
                "The mayor resigned on Friday.",
            )
            .is_none()
        );
        assert!(
            compare(
                "Scientists urged the two ministers to reverse the rule.",
                "The minister reversed the rule on Tuesday.",
            )
            .is_none()
        );
        assert!(
            compare(
                "A bill allows the interior minister and the trade minister to reverse the rule.",
                "The interior minister reversed the rule on Tuesday.",
            )
            .is_none()
        );
        assert!(
            compare(
                "He stopped the car so he could fire at passing vehicles.",
                "As the house burned, he drove away.",
            )
            .is_none()
        );
        // An intention told as of then ("was hoping to arrest him", before he was shot)
        // says nothing of the arrest made since.
        assert!(
            compare(
                "Before he was fatally shot, Deputy Jerry Ortiz was hoping to arrest him on suspicion of attempted murder, officials said.",
                "A suspect has been arrested in connection with the killing of the deputy, authorities said today.",
            )
            .is_none()
        );
        // An intention and the deed in one day's news do differ.
        assert!(
            compare(
                "The ministry said it would reverse the rule.",
                "The ministry reversed the rule on Tuesday.",
            )
            .is_some()
        );
        // A vote to do something is neither.
        assert!(
            compare(
                "French lawmakers voted on Wednesday to topple Prime Minister Michel Barnier's government.",
                "Barnier government toppled: 331 votes against",
            )
            .is_none()
        );
    }

    #[test]
    fn an_action_told_as_a_noun_has_the_status_of_its_verb() {
        let resigned = "Barnier resigned on Wednesday night, his office said.";
        let f = compare(
            "He is expected to tender his resignation to President Emmanuel Macron on Thursday.",
            resigned,
        )
        .expect("expected to tender against resigned");
        assert!(f.explanation.contains("intended"), "{}", f.explanation);
        assert!(
            compare(
                "Barnier, 73, will hand his resignation to Emmanuel Macron on Thursday morning.",
                resigned,
            )
            .is_some()
        );
        // A call for it, or the deed told as a noun, is no intention.
        for call in [
            "The opposition will demand his resignation on Thursday.",
            "Barnier announced his resignation on Wednesday night.",
        ] {
            assert!(compare(call, resigned).is_none(), "{call}");
        }
    }

    #[test]
    fn deeds_told_in_other_shapes_are_not_intentions() {
        let done = "Police said the driver was arrested on Sunday.";
        for (why, other) in [
            (
                "an ordinal",
                "He is the second driver this month to be arrested in the city.",
            ),
            ("a purpose", "Police use a Taser to arrest the driver."),
            (
                "a passive under way",
                "The driver is being arrested by police.",
            ),
            ("a question", "Reporters asked what would be arrested next."),
        ] {
            assert!(compare(other, done).is_none(), "{why}: {other}");
        }
        assert!(
            compare(
                "The rule could be quickly reversed.",
                "The minister reversed the rule."
            )
            .is_some(),
            "an adverb and 'be' between the intention and the action"
        );
    }

    #[test]
    fn two_people_s_actions_are_not_one_status() {
        assert!(
            compare(
                "He is the fourth coach since Ortiz took over the club in 2003.",
                "Mo Cheeks will take over as the club's new coach.",
            )
            .is_none()
        );
        // The one named in the other is whom the action is done for, not who does it.
        assert!(
            compare(
                "David Tennant then starred for three seasons before Smith took over in 2010.",
                "Peter Capaldi, the bookmakers' choice, will take over for the retiring Matt Smith.",
            )
            .is_none()
        );
        // One actor named before the action on both sides: one action.
        assert!(
            compare(
                "Smith took over the club in 2010.",
                "Matt Smith will take over the club next season.",
            )
            .is_some()
        );
    }

    #[test]
    fn a_denied_action_has_no_status() {
        assert!(
            compare(
                "Officers said the man was not arrested because no crime took place.",
                "Police said they had no reason to arrest the man.",
            )
            .is_none()
        );
    }

    #[test]
    fn to_as_a_preposition_is_no_intention() {
        assert!(
            compare(
                "According to jail records, the driver is held on a murder charge.",
                "The driver was arrested early Monday.",
            )
            .is_none()
        );
    }
}
