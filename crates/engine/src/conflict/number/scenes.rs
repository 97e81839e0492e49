//! Where and when a figure's happening took place: several scenes or one, a running total
//! or one day, a named place (and whether two statements place their happenings apart), an
//! earlier event or background (checks of a statement's or an article's wording that decide
//! whether two figures count the same happening).

use chrono::Datelike;

use super::places::{names, placed_name_spans};
use crate::conflict::Side;
use crate::text::parse::Parse;
use crate::text::quantity::QuantityKind;
use crate::text::word_lists;

word_lists::sections! {
    /// Words that place a statement's figures in an earlier event, not the one reported.
    BACKGROUND_CUES = FIGURE_CUES["background"];

    /// Words that make a statement's figures a yearly rate ("each year"), not a count of
    /// the event reported.
    HABITUAL_CUES = FIGURE_CUES["habitual"];

    /// Verbs of a thing's making before "in" and a year ("built in 1971").
    MAKING_VERBS = FIGURE_CUES["making-verbs"];

    /// Superlatives that make "since" and a year a record compared with ("the highest in a
    /// national vote since 1992"), not an earlier event told.
    RECORD_SUPERLATIVES = FIGURE_CUES["record-superlatives"];
}

/// How many words before "since" a superlative may stand and still make its year a record
/// compared with ("the highest in a national vote since 1992").
const RECORD_REACH_WORDS: usize = 6;

/// Is the year `q` one a record is compared with: "since 1992" after a superlative in its
/// clause ("Turnout was 72.2 percent, the highest in a national vote since 1992", "the
/// pound fell to its lowest level since 1985")? The statement's figures are then of the
/// event at hand.
fn is_record_since(side: &Side, year_at: usize) -> bool {
    let text = side.text();
    // "the deadliest since 2007, when a TAM jet crashed, killing 199 people": the clause
    // after the year tells that earlier event.
    let after_year = text[year_at..]
        .find(|c: char| c.is_ascii_digit())
        .map(|d| year_at + d)
        .and_then(|d| {
            text[d..]
                .find(|c: char| !c.is_ascii_digit())
                .map(|e| &text[d + e..])
        })
        .unwrap_or("");
    let rest = after_year.trim_start_matches([',', ' ']);
    if rest
        .get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case("when "))
    {
        return false;
    }
    // A date mention may hold its "since" ("since 1992"); a figure does not.
    let since_at = if text[year_at..].starts_with("since") {
        year_at
    } else {
        match side.features.parse.words_before(text, year_at).next() {
            Some((at, w)) if w == "since" => at,
            _ => return false,
        }
    };
    after_superlative(side, since_at, false)
}

/// Does a superlative stand in the clause before byte `at`, at most [`RECORD_REACH_WORDS`]
/// words back ("the highest in a national vote since")? What follows then names the record
/// the event at hand is compared with. With `determined`, only a superlative after "the"
/// or a possessive counts ("the deadliest attack in Kabul this year", "its lowest level"):
/// "at least 13 shootings this year" and "a record that includes five previous sentences"
/// set no record.
fn after_superlative(side: &Side, at: usize, determined: bool) -> bool {
    let text = side.text();
    let words: Vec<_> = side
        .features
        .parse
        .words_before(text, at)
        .take(RECORD_REACH_WORDS + 1)
        .collect();
    let in_clause = |k: usize| {
        let (w_at, w) = &words[k];
        // No comma or semicolon after the word.
        !text[*w_at + w.len()..at].contains([',', ';'])
    };
    (0..words.len().min(RECORD_REACH_WORDS))
        .take_while(|&k| in_clause(k))
        .any(|k| {
            RECORD_SUPERLATIVES.contains(&words[k].1.as_ref())
                && (!determined
                    || words.get(k + 1).is_some_and(|(_, d)| {
                        matches!(d.as_ref(), "the" | "its" | "their" | "his" | "her")
                    }))
        })
}

word_lists::sections! {
    /// Words that put a report inside one building of the scene ("inside", "indoors").
    INSIDE_WORDS = FIGURE_CUES["inside-words"];
}

/// Does the statement put what it tells inside one building of the scene ("No one was
/// injured inside")?
pub(crate) fn told_inside(side: &Side) -> bool {
    side.features
        .parse
        .tokens
        .iter()
        .any(|t| INSIDE_WORDS.contains(&t.folded.as_str()))
}

/// Does the statement tell of an earlier event ("in December 2011 police fired ...",
/// "six weeks after a massacre in ...")? Its figures then measure that event.
pub fn is_background(side: &Side) -> bool {
    *side
        .features
        .background
        .get_or_init(|| tells_background(side))
}

/// Does the statement tell of the past: an earlier event as background
/// ([`is_background`]), or a happening dated well before its article
/// ([`tells_earlier_event`])? Its claims are then not compared across sources by their keys
/// alone (`claims::WORDED_CLAIMS`).
pub(crate) fn tells_of_the_past(side: &Side) -> bool {
    is_background(side) || tells_earlier_event(side, side.article_date)
}

/// Does the statement tell what happens year after year ("Landslides and floods kill
/// hundreds of people in Nepal each year", "$100 billion of India's external trade passes
/// each year")? Its figures are then a yearly rate: comparable with another statement's
/// yearly rate, never with a count of the event reported.
pub fn tells_habit(side: &Side) -> bool {
    *side.features.habitual.get_or_init(|| reads_a_habit(side))
}

/// [`tells_habit`], read afresh.
fn reads_a_habit(side: &Side) -> bool {
    let lower = side.text().to_ascii_lowercase();
    HABITUAL_CUES.iter().any(|c| {
        lower
            .match_indices(c)
            .any(|(at, _)| !in_descriptive_aside(side, at))
    })
}

/// The years a statement writes ("in 2023", "since 2022"), and the year before its
/// article's when it says "last year".
fn years_written(s: &Side) -> Vec<f64> {
    let last_year = s
        .article_date
        .filter(|_| says_last_year(s))
        .map(|d| f64::from(chrono::Datelike::year(&d) - 1));
    s.features
        .parse
        .quantities
        .iter()
        .filter(|q| q.kind == QuantityKind::Year)
        .map(|q| q.value)
        .chain(last_year)
        .collect()
}

/// Does the statement say "last year"?
fn says_last_year(s: &Side) -> bool {
    let words: Vec<&str> = s.features.parse.folded_words().collect();
    words.windows(2).any(|w| w == ["last", "year"])
}

/// Does the statement tell no time at all: no day, no year, not "last year" ("had been
/// seeking $430,000 to install a system")? Nothing then places what it tells on another
/// day than what another statement dates.
pub(crate) fn tells_no_time(s: &Side) -> bool {
    s.features.parse.dates.is_empty()
        && !s
            .features
            .parse
            .quantities
            .iter()
            .any(|q| q.kind == QuantityKind::Year)
        && !says_last_year(s)
}

/// Do the two statements each write a year ([`years_written`]), none of them the same:
/// "fined $1.2 million in 2019" against "paid an $850,000 penalty in 2021"? One told as
/// "last year" from its article's date meets the year it is ("completed an
/// 18-million-crown overhaul last year" in 2026 against "an 11-million-crown upgrade
/// completed in 2025").
pub(crate) fn years_apart(a: &Side, b: &Side) -> bool {
    let (ya, yb) = (years_written(a), years_written(b));
    !ya.is_empty() && !yb.is_empty() && !yb.iter().any(|y| ya.contains(y))
}

/// [`is_background`], read afresh.
fn tells_background(side: &Side) -> bool {
    // ASCII folding keeps every byte where it was, so offsets stay the text's.
    let lower = side.text().to_ascii_lowercase();
    // A cue in a superlative's phrase names the record the event at hand sets ("the
    // deadliest attack in Kabul this year").
    if BACKGROUND_CUES.iter().any(|c| {
        lower.contains(c)
            && lower.match_indices(c).any(|(at, _)| {
                !in_descriptive_aside(side, at)
                    && !after_superlative(side, at, true)
                    && !after_a_multiple(side, at)
            })
    }) {
        return true;
    }
    let this_year = side.article_date.map(|d| chrono::Datelike::year(&d) as f64);
    side.features.parse.quantities.iter().any(|q| {
        q.kind == QuantityKind::Year
            && this_year.is_none_or(|y| q.value < y)
            && !is_record_since(side, q.start)
            && !dates_an_earlier_figure(side, q.start)
            && !after_a_multiple(side, q.start)
            && !dates_a_making(side, q.start)
    })
}

/// Does the year date a thing's making, told in an aside: "in" and the year after a verb
/// of [`MAKING_VERBS`], with at most the place of its making between, the verb opening an
/// aside (after a comma, or "which was") ("The tower, built in 1971, stands 78 metres
/// tall", "completed in the early 1970s", "built in Japan in 2001")? The thing stands now,
/// and the statement's figures measure it now; a making the statement tells ("a party was
/// established in August 2012 with 300 delegates") is the event its figures count.
fn dates_a_making(side: &Side, year_at: usize) -> bool {
    let text = side.text();
    let parse = &side.features.parse;
    let Some((verb_at, _)) = parse
        .words_before(text, year_at)
        .take(MAKING_REACH_WORDS)
        .take_while(|(at, w)| {
            MAKING_VERBS.contains(&w.as_ref())
                || matches!(w.as_ref(), "in" | "the" | "early" | "late" | "mid")
                || text[*at..].starts_with(char::is_uppercase)
        })
        .find(|(_, w)| MAKING_VERBS.contains(&w.as_ref()))
    else {
        return false;
    };
    if text[..verb_at].trim_end().ends_with(',') {
        return true;
    }
    let mut before = parse.words_before(text, verb_at);
    before
        .next()
        .is_some_and(|(_, w)| matches!(w.as_ref(), "was" | "were" | "is" | "are"))
        && before
            .next()
            .is_some_and(|(_, w)| matches!(w.as_ref(), "which" | "that"))
}

/// How many words before a year a verb of a thing's making may stand ("built in Japan in
/// 2001").
const MAKING_REACH_WORDS: usize = 6;

/// How many words a time of the past may stand after a multiple it dates ("more than
/// doubling its result from 2021": three).
const MULTIPLE_REACH_WORDS: usize = 6;

/// Does byte `at` stand shortly after a multiple in its clause ("more than doubling its
/// result from 2021", "more than double the 17 it won in the previous election")? The time
/// there dates the earlier value the statement's figure is a multiple of, not the
/// statement's happening: its own figures are of now. Right after the multiple, with no
/// word between, it dates the multiplying itself ("compensation nearly doubled last
/// year").
fn after_a_multiple(side: &Side, at: usize) -> bool {
    let text = side.text();
    super::measure::multiples_end(side.features, text)
        .into_iter()
        .any(|end| {
            end <= at
                && text
                    .get(end..at)
                    .is_some_and(|gap| !gap.contains([',', ';', ':', '.', '(', ')']))
                && (1..=MULTIPLE_REACH_WORDS)
                    .contains(&side.features.parse.words_between(text, end, at).len())
        })
}

/// Is byte `at` of the statement inside an aside set off by commas that opens with an
/// article and holds no count, share or sum: a description of the noun before it ("Chega, a populist
/// party founded five years ago, won 48 seats"; "The elections, the first since the country
/// adopted a new constitution earlier this year, had 2.5 million eligible voters")? A time
/// told there is the noun's, not the statement's figures'.
fn in_descriptive_aside(side: &Side, at: usize) -> bool {
    let text = side.text();
    let Some(open) = text[..at].rfind(',') else {
        return false;
    };
    let Some(close) = text[at..].find(',').map(|i| at + i) else {
        return false;
    };
    let raw = &text[open + 1..close];
    let aside_start = open + 1 + (raw.len() - raw.trim_start().len());
    // "a few weeks after the break-in": a time of its own, not a noun described.
    if side
        .features
        .parse
        .quantities
        .iter()
        .any(|q| q.start == aside_start)
    {
        return false;
    }
    let aside = raw.trim_start().to_ascii_lowercase();
    let opens_with_article = ["a ", "an ", "the "].iter().any(|a| aside.starts_with(a));
    // A figure counted there makes it the statement's news ("a 79% increase from the total
    // in the same period last year"); a length ("founded five years ago") does not.
    let holds_a_figure = side.features.parse.quantities.iter().any(|q| {
        q.start > open
            && q.start < close
            && matches!(
                q.kind,
                QuantityKind::Count | QuantityKind::Percent | QuantityKind::Money
            )
    });
    opens_with_article && !holds_a_figure && !aside.contains([';', ':', '(', ')'])
}

/// Does the year date only an earlier value given for comparison: "in" and the year right
/// after an earlier value ([`super::measure::is_earlier_value`]: "up from 12 in 2022",
/// "compared with 51% in 2019")? The statement's own figures are then of now.
fn dates_an_earlier_figure(side: &Side, year_at: usize) -> bool {
    let text = side.text();
    let parse = &side.features.parse;
    // A date mention may hold its "in" ("in 2022"); a figure does not.
    let in_at = if text[year_at..]
        .get(..3)
        .is_some_and(|w| w.eq_ignore_ascii_case("in "))
    {
        year_at
    } else {
        match parse.words_before(text, year_at).next() {
            Some((at, w)) if w == "in" => at,
            _ => return false,
        }
    };
    parse.quantities.iter().any(|figure| {
        figure.kind != QuantityKind::Year
            && figure.end <= in_at
            && text[figure.end..in_at]
                .split_whitespace()
                .all(|w| w.chars().all(char::is_alphabetic))
            && text[figure.end..in_at].split_whitespace().count() <= 1
            && super::measure::is_earlier_value(side.features, text, figure)
    })
}

/// Days before the article's date beyond which a dated happening is an earlier event, not
/// the one reported (a page's date may lag its story by some weeks).
const EARLIER_EVENT_DAYS: i64 = 45;

/// Does the statement date its happening well before both articles ("In February, a quake
/// hit the town, killing 612", "on March 3, 2009")? Its figures then measure an earlier
/// event. A follow-up article dating the story's own event ("the shooting in March") is
/// not earlier than the other article, written in March.
pub(crate) fn tells_earlier_event(
    side: &Side,
    other_article_date: Option<crate::model::Date>,
) -> bool {
    let Some(article_date) = side.article_date else {
        return false;
    };
    let earliest_article = other_article_date.map_or(article_date, |d| d.min(article_date));
    let too_early =
        |last: crate::model::Date| (earliest_article - last).num_days() > EARLIER_EVENT_DAYS;
    if side
        .features
        .parse
        .dates
        .iter()
        // A day without its year ("On April 6") is the latest such day up to the article's,
        // so it too may lie months back; a weekday or "yesterday" never does.
        .filter(|d| d.span().is_some_and(|(_, last)| too_early(last)))
        // A year a record is compared with ("the highest since 1992") is no event told, nor
        // a time told of a noun in an aside ("a populist party founded five years ago"),
        // nor the year of an earlier figure ("up from 12 in 2022").
        .any(|d| {
            !is_record_since(side, d.start)
                && !in_descriptive_aside(side, d.start)
                && !dates_an_earlier_figure(side, d.start)
                && !dates_a_making(side, d.start)
        })
    {
        return true;
    }
    // "In February" without a day or a year: the latest such month up to the article's.
    let (text, tokens) = (side.text(), &side.features.parse.tokens);
    tokens.iter().enumerate().skip(1).any(|(i, word)| {
        let month = word.surface(text);
        let Some(m) = crate::text::numbers::month_number(month) else {
            return false;
        };
        let day_follows = tokens
            .get(i + 1)
            .is_some_and(|next| next.folded.starts_with(|c: char| c.is_ascii_digit()));
        if tokens[i - 1].folded != "in"
            || day_follows
            || crate::text::numbers::is_month_abbreviation(month)
        {
            return false;
        }
        let year = article_date.year() - i32::from(m > article_date.month());
        let next_month_start = if m == 12 {
            crate::model::Date::from_ymd_opt(year + 1, 1, 1)
        } else {
            crate::model::Date::from_ymd_opt(year, m + 1, 1)
        };
        next_month_start
            .and_then(|d| d.pred_opt())
            .is_some_and(too_early)
    })
}

word_lists::sections! {
    /// Nouns of incidents and places: "three separate shootings", "several scenes".
    INCIDENT_NOUNS = FIGURE_CUES["incident-nouns"];

    /// Words before an incident noun that make it several: "separate", "multiple", a number.
    SEVERAL_WORDS = FIGURE_CUES["several-words"];

    /// Words before a noun that make a figure's clause tell of another incident: "another",
    /// "separate".
    OTHER_INCIDENT_WORDS = FIGURE_CUES["other-incident"];

    /// Words that make one event a run of several: its toll is the sum of their scenes.
    /// Not "spree" or "rampage": news says so of one gunman at one place as often as of many.
    RUN_WORDS = FIGURE_CUES["run-words"];

    /// Plural incident nouns that alone tell of several incidents: "8 dead in weekend
    /// shootings across the city".
    PLURAL_INCIDENTS = FIGURE_CUES["plural-incidents"];

    /// Words that mark a statement's place as one of several ("in Jajarkot district alone",
    /// "the worst-hit district").
    ONE_PLACE_OF_SEVERAL = FIGURE_CUES["one-place-of-several"];
}

/// Does the statement mark its place as one of several the toll spans ("In Jajarkot
/// district alone, 105 people were killed", "in the worst-hit district, where 92 died")?
pub(super) fn marks_one_place_of_several(side: &Side) -> bool {
    // Runs of letters: "worst-hit" is "worst" and "hit".
    let words = letter_runs(side);
    ONE_PLACE_OF_SEVERAL
        .iter()
        .any(|m| word_lists::has_phrase(&words, m))
}

/// Does the statement count over several scenes or incidents ("7 killed in 3 shootings",
/// "a spree that spanned several scenes", "at three separate locations")? Its figure is
/// then a total, and a lower figure elsewhere may count one scene.
pub(super) fn spans_several_scenes(side: &Side) -> bool {
    let words: Vec<&str> = side.features.parse.folded_words().collect();
    words.iter().any(|w| PLURAL_INCIDENTS.contains(w))
        || names_a_run(side.text())
        || counts_several_incidents(&words)
}

/// How many incidents the statement counts in figures, when it counts them once: "17" of
/// "in 17 shootings across the city", "3" of "three separate shootings" (a figure whose
/// noun is one of [`INCIDENT_NOUNS`]).
pub(super) fn incidents_counted(side: &Side) -> Option<u64> {
    let mut counts = side.features.parse.quantities.iter().filter(|q| {
        q.kind == crate::text::quantity::QuantityKind::Count
            && q.bound == crate::text::quantity::Bound::Exact
            && q.unit
                .split_whitespace()
                .last()
                .is_some_and(|noun| INCIDENT_NOUNS.contains(&noun))
    });
    let first = counts.next()?;
    // A statement counting incidents twice ("two of the 17 shootings") counts no one set.
    counts.next().is_none().then_some(first.value as u64)
}

/// Does a whole article tell of several scenes in so many words ("at three separate
/// locations", "a series of shootings")? An article's bare "the shootings" is not enough:
/// articles say so of one incident's shots.
pub(super) fn article_spans_several_scenes(text: &str) -> bool {
    if names_a_run(text) {
        return true;
    }
    // An article has no parse of its own: parse its lowercased text here.
    let parse = Parse::new(&text.to_lowercase());
    let words: Vec<&str> = parse.tokens.iter().map(|t| t.folded.as_str()).collect();
    counts_several_incidents(&words)
}

/// Does the text hold a phrase of [`RUN_WORDS`] anywhere in its lowercased text? A
/// substring test, kept as it was: a test of the parse's words would find other things.
fn names_a_run(text: &str) -> bool {
    let lower = text.to_lowercase();
    RUN_WORDS.iter().any(|w| lower.contains(w))
}

/// Do the folded `words` count several incidents: a noun of [`INCIDENT_NOUNS`] after a
/// number or a word of [`SEVERAL_WORDS`] ("three separate shootings", "3 crime scenes": up
/// to two words before the noun)?
fn counts_several_incidents(words: &[&str]) -> bool {
    words.windows(2).enumerate().any(|(i, pair)| {
        let noun = pair[1];
        if !INCIDENT_NOUNS.contains(&noun) {
            return false;
        }
        let several = |w: &str| {
            SEVERAL_WORDS.contains(&w) || w.parse::<u32>().is_ok_and(|n| (2..100).contains(&n))
        };
        several(pair[0])
            || (i > 0
                && several(words[i - 1])
                && matches!(pair[0], "separate" | "different" | "crime" | "other"))
    })
}

word_lists::sections! {
    /// Words that make a figure a running total over days.
    RUNNING_TOTAL_MARKS = FIGURE_CUES["running-total"];

    /// Words of a running total that span what follows: before a day, that day's count.
    RUNNING_TOTAL_SPANS = FIGURE_CUES["running-total-spans"];

    /// Spans of days over which the toll of several incidents is a running total.
    SPANS_OF_DAYS = FIGURE_CUES["spans-of-days"];

    /// Words of one day besides the weekdays, after a span of a running total.
    DAYS_OF_ONE_COUNT = FIGURE_CUES["days-of-one-count"];
}

pub(super) fn is_running_total(side: &Side) -> bool {
    // Words, not substrings: "so far," and "(in all)" count.
    let words = letter_runs(side);
    // A total over one day is that day's: "86 arrests over the course of Saturday's
    // protests".
    let of_one_day = |w: &String| {
        crate::text::numbers::weekday_of(w).is_some() || DAYS_OF_ONE_COUNT.contains(&w.as_str())
    };
    RUNNING_TOTAL_MARKS.iter().any(|m| {
        let mark: Vec<&str> = m.split(' ').collect();
        let spans = RUNNING_TOTAL_SPANS.contains(m);
        words.windows(mark.len()).enumerate().any(|(i, w)| {
            w.iter().zip(&mark).all(|(a, b)| a == b)
                && !(spans && words[i + mark.len()..].iter().take(2).any(of_one_day))
        })
    }) || (SPANS_OF_DAYS
        .iter()
        .any(|m| word_lists::has_phrase(&words, m))
        && spans_several_scenes(side))
}

/// Does the statement count with the present perfect and give no day: "more than 400
/// protesters have been detained" is the count up to now, a running total?
pub(super) fn counts_up_to_now(side: &Side) -> bool {
    let words = letter_runs(side);
    word_lists::PRESENT_PERFECT
        .iter()
        .any(|p| word_lists::has_phrase(&words, p))
        && !tells_one_day(side)
}

/// The statement's runs of letters and digits, folded ("didn't" gives "didn" and "t").
fn letter_runs(side: &Side) -> Vec<String> {
    let text = side.text();
    side.features
        .parse
        .letter_runs_between(text, 0, text.len())
        .into_iter()
        .map(|(_, w)| w)
        .collect()
}

word_lists::sections! {
    /// Words of an hour between "by" and a day ("by noon on Sunday").
    DEADLINE_HOURS = DATE_CUES["deadline-hours"];
}

/// Is the date the end of a count up to then, after "by" and perhaps an hour ("By noon on
/// Sunday the directorate had confirmed 34 deaths", "by Wednesday morning")? Not "killed
/// by gunmen on Sunday".
fn up_to_then(side: &Side, d: &crate::text::date::DateMention) -> bool {
    if d.text.to_lowercase().starts_with("by ") {
        return true;
    }
    let text = side.text();
    side.features
        .parse
        .words_before(text, d.start)
        .find(|(_, w)| {
            let punctuation = !w.chars().any(char::is_alphanumeric) && w != ",";
            let hour = w.chars().any(|c| c.is_ascii_digit())
                || DEADLINE_HOURS.contains(&w.trim_matches('.'));
            !punctuation && !hour
        })
        .is_some_and(|(_, w)| w == "by")
}

/// Does the statement give one day to what it counts ("on Thursday", "overnight"), not the
/// day a count up to then ends ("by noon on Sunday")?
pub(super) fn tells_one_day(side: &Side) -> bool {
    if letter_runs(side).iter().any(|w| w == "overnight") {
        return true;
    }
    side.features
        .parse
        .dates
        .iter()
        .any(|d| d.precision == crate::text::date::DatePrecision::Day && !up_to_then(side, d))
}

word_lists::sections! {
    /// Words that place a count at one dwelling or spot of a street: "at a home", "inside the
    /// bar", "on the 3800 block" ("at a hall" may be the whole event's one place).
    PLACE_MARKS = FIGURE_CUES["place-marks"];
}

/// Does the statement place its happening at one spot?
pub(super) fn names_a_place(text: &str) -> bool {
    let lower = format!(" {}", text.to_lowercase());
    PLACE_MARKS.iter().any(|m| lower.contains(m))
}

/// Names of places where the statement puts something: runs of capitalised words right
/// after a preposition of place ("in Salonika", "streets of South Kordofan"), lowercase,
/// months and weekdays left out. Read over the statement's whitespace chunks
/// (`Parse::chunks`): a preposition is a chunk of one token, and each word of a name a
/// chunk cut to its letters and digits at both ends and of a final "'s", folded from the
/// parse.
pub(crate) fn places(side: &Side) -> Vec<String> {
    placed_names(side)
        .into_iter()
        .map(|(_, name)| name)
        .collect()
}

/// [`places`], each with the offset of its preposition in the statement.
pub(crate) fn placed_names(side: &Side) -> Vec<(usize, String)> {
    placed_name_spans(&side.features.parse, side.text())
        .into_iter()
        .map(|p| (p.preposition, p.name))
        .collect()
}

/// Do the two statements each name places of their happenings, none of which the other
/// statement names ("across Marren County" and "in the village of Oskby")?
pub(crate) fn named_apart(a: &Side, b: &Side) -> bool {
    places_named_apart((a, &places_of_happening(a)), (b, &places_of_happening(b)))
}

/// Do the two statements each name places of their happenings, none of which shares a word
/// with the other statement ("in the Jabaliya refugee camp" and "in the southern city of
/// Khan Younis"; not "a Fort Myers club" and "at Club Blu Bar and Grill")?
pub(crate) fn named_apart_by_words(a: &Side, b: &Side) -> bool {
    let shares_a_word =
        |other_text: &str, place: &str| place.split_whitespace().any(|w| names(other_text, w));
    apart(
        (a, &places_of_happening(a)),
        (b, &places_of_happening(b)),
        shares_a_word,
    )
}

/// Do the two statements place their happenings apart: in places the other statement does
/// not name while naming its own, or in a place the other's whole article never names?
pub(crate) fn placed_apart(a: &Side, b: &Side) -> bool {
    let (pa, pb) = (places_of_happening(a), places_of_happening(b));
    if places_named_apart((a, &pa), (b, &pb)) {
        return true;
    }
    in_a_place_the_other_article_never_names(a, &pa, b, &pb)
}

/// Does either statement place its happening where the other's whole article never names
/// ([`placed_apart`] without the places the two statements name apart)?
pub(crate) fn placed_apart_in_articles(a: &Side, b: &Side) -> bool {
    let (pa, pb) = (places_of_happening(a), places_of_happening(b));
    in_a_place_the_other_article_never_names(a, &pa, b, &pb)
}

fn in_a_place_the_other_article_never_names(
    a: &Side,
    pa: &[String],
    b: &Side,
    pb: &[String],
) -> bool {
    let (article_a, article_b) = (a.article_text.to_lowercase(), b.article_text.to_lowercase());
    pa.iter().any(|p| !names(&article_b, p)) || pb.iter().any(|p| !names(&article_a, p))
}

/// [`named_apart`], given each statement's places of happening.
pub(crate) fn places_named_apart(a: (&Side, &[String]), b: (&Side, &[String])) -> bool {
    apart(a, b, names)
}

/// Do both statements name places, none of which `told_in(other statement's lowercase text,
/// place)` finds in the other?
fn apart(
    (a, pa): (&Side, &[String]),
    (b, pb): (&Side, &[String]),
    told_in: impl Fn(&str, &str) -> bool,
) -> bool {
    let (ta, tb) = (a.text().to_lowercase(), b.text().to_lowercase());
    // A place whose name opens with a word that makes another place's name ("central
    // aceh") is told only by its whole name; one the other names only inside such a longer
    // name ("aceh" in "Central Aceh district") is not told there.
    let elsewhere = |own: &[String], other_text: &str, other: &Side| {
        own.iter().all(|p| {
            let modified = p
                .split(' ')
                .next()
                .is_some_and(|w| p.contains(' ') && PLACE_NAME_MODIFIERS.contains(&w));
            let told = if modified {
                names(other_text, p)
            } else {
                told_in(other_text, p)
            };
            !told || only_in_longer_names(other.text(), p)
        })
    };
    !pa.is_empty() && !pb.is_empty() && elsewhere(pa, &tb, b) && elsewhere(pb, &ta, a)
}

word_lists::sections! {
    /// Capitalised words that make another place's name out of a place's name ("Central
    /// Aceh", "South Sudan").
    PLACE_NAME_MODIFIERS = FIGURE_CUES["place-name-modifiers"];
}

/// Does `text` name the place `place` (lowercase) only inside longer names of other places,
/// right after a capitalised word of [`PLACE_NAME_MODIFIERS`] ("Central Aceh", "South
/// Sudan")? `false` when it names it nowhere.
fn only_in_longer_names(text: &str, place: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let mut found = false;
    for (i, m) in lower.match_indices(place) {
        let before = lower[..i].chars().next_back();
        let after = lower[i + m.len()..].chars().next();
        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        found = true;
        let word_before = text[..i]
            .strip_suffix(' ')
            .and_then(|t| t.rsplit(|c: char| !c.is_alphanumeric()).next())
            .unwrap_or_default();
        let capitalised = word_before.chars().next().is_some_and(char::is_uppercase);
        let modifier = PLACE_NAME_MODIFIERS.contains(&word_before.to_ascii_lowercase().as_str());
        if !(capitalised && modifier) {
            return false;
        }
    }
    found
}

/// The places a statement puts something in ([`placed_names`]), less the places where
/// it was said: a place whose preposition follows a verb of telling within two words
/// ("told journalists in Geneva", "said in Washington"), and the places the hurt were
/// taken to or treated in ([`super::places::places_of_care`]: "treated at the regional
/// hospital in Huaraz").
pub(crate) fn places_of_happening(side: &Side) -> Vec<String> {
    let text = side.text();
    let parse = &side.features.parse;
    // The attribution: with one verb of telling, the side of it that holds no figure
    // ("Miabek Lang, the commissioner of Pariang County, said that 12 were killed"), and
    // the speaker after a comma when the verb comes last.
    let telling: Vec<usize> = parse
        .tokens
        .iter()
        .filter(|t| word_lists::TELLING_VERBS.contains(&t.folded.as_str()))
        .map(|t| t.start)
        .collect();
    let figures: Vec<usize> = super::measure::measured(side.features, text)
        .iter()
        .map(|(q, _)| q.start)
        .collect();
    let attribution = match telling.as_slice() {
        [verb] if !figures.is_empty() && figures.iter().all(|f| f > verb) => 0..*verb,
        // "12 were killed in Yida, the governor of Unity State said": from the comma that
        // opens the speaker's name.
        [verb] if !figures.is_empty() && figures.iter().all(|f| f < verb) => {
            let last_figure = figures.iter().max().copied().unwrap_or(0);
            let opens = text[last_figure..*verb]
                .rfind(',')
                .map_or(*verb, |c| last_figure + c);
            opens..text.len()
        }
        _ => 0..0,
    };
    let care = super::places::places_of_care(parse, text);
    placed_names(side)
        .into_iter()
        .filter(|(at, _)| {
            !attribution.contains(at)
                && !care.iter().any(|span| span.contains(at))
                && !parse
                    .words_before(text, *at)
                    .take(2)
                    .any(|(_, w)| word_lists::TELLING_VERBS.contains(&w.as_ref()))
        })
        .map(|(_, name)| name)
        .collect()
}

/// Does the statement tell one incident of several by its rank: an ordinal right before a
/// noun of an incident, singular or plural ("The second shooting happened about a mile
/// away, where two people were killed")? Its figures then count that incident, a part of
/// a toll of them all.
pub(super) fn tells_one_of_several(side: &Side) -> bool {
    static INCIDENT_STEMS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        INCIDENT_NOUNS
            .iter()
            .map(|n| crate::text::stem::stem(n))
            .collect()
    });
    let words: Vec<&str> = side.features.parse.folded_words().collect();
    words.windows(2).any(|pair| {
        crate::text::numbers::ordinal_value(pair[0]).is_some()
            && INCIDENT_STEMS.contains(&crate::text::stem::stem(pair[1]))
    })
}

/// Does the clause a figure stands in tell of another incident: "another" or "separate"
/// before a noun ([`OTHER_INCIDENT_WORDS`]: "three people also died in an air strike on
/// another UN school", "while a separate blaze near Pasadena killed two people")? So does
/// "the other" before the figure ("The other model costs $2499"): one of two things. Not
/// "another" right before a figure ("another three died"), an increment that the subset
/// rules read.
pub(super) fn tells_another_incident(side: &Side, q: &crate::text::quantity::Quantity) -> bool {
    const CLAUSE_MARKS: &[char] = &[',', ';', ':', '(', ')', '—', '–'];
    let text = side.text();
    let start = text[..q.start].rfind(CLAUSE_MARKS).map_or(0, |i| i + 1);
    let end = text[q.end..]
        .find(CLAUSE_MARKS)
        .map_or(text.len(), |i| q.end + i);
    let parse = &side.features.parse;
    let words = parse.words_between(text, start, end);
    words.iter().enumerate().any(|(i, (_, w))| {
        (OTHER_INCIDENT_WORDS.contains(&w.as_ref())
            || (w == "other" && i > 0 && words[i - 1].1 == "the" && words[i].0 < q.start))
            && words.get(i + 1).is_some_and(|(next, _)| {
                !parse
                    .quantities
                    .iter()
                    .any(|f| (f.start..f.end).contains(next))
            })
    })
}
