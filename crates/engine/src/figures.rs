//! The figures of an analysis side by side: every figure a statement gives, typed with the
//! measure it counts ([`FigureClaim`]), and one row per measure with each source's figures
//! ([`FigureRow`]), for the reports' Figures section and the JSON.
//!
//! A measure is what a figure counts: a toll (a happening to people, of a population:
//! "killed, security forces"), a count of things ("bombs"), an amount of money in one
//! currency, or a percentage. Tolls and counts of things make rows when two or more sources
//! give figures of them. A sum of money has no subject that the figure alone tells ("$141
//! billion" of what?): it makes a row only when its statement gives one sum and names what
//! it is of ("a $144 billion bailout", `of` the words after it, as the number detector
//! reads them), and sums of one currency sharing such a word stand in one row ("dollars
//! (bailout)"). Percentages make no row of their own.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::align::Features;
use crate::conflict::Side;
use crate::conflict::number::{self, Counted, counted, is_background, measured};
use crate::disjoint::DisjointSets;
use crate::model::{Analysis, Relation, Severity, SourceIdx, StatementIdx};
use crate::text::quantity::{Bound, Quantity};

/// What a figure counts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MeasureKey {
    /// A happening to people ("killed") of a population ("security forces"; empty when the
    /// statement does not say who).
    Toll {
        event: &'static str,
        population: &'static str,
    },
    /// A count of things, by the stem of the counted noun ("bomb"); of things won in an
    /// election, with who won them (`holder`: "Socialists"), in a row of the figures of one
    /// party (see [`party_rows`]).
    Count {
        noun: String,
        #[serde(skip_serializing_if = "String::is_empty")]
        holder: String,
    },
    /// An amount of money in one currency ("dollars"), and what it is of when the
    /// statement gives one sum and names it: the content words after the sum, folded
    /// (`["bailout", "imf"]`); in a row, the one word its sums share most.
    Money {
        currency: String,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        of: Vec<String>,
    },
    /// A percentage.
    Percent,
    /// A rise or a fall in per cent ("Greek stocks plunged 5.4 per cent"): `direction`
    /// `rise` or `fall`, `of` the stems of what the clause names as changing ("stock").
    Change { direction: &'static str, of: String },
    /// An earthquake's magnitude ("a 6.1-magnitude quake").
    Magnitude,
    /// A share of an election in per cent: `of` `turnout` or `share of the vote`, with who won a
    /// share of the vote (`holder`, the words of its clause before the figure: "ruling";
    /// empty for the turnout).
    Share { of: &'static str, holder: String },
    /// A percentage of one thing ("15 percent contained", "Containment stood at 5
    /// percent"), by the key of what it is a share of (`conflict::percent`: "contain").
    PercentOf { of: String },
    /// A measurement of one thing in a unit of a dimension ("winds of 150 mph"), by what it
    /// measures (the key of `conflict::measurement`: "wind", "from kathmandu"); its figures'
    /// values are in the dimension's base unit, their text as written with the unit.
    Measurement {
        dimension: crate::conflict::measurement::Dimension,
        of: String,
    },
}

impl MeasureKey {
    /// "killed (security forces)", "bombs" (the noun as first written), "dollars".
    fn label(&self, first_noun: &str) -> String {
        match self {
            MeasureKey::Toll {
                event,
                population: "",
            } => event.to_string(),
            MeasureKey::Toll { event, population } => format!("{event} ({population})"),
            MeasureKey::Count { holder, .. } if holder.is_empty() => first_noun.to_string(),
            MeasureKey::Count { holder, .. } => format!("{first_noun}: {holder}"),
            MeasureKey::Money { currency, of } if of.is_empty() => currency.clone(),
            MeasureKey::Money { currency, of } => format!("{currency} ({})", of.join(" ")),
            MeasureKey::Percent => "per cent".to_string(),
            MeasureKey::Change { direction, of } => format!("{direction} of {of} (per cent)"),
            MeasureKey::Magnitude => "magnitude".to_string(),
            MeasureKey::Share { of, holder } if holder.is_empty() => format!("{of} (per cent)"),
            MeasureKey::Share { of, holder } => format!("{of}: {holder} (per cent)"),
            MeasureKey::PercentOf { .. } => format!("{first_noun} (per cent)"),
            MeasureKey::Measurement { dimension, .. } => {
                format!("{first_noun} ({})", dimension.section())
            }
        }
    }

    /// Does the measure say what it counts well enough to line sources up on it?
    fn makes_a_row(&self) -> bool {
        match self {
            MeasureKey::Toll { population, .. } => !population.is_empty(),
            MeasureKey::Count { .. } => true,
            MeasureKey::Change { of, .. } => !of.is_empty(),
            MeasureKey::Magnitude
            | MeasureKey::Measurement { .. }
            | MeasureKey::PercentOf { .. } => true,
            // The turnout is one; a share of the vote is one only with its holder.
            MeasureKey::Share { of, holder } => *of == "turnout" || !holder.is_empty(),
            // Sums of money are lined up by what they are of, in [`money_rows`].
            MeasureKey::Money { .. } | MeasureKey::Percent => false,
        }
    }
}

/// One figure of one statement, with its measure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureClaim {
    pub statement: StatementIdx,
    /// As written: "at least 12", "no one", "$141 billion".
    pub text: String,
    /// The counted noun as written, when there is one ("bombs").
    pub noun: String,
    pub value: f64,
    /// The interval of values the figure allows; `high` is `None` when unbounded ("at
    /// least 12").
    pub low: f64,
    pub high: Option<f64>,
    pub bound: Bound,
    pub measure: MeasureKey,
    /// The statement tells of an earlier event ("in 2011, some 2 million people died"):
    /// its figures measure that event, not the one reported, and make no row.
    pub background: bool,
    /// The statement tells a yearly rate ("floods kill hundreds of people each year"): its
    /// figures stand in rows of yearly rates, apart from the event's.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub yearly: bool,
    /// For a sum of money, the keys of what it is of, one for each word of its measure's
    /// `of` and in its order, as the number detector compares them (a concept for a word of
    /// one: "loan package" and "bailout" are one): what joins sums in one row, while the
    /// words name it.
    #[serde(skip)]
    of_keys: Vec<String>,
    /// For a share of the vote, or things counted in a statement of an election, who won
    /// them when a name tells it: what joins the figures of one party in one row
    /// ([`party_rows`]).
    #[serde(skip)]
    party: Option<number::Party>,
    /// Things won in an election ("taking 117 of the 230 seats"): each is some party's, so
    /// they stand only in a party's row.
    #[serde(skip)]
    won_in_an_election: bool,
    /// Things counted in a statement of an election, won or not ("came second with 78
    /// seats", "need 116 seats for a majority").
    #[serde(skip)]
    counted_in_an_election: bool,
}

impl FigureClaim {
    /// The words of what a sum of money is of, each with the key the detector compares it
    /// by ([`FigureClaim::of_keys`], read with the words); empty for other measures.
    fn keyed_words(&self) -> Vec<(String, String)> {
        let MeasureKey::Money { of, .. } = &self.measure else {
            return Vec::new();
        };
        of.iter()
            .cloned()
            .zip(self.of_keys.iter().cloned())
            .collect()
    }

    fn new(statement: StatementIdx, q: &Quantity, measure: MeasureKey, background: bool) -> Self {
        Self {
            background,
            yearly: false,
            statement,
            text: q.shown().to_string(),
            noun: q.counted_noun().to_string(),
            value: q.value,
            low: q.low,
            high: q.high.is_finite().then_some(q.high),
            bound: q.bound,
            measure,
            of_keys: Vec::new(),
            party: None,
            won_in_an_election: false,
            counted_in_an_election: false,
        }
    }

    /// Is the figure a share of the vote or a count of things won in an election, which
    /// stand in rows of one party ([`party_rows`])?
    fn is_a_partys(&self) -> bool {
        self.won_in_an_election
            || matches!(self.measure, MeasureKey::Share { of, .. } if of != "turnout")
    }
}

/// One measure and the figures each source gives of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureRow {
    pub measure: MeasureKey,
    /// The measure in words: "killed (security forces)", "bombs".
    pub label: String,
    /// Per source, in the analysis' source order: the claims it gives, in text order.
    pub cells: Vec<Vec<FigureClaim>>,
    /// Two of the row's statements are in a hard conflict.
    pub hard_conflict: bool,
}

impl FigureRow {
    /// The figures of source `source` as written, each with its statement id.
    pub fn as_written(&self, analysis: &Analysis, source: usize) -> Vec<(String, String)> {
        self.cells[source]
            .iter()
            .map(|c| (c.text.clone(), analysis.statement(c.statement).id.clone()))
            .collect()
    }

    /// How many sources give a figure of the measure.
    pub fn sources(&self) -> usize {
        self.cells.iter().filter(|c| !c.is_empty()).count()
    }
}

/// The features the claims of an analysis are read from: each statement's unweighted
/// features (none for boilerplate), each knowing whether its article opens with an
/// election.
pub(crate) fn claim_features(analysis: &Analysis) -> Vec<Features> {
    let mut features: Vec<Features> = analysis
        .statements
        .iter()
        .map(|s| {
            if s.is_boilerplate() {
                Features::default()
            } else {
                Features::unweighted(&s.text, analysis.source(s.source).meta.date)
            }
        })
        .collect();
    crate::align::features::mark_election_articles(analysis, &mut features);
    features
}

/// Every figure of every statement that is not boilerplate, with its measure, in
/// statement order.
pub fn claims(analysis: &Analysis) -> Vec<FigureClaim> {
    let all_features = claim_features(analysis);
    let readings = crate::conflict::Readings::of(analysis);
    claims_from(analysis, &all_features, &readings)
}

/// [`claims`], from features and quotation regions already read.
fn claims_from(
    analysis: &Analysis,
    all_features: &[Features],
    readings: &crate::conflict::Readings,
) -> Vec<FigureClaim> {
    let mut out = Vec::new();
    for (i, s) in analysis.statements.iter().enumerate() {
        if s.is_boilerplate() {
            continue;
        }
        let idx = StatementIdx(i);
        let (side, _) = crate::conflict::sides(analysis, all_features, readings, idx, idx);
        out.extend(statement_claims(idx, &side));
    }
    out
}

/// The figures of one statement (its `side`), in text order.
pub(crate) fn statement_claims(idx: StatementIdx, side: &Side) -> Vec<FigureClaim> {
    let (features, text) = (side.features, side.text());
    let background = is_background(side);
    let yearly = number::tells_habit(side);
    let mut found: Vec<(usize, FigureClaim)> = Vec::new();
    for (q, m) in measured(features, text) {
        let key = if m.is_magnitude() {
            MeasureKey::Magnitude
        } else if m.is_change() {
            let mut of = number::change_subject(features, text, q);
            of.reverse();
            MeasureKey::Change {
                direction: m.event_label,
                of: of.join(" "),
            }
        } else if m.is_share() {
            MeasureKey::Share {
                of: m.event_label,
                holder: if m.event == crate::model::measure::Measure::VOTE_SHARE {
                    number::share_holder(features, text, q).join(" ")
                } else {
                    String::new()
                },
            }
        } else {
            MeasureKey::Toll {
                event: m.event_label,
                population: m.population.label().trim_end(),
            }
        };
        let mut claim = FigureClaim::new(idx, q, key, background);
        if m.event == crate::model::measure::Measure::VOTE_SHARE {
            claim.party = number::party_of(features, text, q);
        }
        found.push((q.start, claim));
    }
    let in_an_election = number::tells_an_election(features, text);
    let sums = number::money_sum(features, text);
    let measurements = crate::conflict::measurement::measurements(side);
    let conversions = crate::conflict::measurement::conversions(side);
    let percentages = crate::conflict::percent::percentages(side);
    for q in number::unmeasured(features, text) {
        // "about two metres (6.6 feet)": the measurement before, told again.
        if conversions.iter().any(|c| std::ptr::eq(*c, q)) {
            continue;
        }
        // "winds of 150 mph": a measurement in a unit, its values in the base unit.
        if let Some(m) = measurements.iter().find(|m| std::ptr::eq(m.quantity, q)) {
            let key = MeasureKey::Measurement {
                dimension: m.dimension,
                of: m.of.clone(),
            };
            let mut claim = FigureClaim::new(idx, q, key, background);
            claim.text = m.as_written();
            claim.noun = m.noun.clone();
            claim.value = q.value * m.factor;
            claim.low = m.low;
            claim.high = m.high.is_finite().then_some(m.high);
            found.push((q.start, claim));
            continue;
        }
        // A measurement is one whatever its unit looks like to the counter ("81 km
        // northwest of Kathmandu": "km" is no plural, so "km northwest" reads as a
        // compound); any other figure is what it counts.
        let Some(counted) = counted(features, text, q) else {
            continue;
        };
        let key = match counted {
            Counted::Things(noun) if in_an_election && number::is_won(features, text, q) => {
                let mut claim = FigureClaim::new(
                    idx,
                    q,
                    MeasureKey::Count {
                        noun,
                        holder: String::new(),
                    },
                    background,
                );
                claim.won_in_an_election = true;
                claim.counted_in_an_election = true;
                // "117 of the 230 seats": the whole is the parliament's, no party's; the
                // part counts the whole's noun.
                if !number::is_whole_of_a_part(features, text, q) {
                    claim.party = number::party_of(features, text, q);
                }
                if claim.noun.is_empty() {
                    claim.noun = whole_after(features, text, q)
                        .map(|w| w.counted_noun().to_string())
                        .unwrap_or_default();
                }
                if let (MeasureKey::Count { holder, .. }, Some(party)) =
                    (&mut claim.measure, &claim.party)
                {
                    holder.clone_from(&party.written);
                }
                found.push((q.start, claim));
                continue;
            }
            Counted::Things(noun) => {
                let key = MeasureKey::Count {
                    noun,
                    holder: String::new(),
                };
                let mut claim = FigureClaim::new(idx, q, key, background);
                claim.counted_in_an_election = in_an_election;
                found.push((q.start, claim));
                continue;
            }
            Counted::Money(currency) => {
                let objects = if sums.iter().any(|sum| std::ptr::eq(*sum, q)) {
                    number::money_objects(features, text, q)
                } else {
                    Vec::new()
                };
                let of_keys = objects.iter().map(|d| d.stem.clone()).collect();
                let of = objects.into_iter().map(|d| d.word).collect();
                let mut claim =
                    FigureClaim::new(idx, q, MeasureKey::Money { currency, of }, background);
                claim.of_keys = of_keys;
                found.push((q.start, claim));
                continue;
            }
            Counted::Percent => match percentages.iter().find(|p| std::ptr::eq(p.quantity, q)) {
                // "15 percent contained": a share of one thing, named by it.
                Some(p) => {
                    let key = MeasureKey::PercentOf { of: p.of.clone() };
                    let mut claim = FigureClaim::new(idx, q, key, background);
                    claim.noun = p.noun.to_lowercase();
                    found.push((q.start, claim));
                    continue;
                }
                None => MeasureKey::Percent,
            },
        };
        found.push((q.start, FigureClaim::new(idx, q, key, background)));
    }
    found.sort_by_key(|(start, _)| *start);
    found
        .into_iter()
        .map(|(_, mut c)| {
            c.yearly = yearly;
            c
        })
        .collect()
}

/// The whole of which `q` is a part, standing right after it ("56 of the 59 seats").
fn whole_after<'f>(features: &'f Features, text: &str, q: &Quantity) -> Option<&'f Quantity> {
    features
        .parse
        .quantities
        .iter()
        .filter(|w| w.start >= q.end)
        .min_by_key(|w| w.start)
        .filter(|w| number::is_whole_of_a_part(features, text, w))
}

/// The rows of the Figures table: each measure that two or more sources give figures of,
/// rows with a hard conflict first, then by how many sources give the measure. Yearly rates
/// ("each year") stand in rows of their own, named so.
pub fn rows(analysis: &Analysis, claims: &[FigureClaim]) -> Vec<FigureRow> {
    // Most sets tell no yearly rate: their claims need no split.
    if !claims.iter().any(|c| c.yearly) {
        return rows_of(analysis, claims);
    }
    let (yearly, of_the_event): (Vec<FigureClaim>, Vec<FigureClaim>) =
        claims.iter().cloned().partition(|c| c.yearly);
    let mut rows = rows_of(analysis, &of_the_event);
    rows.extend(rows_of(analysis, &yearly).into_iter().map(|mut row| {
        row.label.push_str(" (each year)");
        row
    }));
    sort_rows(&mut rows);
    rows
}

/// Rows with a hard conflict first, then by how many sources give the measure, then by name.
fn sort_rows(rows: &mut [FigureRow]) {
    rows.sort_by(|x, y| {
        y.hard_conflict
            .cmp(&x.hard_conflict)
            .then(y.sources().cmp(&x.sources()))
            .then(x.label.cmp(&y.label))
    });
}

/// The rows [`rows`] makes of claims of one kind (of the event, or yearly rates).
fn rows_of(analysis: &Analysis, claims: &[FigureClaim]) -> Vec<FigureRow> {
    let mut by_measure: BTreeMap<MeasureKey, Vec<&FigureClaim>> = BTreeMap::new();
    // Of things some party won in the set ("seats"), a count of an election that names no
    // winner ("came second with 78 seats", "need 116 seats") is some party's too, which the
    // reader cannot tell: it stands in no row, not among every party's.
    let won_nouns: Vec<&MeasureKey> = claims
        .iter()
        .filter(|c| c.won_in_an_election)
        .map(|c| &c.measure)
        .collect();
    let of_a_won_noun = |c: &FigureClaim| match &c.measure {
        MeasureKey::Count { noun, .. } => won_nouns
            .iter()
            .any(|m| matches!(m, MeasureKey::Count { noun: n, .. } if n == noun)),
        _ => false,
    };
    let someone_elses = |c: &FigureClaim| c.counted_in_an_election && of_a_won_noun(c);
    for c in claims.iter().filter(|c| {
        c.measure.makes_a_row() && !c.background && !c.is_a_partys() && !someone_elses(c)
    }) {
        by_measure.entry(c.measure.clone()).or_default().push(c);
    }
    for (key, found) in party_rows(claims) {
        by_measure.entry(key).or_default().extend(found);
    }
    // A toll that does not say whom it counts ("Up to 16 were injured", "About 50 workers
    // were on the site") stands in the row of the same toll of people, made for it when
    // there is none: the number detector compares such tolls as one measure, and the reader
    // should see them side by side. Not a multiple ("three times"), a change of no one.
    for c in claims.iter().filter(|c| !c.background && !c.is_a_partys()) {
        if let MeasureKey::Toll {
            event,
            population: "",
        } = c.measure
            && event != number::Measure::CHANGE_LABEL
        {
            let people = MeasureKey::Toll {
                event,
                population: number::Population::People.label().trim_end(),
            };
            by_measure.entry(people).or_default().push(c);
        }
    }
    for (key, found) in money_rows(claims) {
        by_measure.entry(key).or_default().extend(found);
    }
    // Each hard conflict's statements, with the figures it sets against each other when it
    // names them.
    type Values<'v> = Option<(&'v str, &'v str)>;
    let hard_pairs: Vec<(StatementIdx, StatementIdx, Values)> = analysis
        .links
        .iter()
        .filter(|l| l.relation == Relation::Conflict)
        .filter_map(|l| {
            let c = l
                .conflict
                .as_ref()
                .filter(|c| c.severity == Severity::Hard)?;
            let values = c.value_a.as_deref().zip(c.value_b.as_deref());
            Some((l.a, l.b, values))
        })
        .collect();
    let source_of = |c: &FigureClaim| analysis.statement(c.statement).source;
    let mut rows: Vec<FigureRow> = by_measure
        .into_iter()
        .filter_map(|(measure, mut found)| {
            found.sort_by_key(|c| c.statement);
            let mut cells: Vec<Vec<FigureClaim>> = vec![Vec::new(); analysis.sources.len()];
            for c in &found {
                let SourceIdx(s) = source_of(c);
                cells[s].push((*c).clone());
            }
            let row = FigureRow {
                measure: measure.clone(),
                label: measure.label(&row_noun(&measure, &found)),
                // A hard conflict between two statements marks the row when it holds the
                // two figures the conflict sets against each other ("29 percent and 79
                // seats" against "29.1% and 78 seats" conflicts on the seats, not on the
                // shares, which may both be true), or, for a conflict that names none, when
                // their figures in it differ: "64 passengers and seven crew" against "65
                // passengers and seven crew" conflicts on the passengers, not on the crew.
                hard_conflict: hard_pairs.iter().any(|&(a, b, values)| {
                    let gives = |s: StatementIdx, text: &str| {
                        found.iter().any(|x| x.statement == s && x.text == text)
                    };
                    match values {
                        Some((va, vb)) => {
                            (gives(a, va) && gives(b, vb)) || (gives(a, vb) && gives(b, va))
                        }
                        None => found
                            .iter()
                            .filter(|x| x.statement == a)
                            .any(|x| found.iter().any(|y| y.statement == b && y.value != x.value)),
                    }
                }),
                cells,
            };
            (row.sources() >= 2).then_some(row)
        })
        .collect();
    sort_rows(&mut rows);
    rows
}

/// The noun a row is named by: the first its figures give as written ("seats"), else the
/// stem its measure counts ("seat" for "331 of the 650 seats", whose figure names no noun
/// of its own).
fn row_noun(measure: &MeasureKey, found: &[&FigureClaim]) -> String {
    found
        .iter()
        .map(|c| c.noun.as_str())
        .find(|n| !n.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| match measure {
            MeasureKey::Count { noun, .. } => noun.clone(),
            _ => String::new(),
        })
}

/// How many of the words its sums share name a row of sums of money.
const MONEY_LABEL_WORDS: usize = 3;

/// The sums of money that stand in one row: those of one currency whose words of what
/// they are of share a stem, through any chain of such sums ("a $144 billion bailout from
/// the IMF", "the $141 billion bailout"); each group keyed by the words all its sums give,
/// or else the word most of them give. Background sums are left out.
fn money_rows(claims: &[FigureClaim]) -> Vec<(MeasureKey, Vec<&FigureClaim>)> {
    let sums: Vec<(&FigureClaim, &str, Vec<String>)> = claims
        .iter()
        .filter(|c| !c.background)
        .filter_map(|c| match &c.measure {
            MeasureKey::Money { currency, of } if !of.is_empty() => {
                // The detector's keys where the claim has them (a concept for its words),
                // each word's stem else.
                let mut stems: Vec<String> =
                    c.keyed_words().into_iter().map(|(_, key)| key).collect();
                stems.sort_unstable();
                stems.dedup();
                Some((c, currency.as_str(), stems))
            }
            _ => None,
        })
        .collect();
    // Sums joined through shared stems, in one currency.
    DisjointSets::grouped(sums.len(), |i, j| {
        let (_, ci, si) = &sums[i];
        let (_, cj, sj) = &sums[j];
        ci == cj && si.iter().any(|x| sj.contains(x))
    })
    .into_iter()
    .filter(|m| m.len() >= 2)
    .map(|m| {
        // The words every sum of the group gives, as the first writes them; else the
        // one word most of them give (the first in the alphabet among equals).
        let first = sums[m[0]].0.keyed_words();
        let gives = |i: usize, key: &str| sums[i].2.iter().any(|k| k == key);
        let mut of: Vec<String> = first
            .iter()
            .filter(|(_, key)| m.iter().all(|&i| gives(i, key)))
            .map(|(w, _)| w.clone())
            .collect();
        of.dedup();
        of.truncate(MONEY_LABEL_WORDS);
        if of.is_empty() {
            let mut counts: BTreeMap<String, usize> = BTreeMap::new();
            for &i in &m {
                for (w, key) in sums[i].0.keyed_words() {
                    *counts.entry(w).or_insert(0) += m.iter().filter(|&&j| gives(j, &key)).count();
                }
            }
            let (word, _) = counts
                .iter()
                .max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0)))
                .expect("a group of sums shares a word");
            of.push(word.clone());
        }
        let key = MeasureKey::Money {
            currency: sums[m[0]].1.to_string(),
            of,
        };
        (key, m.iter().map(|&i| sums[i].0).collect())
    })
    .collect()
}

/// The rows of the figures of one party: shares of the vote, and each kind of thing won in
/// an election ("seats"), of claims whose party names meet (a key in common: "Socialist-led
/// alliance" and "ruling Socialists", "Scottish National Party" and "SNP"), each row named
/// by the party as most of its figures' statements write it. A figure whose statement names
/// no party stands in none: the seats of a parliament, of a majority and of each party
/// would stand in one row else.
fn party_rows(claims: &[FigureClaim]) -> Vec<(MeasureKey, Vec<&FigureClaim>)> {
    // What a figure is of, besides its party: a share of the vote, or a noun's stem.
    let kind = |c: &FigureClaim| match &c.measure {
        MeasureKey::Share { of, .. } => (*of).to_string(),
        MeasureKey::Count { noun, .. } => noun.clone(),
        _ => String::new(),
    };
    let named: Vec<(&FigureClaim, &number::Party)> = claims
        .iter()
        .filter(|c| !c.background && c.is_a_partys())
        .filter_map(|c| c.party.as_ref().map(|p| (c, p)))
        .collect();
    DisjointSets::grouped(named.len(), |i, j| {
        let ((ci, pi), (cj, pj)) = (named[i], named[j]);
        kind(ci) == kind(cj) && pi.meets(pj)
    })
    .into_iter()
    .map(|m| {
        let (first, _) = named[m[0]];
        // The name most of the figures give as written, the first among equals.
        let given = |name: &str| m.iter().filter(|&&i| named[i].1.written == name).count();
        let holder = m
            .iter()
            .map(|&i| named[i].1.written.as_str())
            .rev()
            .max_by_key(|name| given(name))
            .unwrap_or_default()
            .to_string();
        let key = match &first.measure {
            MeasureKey::Share { of, .. } => MeasureKey::Share { of, holder },
            MeasureKey::Count { noun, .. } => MeasureKey::Count {
                noun: noun.clone(),
                holder,
            },
            other => other.clone(),
        };
        (key, m.iter().map(|&i| named[i].0).collect())
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What each figure of a sentence counts, as (figure, noun stem): of the figures the
    /// toll detector does not measure.
    fn counted_things(text: &str) -> Vec<(String, String)> {
        let features = Features::unweighted(text, None);
        number::unmeasured(&features, text)
            .into_iter()
            .filter_map(|q| counted(&features, text, q).map(|c| (q, c)))
            .filter_map(|(q, c)| match c {
                Counted::Things(noun) => Some((q.text.clone(), noun)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn things_are_counted_by_their_noun() {
        assert_eq!(
            counted_things("Rebels fired 40 rockets and destroyed 25 tanks."),
            [
                ("40".to_string(), "rocket".to_string()),
                ("25".to_string(), "tank".to_string())
            ]
        );
        // People are the toll detector's; time is no thing.
        assert!(counted_things("Sixteen people were treated over three days.").is_empty());
    }

    /// The Figures rows of two one-sentence articles by two outlets, published on `date`
    /// ("Friday, 8 May 2015").
    fn rows_of_two(date: &str, a: &str, b: &str) -> Vec<FigureRow> {
        use crate::corpus::{ArticleSet, article_from_bytes};
        let article = |name: &str, outlet: &str, text: &str| {
            let bytes = format!("Source: {outlet}\nPublished: {date}\n\n{text}\n");
            article_from_bytes(name, bytes.as_bytes(), None).unwrap()
        };
        let set = ArticleSet {
            name: "two".into(),
            warnings: vec![],
            articles: vec![
                article("a.txt", "Daily Ledger", a),
                article("b.txt", "Evening Post", b),
            ],
        };
        let analysis = crate::analyze(&set, &crate::Config::default());
        let claims = crate::claims::Claims::of(&analysis);
        rows(&analysis, &claims.figures)
    }

    #[test]
    fn a_row_of_parts_is_named_by_what_they_count() {
        let rows = rows_of_two(
            "Friday, 8 May 2015",
            "The Scottish National Party took 56 of the 59 seats in Scotland.",
            "The SNP won 50 of 59 seats in Scotland.",
        );
        let seats = rows
            .iter()
            .find(|r| {
                r.measure
                    == MeasureKey::Count {
                        noun: "seat".into(),
                        holder: "Scottish National Party".into(),
                    }
            })
            .expect("a row of seats");
        assert_eq!(seats.label, "seats: Scottish National Party");
    }

    #[test]
    fn tolls_that_name_no_one_stand_in_a_row_of_people() {
        let rows = rows_of_two(
            "Tuesday, 2 November 2021",
            "About 50 workers were on the site at the time of the collapse, witnesses said.",
            "More than 100 workers were believed to have been inside when the building came down.",
        );
        let inside = rows
            .iter()
            .find(|r| r.label == "inside (people)")
            .expect("a row of those inside");
        assert_eq!(inside.sources(), 2);
    }

    #[test]
    fn modifiers_and_increments_count_nothing() {
        assert!(counted_things("His 7-yard touchdown pass won it.").is_empty());
        // A past participle after "one" is no noun: "one used by tax officials".
        assert_eq!(
            counted_things("Two buildings, one used by tax officials, caught fire."),
            [("Two".to_string(), "build".to_string())]
        );
        assert!(counted_things("His 80 yard touchdown pass won it.").is_empty());
        assert!(counted_things("A .38-caliber revolver was found.").is_empty());
        assert!(counted_things("He would grab two more rebounds.").is_empty());
        // A past participle before the noun describes the things counted.
        assert_eq!(
            counted_things("Clerks set aside nearly 300 disputed ballots."),
            [("nearly 300".to_string(), "ballot".to_string())]
        );
    }
}
