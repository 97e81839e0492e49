//! The named rules that keep a compared pair of figures (or of posts one person holds, or
//! of one person's departures) from being a conflict, and the record of what decided each compared pair.
//!
//! Figures that differ are not always a contradiction: a part against its total, another
//! day, an outlet's own later update, an earlier event told as background. Each such
//! reason is a [`Rule`] with a name and plain words, so that every pair of figures the
//! detectors compared can say what decided it ([`Check`]), the suite can count how often
//! each rule fires, and the workbench can tell a checker why a pair is not flagged.

use serde::{Deserialize, Serialize};

use super::Severity;

/// A reason not to flag two differing figures of one measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// One statement tells of an earlier event ("in December 2011 police fired ...").
    Background,
    /// One statement tells what happens year after year ("floods kill hundreds of people
    /// each year"), the other does not: a yearly rate against the count of one event.
    Habitual,
    /// The same figure with the same bound.
    SameFigure,
    /// Both may be true: a bound that includes the other, or a loose word ("several").
    SamePrecision,
    /// A count of one group (officers) against a toll of everyone.
    GroupAgainstEveryone,
    /// One scene against a figure that spans several.
    OneSceneOfSeveral,
    /// One named place against an article that tells of several scenes.
    PlaceInSeveralScenes,
    /// One country against a figure of it and another listed together ("in Turkey" against
    /// "in Turkey and Syria").
    OneOfCountriesListed,
    /// One day's count against a running total ("since the protests began").
    OneDayOfRunningTotal,
    /// The figure of one place against a nationwide one.
    PlaceAgainstNation,
    /// A narrower group of people against everyone.
    NarrowGroup,
    /// The statement itself adds the one more that the other figure counts.
    AddsNextOne,
    /// The statement's own "others" make up the other figure.
    OthersMakeUp,
    /// A count of those identified by name, a part of the toll.
    CountsIdentified,
    /// What one suspect is charged with, a part of the toll.
    UnderACharge,
    /// A count of the wounded that may include the dead.
    InjuredIncludeDead,
    /// The perpetrator counted by one outlet and not by the other.
    PerpetratorCounted,
    /// The statement gives the other's figure as a part of its own.
    FigureAsPart,
    /// One outlet's own later article with a higher figure.
    SameOutletUpdate,
    /// The two figures are of happenings on different days.
    DifferentDays,
    /// The figure belongs to an earlier event one statement tells of and the other does
    /// not.
    EarlierEvent,
    /// The two figures are placed in different places.
    PlacedApart,
    /// Figures linked by their measure alone that may both be true.
    NotDisjoint,
    /// The figure's clause tells of another incident ("in an air strike on another school").
    AnotherIncident,
    /// One post's scope within the other's: a name shortened ("AMD's data center solutions
    /// business" within "AMD's newly created data-center server solutions business").
    ScopeWithin,
    /// A post's scope names a country, which outlets describe many ways ("president of
    /// Kazakhstan", "of the Central Asian nation").
    CountryScope,
    /// One rank, written two ways ("Lt. Col." and "Colonel").
    SameRank,
    /// Neither post's scope names a part of an organisation ("director of communications",
    /// "director of marketing strategy": facets of one post).
    NoUnitNamed,
    /// One person's two departures from posts that are not one ("stepped down as president
    /// in 2019", "fired as head of the security council"): perhaps two departures.
    PostsApart,
    /// A post named by one report of a departure only: perhaps two departures.
    PostOnOneSide,
    /// Shares of the vote whose clauses name no holder in common ("the ruling party" and
    /// "the opposition"): shares of different parties or candidates.
    OtherHolder,
    /// A count of those taken to hospital within the count of the injured: a part of the
    /// hurt, no more than the whole.
    HospitalPart,
    /// Reports of a departure more than three days apart: an offer to resign, then a
    /// dismissal, tell how things went on.
    DaysApart,
    /// One statement gives the other's figure too, of the same measure ("no injuries to
    /// police or civilians (the Post says three people were injured)" against "no injuries
    /// have been reported"; "the 4.2-magnitude earthquake ... originally had rated the quake
    /// as 4.4" against "the 4.4-magnitude temblor"): the two outlets agree on that figure,
    /// and the other is one the statement tells beside it.
    BothFiguresTold,
    /// A later statement's figure whose own article's lead tells the measure another
    /// figure, nearer the other outlet's: the article's toll is there, and the later figure
    /// is of something else (a part, another incident, an earlier report).
    LeadTellsOther,
    /// A count of none told only as none reported so far ("no immediate reports of
    /// casualties", "no injuries have been reported") against a toll: both may be true, the
    /// toll having come in since.
    NoneReportedYet,
    /// Two titles of one person, one writing an agency by its initials ("HPD Chief")
    /// where the other may spell it out ("Houston Police Chief").
    AgencyInitials,
    /// One statement names the other's post of the person beside its own ("Vice President
    /// Isadora Kemmet is expected to be sworn in as acting president" against "Acting
    /// President Isadora Kemmet"): it tells both, and the two agree on the other.
    BothPostsTold,
    /// Two titles of one person whose words are one letter apart ("Mussellshell County
    /// Sheriff", "Musselshell County Sheriff"): one post, spelled two ways.
    SpelledAlike,
    /// A sum offered against a sum asked for ("have offered him an 8-year, $160 million
    /// contract" against "countered by asking for an eight-year contract worth $200
    /// million"): two sides of a bargain, not one sum.
    OfferAndDemand,
}

impl Rule {
    /// The rule's name in plain words, as the workbench and the suite show it.
    pub fn describe(self) -> &'static str {
        match self {
            Rule::Background => "an earlier event told as background",
            Rule::Habitual => "a yearly rate against one event",
            Rule::SameFigure => "the same figure",
            Rule::SamePrecision => "both may be true (a bound or a loose word)",
            Rule::GroupAgainstEveryone => "one group against everyone",
            Rule::OneSceneOfSeveral => "one scene against several",
            Rule::PlaceInSeveralScenes => "one place in a story of several scenes",
            Rule::OneOfCountriesListed => "one of the countries the other lists",
            Rule::OneDayOfRunningTotal => "one day against a running total",
            Rule::PlaceAgainstNation => "one place against the whole country",
            Rule::NarrowGroup => "a narrower group of people",
            Rule::AddsNextOne => "the statement adds the one more",
            Rule::OthersMakeUp => "the statement's others make up the difference",
            Rule::CountsIdentified => "a count of those identified",
            Rule::UnderACharge => "what one suspect is charged with",
            Rule::InjuredIncludeDead => "the wounded may include the dead",
            Rule::PerpetratorCounted => "the perpetrator counted or not",
            Rule::FigureAsPart => "one figure given as a part of the other",
            Rule::SameOutletUpdate => "the outlet's own later update",
            Rule::DifferentDays => "different days",
            Rule::EarlierEvent => "an earlier event",
            Rule::PlacedApart => "different places",
            Rule::NotDisjoint => "figures that may both be true",
            Rule::AnotherIncident => "another incident",
            Rule::ScopeWithin => "one post's scope within the other's",
            Rule::CountryScope => "a post of a country, described two ways",
            Rule::SameRank => "the same rank",
            Rule::NoUnitNamed => "no part of an organisation named",
            Rule::OtherHolder => "shares of different parties or candidates",
            Rule::HospitalPart => "those taken to hospital, a part of the injured",
            Rule::PostsApart => "departures from two posts",
            Rule::PostOnOneSide => "a post named by one report only",
            Rule::DaysApart => "reports days apart, a story's steps",
            Rule::BothFiguresTold => "one statement tells both figures",
            Rule::LeadTellsOther => "its own lead tells the figure otherwise",
            Rule::NoneReportedYet => "none reported yet, not a count of none",
            Rule::AgencyInitials => "an agency's initials against its name",
            Rule::SpelledAlike => "one post spelled two ways",
            Rule::BothPostsTold => "one statement tells both posts",
            Rule::OfferAndDemand => "a sum offered against a sum asked for",
        }
    }
}

/// What decided one compared pair of figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Flagged as a conflict of this severity.
    Flagged(Severity),
    /// Not flagged, by this rule.
    Kept(Rule),
}

/// One pair of figures a detector compared, and what decided it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    /// The two figures as written ("at least 12", "no one").
    pub value_a: String,
    pub value_b: String,
    pub verdict: Verdict,
}

impl Check {
    /// "12 vs no one: flagged (hard)" or "20,000 vs 100,000: not a conflict (one place
    /// against the whole country)".
    pub fn describe(&self) -> String {
        let figures = format!("{} vs {}: ", self.value_a, self.value_b);
        match self.verdict {
            Verdict::Flagged(severity) => {
                format!(
                    "{figures}flagged ({})",
                    format!("{severity:?}").to_lowercase()
                )
            }
            Verdict::Kept(rule) => format!("{figures}not a conflict ({})", rule.describe()),
        }
    }
}
