//! Tests of the figure reader on written figures.

use super::*;
use crate::text::fuzz_texts::pseudo_random_texts;

fn only(text: &str) -> Quantity {
    let found = extract_quantities(text);
    assert_eq!(found.len(), 1, "{text}: {found:#?}");
    found.into_iter().next().unwrap()
}

#[test]
fn reference_marks_count_nothing() {
    let q = extract_quantities("Four others were injured.[1] Two died.");
    assert_eq!(q[0].kind, QuantityKind::Count);
    assert_eq!(q[1].kind, QuantityKind::Other);
}

#[test]
fn casualty_counts_from_the_seed_articles() {
    let found = extract_quantities(
        "Kazakh media outlets cited the interior ministry as saying 317 police and national guard servicemen were injured and eight killed “by the hands of a raging crowd”.",
    );
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].value, 317.0);
    assert_eq!(found[0].kind, QuantityKind::Count);
    assert_eq!(found[0].unit, "police");
    assert_eq!((found[0].low, found[0].high), (317.0, 317.0));
    assert_eq!(found[1].text, "eight");
    assert_eq!(found[1].value, 8.0);
    assert_eq!(found[1].kind, QuantityKind::Count);
    assert_eq!(found[1].unit, "");
    assert_eq!(found[1].implied_unit, "police");
    assert_eq!(found[1].counted_noun(), "police");

    let thirteen = only(
        "Thirteen members of the security forces were killed in clashes with protesters in the city, Reuters reported, citing Kazakh state television.",
    );
    assert_eq!(thirteen.value, 13.0);
    assert_eq!(thirteen.bound, Bound::Exact);
    assert_eq!(thirteen.unit, "members");

    let at_least = only(
        "Kazakh state television said at least eight police officers and military servicemen were killed.",
    );
    assert_eq!(at_least.text, "at least eight");
    assert_eq!(at_least.bound, Bound::AtLeast);
    assert_eq!((at_least.low, at_least.high), (8.0, f64::INFINITY));
    assert_eq!(at_least.unit, "police officers");
    assert_eq!(at_least.counted_noun(), "officers");
    // "at least eight" and "thirteen" can both be true.
    assert!(at_least.compatible_with(&thirteen));
}

#[test]
fn vague_crowds_do_not_overlap() {
    let several = only(
        "several thousand protesters stormed the mayor's office in Almaty on Wednesday afternoon",
    );
    let hundreds =
        only("Shortly after, hundreds of protesters stormed the Almaty mayor's office building.");
    assert_eq!(several.bound, Bound::Vague);
    assert_eq!((several.low, several.high), (2000.0, 9999.0));
    assert_eq!(hundreds.unit, "protesters");
    assert_eq!((hundreds.low, hundreds.high), (200.0, 999.0));
    assert!(!several.compatible_with(&hundreds));
    let found = extract_quantities("Dozens of protesters were killed and thousands more injured");
    assert_eq!(found.len(), 2);
    assert_eq!((found[0].low, found[0].high), (24.0, 99.0));
    assert_eq!(found[1].text, "thousands");
    assert_eq!(found[1].unit, "");
    assert_eq!(found[1].counted_noun(), "protesters");
    // A new sentence starts a new clause.
    let found = extract_quantities("Two civilians were hurt. Three killed in Almaty.");
    assert_eq!(found[1].counted_noun(), "");
}

#[test]
fn multipliers() {
    let nearly = only(
        "The protests started after the government nearly doubled the price of liquefied petroleum gas.",
    );
    assert_eq!(nearly.kind, QuantityKind::Multiplier);
    assert_eq!(nearly.bound, Bound::Nearly);
    assert_eq!(nearly.value, 2.0);
    assert_eq!(nearly.text, "nearly doubled");
    assert_eq!(nearly.unit, "price");
    assert!(nearly.low > 1.6 && nearly.low < 1.8 && nearly.high == 2.0);
    let doubled = only("The government doubled the cost of gas.");
    assert_eq!(doubled.bound, Bound::Exact);
    assert_eq!((doubled.low, doubled.high), (2.0, 2.0));
    // Borderline: compatible, same value, different bounds (a soft difference).
    assert!(nearly.compatible_with(&doubled));
    assert_eq!(nearly.relative_gap(&doubled), 0.0);
    assert_eq!(only("Prices tripled.").value, 3.0);
    assert_eq!(only("The budget was halved.").value, 0.5);
    let fold = only("a two-fold increase");
    assert_eq!((fold.kind, fold.value), (QuantityKind::Multiplier, 2.0));
    let times = only("a country five times the size of France");
    assert_eq!((times.kind, times.value), (QuantityKind::Multiplier, 5.0));
}

#[test]
fn populations_and_rounding() {
    let nearly = only(
        "a country five times the size of France with a population of nearly 19 million people."
            .split("France ")
            .nth(1)
            .unwrap(),
    );
    assert_eq!(nearly.value, 19e6);
    assert_eq!(nearly.bound, Bound::Nearly);
    assert_eq!(nearly.unit, "people");
    assert!(nearly.low >= 0.85 * 19e6 && nearly.high == 19e6);
    let nation = only("Protests spread across the nation of 19 million this week");
    assert_eq!(nation.value, 19e6);
    assert_eq!(nation.unit, "");
    assert_eq!(nation.kind, QuantityKind::Count);
    // Borderline: compatible, same value, different bounds.
    assert!(nation.compatible_with(&nearly));
    assert_eq!((nation.value, nation.bound), (nearly.value, Bound::Exact));
    // Disjoint figures are graded by their gap.
    let eight = only("eight killed");
    let thirteen = only("Thirteen members of the security forces were killed");
    assert!((eight.relative_gap(&thirteen) - 5.0 / 13.0).abs() < 1e-9);
}

#[test]
fn bounds_from_the_seed_articles() {
    let injured = only(
        "More than 1,000 people have been injured in the protests since Sunday, the Health Ministry said Thursday.",
    );
    assert_eq!(injured.text, "More than 1,000");
    assert_eq!(injured.bound, Bound::MoreThan);
    assert_eq!((injured.low, injured.high), (1001.0, f64::INFINITY));
    assert_eq!(injured.unit, "people");
    let police = only(
        "At least 95 police officers were injured in the clashes, the Interior Ministry reported.",
    );
    assert_eq!((police.bound, police.value), (Bound::AtLeast, 95.0));
    let detained = only("After a night of unrest that saw more than 200 people detained");
    assert_eq!((detained.bound, detained.low), (Bound::MoreThan, 201.0));
    assert_eq!(detained.unit, "people");
    // A participle that ends in no "-ed" starts the predicate too.
    let drawn =
        extract_quantities("The operation involved 120 firefighters drawn from nine stations.");
    assert_eq!(drawn[0].unit, "firefighters");
    let estimated = only("an estimated 3,000 people");
    assert_eq!((estimated.low, estimated.high), (2550.0, 3450.0));
    let beaten = only(
        "Authorities said the attackers beat some 500 civilians and looted several businesses."
            .split(" and")
            .next()
            .unwrap(),
    );
    assert_eq!(beaten.bound, Bound::About);
    assert!(beaten.low <= 425.0 && beaten.high >= 575.0);
    assert!(!detained.compatible_with(&only("200 people were detained")));
}

#[test]
fn years_durations_and_ages() {
    let year = only("Nazarbayev has ruled Kazakhstan since 1989.");
    assert_eq!((year.kind, year.value), (QuantityKind::Year, 1989.0));
    let found = extract_quantities(
        "who retained significant power despite resigning in 2019 after rule for nearly three decades.",
    );
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].kind, QuantityKind::Year);
    let decades = &found[1];
    assert_eq!(decades.kind, QuantityKind::Duration);
    assert_eq!((decades.value, decades.bound), (3.0, Bound::Nearly));
    assert_eq!(decades.unit, "decades");
    assert_eq!(decades.text, "nearly three decades");
    let (low_years, high_years) = decades.duration_in_years().unwrap();
    assert!(low_years >= 25.0 && high_years <= 30.0);
    // "ruled since 1989" until 2019 is 30 years: the very top of "nearly three decades".
    assert_eq!(high_years, 2019.0 - 1989.0);
    let emergency =
        only("Tokayev declared a two-week, nationwide state of emergency that includes a curfew.");
    assert_eq!(emergency.kind, QuantityKind::Duration);
    assert_eq!(emergency.text, "two-week");
    assert_eq!(emergency.unit, "week");
    let age =
        only("Nazarbayev, 81, has been widely seen as the main political force in Nur-Sultan.");
    assert_eq!((age.kind, age.value), (QuantityKind::Age, 81.0));
    let old = only("Police say 25-year-old Micah Johnson, of Mesquite, fired shots");
    assert_eq!(
        (old.kind, old.value, old.text.as_str()),
        (QuantityKind::Age, 25.0, "25-year-old")
    );
    // A station's number before a day is part of its name.
    let station = only("Her family told NBC 6 Monday that she was brain dead.");
    assert_eq!(station.kind, QuantityKind::Other, "{station:?}");
    // A telephone number is no amount.
    let phone = only("Horrified neighbors called 911 and tended to the severely injured.");
    assert_eq!(phone.kind, QuantityKind::Other, "{phone:?}");
    // Scraped pages space one dash of an age.
    for text in [
        "A three -year-old girl has been shot dead.",
        "The coroner said 16- year-old Shakur Franklin also died.",
    ] {
        let spaced = only(text);
        assert_eq!(spaced.kind, QuantityKind::Age, "{text}: {spaced:?}");
    }
    let found =
        extract_quantities("in December 2011 police fired on protesters, killing at least 14");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].kind, QuantityKind::Year);
    assert_eq!((found[1].bound, found[1].value), (Bound::AtLeast, 14.0));
    let independence = only(
        "the worst street violence since the former Soviet country's independence in 1991, AP reports.",
    );
    assert_eq!(independence.kind, QuantityKind::Year);
}

#[test]
fn an_approximate_percentage_is_a_few_points() {
    let interval = |text: &str| {
        let q = only(text);
        (q.low, q.high)
    };
    assert_eq!(interval("Turnout was about 68 percent."), (67.0, 69.0));
    assert_eq!(interval("Turnout was about 70 percent."), (65.0, 75.0));
    assert_eq!(interval("Shares fell about 5.4 percent."), (4.4, 6.4));
    // A count keeps its 15 %.
    assert_eq!(
        interval("About 20,000 people marched."),
        (17_000.0, 23_000.0)
    );
}

#[test]
fn money_and_percent() {
    let found = extract_quantities(
        "making off with a two-million-euro ($2.6-million) booty, a police source said.",
    );
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].text, "two-million-euro");
    assert_eq!((found[0].kind, found[0].value), (QuantityKind::Money, 2e6));
    assert_eq!(found[0].unit, "euros");
    assert_eq!(found[1].text, "$2.6-million");
    assert_eq!(
        (found[1].kind, found[1].value),
        (QuantityKind::Money, 2.6e6)
    );
    assert_eq!(found[1].unit, "dollars");
    // The English name of the Nordic and Czech currencies, as wire services write it.
    let crowns = only("The government will pay 20,000 crowns to the family of each victim.");
    assert_eq!(
        (crowns.kind, crowns.value, crowns.unit.as_str()),
        (QuantityKind::Money, 20_000.0, "crowns")
    );
    let estimated = only("luxury watches worth an estimated two million euros.");
    assert_eq!(
        (estimated.bound, estimated.kind),
        (Bound::About, QuantityKind::Money)
    );
    let paris = only("Paris thieves nab $2.5 million worth of jewellery");
    assert_eq!(paris.value, 2.5e6);
    assert_eq!((paris.low, paris.high), (2.5e6, 2.5e6));
    let investment = only("helped attract hundreds of billions of dollars in foreign investment");
    assert_eq!(investment.kind, QuantityKind::Money);
    assert_eq!(investment.low, 2e11);
    // Currencies of the world's news, and the South Asian scales of a sum.
    let soles = only("The firm will pay 8,000 soles to each family.");
    assert_eq!(
        (soles.kind, soles.value, soles.unit.as_str()),
        (QuantityKind::Money, 8000.0, "soles")
    );
    let lakh = only("The state announced relief of ₹2 lakh for each family.");
    assert_eq!(
        (lakh.kind, lakh.value, lakh.unit.as_str()),
        (QuantityKind::Money, 200_000.0, "rupees")
    );
    assert_eq!(only("a project worth 12 crore rupees").value, 1.2e8);
    let percent = only("police said they had recovered 80 percent of the haul.");
    assert_eq!((percent.kind, percent.value), (QuantityKind::Percent, 80.0));
    assert_eq!(only("a 40% rise").kind, QuantityKind::Percent);
    // The wires' plain text writes the euro sign as a word joined to the figure.
    let wire = extract_quantities(
        "Greece gets a euro110 billion ($141 billion) loan package to keep it from defaulting.",
    );
    assert_eq!(wire.len(), 2, "{wire:#?}");
    assert_eq!(wire[0].text, "euro110 billion");
    assert_eq!((wire[0].kind, wire[0].value), (QuantityKind::Money, 110e9));
    assert_eq!(wire[0].unit, "euros");
    assert!(
        extract_quantities("the Euro2012 tournament")
            .iter()
            .all(|q| q.kind != QuantityKind::Money)
    );
}

#[test]
fn other_figures() {
    for (text, unit) in [
        ("January 6, 2022 9:10am", "time"),
        (
            "It was just before 9 p.m. when shots were first fired",
            "time",
        ),
        (
            "in accordance with Article 4 of the Collective Security Treaty",
            "",
        ),
        (
            "An AeroAndes jet performing flight 302 from Bogota overran the runway",
            "",
        ),
    ] {
        let found = extract_quantities(text);
        assert!(
            found
                .iter()
                .any(|q| q.kind == QuantityKind::Other && q.unit == unit),
            "{text}: {found:#?}"
        );
    }
    let found = extract_quantities("Dallas police officers scramble on Thursday, July 8, 2016.");
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].kind, QuantityKind::Other);
    assert_eq!(found[1].kind, QuantityKind::Year);
    // A lowercase label before a figure that counts something is no label.
    let feet = only("The blaze was a block 200 feet from the school.");
    assert_eq!(
        (feet.value, feet.kind, feet.unit.as_str()),
        (200.0, QuantityKind::Count, "feet")
    );
    assert!(extract_quantities("The COVID-19 pandemic and F-16 jets").is_empty());
    assert!(extract_quantities("one of the most stable of the ex-Soviet republics").is_empty());
    assert!(extract_quantities("No one was hurt.").is_empty());
    assert!(extract_quantities("The one who was hurt spoke.").is_empty());
    // A lone "one" before a word of death or injury is a count of people.
    let one_dead = extract_quantities("The shootout left one dead and three injured.");
    let texts: Vec<&str> = one_dead.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["one", "three"]);
    // With its noun it counts, whatever word stands before it.
    let which = only("a shooting in which one person was killed");
    assert_eq!(
        (which.text.as_str(), which.unit.as_str()),
        ("one", "person")
    );
    assert!(extract_quantities("one of Kazakhstan's main exports").is_empty());
    assert!(
        extract_quantities("<https://www.themoscowtimes.com/2022/01/06/russia-a75980>").is_empty()
    );
    let age = only("Much of the anger appeared directed at Nazarbayev, who is 81 and had ruled");
    assert_eq!(age.kind, QuantityKind::Age);
    let number_two = only("removed Nazarbayev’s nephew from position number two on the committee.");
    assert_eq!(number_two.kind, QuantityKind::Other);
    for name in [
        "As CBS 2’s Janelle Burrell reported",
        "CBS News 8 - San Diego",
    ] {
        let found = extract_quantities(name);
        assert!(
            found.iter().all(|q| q.kind == QuantityKind::Other),
            "{found:#?}"
        );
    }
    assert_eq!(only("4 shot in northwest").unit, "");
    for headline in ["Dallas Shooting Leaves 5 Dead", "SHOOTING LEAVES 5 DEAD"] {
        assert_eq!(only(headline).kind, QuantityKind::Count, "{headline}");
    }
    let curfew = only("until 0700 local time");
    assert_eq!((curfew.unit.as_str(), curfew.value), ("time", 7.0));
    assert_eq!(only("Five people shot in apartment complex").unit, "people");
    let one = only("One bystander who is not a police officer was also shot.");
    assert_eq!((one.value, one.unit.as_str()), (1.0, "bystander"));
}

/// Every entry of the tables in figure-words.txt is read: a misspelt bound or factor would
/// drop its row.
#[test]
fn every_bound_multiplier_and_currency_is_read() {
    let words = crate::text::word_lists::FIGURE_WORDS;
    assert_eq!(BOUND_PHRASES.len(), words.named("bounds").len());
    assert_eq!(MULTIPLIERS.len(), words.named("multipliers").len());
    assert_eq!(CURRENCY_WORDS.len(), words.named("currencies").len());
    assert!(words.named("currencies").iter().all(|e| e.contains(" = ")));
    assert!(MULTIPLIERS.iter().all(|&(_, factor)| factor > 0.0));
}

#[test]
fn starter_words_are_sorted_and_complete() {
    assert!(STARTERS.windows(2).all(|w| w[0] < w[1]));
    for (words, _, _) in PREFIXES {
        assert!(STARTERS.contains(&words[0]), "{}", words[0]);
    }
    for (word, _) in MULTIPLIER_WORDS.iter() {
        assert!(STARTERS.contains(word), "{word}");
    }
    for (word, _) in super::super::numbers::simple_number_words() {
        assert!(STARTERS.contains(&word), "{word}");
    }
}

#[test]
fn vague_words() {
    let cases: [(&str, f64, f64); 11] = [
        ("a few people", 2.0, 5.0),
        ("a handful of protesters", 2.0, 6.0),
        ("dozens of people", 24.0, 99.0),
        ("tens of thousands of people", 20_000.0, 99_999.0),
        ("several hundred soldiers", 200.0, 999.0),
        ("hundreds of thousands of people", 200_000.0, 999_999.0),
        ("between 200 and 300 people", 200.0, 300.0),
        ("two or three officers", 2.0, 3.0),
        ("10 to 15 people", 10.0, 15.0),
        ("5 to 10 million people", 5e6, 10e6),
        ("$5-10 million", 5e6, 10e6),
    ];
    for (text, low, high) in cases {
        let q = only(text);
        assert_eq!((q.low, q.high), (low, high), "{text}");
        assert_eq!(q.bound, Bound::Vague, "{text}");
    }
    assert_eq!(only("two or three officers").unit, "officers");
    assert_eq!(only("10 to 15 people").unit, "people");
    // "from 60 to 120" is a change between two figures, not a range.
    assert_eq!(
        extract_quantities("the price rose from 60 to 120 tenge").len(),
        2
    );
    assert_eq!(
        only("a five-time NBA All-Defensive Team honoree").kind,
        QuantityKind::Other
    );
    let years = extract_quantities("he ruled 1989 to 2019");
    assert!(
        years.iter().all(|q| q.kind == QuantityKind::Year),
        "{years:#?}"
    );
    assert_eq!(only("a hundred and fifty people").value, 150.0);
    assert_eq!(only("a million people").value, 1e6);
    // A share of a scale is read whole, not as the scale after it.
    for (text, value) in [
        ("half a million dollars", 5e5),
        ("a quarter of a billion crowns", 2.5e8),
        ("three quarters of a million people", 7.5e5),
        ("a quarter million people", 2.5e5),
        ("half a dozen officers", 6.0),
    ] {
        assert_eq!(only(text).value, value, "{text}");
    }
    // "half" with no scale after it is no figure.
    assert!(extract_quantities("half of the victims").is_empty());
    let dozen = only("a dozen officers");
    assert_eq!(dozen.value, 12.0);
    assert!(dozen.low <= 11.0 && dozen.high >= 13.0);
    let words = only("one hundred and twenty-five people");
    assert_eq!(words.value, 125.0);
    let plus = only("200-plus people");
    assert_eq!((plus.bound, plus.low), (Bound::AtLeast, 200.0));
    let more = only("eight or more people");
    assert_eq!(more.bound, Bound::AtLeast);
    let over = only("upwards of 300 people");
    assert_eq!(over.bound, Bound::MoreThan);
    let few = only("fewer than 50 people");
    assert_eq!((few.bound, few.high), (Bound::LessThan, 49.0));
}

#[test]
fn ranges_are_byte_exact_and_never_panic() {
    let samples = [
        "",
        "$",
        "-",
        "1,",
        "1,0",
        ".5",
        "€",
        "a",
        "a few",
        "more than",
        "at least $",
        "2.5.6",
        "9:",
        "1-",
        "--1",
        "between 5 and",
        "COVID-19",
        "₸500",
        "½",
        "٣",
        "“Thirteen”",
        "twenty-",
        "-twenty",
        "1e9",
        "99999999999999999999999999999999999999999",
        "the 1990s",
        "1st",
        "a.m.",
        "9 a",
        "No.",
        "No. 5",
        "#1",
        "$$2",
        "US$",
        "US$5bn",
    ];
    for sample in samples {
        for q in extract_quantities(sample) {
            assert_eq!(q.text, &sample[q.start..q.end]);
        }
    }
    // A long text is read in windows; offsets still point into the whole text.
    let long = "At least 95 police officers were injured. ".repeat(1_000);
    let found = extract_quantities(&long);
    assert_eq!(found.len(), 1_000);
    for q in &found {
        assert_eq!(q.text, &long[q.start..q.end]);
    }
    // Deterministic pseudo-random strings over a nasty alphabet.
    let samples = pseudo_random_texts(
        "0123456789 ,.-–$€%+:/ aeiou twoneightdozens hundred million ’'\"é漢\u{feff}",
        0x9e37_79b9_7f4a_7c15,
        3000,
        40,
        1,
    );
    for sample in samples {
        let found = extract_quantities(&sample);
        let mut last_end = 0;
        for q in found {
            assert!(q.start >= last_end && q.start < q.end, "{sample:?}");
            assert_eq!(q.text, &sample[q.start..q.end]);
            assert!(!q.low.is_nan() && !q.high.is_nan());
            last_end = q.end;
        }
    }
}

#[test]
fn a_meridiem_glued_to_the_minutes_or_spaced_is_read() {
    for (text, hours) in [
        ("The shooting occurred around 5:30p.m. Thursday.", 17.5),
        (
            "The camp was bombed at 2:53 p. m. local time.",
            14.0 + 53.0 / 60.0,
        ),
        ("It began at 9:10am.", 9.0 + 10.0 / 60.0),
    ] {
        let times: Vec<f64> = extract_quantities(text)
            .into_iter()
            .filter(|q| q.unit == "time")
            .map(|q| q.value)
            .collect();
        assert_eq!(times.len(), 1, "{text}");
        assert!((times[0] - hours).abs() < 1e-9, "{text}: {times:?}");
    }
}

#[test]
fn an_hour_named_or_told_with_its_half_of_the_day_is_a_clock_time() {
    let times = |text: &str| -> Vec<(String, f64)> {
        extract_quantities(text)
            .into_iter()
            .filter(|q| q.unit == "time")
            .map(|q| (q.text, q.value))
            .collect()
    };
    assert_eq!(
        times("The first protesters reached the embassy shortly after noon on Sunday."),
        vec![("noon".to_string(), 12.0)]
    );
    assert_eq!(
        times("The vessel went aground shortly before midnight on Friday."),
        vec![("midnight".to_string(), 0.0)]
    );
    assert_eq!(
        times("The alarm was raised at about 3:40 in the morning, when most were asleep."),
        vec![("about 3:40 in the morning".to_string(), 3.0 + 40.0 / 60.0)]
    );
    assert_eq!(
        times("Witnesses called police just before 3 in the morning Saturday."),
        vec![("3 in the morning".to_string(), 3.0)]
    );
    assert_eq!(
        times("The vote was held at 5:15 in the afternoon."),
        vec![("5:15 in the afternoon".to_string(), 17.25)]
    );
    // An hour told in words, with a part of it past or to it.
    assert_eq!(
        times("The tally flashed up shortly after a quarter past five in the afternoon."),
        vec![("a quarter past five in the afternoon".to_string(), 17.25)]
    );
    assert_eq!(
        times("The attack began at around a quarter to eight, police said."),
        vec![("around a quarter to eight".to_string(), 7.75)]
    );
    assert_eq!(
        times("Polls closed at half past ten p.m. on Sunday."),
        vec![("half past ten p.m.".to_string(), 22.5)]
    );
    assert_eq!(
        times("The session ended at a quarter to one in the afternoon."),
        vec![("a quarter to one in the afternoon".to_string(), 12.75)]
    );
    // A share is no hour ("a quarter of the town", "half past levels").
    assert!(times("A quarter of the town lost power, and half the streets flooded.").is_empty());
    // An hour told in a word with its half of the day.
    assert_eq!(
        times("The ferry rolled over just before eight in the evening on Saturday."),
        vec![("eight in the evening".to_string(), 20.0)]
    );
    // A count before "in the morning" is no hour ("15 in the morning shift").
    assert!(times("Police arrested 15 in the morning raids.").is_empty());
    assert!(times("Police arrested eight in the morning raids.").is_empty());
    assert!(tells_half_of_day("3:40 in the morning") && tells_half_of_day("noon"));
    assert!(!tells_half_of_day("about 4:30"));
}

#[test]
fn a_half_of_a_length_of_time_is_read_with_it() {
    let lengths = |text: &str| -> Vec<(String, f64, String)> {
        extract_quantities(text)
            .into_iter()
            .filter(|q| q.kind == QuantityKind::Duration)
            .map(|q| (q.text, q.value, q.unit))
            .collect()
    };
    assert_eq!(
        lengths("She had been buried for about an hour and a half, rescuers said."),
        vec![(
            "about an hour and a half".to_string(),
            1.5,
            "hour".to_string()
        )]
    );
    assert_eq!(
        lengths("Its collapse comes after nearly two and a half years in office."),
        vec![(
            "nearly two and a half years".to_string(),
            2.5,
            "years".to_string()
        )]
    );
    assert_eq!(
        lengths("The talks lasted 3 hours and a half."),
        vec![("3 hours and a half".to_string(), 3.5, "hours".to_string())]
    );
    // A half of something else is no half of the length before it.
    assert_eq!(
        lengths("He spent two years and a half million dollars on the campaign."),
        vec![("two years".to_string(), 2.0, "years".to_string())]
    );
}

#[test]
fn a_unit_glued_to_its_figure_is_read_with_it() {
    let figures = |text: &str| -> Vec<(String, f64)> {
        extract_quantities(text)
            .into_iter()
            .map(|q| (q.text, q.value))
            .collect()
    };
    assert_eq!(
        figures("The village is about 120km (75 miles) north-east of Kathmandu."),
        [("about 120km".to_string(), 120.0), ("75".to_string(), 75.0)]
    );
    assert_eq!(
        figures("It plunged 60m (197ft) into a ditch."),
        [("60m".to_string(), 60.0), ("197ft".to_string(), 197.0)]
    );
    // Alone, a glued "m" may be millions; after a currency sign, "MM" is millions.
    assert!(figures("The country's 60m people were affected.").is_empty());
    let money = extract_quantities("The Angels offered at least $160MM.");
    assert!(money.iter().all(|q| q.kind == QuantityKind::Money));
}

#[test]
fn a_number_in_a_model_name_counts_nothing() {
    for (text, model) in [
        ("The ATR 72 aircraft went down near the airport.", "72"),
        ("A Boeing 737 jet carrying 176 people crashed.", "737"),
        ("A Boeing 737 carrying 132 people crashed.", "737"),
        ("An Ethiopian Airlines Boeing 737 MAX crashed.", "737"),
        (
            "A China Eastern Boeing 737-800 carrying 132 people crashed.",
            "737-800",
        ),
        ("Police seized 14 AK 47 rifles.", "47"),
        ("WPXI 11 News Two brothers were shot inside a home.", "11"),
    ] {
        let read = extract_quantities(text);
        let figure = read
            .iter()
            .find(|q| q.text == model)
            .unwrap_or_else(|| panic!("{text}: {read:?}"));
        assert_eq!(figure.kind, QuantityKind::Other, "{text}");
    }
    // A number word in capitals inside a sentence belongs to a name; at the start of the
    // sentence, after a colon or in a title-case headline it counts.
    for (text, name) in [
        (
            "Police said three children were killed in Four Hills on Sunday.",
            "Four",
        ),
        ("Officers from the Detroit One precinct arrived.", "One"),
    ] {
        let read = extract_quantities(text);
        assert!(
            read.iter()
                .all(|q| q.text != name || q.kind == QuantityKind::Other),
            "{text}: {read:?}"
        );
    }
    for (text, count) in [
        (
            "Police: Three children killed in Four Hills, shooter identified",
            "Three",
        ),
        ("Children Among Four Victims In Four Hills Shooting", "Four"),
        ("Hiller Charged with Two Counts of Murder", "Two"),
        ("Four Americans were among the dead.", "Four"),
    ] {
        let read = extract_quantities(text);
        assert!(
            read.iter()
                .any(|q| q.text == count && q.kind == QuantityKind::Count),
            "{text}: {read:?}"
        );
    }
    // A scale's number joined by a dash is a label, not a name's identifier nor a count.
    let rated = extract_quantities("The twister, rated EF-4, cut a path 59 miles long.");
    assert!(
        rated
            .iter()
            .any(|q| q.text == "4" && q.kind == QuantityKind::Other),
        "{rated:?}"
    );
    // A count stays a count: "14" rifles, "176" people.
    let counts: Vec<String> = extract_quantities("Police seized 14 AK 47 rifles.")
        .into_iter()
        .filter(|q| q.kind == QuantityKind::Count)
        .map(|q| q.text)
        .collect();
    assert_eq!(counts, ["14"]);
    // A range after a word that opens the sentence, or in a title-case headline, is a range.
    for (text, range) in [
        ("Between 200-300 people marched.", "200-300"),
        ("Storm Leaves 200-300 Homeless", "200-300"),
        ("SHOOTING LEAVES 5 DEAD", "5"),
    ] {
        let read = extract_quantities(text);
        assert!(
            read.iter()
                .any(|q| q.text.ends_with(range) && q.kind == QuantityKind::Count),
            "{text}: {read:?}"
        );
    }
}

#[test]
fn a_figure_rounded_to_a_coarser_step_is_the_same_figure() {
    let step = |text: &str| only(text).last_digit_step();
    let near = |x: Option<f64>, y: f64| x.is_some_and(|x| (x - y).abs() < 1e-9 * y);
    assert!(near(step("36.9 percent"), 0.1));
    assert!(near(step("37 percent"), 1.0));
    assert!(near(step("18.7 million people"), 100_000.0));
    assert!(near(step("20,000 people"), 1.0));
    assert_eq!(step("thirteen people"), None);
    let rounds = |a: &str, b: &str| only(a).rounds_to(&only(b));
    assert!(rounds("37 percent", "36.9 percent"));
    assert!(rounds("19 million people", "18.7 million people"));
    assert!(rounds("$1.2 billion", "$1.24 billion"));
    // One step: two different counts, not one rounded.
    assert!(!rounds("150 people", "148 people"));
    // Beyond half a step: 30.4 rounds to 30, not 31.
    assert!(!rounds("31 percent", "30.4 percent"));
    assert!(!rounds("19 million people", "18.4 million people"));
    // Half a step exactly is no rounding a reporter makes: "€1.5 million" is written so,
    // not as "€2 million".
    assert!(!rounds("€2 million", "€1.5 million"));
}

#[test]
fn an_owner_before_the_whole_is_no_unit_of_the_part() {
    let found = extract_quantities("The Scottish National Party won 56 of Scotland's 59 seats.");
    assert_eq!(found[0].text, "56");
    assert_eq!(found[0].unit, "");
    assert_eq!(found[1].unit, "seats");
    // A plural owner, its apostrophe after the "s".
    for text in [
        "Grant Gibbs had eight of the Bluejays' 11 assists.",
        "Grant Gibbs had eight of the Bluejays’ 11 assists.",
    ] {
        let found = extract_quantities(text);
        assert_eq!(found[0].text, "eight", "{text}");
        assert_eq!(found[0].unit, "", "{text}");
        assert_eq!(found[1].unit, "assists", "{text}");
    }
}

#[test]
fn a_determiner_before_four_digits_makes_a_year() {
    for text in [
        "A co-worker has been charged in the 1967 slayings of two women at an ice cream shop.",
        "He is in jail on the 2013 guns and drugs charges.",
        "The 2007 Oscars hosted by DeGeneres stand as the top rated.",
    ] {
        let found = extract_quantities(text);
        let year = found.iter().find(|q| q.text.len() == 4).expect(text);
        assert_eq!(year.kind, QuantityKind::Year, "{text}");
    }
    // Without one, four digits before a plural may count it; with a comma they count.
    assert_eq!(only("Police fired 1500 rounds.").kind, QuantityKind::Count);
    assert_eq!(
        only("the 2,013 charges were dropped").kind,
        QuantityKind::Count
    );
}
#[test]
fn an_age_range_after_a_word_of_age_counts_no_one() {
    for text in [
        "The victims — all black men ages 19 through 43 — were taken to local hospitals.",
        "The victims, ages 12 to 17, were taken to hospitals.",
        "The patients range in age from 12 to 27.",
        "The suspects, aged 18 to 25, were arrested.",
        "Her sons, 7 and 8, were critically hurt.",
        "The girls, 12 and 15, testified.",
        "His children, 3, 10 and 13, were inside.",
    ] {
        let found = extract_quantities(text);
        assert!(!found.is_empty(), "{text}");
        assert!(
            found.iter().all(|q| q.kind == QuantityKind::Age),
            "{text}: {found:?}"
        );
    }
    // A count after a comma is no age where no list of figures follows.
    let listed = extract_quantities("Killed were three men, 2 women and 5 children.");
    assert!(
        listed.iter().all(|q| q.kind == QuantityKind::Count),
        "{listed:?}"
    );
    // A range after "from" with no word of age is no age.
    let rise = extract_quantities("The toll rose from 12 to 27 overnight.");
    assert!(
        rise.iter().all(|q| q.kind == QuantityKind::Count),
        "{rise:?}"
    );
}

/// A word news English does not know, after a sum paid, is its currency: invented or rare
/// currencies are money. A known word after a figure counts things, and a currency read
/// before the figure stays.
#[test]
fn an_unknown_word_after_a_sum_paid_is_its_currency() {
    for (text, value, unit) in [
        (
            "The ministry announced a reward of 40 million grivens for information.",
            4e7,
            "grivens",
        ),
        (
            "The board fined it 85,000 talers for the lapses.",
            85_000.0,
            "talers",
        ),
        (
            "The cabinet approved 2.5 million florins in emergency aid for the district.",
            2.5e6,
            "florins",
        ),
    ] {
        let q = only(text);
        assert_eq!(
            (q.kind, q.value, q.unit.as_str()),
            (QuantityKind::Money, value, unit),
            "{text}"
        );
    }
    for text in [
        "The minister paid 200 visits to the region last year.",
        "Nobody wants to receive 300 letters a day.",
    ] {
        assert_ne!(only(text).kind, QuantityKind::Money, "{text}");
    }
    let dollars =
        only("Crime Stoppers will pay up to $5,000 for information that leads to an arrest.");
    assert_eq!(
        (dollars.kind, dollars.unit.as_str()),
        (QuantityKind::Money, "dollars")
    );
}

/// A half told between a figure in words and its unit of measure is read with it: "about one
/// and a half kilometres" is 1.5.
#[test]
fn a_half_before_a_unit_of_measure_is_read_with_it() {
    let figures = |text: &str| -> Vec<(String, f64, String)> {
        extract_quantities(text)
            .into_iter()
            .map(|q| (q.text, q.value, q.unit))
            .collect()
    };
    assert_eq!(
        figures("The plane came down about one and a half kilometres away."),
        vec![(
            "about one and a half".to_string(),
            1.5,
            "kilometres".to_string()
        )]
    );
}
