//! Place conflicts (kind `entity`): two outlets put one thing at two places of one kind,
//! told by a number or an ordinal ("The attack took place on Platform 9" against "The
//! attack unfolded on Platform 3"; "turned onto Runway 27L" against "crossed onto Runway
//! 27R"; "the fire had taken hold in a flat on the 11th floor" against "broken out in a
//! flat on the ninth floor").
//!
//! A place is read where a statement names it by a noun of its kind (`places.txt` in
//! `assets/lexicon`): a numbered place by its noun and the number or code right after it
//! ("Platform 9", "Runway 27L", not "platform nine"); a storey by the ordinal before
//! "floor", put there by a preposition of being at it ("on the ninth floor", not "spread to
//! the 12th floor"). A headline in title case is not read. Streets and buildings named in
//! capitals are not read: two linked statements naming two streets told two happenings of
//! one story far more often than one happening twice.
//!
//! Two linked statements of articles published within a day of each other, each naming one
//! place of a kind, different places, neither naming the other's, and neither telling of
//! the past, put what they report at two places: soft, as the link may still join two
//! things of one story.

use crate::model::ConflictKind;
use crate::text::numbered_place::{STOREYS, written_at};
use crate::text::parse::Token;
use crate::text::word_lists;

use super::{Finding, Side};

word_lists::sections! {
    /// Verbs of living somewhere. This module's lists are sections of
    /// `assets/lexicon/places.txt`, by name; the nouns of numbered places and storeys are
    /// read in `text::numbered_place`.
    ///
    /// Verbs of living somewhere ("who lives on the 13th floor").
    RESIDENCE_VERBS = PLACES["residence-verbs"];

    /// Prepositions that put a thing at a storey ("on the ninth floor").
    STOREY_PREPOSITIONS = PLACES["storey-prepositions"];
}

/// One place a statement names: its kind ("platform", "floor"), what tells it apart from
/// another of its kind ("9", "27l", "11"), and how it is written.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Place {
    kind: &'static str,
    name: String,
    written: String,
    /// Where its written form starts in the statement.
    at: usize,
}

/// The place written from token `i` on, where a statement puts its thing there: a numbered
/// place not after a name or a comma and "of" ("Terolyn Watson, of Ward 3" tells where a
/// person is from; "the turnstiles of Gate 9" are there); a storey after a preposition of
/// being at it and "the" ("on the ninth floor"), not where someone lives ("who lives on the
/// 13th floor").
fn place_at(text: &str, tokens: &[Token], i: usize) -> Option<Place> {
    let (kind, name) = written_at(text, tokens, i)?;
    let before = |back: usize| i.checked_sub(back).map(|k| tokens[k].folded.as_str());
    let told_there = if STOREYS.contains(&kind) {
        before(1) == Some("the")
            && before(2).is_some_and(|p| STOREY_PREPOSITIONS.contains(&p))
            && !before(3).is_some_and(|v| RESIDENCE_VERBS.contains(&v))
    } else {
        // "of Ward 3" after a name or a comma tells where someone is from ("Terolyn Watson,
        // of Ward 3"); after a lowercase noun, a part of the place ("the turnstiles of Gate
        // 9").
        before(1) != Some("of")
            || i.checked_sub(2).is_some_and(|k| {
                let noun = &tokens[k];
                noun.surface(text).starts_with(char::is_lowercase)
                    && text[noun.end..tokens[k + 1].start].trim().is_empty()
            })
    };
    told_there.then(|| Place {
        kind,
        name,
        written: text[tokens[i].start..tokens[i + 1].end].to_string(),
        at: tokens[i].start,
    })
}

/// The places a statement names (see the module documentation), each once, read the
/// first time one of its pairs asks.
fn places<'s>(side: &Side<'s>) -> &'s [Place] {
    side.memo.places.get_or_init(|| read_places(side))
}

/// [`places`], read afresh.
fn read_places(side: &Side) -> Vec<Place> {
    let text = side.text();
    if super::clock::is_title_case(text) {
        return Vec::new();
    }
    let tokens = &side.features.parse.tokens;
    let mut out: Vec<Place> = Vec::new();
    for i in 0..tokens.len() {
        if let Some(p) = place_at(text, tokens, i)
            && !out.iter().any(|o| o.kind == p.kind && o.name == p.name)
        {
            out.push(p);
        }
    }
    out
}

/// Does the statement name the place among its words, wherever it stands and whatever
/// stands between its two words ("The northern runway, 27R," names Runway 27R; "from the
/// 11th floor to the ninth floor" names the ninth floor)?
fn names(side: &Side, place: &Place) -> bool {
    let storey = STOREYS.contains(&place.kind);
    side.features.parse.tokens.windows(2).any(|w| {
        (w[0].folded == place.kind && w[1].folded == place.name)
            || (storey
                && w[1].folded == place.kind
                && crate::text::numbers::ordinal_number(&w[0].folded)
                    .is_some_and(|n| n.to_string() == place.name))
    })
}

/// The event concepts a statement names ("the blaze had taken hold" names a fire).
fn happenings<'s>(side: &Side<'s>) -> Vec<&'s str> {
    let mut happenings: Vec<&str> = side
        .features
        .terms
        .iter()
        .filter(|t| {
            t.kind == crate::text::normalize::TermKind::Concept
                && crate::text::lexicon::is_event_concept(&t.key)
        })
        .map(|t| t.key.as_str())
        .collect();
    happenings.sort_unstable();
    happenings.dedup();
    happenings
}

/// What a statement's place can meet another statement's on, when it names one place of a
/// kind outside a quotation: the kind ("#place:floor"). A story tells where its thing was
/// once, in sentences outlets word their own way; two statements a key meets are compared
/// only when their articles open on one story and tell one happening
/// ([`detect_in_one_story`]).
pub fn place_keys(side: &Side) -> Vec<String> {
    let places = places(side);
    places
        .iter()
        .filter(|p| places.iter().filter(|o| o.kind == p.kind).count() == 1)
        .filter(|p| !side.is_quoted_at(p.at))
        .map(|p| format!("#place:{}", p.kind))
        .collect()
}

/// Two statements of two articles that open on one story ([`super::clock::one_story`])
/// and put one thing at two places of one kind ([`detect`]), however few words they share:
/// "the fire had broken out in a flat on the ninth floor" against "the blaze had taken
/// hold in a flat on the 11th floor". Two statements that name happenings must name one
/// alike, so that where a fire broke out meets no floor a victim was rescued from; one
/// that names none meets another only when it tells where the story's own incident was
/// ("The attack took place on Platform 9", [`super::date::tells_the_incident`]) or the
/// other names none either.
pub fn detect_in_one_story(a: &Side, b: &Side) -> Option<Finding> {
    let (ha, hb) = (happenings(a), happenings(b));
    let meet = match (ha.is_empty(), hb.is_empty()) {
        (false, false) => ha.iter().any(|h| hb.contains(h)),
        (true, false) => super::date::tells_the_incident(a),
        (false, true) => super::date::tells_the_incident(b),
        (true, true) => true,
    };
    if !meet {
        return None;
    }
    super::clock::in_one_story(a, b, detect)
}

pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    let (pa, pb) = (places(a), places(b));
    if pa.is_empty()
        || pb.is_empty()
        || super::clock::published_apart(a, b)
        || a.tells_of_the_past()
        || b.tells_of_the_past()
    {
        return None;
    }
    // The one place of the kind the statement names: a statement naming two ("from
    // Platform 3 to Platform 9") tells no one place.
    let one_of = |ps: &[Place], kind: &str| -> Option<Place> {
        let mut of_kind = ps.iter().filter(|p| p.kind == kind);
        match (of_kind.next(), of_kind.next()) {
            (Some(p), None) => Some(p.clone()),
            _ => None,
        }
    };
    pa.iter().find_map(|p| {
        let (x, y) = (one_of(pa, p.kind)?, one_of(pb, p.kind)?);
        if x.name == y.name || names(a, &y) || names(b, &x) {
            return None;
        }
        Some(Finding::soft_difference(
            ConflictKind::Entity,
            "the place",
            (a, &x.written),
            (b, &y.written),
            "; one thing cannot be at both, unless the two tell of two things",
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::{Written, alone, between_outlets, check_each, run};

    /// Pairs that put one thing at two places of one kind: (why, a, b).
    #[rustfmt::skip]
    const FLAGGED: &[(&str, &str, &str)] = &[
        ("two platforms", "The attack took place on Platform 9, one of the station's busiest.", "The attack unfolded on Platform 3, on the station's lower level, at the height of the morning rush on Wednesday."),
        ("two runways told by codes", "The turboprop had turned onto Runway 27L, the southern of the airport's two parallel runways, from a taxiway near its eastern end.", "The turboprop had crossed onto Runway 27R, the airport's northern runway, from a taxiway near its eastern end."),
        ("two storeys, in digits and in words", "Crews arriving at the scene found the blaze had taken hold in a flat on the 11th floor.", "The chief said the fire had broken out in a flat on the ninth floor before racing up the exterior."),
        ("two gates", "Witnesses said the crush happened as fans pushed towards Gate 7, one of the main exits.", "The disaster unfolded when fans tried to force their way in through Gate 4 at half-time."),
        ("a part of the place after \"of\"", "It happened at Gate 4 on the stadium's north side.", "The victims were caught at the turnstiles of Gate 9, which serves the eastern stand."),
    ];

    /// Pairs that do not: (why, a, b).
    #[rustfmt::skip]
    const NOT_FLAGGED: &[(&str, &str, &str)] = &[
        ("one platform", "The attack took place on Platform 9.", "The attacker struck on Platform 9 during the morning rush."),
        ("two platforms on one side", "The train was moved from Platform 3 to Platform 9.", "The attack took place on Platform 9."),
        ("a storey reached, not where it was", "The fire broke out on the ninth floor.", "Flames spread to the 12th floor within minutes."),
        ("a number that is no code", "The train left from platform nine.", "The train left from Platform 3."),
        ("places of two kinds", "The attack took place on Platform 9.", "The attacker fled through Gate 4."),
        ("the other's place named too", "The train on Platform 9 blocked Platform 3.", "The attack took place on Platform 3."),
        ("the other's storey named too", "The fire spread from the 11th floor to the ninth floor.", "The fire broke out on the ninth floor."),
        ("a headline in title case", "Gunman Opens Fire On Platform 9 At Central Station", "The attack unfolded on Platform 3."),
        ("a place a person is from", "Terolyn Watson, of Ward 3, said her daughter woke her up.", "The shooting happened in Ward 4."),
        ("a storey a person lives on", "Samir Haddad, who lives on the 13th floor, was woken by his daughter.", "The fire broke out on the ninth floor."),
        ("streets, which a story's happenings befall many of", "The branch sits on Corran Avenue.", "The branch is on Wexmoor Road."),
    ];

    #[test]
    fn two_places_of_one_kind_are_a_conflict() {
        check_each(FLAGGED, detect, true);
        let found = between_outlets(FLAGGED[0].1, FLAGGED[0].2, detect).expect("flagged");
        assert_eq!(found.value_a.as_deref(), Some("Platform 9"));
        assert_eq!(found.value_b.as_deref(), Some("Platform 3"));
        assert_eq!(found.severity, crate::model::Severity::Soft);
        assert!(
            found
                .explanation
                .starts_with("the place differs: “Platform 9” (Daily Ledger"),
            "{}",
            found.explanation
        );
    }

    #[test]
    fn one_place_or_places_of_two_kinds_are_not_flagged() {
        check_each(NOT_FLAGGED, detect, false);
    }

    #[test]
    fn a_place_meets_another_of_its_kind() {
        let keys = |text: &str| alone(Written::new(text, "Daily Ledger"), place_keys);
        assert_eq!(
            keys("Crews found the blaze had taken hold in a flat on the 11th floor."),
            ["#place:floor"]
        );
        assert_eq!(
            keys("It departed from runway 22 and was climbing toward the west."),
            ["#place:runway"]
        );
        // Two places of a kind tell no one place; a quotation's is the speaker's.
        assert!(keys("The train was moved from Platform 3 to Platform 9.").is_empty());
        assert!(keys("\"We got him cornered on the second floor,\" he said.").is_empty());
    }

    #[test]
    fn places_of_one_kind_are_compared_across_articles_of_one_story() {
        let lead = "A fire swept through the Calder Court tower in Brennock on Saturday.";
        let side = |text, outlet| Written {
            lead: Some(lead),
            ..Written::new(text, outlet)
        };
        let found = run(
            side(
                "Crews found the blaze had taken hold in a flat on the 11th floor.",
                "Daily Ledger",
            ),
            side(
                "The chief said the fire had broken out in a flat on the ninth floor.",
                "Evening Post",
            ),
            detect_in_one_story,
        )
        .expect("one story");
        assert_eq!(found.value_a.as_deref(), Some("11th floor"));
        let other_story = run(
            side(
                "Crews found the blaze had taken hold in a flat on the 11th floor.",
                "Daily Ledger",
            ),
            Written {
                lead: Some("A fire gutted a warehouse in Portsby overnight."),
                ..Written::new(
                    "The fire had broken out on the ninth floor.",
                    "Evening Post",
                )
            },
            detect_in_one_story,
        );
        assert!(other_story.is_none(), "{other_story:?}");
        // Two happenings of one story: where a fire broke out is no floor a victim was
        // rescued from.
        let rescued = run(
            side(
                "Crews found the blaze had taken hold in a flat on the 11th floor.",
                "Daily Ledger",
            ),
            side(
                "Firefighters rescued a woman from a balcony on the ninth floor.",
                "Evening Post",
            ),
            detect_in_one_story,
        );
        assert!(rescued.is_none(), "{rescued:?}");
        // A statement that names no happening of the lexicon meets one that does ("lower"
        // is read as a cut).
        let lead = "A man stabbed four people at Brenmark Central Station on Wednesday.";
        let side = |text, outlet| Written {
            lead: Some(lead),
            ..Written::new(text, outlet)
        };
        assert!(
            run(
                side(
                    "The attack took place on Platform 9, one of the station's busiest.",
                    "Daily Ledger",
                ),
                side(
                    "The attack unfolded on Platform 3, on the station's lower level.",
                    "Evening Post",
                ),
                detect_in_one_story,
            )
            .is_some()
        );
    }
}
