//! What a figure counts when it counts no people ([`counted`]): things by their noun ("five
//! bombs"), money in a currency, a percentage; and the figures that count nothing of their
//! own (a modifier, "a 7-yard pass"; an increment, "two more rebounds"). The Figures table
//! lines sources up on it, and the number detector compares counts of one thing done alike
//! ([`doings`]) and a statement's one sum of money against another's of the same thing
//! ([`money_sum`], [`money_objects`]).

use crate::align::Features;
use crate::text::quantity::{Quantity, QuantityKind};
use crate::text::stem::stem;
use crate::text::word_lists;

/// What a figure counts, when the figure alone tells it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Counted {
    /// A count of things: the stem of the counted noun ("bomb" for "five bombs").
    Things(String),
    /// An amount of money in one currency (as the figure reader names it: "dollars").
    Money(String),
    /// A percentage.
    Percent,
}

word_lists::sections! {
    /// Counted nouns that do not name a thing to count across outlets: units of time and
    /// order ("three days", "the second time") and words that only repeat the figure. This
    /// module's lists are sections of `assets/lexicon/figure-words.txt`, by name.
    NOT_COUNTED = FIGURE_WORDS["not-counted"];

    /// Words after a figure that make it an increment, not a total: "two more rebounds",
    /// "three other boats".
    INCREMENT_WORDS = FIGURE_WORDS["increments"];

    /// Plurals that end in no "s" ("three aircraft", "two stepchildren"): see
    /// [`is_counted_noun`].
    PLURALS_WITHOUT_S = FIGURE_WORDS["plurals-without-s"];
}

/// Is `noun` (folded) one a figure of `value` counts? Not a letter or two ("2880 x 1800
/// pixels", "5740 N. Academy Blvd."), and, after a figure above one, a plural: "a 911
/// call", "News 12 Shreveport" name or label the noun ([`PLURALS_WITHOUT_S`] are
/// plurals).
fn is_counted_noun(noun: &str, value: f64) -> bool {
    // A past participle is no noun: "one used by tax officials", "the one used in the
    // shootings" count nothing.
    noun.chars().count() >= 3
        && !is_participle(noun)
        && (value <= 1.0 || noun.ends_with('s') || PLURALS_WITHOUT_S.contains(&noun))
}

/// Is the figure a modifier of a noun rather than a count of it: "a 7-yard pass", "an 80
/// yard touchdown pass", "a .38-caliber revolver", "a 10-rack system"? A count of things
/// is followed by a plural ("seven yards"); a hyphen, or a singular word before the head
/// noun, makes the figure part of a compound. A past participle before the noun describes
/// the things counted ("nearly 200 challenged ballots", "30 parked cars").
fn is_modifier(text: &str, q: &Quantity) -> bool {
    if q.joined_to_next_word(text) {
        return true;
    }
    let words: Vec<&str> = q.unit.split_whitespace().collect();
    q.value != 1.0
        && words.len() >= 2
        && !words[0].ends_with('s')
        && !is_participle(words[0])
        && words[0].chars().all(char::is_alphabetic)
}

/// Is the word a past participle by its ending ("challenged", "used"; not "speed" nor
/// "bed")?
fn is_participle(word: &str) -> bool {
    word.ends_with("ed") && !word.ends_with("eed") && word.chars().count() >= 4
}

/// Is the folded word one of [`INCREMENT_WORDS`] ("additional", "more")?
pub(crate) fn is_increment_word(word: &str) -> bool {
    INCREMENT_WORDS.contains(&word)
}

/// Is the figure an increment ("two more rebounds")? The run of non-space characters after
/// it, folded (from the statement's parse) and cut to its letters at both ends, is a word of
/// [`INCREMENT_WORDS`].
pub(super) fn is_increment(features: &Features, text: &str, q: &Quantity) -> bool {
    let Some(rest) = text.get(q.end..) else {
        return false;
    };
    let start = q.end + (rest.len() - rest.trim_start().len());
    let end = text[start..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| start + i);
    let folded = features.parse.folded_range(text, start, end);
    let word = folded.trim_matches(|c: char| !c.is_alphabetic());
    start < end && INCREMENT_WORDS.contains(&word)
}

/// The news things ([`NEWS_THINGS`]) a partitive count is of: "183 of the 300 seats" and
/// "two of the bombs" count seats and bombs (the part the rest of the clause tells of: won,
/// fell within the camp). The noun of the whole's figure, or the word after "of" and a
/// determiner; `None` for other nouns, people's among them ("two of his cousins", "four of
/// this year's homicides"), whom the toll detector reads.
fn partitive_things(features: &Features, text: &str, q: &Quantity) -> Option<String> {
    if q.kind != QuantityKind::Count {
        return None;
    }
    let after = features.parse.letter_runs_between(text, q.end, text.len());
    let [(_, of), rest @ ..] = after.as_slice() else {
        return None;
    };
    if of != "of" {
        return None;
    }
    let rest = match rest {
        [(_, head), tail @ ..] if super::parts::is_partitive_head(head) => tail,
        _ => rest,
    };
    // "56 of Scotland's 59 seats": an owner before the whole is passed over.
    let rest = match rest {
        [_, (s_at, s), tail @ ..] if super::parts::is_possessive_s(text, *s_at, s) => tail,
        _ => rest,
    };
    let (at, word) = rest.first()?;
    let whole = features.parse.quantities.iter().find(|y| y.start == *at);
    let noun = match whole {
        Some(y) if y.kind == QuantityKind::Count => y.counted_noun().to_lowercase(),
        Some(_) => return None,
        // A figure the reader gave a unit ("Two of the bombs") is a part only of a whole
        // told as a figure: a unit read past "of" is then the whole's owner ("Three of the
        // train's five carriages" reads "train").
        None if !q.unit.is_empty() => return None,
        None => word.clone(),
    };
    // A news thing is no noun of people.
    (noun.chars().all(char::is_alphabetic)
        && NEWS_THING_STEMS.iter().any(|(s, _)| *s == stem(&noun)))
    .then_some(noun)
}

pub fn counted(features: &Features, text: &str, q: &Quantity) -> Option<Counted> {
    if is_modifier(text, q) || is_increment(features, text, q) {
        return None;
    }
    if let Some(noun) = partitive_things(features, text, q) {
        let stemmed = stem(&noun);
        return (!NOT_COUNTED.contains(&stemmed.as_str())).then_some(Counted::Things(stemmed));
    }
    match q.kind {
        QuantityKind::Money if !q.unit.is_empty() => Some(Counted::Money(q.unit.clone())),
        QuantityKind::Percent => Some(Counted::Percent),
        // People are counted by the toll detector, with its rules for parts and wholes.
        QuantityKind::Count if super::counts_people(features, q) => None,
        QuantityKind::Count => {
            let noun = q.counted_noun().to_lowercase();
            if !noun.chars().all(char::is_alphabetic) || !is_counted_noun(&noun, q.value) {
                return None;
            }
            let stemmed = stem(&noun);
            (!NOT_COUNTED.contains(&stemmed.as_str())).then_some(Counted::Things(stemmed))
        }
        _ => None,
    }
}

word_lists::sections! {
    /// Things whose count outlets report and contradict: weapons and craft ("bombs",
    /// "boats"), as an explanation names them.
    NEWS_THINGS = FIGURE_WORDS["news-things"];
}

/// Each of [`NEWS_THINGS`] with its stem, stemmed once.
static NEWS_THING_STEMS: std::sync::LazyLock<Vec<(String, &'static str)>> =
    std::sync::LazyLock::new(|| NEWS_THINGS.iter().map(|t| (stem(t), *t)).collect());

/// The counts of [`NEWS_THINGS`] in a statement, each with the thing as the list names it
/// ("Five bombs were dropped" gives "Five" and "bombs"). Not a part of a group ("two of
/// the bombs", "two other boats"), nor a count whose noun is not the thing itself, nor a
/// count of one, which names a thing more often than it counts it ("one rocket propelled
/// grenade launcher" in a list of what was seized).
pub(super) fn thing_counts<'f>(f: &'f Features, text: &str) -> Vec<(&'f Quantity, &'static str)> {
    f.parse
        .quantities
        .iter()
        .filter(|q| q.kind == QuantityKind::Count && q.value != 1.0)
        .filter_map(|q| {
            let Some(Counted::Things(stemmed)) = counted(f, text, q) else {
                return None;
            };
            // A participle counts people doing it, not things: "three voting for life" are
            // jurors, not votes.
            if q.counted_noun().ends_with("ing") {
                return None;
            }
            let (_, thing) = NEWS_THING_STEMS.iter().find(|(s, _)| *s == stemmed)?;
            // A partitive count of things is the part its clause tells of; the whole it is
            // taken from ("the 300 seats") is not what was done.
            let counted_whole =
                !super::parts::is_part(f, text, q) || partitive_things(f, text, q).is_some();
            (counted_whole && !super::parts::is_whole_of_a_part(f, text, q)).then_some((q, *thing))
        })
        .collect()
}

word_lists::sections! {
    /// Words within a few after a sum of money that make it a rate, not a sum: "$22 million
    /// per season", "a $5,000 reward in each case", "$50 a barrel".
    MONEY_RATES = FIGURE_WORDS["money-rates"];

    /// Words before the recipient of a sum paid per head ("to each passenger", "every
    /// bereaved family", "per household").
    PER_HEAD = FIGURE_WORDS["per-head"];

    /// Words right before a word of [`PER_HEAD`] after which the recipient is the subject
    /// before them: "families will each receive".
    PER_HEAD_AFTER_SUBJECT = FIGURE_WORDS["per-head-after-subject"];

    /// Articles right after a sum of money that make it a rate: "$50 a barrel".
    MONEY_RATE_ARTICLES = FIGURE_WORDS["money-rate-articles"];

    /// Words after a sum of money that do not tell what it is of: "$100 billion worth of
    /// trade", "$281 million in cash".
    NOT_MONEY_OBJECTS = FIGURE_WORDS["not-money-objects"];

    /// Words before a sum in its clause that say what it is ("cost the county about
    /// $86,000").
    MONEY_KINDS_BEFORE = FIGURE_WORDS["money-kinds-before"];

    /// Words of a sum's kind told by another word ("penalty = fine").
    MONEY_KIND_SYNONYMS = FIGURE_WORDS["money-kind-synonyms"];

    /// Words that value a thing at a sum: "a renovation costing", "an aircraft worth",
    /// "valued at", "the value of the cargo at".
    VALUING_WORDS = FIGURE_WORDS["valuing-words"];

    /// Words of an offer before a sum: "offered", "proposed".
    MONEY_OFFERS = FIGURE_WORDS["money-offers"];

    /// Words of a demand before a sum: "demanded", "asking for".
    MONEY_DEMANDS = FIGURE_WORDS["money-demands"];
}

/// [`MONEY_KIND_SYNONYMS`] by the stem of each side: "deals" is a contract.
static MONEY_KIND_STEMS: std::sync::LazyLock<Vec<(String, String)>> =
    std::sync::LazyLock::new(|| {
        MONEY_KIND_SYNONYMS
            .iter()
            .map(|e| {
                let (word, kind) = word_lists::pair(e);
                (stem(word), stem(kind))
            })
            .collect()
    });

/// How many words after a sum of money are read for a rate ([`MONEY_RATES`]) and for what
/// it is of ([`money_objects`]).
const MONEY_WORDS: usize = 4;

/// Marks that end a figure's clause.
const CLAUSE_MARKS: [char; 7] = [',', ';', ':', '.', '(', ')', '"'];

/// Is byte `i` of `text` a mark that ends a clause: one of [`CLAUSE_MARKS`], but not a
/// point or a comma between two digits, which are part of a figure ("won 29.1% and 78
/// seats", "1,200 homes")?
fn is_clause_mark_at(text: &str, i: usize) -> bool {
    let byte = text.as_bytes()[i];
    let in_a_figure = matches!(byte, b'.' | b',') && super::between_digits(text, i);
    CLAUSE_MARKS.contains(&char::from(byte)) && !in_a_figure
}

/// The end of the clause that runs from byte `from`.
fn clause_end(text: &str, from: usize) -> usize {
    (from..text.len())
        .find(|&i| is_clause_mark_at(text, i))
        .unwrap_or(text.len())
}

/// The start of the clause that byte `before` stands in: the byte after its last clause
/// mark before it.
fn clause_start(text: &str, before: usize) -> usize {
    (0..before)
        .rev()
        .find(|&i| is_clause_mark_at(text, i))
        .map_or(0, |i| i + 1)
}

/// The statement's one sum of money in a named currency, not a modifier ("a $5 fee") nor
/// an increment nor a rate ([`MONEY_RATES`]), as written in each currency it is given in:
/// "110 billion euros ($141 billion)" is one sum in two ([`in_another_currency`]). A
/// statement with several sums gives parts, prices of several things or a list ("$334
/// million, including $281 million in cash"; "$1,199 and $1,499 versions"), which only a
/// reading of the whole can tell apart: none of its sums is compared.
pub(crate) fn money_sum<'f>(f: &'f Features, text: &str) -> Vec<&'f Quantity> {
    match one_sum(f, text) {
        Some((sums, false)) => sums,
        _ => Vec::new(),
    }
}

/// The statement's one sum of money in a named currency, rate or not, as written in each
/// currency it is given in (see [`money_sum`]), with whether it is a rate ("5,000 soles to
/// each victim's family", "$15 an hour", or a recipient per head told before it: "would give
/// each passenger an advance of 15,000 crowns"; compared with another statement's rate only,
/// never with a sum); None when it gives none or several.
pub(crate) fn one_sum<'f>(f: &'f Features, text: &str) -> Option<(Vec<&'f Quantity>, bool)> {
    let sums: Vec<&Quantity> = f
        .parse
        .quantities
        .iter()
        .filter(|q| matches!(counted(f, text, q), Some(Counted::Money(_))))
        // "a billion-euro project": a size the noun is told in, by an article for its
        // figure, no sum ("a two-million-euro deal" is one).
        .filter(|q| {
            let lower = q.text.to_ascii_lowercase();
            !((lower.starts_with("a ") || lower.starts_with("an "))
                && !lower.contains(|c: char| c.is_ascii_digit())
                && lower.contains('-'))
        })
        .collect();
    let one_sum = match sums.as_slice() {
        [_] => true,
        [x, y] => in_another_currency(f, text, x).is_some_and(|(other, _)| std::ptr::eq(other, *y)),
        _ => false,
    };
    let rate = sums
        .iter()
        .any(|q| is_money_rate(f, text, q) || !recipients_per_head(f, text, q).is_empty());
    one_sum.then_some((sums, rate))
}

/// The same sum in another currency, in parentheses beside a sum of money: "110 billion
/// euros ($141 billion)" and "€2 million ($2.6-million)" either way round, or a figure whose
/// currency sign the page lost ("110-billion ($143-billion)"), or a sum in another currency
/// set off by commas ("25 million grivens, about $95,000, to anyone"; "1.5 billion rupees,
/// or about $20 million,"). Returns the other figure and the byte after the closing
/// parenthesis or comma, where what the sum is of is written. A sum in
/// parentheses of the same currency is a part of it ("$334 million ($281M in cash)"), and
/// anything but the figure in the parentheses makes them no conversion.
pub(crate) fn in_another_currency<'f>(
    f: &'f Features,
    text: &str,
    q: &Quantity,
) -> Option<(&'f Quantity, usize)> {
    let other_currency =
        |x: &Quantity| x.kind != QuantityKind::Money || !x.unit.eq_ignore_ascii_case(&q.unit);
    // The figure set off by `open` right after byte `from` and closed by one of `closes`
    // (or by the text's end after a comma), with the words between the opener and the
    // figure, and the byte after the closer.
    let set_off_after = |from: usize, open: char, closes: &[char]| {
        let rest = text.get(from..)?;
        let at = from + (rest.len() - rest.trim_start().len());
        if !text[at..].starts_with(open) {
            return None;
        }
        let x: &'f Quantity = f.parse.quantities.iter().find(|x| x.start > at)?;
        let tail = text.get(x.end..)?;
        let close = x.end + (tail.len() - tail.trim_start().len());
        let closed = text[close..].starts_with(closes) || (open == ',' && close == text.len());
        closed.then(|| (x, text[at + 1..x.start].trim(), (close + 1).min(text.len())))
    };
    // The figure standing alone in parentheses that open right after byte `from`, with the
    // byte after the closing one.
    let parenthesised_after = |from: usize| -> Option<(&'f Quantity, usize)> {
        set_off_after(from, '(', &[')'])
            .filter(|(_, between, _)| between.is_empty())
            .map(|(x, _, after)| (x, after))
    };
    // A sum in another currency set off by commas right after it: "25 million grivens,
    // about $95,000, to anyone", "1.5 billion rupees, or about $20 million,".
    let in_commas_after = |from: usize| -> Option<(&'f Quantity, usize)> {
        set_off_after(from, ',', &[',', '.', ';', ')'])
            .filter(|(x, between, _)| {
                (between.is_empty() || *between == "or")
                    && x.kind == QuantityKind::Money
                    && !x.unit.eq_ignore_ascii_case(&q.unit)
            })
            .map(|(x, _, after)| (x, after))
    };
    if let Some((x, after)) = parenthesised_after(q.end)
        && other_currency(x)
    {
        return Some((x, after));
    }
    if q.kind == QuantityKind::Money
        && let Some(found) = in_commas_after(q.end)
    {
        return Some(found);
    }
    // `q` is the one in parentheses: the figure before them is the sum it converts.
    let x = f
        .parse
        .quantities
        .iter()
        .take_while(|x| x.end <= q.start)
        .last()?;
    parenthesised_after(x.end)
        .filter(|(inner, _)| std::ptr::eq(*inner, q) && other_currency(x))
        .or_else(|| {
            in_commas_after(x.end)
                .filter(|(inner, _)| std::ptr::eq(*inner, q) && x.kind == QuantityKind::Money)
        })
        .map(|(_, after)| (x, after))
}

/// Is the sum a rate: a word of [`MONEY_RATES`] among the few words after it in its clause
/// ("$22 million per season"), or one of [`MONEY_RATE_ARTICLES`] right after it ("$15 an
/// hour", "$2 a gallon")?
fn is_money_rate(f: &Features, text: &str, sum: &Quantity) -> bool {
    let after = f
        .parse
        .letter_runs_between(text, sum.end, clause_end(text, sum.end));
    after
        .first()
        .is_some_and(|(_, w)| MONEY_RATE_ARTICLES.contains(&w.as_str()))
        || after
            .iter()
            .take(MONEY_WORDS)
            .any(|(_, w)| MONEY_RATES.contains(&w.as_str()))
}

/// Every sum of money in a named currency the statement gives, with its currency, rates
/// left out ([`MONEY_RATES`]).
pub(crate) fn money_sums<'f>(f: &'f Features, text: &str) -> Vec<(&'f Quantity, String)> {
    f.parse
        .quantities
        .iter()
        .filter_map(|q| match counted(f, text, q) {
            Some(Counted::Money(currency)) => Some((q, currency)),
            _ => None,
        })
        .filter(|(q, _)| !is_money_rate(f, text, q))
        .collect()
}

/// What a sum of money is of: the content words right after it, up to a clause mark
/// ("$100 billion worth of India's external trade" gives "india", "external", "trade"; "a
/// $144 billion bailout from the IMF" gives "bailout", "imf"), and the word before an "of"
/// that opens it ("a bailout of $144 billion"). Currency words, number words and ordinals
/// ("over three years", "for the first time"), days and months ("early Monday") and
/// [`NOT_MONEY_OBJECTS`] are left out. A word of [`MONEY_KINDS_BEFORE`] among the nearest
/// content words before it in its clause says what it is too ("the recount cost the county
/// about $86,000" gives "cost").
pub(crate) fn money_objects(f: &Features, text: &str, q: &Quantity) -> Vec<Doing> {
    let content = |w: &String| {
        w.chars().all(char::is_alphabetic)
            && !crate::text::lexicon::is_stop_word(w)
            && !NOT_MONEY_OBJECTS.contains(&w.as_str())
            && crate::text::quantity::currency_word(w).is_none()
            // "over three years", "for the first time": a span or a turn, not a thing.
            && crate::text::numbers::classify_number_word(w).is_none()
            && crate::text::numbers::ordinal_value(w).is_none()
            // "over $2.6 million early Monday": a time, not a thing.
            && !crate::text::numbers::is_weekday_word(w)
            && !crate::text::numbers::is_month_name(w)
    };
    // "110 billion euros ($141 billion) loan package": of both, after the parentheses.
    let from = in_another_currency(f, text, q).map_or(q.end, |(_, after)| after);
    // A time told after the sum ends what it is of: "valued at over $2.6 million early
    // Monday" is of nothing after it.
    let time_after = f
        .parse
        .dates
        .iter()
        .map(|d| d.start)
        .filter(|&at| at >= from)
        .min()
        .unwrap_or(usize::MAX);
    let after = f
        .parse
        .letter_runs_between(text, from, clause_end(text, from).min(time_after));
    let before = f.parse.letter_runs_between(text, 0, q.start);
    // The noun before an "of" that opens the sum, and a content word right before that
    // noun ("an emergency package of 14 million crowns").
    let of_head: Vec<String> = match before.as_slice() {
        [.., (_, modifier), (_, head), (_, of)] if of == "of" && content(modifier) => {
            vec![head.clone(), modifier.clone()]
        }
        [.., (_, head), (_, of)] if of == "of" => vec![head.clone()],
        _ => Vec::new(),
    };
    // A word that opens a concept of the lexicon is of it ("loan package" is a bailout);
    // the concept's other words are passed over.
    let concept_at = |at: usize| {
        f.terms
            .iter()
            .find(|t| t.start == at && t.kind == crate::text::normalize::TermKind::Concept)
    };
    let mut covered = 0;
    let mut out: Vec<Doing> = Vec::new();
    for (at, w) in &after {
        if *at < covered || !content(w) {
            continue;
        }
        if out.len() == MONEY_WORDS {
            break;
        }
        match concept_at(*at) {
            Some(t) => {
                covered = t.end;
                out.push(Doing {
                    stem: t.key.clone(),
                    word: w.clone(),
                });
            }
            None => out.push(Doing::of_money(w.clone())),
        }
    }
    out.extend(
        of_head
            .into_iter()
            .filter(|w| content(w))
            .map(Doing::of_money),
    );
    // A sum converted in parentheses is valued as the sum before them.
    let valued = in_another_currency(f, text, q)
        .filter(|(x, _)| x.start < q.start)
        .map_or(q, |(x, _)| x);
    out.extend(valued_thing(f, text, valued).map(Doing::of_money));
    out.extend(recipients_per_head(f, text, q));
    let opens_at = clause_start(text, q.start);
    let words_before = f.parse.letter_runs_between(text, opens_at, q.start);
    out.extend(
        words_before
            .into_iter()
            .rev()
            .map(|(_, w)| w)
            .filter(|w| content(w))
            .take(MONEY_WORDS)
            .filter(|w| MONEY_KINDS_BEFORE.contains(&w.as_str()))
            .map(Doing::of_money),
    );
    out
}

/// The most content words read after a word of [`PER_HEAD`] for the recipient.
const RECIPIENT_WORDS: usize = 2;

/// Whom a sum is paid to per head, as keys "each" and a stem: the content words (up to
/// [`RECIPIENT_WORDS`]) right after a word of [`PER_HEAD`] in the sum's clause, before the
/// sum or after it ("would pay 25,000 crowns to each passenger" gives "each passeng"; "Each
/// bereaved family will receive 400,000" gives "each bereav" and "each famili"). Two sums
/// to each recipient of one kind are of one measure, whatever else their words tell.
fn recipients_per_head(f: &Features, text: &str, q: &Quantity) -> Vec<Doing> {
    let words =
        f.parse
            .letter_runs_between(text, clause_start(text, q.start), clause_end(text, q.end));
    let Some(at) = words
        .iter()
        .position(|(_, w)| PER_HEAD.contains(&w.as_str()))
    else {
        return Vec::new();
    };
    let content = |(start, w): &&(usize, String)| {
        (*start < q.start || *start >= q.end)
            && w.chars().all(char::is_alphabetic)
            && !crate::text::lexicon::is_stop_word(w)
            && crate::text::quantity::currency_word(w).is_none()
    };
    let each = |(_, w): &(usize, String)| Doing {
        stem: format!("each {}", stem(w)),
        word: format!("each {w}"),
    };
    let mut out: Vec<Doing> = words[at + 1..]
        .iter()
        .take_while(content)
        .take(RECIPIENT_WORDS)
        .map(each)
        .collect();
    // Whose share it is, told before the word: the noun before an "of" ("to the family of
    // each person killed": each family) or the subject before a modal ("Bereaved families
    // will each receive"; "the families of the dead would each receive": the noun before
    // "of the" again).
    let before = &words[..at];
    let head_before_of = |upto: usize| -> Option<&(usize, String)> {
        let mut rest = before[..upto].iter().rev();
        let mut next = rest.next()?;
        if next.1 == "the" {
            next = rest.next()?;
        }
        if next.1 != "of" {
            return None;
        }
        rest.next().filter(|w| content(w))
    };
    match before {
        [.., (_, of)] if of == "of" => out.extend(head_before_of(before.len()).map(each)),
        [.., (_, modal)] if PER_HEAD_AFTER_SUBJECT.contains(&modal.as_str()) => {
            let subject = before.len() - 1;
            let nearest = before[..subject].iter().rev().find(|w| content(w));
            let of_at = before[..subject]
                .iter()
                .rposition(|(_, w)| w == "of")
                .filter(|&i| i + 3 >= subject);
            let head = of_at.and_then(|i| head_before_of(i + 1));
            out.extend(head.or(nearest).map(each));
        }
        _ => {}
    }
    out
}

/// Which side of a bargain a sum of money is: the nearest word before it in its statement
/// of an offer ([`MONEY_OFFERS`]: "have offered him an 8-year, $160 million contract") or
/// of a demand ([`MONEY_DEMANDS`]: "countered by asking for a contract worth $200
/// million"), true for an offer; None when it tells neither.
pub(crate) fn bargain_side(f: &Features, text: &str, q: &Quantity) -> Option<bool> {
    f.parse
        .letter_runs_before(text, q.start)
        .find_map(|(_, w)| {
            if MONEY_OFFERS.contains(&w.as_str()) {
                Some(true)
            } else {
                MONEY_DEMANDS.contains(&w.as_str()).then_some(false)
            }
        })
}

/// Copulas between a thing and the word that values it ("The cargo ... was worth").
const COPULAS: [&str; 5] = ["is", "was", "are", "were", "been"];

/// What a sum values, told before it: the noun before a word of [`VALUING_WORDS`] right
/// before the sum ("a renovation costing 21 million euros", "an aircraft worth about $1.6
/// million", "a contract valued at $3 million"), the subject of its clause after a copula
/// and an aside ("The cargo, nearly 180 tonnes in all, was worth about $1.1 million"), or
/// the noun after "the value of" that a sum "at" sets ("put the value of the cargo of
/// flour at roughly 640,000 dollars").
fn valued_thing(f: &Features, text: &str, q: &Quantity) -> Option<String> {
    let content =
        |w: &str| w.chars().all(char::is_alphabetic) && !crate::text::lexicon::is_stop_word(w);
    let before: Vec<(usize, String)> = f.parse.letter_runs_before(text, q.start).take(3).collect();
    let words: Vec<&str> = before.iter().map(|(_, w)| w.as_str()).collect();
    // The valuing word, with the offset of the word before it.
    let valuing_at = match words.as_slice() {
        [at, valued, ..] if *at == "at" && VALUING_WORDS.contains(valued) => Some(before[1].0),
        [worth, ..] if VALUING_WORDS.contains(worth) && *worth != "valued" => Some(before[0].0),
        _ => None,
    };
    if let Some(valuing_at) = valuing_at {
        let opens_at = clause_start(text, valuing_at);
        let clause = f.parse.letter_runs_between(text, opens_at, valuing_at);
        let mut nearest = clause.iter().rev().map(|(_, w)| w.as_str());
        return match nearest.next() {
            Some(w) if COPULAS.contains(&w) => {
                // The subject before an aside: "The cargo, nearly 180 tonnes in all, was".
                let before_clause = text[..opens_at].strip_suffix(',')?;
                let aside_start = before_clause.rfind(',')?;
                let subject_start = clause_start(text, aside_start);
                f.parse
                    .letter_runs_between(text, subject_start, aside_start)
                    .into_iter()
                    .map(|(_, w)| w)
                    .rfind(|w| content(w))
            }
            Some(w) if content(w) => Some(w.to_string()),
            _ => None,
        };
    }
    // "the value of the cargo ... at": a sum set at, after "value of" in its sentence.
    if words.first() != Some(&"at") {
        return None;
    }
    let all = f.parse.letter_runs_between(text, 0, q.start);
    let of_at = all
        .windows(2)
        .rposition(|w| VALUING_WORDS.contains(&w[0].1.as_str()) && w[1].1 == "of")?;
    all[of_at + 2..]
        .iter()
        .map(|(_, w)| w)
        .find(|w| content(w))
        .cloned()
}

/// How many words on each side of a count are read for what was done with the things.
const DOING_WORDS: usize = 4;

/// A content word of a count's clause: a word of what was done with the things counted.
pub(crate) struct Doing {
    /// The word's stem, compared across statements.
    pub stem: String,
    /// The word, folded, for an explanation.
    pub word: String,
}

impl Doing {
    /// A word of what a sum of money is, keyed by the stem of the kind it tells
    /// ([`MONEY_KIND_SYNONYMS`]: "penalty" is a fine).
    fn of_money(word: String) -> Self {
        let stemmed = stem(&word);
        let stem = MONEY_KIND_STEMS
            .iter()
            .find(|(w, _)| *w == stemmed)
            .map_or(stemmed, |(_, kind)| kind.clone());
        Self { stem, word }
    }
}

/// What was done with the things a count counts: the content words of its clause nearest
/// to it (up to [`DOING_WORDS`] before the figure and after its noun, stop words and the
/// thing itself left out). "Five bombs were dropped, of which ..." gives "dropped"; "an
/// Antonov bomber dropped four bombs on the area" gives "antonov", "bomber", "dropped",
/// "area".
pub(super) fn doings(f: &Features, text: &str, q: &Quantity, thing: &str) -> Vec<Doing> {
    let opens_at = clause_start(text, q.start);
    // After the thing's own word: the first token after the figure with its stem (the
    // figure's unit is read, not written, so its length says nothing of the text).
    let thing_stem = stem(thing);
    let thing_at = f
        .parse
        .tokens
        .iter()
        .filter(|t| t.start >= q.end)
        .take(4)
        .find(|t| stem(t.folded.trim_matches(|c: char| !c.is_alphabetic())) == thing_stem)
        .map(|t| (t.start, t.end));
    let after_from = thing_at.map_or(q.end, |(_, end)| end);
    // The words between the figure and the thing describe what was done with it: "nearly
    // 200 challenged ballots".
    let between = thing_at.map_or_else(Vec::new, |(start, _)| {
        f.parse.letter_runs_between(text, q.end, start)
    });
    let clause_end = clause_end(text, after_from);
    let content = |w: &String| {
        w.chars().all(char::is_alphabetic)
            && !crate::text::lexicon::is_stop_word(w)
            && stem(w) != thing_stem
    };
    let mut before = f.parse.letter_runs_between(text, opens_at, q.start);
    // A clause of a verb alone after an aside ("The Green Alliance, led by Elena Ruiz, won
    // 41 seats"): its subject stands before the aside.
    if before.iter().filter(|(_, w)| content(w)).count() < 2
        && text[..opens_at].ends_with(',')
        && let Some(aside_start) = text[..opens_at - 1].rfind(',')
    {
        let subject_start = clause_start(text, aside_start);
        let mut subject = f
            .parse
            .letter_runs_between(text, subject_start, aside_start);
        subject.append(&mut before);
        before = subject;
    }
    let after = f.parse.letter_runs_between(text, after_from, clause_end);
    before
        .iter()
        .rev()
        .map(|(_, w)| w)
        .filter(|w| content(w))
        .take(DOING_WORDS)
        .chain(between.iter().map(|(_, w)| w).filter(|w| content(w)))
        .chain(
            after
                .iter()
                .map(|(_, w)| w)
                .filter(|w| content(w))
                .take(DOING_WORDS),
        )
        .map(|w| Doing {
            stem: doing_key(w),
            word: w.clone(),
        })
        .collect()
}

/// The key a word of a doing is compared on: its stem, or one key for every verb of
/// winning ("won 412 seats" and "secured 411 seats": `winning-verbs`).
fn doing_key(word: &str) -> String {
    if super::shares::WINNING_VERBS.contains(&word) {
        WINNING_KEY.to_string()
    } else {
        stem(word)
    }
}

/// The key of every verb of winning among a count's doings.
const WINNING_KEY: &str = "#win";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_increment_is_read_as_the_whitespace_split_read_it() {
        fn old(text: &str, q: &Quantity) -> bool {
            let next = text.get(q.end..).and_then(|r| r.split_whitespace().next());
            next.is_some_and(|w| {
                let word = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
                INCREMENT_WORDS.contains(&word.as_str())
            })
        }
        for text in [
            "two more rebounds, three OTHER boats and 4 (additional) cars",
            "5 .. more; 6 /more 7 more's 8 \"Extra\" 9\tfurther 10 more-or-less 11",
            "12 moreİ 13 İmore 14 x-more 15\u{a0}more 16   ",
        ] {
            let features = Features::unweighted(text, None);
            assert!(
                features.parse.quantities.iter().any(|q| old(text, q)),
                "{text:?}"
            );
            for q in &features.parse.quantities {
                assert_eq!(
                    is_increment(&features, text, q),
                    old(text, q),
                    "{text:?} {q:?}"
                );
            }
        }
    }

    /// What each figure of `text` counts, as (figure, noun stem), of those it counts.
    fn things_counted(text: &str) -> Vec<(String, String)> {
        let features = Features::unweighted(text, None);
        features
            .parse
            .quantities
            .iter()
            .filter_map(|q| match counted(&features, text, q) {
                Some(Counted::Things(noun)) => Some((q.text.clone(), noun)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_figure_names_or_labels_a_singular_noun() {
        for text in [
            "Officers responded after receiving a 911 call from a man.",
            "Man to be tried for manslaughter - KSLA News 12 Shreveport, Louisiana News",
            "The church, at 5740 N. Academy Blvd., is near Vickers Drive.",
            "Four were found inside the restaurant and two outside, and no one else was hurt.",
        ] {
            assert_eq!(things_counted(text), Vec::new(), "{text}");
        }
        assert_eq!(
            things_counted("The MacBook Pro has a retina display of 2880 x 1800 pixels."),
            [("1800".to_string(), "pixel".to_string())]
        );
        assert_eq!(
            things_counted(
                "Five bombs were dropped, and three aircraft and two stepchildren were seen."
            ),
            [
                ("Five".to_string(), "bomb".to_string()),
                ("three".to_string(), "aircraft".to_string()),
                ("two".to_string(), "stepchildren".to_string()),
            ]
        );
    }
}
