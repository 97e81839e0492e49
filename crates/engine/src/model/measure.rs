//! What a figure measures, as data: the happening counted and who is counted. The number
//! detector reads measures from the words around a figure (`conflict::number::measure`);
//! the type lives here so that a statement's features can keep the measures read once
//! (`align::Features::measured`) without the aligner depending on the detectors.

/// Who is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Population {
    Security,
    Troops,
    Protesters,
    /// "people", "civilians", "residents": everyone or the public at large.
    People,
    /// "attackers", "gunmen", "suicide bombers": those who did it, never part of a toll of
    /// their victims ("seven dead attackers" against "80 people died").
    Perpetrators,
    /// Those aboard a craft as passengers, a part of everyone aboard.
    Passengers,
    /// A craft's crew, a part of everyone aboard.
    Crew,
    /// Those held hostage ("35 hostages were freed"), a part of a toll of everyone ("21
    /// hostages were killed" against "30 people died").
    Hostages,
    /// Firefighters, rescuers and medics sent to the scene ("two firefighters were
    /// injured"), a part of a toll of everyone.
    Responders,
    /// The bodies of the dead, found or recovered ("43 bodies had been recovered"): a part
    /// of a toll of the killed, so only more bodies than dead contradict it.
    Bodies,
    /// Nationals of one country ("63 Canadians"), by its key in `countries.txt` ("canada")
    /// and its label ("nationals of canada "): a part of a toll of everyone.
    Nationals {
        country: &'static str,
        label: &'static str,
    },
    /// People of one sex or age told as a part of a toll ("Among the dead were three
    /// children", "including two women"), by the plural noun of `people.txt` that counts
    /// them and its label ("children "): compared with another count of the same part.
    Part {
        noun: &'static str,
        label: &'static str,
    },
    Unknown,
}

impl Population {
    /// "security forces " (with a space to go before an event word), or "" when unknown.
    pub(crate) fn label(self) -> &'static str {
        match self {
            Self::Security => "security forces ",
            Self::Troops => "troops ",
            Self::Protesters => "protesters ",
            Self::People => "people ",
            Self::Perpetrators => "attackers ",
            Self::Passengers => "passengers ",
            Self::Crew => "crew ",
            Self::Hostages => "hostages ",
            Self::Responders => "responders ",
            Self::Bodies => "bodies of those ",
            Self::Nationals { label, .. } | Self::Part { label, .. } => label,
            Self::Unknown => "",
        }
    }

    /// A group apart from the public (security forces, troops, a craft's passengers or
    /// crew, hostages, responders, the bodies found), whose count is a part of a toll of everyone. Protesters are not
    /// apart: tolls of a protest count them as people.
    pub(crate) fn is_group(self) -> bool {
        matches!(
            self,
            Self::Security
                | Self::Troops
                | Self::Passengers
                | Self::Crew
                | Self::Hostages
                | Self::Responders
                | Self::Bodies
                | Self::Nationals { .. }
                | Self::Part { .. }
        )
    }

    /// Can two counts of these populations be counts of the same thing? A count of the
    /// security forces is its own measure, distinct from a count of all people.
    pub(crate) fn compatible(self, other: Population) -> bool {
        use Population::*;
        match (self, other) {
            (a, b) if a == b => true,
            // A toll that names no one counts victims, not those who attacked them.
            (Perpetrators, _) | (_, Perpetrators) => false,
            (Unknown, _) | (_, Unknown) => true,
            (People, Protesters) | (Protesters, People) => true,
            // The bodies found are of the people killed.
            (People, Bodies) | (Bodies, People) => true,
            _ => false,
        }
    }
}

/// What a figure measures: an event and a population.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Measure {
    pub event: &'static str,
    pub event_label: &'static str,
    pub population: Population,
}

impl Measure {
    /// A rise or a fall in per cent ("stocks plunged 5.4 per cent"), whose subject is what
    /// the clause names as changing (`conflict::number::change_subject`).
    pub fn is_change(self) -> bool {
        matches!(self.event, "RISE" | "FALL")
    }

    /// An earthquake's magnitude ("a 6.1-magnitude quake"), no count of anything.
    pub fn is_magnitude(self) -> bool {
        self.event == Self::MAGNITUDE
    }

    /// The event of a magnitude.
    pub(crate) const MAGNITUDE: &'static str = "MAGNITUDE";

    /// The event of a population's size ("a nation of 19 million", "home to 22,000").
    pub(crate) const POPULATION: &'static str = "POPULATION";

    /// A count of things ("five bombs"), whose label names the things.
    pub fn is_things(self) -> bool {
        self.event == Self::THINGS
    }

    /// The event of a storm's category ("a Category 4 hurricane").
    pub(crate) const STORM_CATEGORY: &'static str = "STORM_CATEGORY";

    /// The event of a count of those left without power ("1.8 million customers were
    /// without electricity").
    pub(crate) const OUTAGE: &'static str = "OUTAGE";

    /// The event of a count of things.
    pub(crate) const THINGS: &'static str = "THINGS";

    /// A sum of money in one currency, of what the words after it name ("$100 billion
    /// worth of trade").
    pub fn is_money(self) -> bool {
        self.event == Self::MONEY
    }

    /// The event of a sum of money.
    pub(crate) const MONEY: &'static str = "MONEY";

    /// The event of a percentage of an election's vote won by a party or a candidate.
    pub(crate) const VOTE_SHARE: &'static str = "VOTE_SHARE";

    /// The event of an election's turnout.
    pub(crate) const TURNOUT: &'static str = "TURNOUT";

    /// The event of a multiple ("doubled", "three times"): a change of what it multiplies.
    pub(crate) const CHANGE: &'static str = "CHANGE";

    /// How explanations and the Figures table name [`Self::CHANGE`].
    pub(crate) const CHANGE_LABEL: &'static str = "change";

    /// A share of an election: of the vote won, or the turnout.
    pub fn is_share(self) -> bool {
        matches!(self.event, Self::VOTE_SHARE | Self::TURNOUT)
    }

    /// The event of a count of those who carried out an attack ("four gunmen stormed the
    /// hotel").
    pub(crate) const ATTACKERS: &'static str = "ATTACKERS";

    /// The measure of a count of those who carried out an attack, shown as "attackers
    /// taking part".
    pub(crate) fn attackers() -> Measure {
        Measure {
            event: Self::ATTACKERS,
            event_label: "taking part",
            population: Population::Perpetrators,
        }
    }

    /// A count of those who carried out an attack.
    pub fn is_attackers(self) -> bool {
        self.event == Self::ATTACKERS
    }

    /// The event of a count of firefighters, rescuers and medics at work on the scene
    /// ("3,200 firefighters were battling the blaze", "2,000 firefighters were deployed").
    pub(crate) const RESPONDERS: &'static str = "RESPONDERS";

    /// The measure of a count of responders at work, shown as "responders at work".
    pub(crate) fn responders() -> Measure {
        Measure {
            event: Self::RESPONDERS,
            event_label: "at work",
            population: Population::Responders,
        }
    }

    /// A count of responders at work on the scene.
    pub fn is_responders(self) -> bool {
        self.event == Self::RESPONDERS
    }

    /// The event of a count of those taken to hospital ("19 were treated at local
    /// hospitals"): a part of the hurt.
    pub(crate) const HOSPITAL: &'static str = "HOSPITAL";

    /// A count of those taken to hospital.
    pub fn is_hospital(self) -> bool {
        self.event == Self::HOSPITAL
    }

    /// A count of those taken to hospital against one of the injured: the part against its
    /// whole, in that order.
    pub fn hospital_and_injured(self, other: Measure) -> bool {
        self.is_hospital() && other.event == "INJURE"
    }
}
