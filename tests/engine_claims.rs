//! Figures of one measure compared across sources beyond linked sentences, on a real
//! cluster (`../shared/corpora/news/ecbplus/ecb_41_ecbplus`, the six articles the dev gold
//! of the Yida bombing lists), and the Figures table of another (`gva/611479`, the Fort
//! Myers shooting). Skips cleanly when the corpora are not beside the checkout.

mod common;

use parallax_engine::conflict::claims::{AGREE_REASON, REASON};
use parallax_engine::model::{Analysis, Conflict, Link, Relation};
use parallax_engine::{Config, analyze};

/// The analysis of the articles `stems` (file names without `ecbplus.txt`) of the ECB+
/// folder `folder`, or `None` when the corpora are not here.
fn ecbplus_cluster(folder: &str, stems: [&str; 6]) -> Option<Analysis> {
    let folder = common::shared_path(&format!("corpora/news/ecbplus/{folder}"))?;
    let files: Vec<_> = stems
        .iter()
        .map(|f| folder.join(format!("{f}ecbplus.txt")))
        .collect();
    let set = parallax_engine::corpus::load_paths(&files).expect("the cluster loads");
    Some(analyze(&set, &Config::default()))
}

/// The analysis of the Yida bombing's six articles (the dev gold's).
fn yida() -> Option<Analysis> {
    ecbplus_cluster(
        "ecb_41_ecbplus",
        ["41_1", "41_2", "41_3", "41_5", "41_6", "41_8"],
    )
}

/// The analysis of the Athens bank firebomb's six articles (the dev gold's).
fn athens() -> Option<Analysis> {
    ecbplus_cluster("ecb_8_ecbplus", ["8_1", "8_2", "8_3", "8_5", "8_6", "8_9"])
}

/// The analysis of the AMD and SeaMicro deal's six articles (the dev gold's).
fn amd() -> Option<Analysis> {
    ecbplus_cluster(
        "ecb_43_ecbplus",
        ["43_3", "43_4", "43_5", "43_11", "43_12", "43_15"],
    )
}

/// The analysis of the Gulf of Aden cluster's six articles (the dev gold's).
fn gulf() -> Option<Analysis> {
    ecbplus_cluster(
        "ecb_12_ecbplus",
        ["12_1", "12_2", "12_3", "12_4", "12_6", "12_8"],
    )
}

/// The rows of the Figures table of an analysis.
fn figure_rows(analysis: &Analysis) -> Vec<parallax_engine::figures::FigureRow> {
    let claims = parallax_engine::claims::Claims::of(analysis);
    parallax_engine::figures::rows(analysis, &claims.figures)
}

/// The row of `rows` that `wanted` picks, or a failure naming `what` and every row's label.
fn row_where<'r>(
    rows: &'r [parallax_engine::figures::FigureRow],
    what: &str,
    wanted: impl Fn(&parallax_engine::figures::FigureRow) -> bool,
) -> &'r parallax_engine::figures::FigureRow {
    rows.iter().find(|r| wanted(r)).unwrap_or_else(|| {
        let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
        panic!("{what} among {labels:?}")
    })
}

/// Every figure of a row of the Figures table, as written, source after source.
fn figures_of(row: &parallax_engine::figures::FigureRow) -> Vec<&str> {
    row.cells
        .iter()
        .flatten()
        .map(|c| c.text.as_str())
        .collect()
}

/// The index of the statement holding `words`.
fn find(analysis: &Analysis, words: &str) -> usize {
    analysis
        .statements
        .iter()
        .position(|s| s.text.contains(words))
        .unwrap_or_else(|| panic!("a statement with {words:?}"))
}

/// The link between statements `a` and `b`, if any.
fn link(analysis: &Analysis, a: usize, b: usize) -> Option<&Link> {
    analysis
        .links
        .iter()
        .find(|l| (l.a.0.min(l.b.0), l.a.0.max(l.b.0)) == (a.min(b), a.max(b)))
}

/// The link between the statements holding `a` and `b`, which must be a conflict, with
/// its conflict.
fn conflict_between<'a>(analysis: &'a Analysis, a: &str, b: &str) -> (&'a Link, &'a Conflict) {
    let link = link(analysis, find(analysis, a), find(analysis, b))
        .unwrap_or_else(|| panic!("{a:?} and {b:?} are linked"));
    assert_eq!(link.relation, Relation::Conflict, "{:?}", link.reasons);
    (link, link.conflict.as_ref().expect("a conflict"))
}

/// UNHCR's "no casualties in the camp" (said in Geneva) and AP's toll from a county
/// commissioner ("Miabek Lang, the commissioner of Pariang County in South Sudan's Unity
/// State, said earlier that 12 people were killed") share few words and are not linked for
/// them; the links put both in one fact, so their figures are compared, and neither the
/// place the words were said in nor the commissioner's county keeps them apart.
#[test]
fn figures_of_one_fact_meet_though_their_sentences_are_not_linked() {
    let Some(analysis) = yida() else {
        eprintln!("skipped: ../shared/corpora/news is not here");
        return;
    };
    let unhcr = find(
        &analysis,
        "Fortunately there were no casualties in the camp",
    );
    let commissioner = find(&analysis, "the commissioner of Pariang County");
    let link = link(&analysis, unhcr, commissioner).expect("the two statements are linked");
    assert_eq!(link.relation, Relation::Conflict);
    assert!(
        link.reasons[0].starts_with(REASON),
        "proposed by the figures: {:?}",
        link.reasons
    );
    assert!(
        analysis
            .facts
            .iter()
            .any(|f| f.statements.iter().any(|s| s.0 == unhcr)
                && f.statements.iter().any(|s| s.0 == commissioner)),
        "both statements in one fact"
    );
}

/// Reuters' Enough Project spokesman ("the group confirmed there were no dead or wounded")
/// stands seventeenth in its article, past the opening statements whose figures are
/// compared across sources; a report that no one was hurt is compared wherever it stands,
/// and it contradicts the BBC's opening toll ("Local official Miabek Lang said at least 12
/// people had been killed and 20 wounded").
#[test]
fn a_later_report_of_no_one_hurt_meets_an_opening_toll() {
    let Some(analysis) = yida() else {
        eprintln!("skipped: ../shared/corpora/news is not here");
        return;
    };
    let none = find(
        &analysis,
        "the group confirmed there were no dead or wounded",
    );
    let toll = find(
        &analysis,
        "Miabek Lang said at least 12 people had been killed",
    );
    let link = link(&analysis, none, toll).expect("the two statements are linked");
    assert_eq!(link.relation, Relation::Conflict);
    let conflict = link.conflict.as_ref().expect("a conflict");
    assert!(
        conflict.explanation.contains("at least 12") && conflict.explanation.contains("no"),
        "{}",
        conflict.explanation
    );
}

/// AP gives the commissioner's toll late in its article ("said earlier that 12 people were
/// killed and 20 were wounded in Thursday's bombing"), past the openings compared across
/// sources, and its sentence shares few words with Reuters' "the group confirmed there were
/// no dead or wounded". The BBC's "at least 12 people had been killed" agrees with AP's 12
/// and conflicts with Reuters' none; what AP repeats contradicts what the BBC's toll
/// contradicts, and the pair is judged by the number detector.
#[test]
fn a_figure_agreeing_with_a_contradicted_one_is_contradicted_too() {
    let Some(analysis) = yida() else {
        eprintln!("skipped: ../shared/corpora/news is not here");
        return;
    };
    let bbc = find(
        &analysis,
        "Miabek Lang said at least 12 people had been killed",
    );
    let ap = find(&analysis, "said earlier that 12 people were killed");
    assert_eq!(
        link(&analysis, bbc, ap).map(|l| l.relation),
        Some(Relation::Match),
        "the BBC and AP agree on the toll"
    );
    let (link, conflict) = conflict_between(
        &analysis,
        "the group confirmed there were no dead or wounded",
        "said earlier that 12 people were killed",
    );
    assert!(
        link.reasons[0].starts_with(REASON),
        "proposed by the figures: {:?}",
        link.reasons
    );
    assert!(
        conflict.explanation.contains("12") && conflict.explanation.contains("no"),
        "{}",
        conflict.explanation
    );
}

/// The Enough Project's "Since fighting between the SAF and the Sudanese Peoples' Liberation
/// Army-North, or SPLA-N, began in July, hundreds of thousands of civilians have fled South
/// Kordofan" and Reuters' "a state north of the border where rebels have been fighting
/// Sudan's army since June" date the start of one state, the fighting, whose place each
/// names without a preposition of place before it: the names of a start month's statement
/// are read wherever they stand, and July against June is told.
#[test]
fn the_start_of_one_state_meets_through_the_name_of_its_place() {
    let Some(analysis) = yida() else {
        eprintln!("skipped: ../shared/corpora/news is not here");
        return;
    };
    let (_, conflict) = conflict_between(
        &analysis,
        "began in July, hundreds of thousands",
        "fighting Sudan's army since June",
    );
    assert!(
        conflict.explanation.contains("began in July")
            && conflict.explanation.contains("since June"),
        "{}",
        conflict.explanation
    );
}

/// The Enough Project's "A SAF spokesman denied the attack occurred" and Reuters's "Sudan's
/// armed forces denied they carried out the strike" share few words; their responses meet
/// through the party's name (the acronym as the Enough Project's article defines it: "The
/// Sudan Armed Forces, or SAF"), and one denies that it happened, the other a part in it.
#[test]
fn a_denial_that_it_happened_meets_a_denial_of_a_part_in_it() {
    let Some(analysis) = yida() else {
        eprintln!("skipped: ../shared/corpora/news is not here");
        return;
    };
    let enough = find(&analysis, "A SAF spokesman denied the attack occurred");
    let reuters = find(&analysis, "denied they carried out the strike");
    let link = link(&analysis, enough, reuters).expect("the two statements are linked");
    assert_eq!(link.relation, Relation::Conflict);
    assert!(
        link.reasons[0].starts_with(parallax_engine::conflict::claims::RESPONSE_REASON),
        "proposed by the responses: {:?}",
        link.reasons
    );
    let conflict = link.conflict.as_ref().expect("a conflict");
    assert!(
        conflict.explanation.contains("a denial that it happened")
            && conflict.explanation.contains("a denial of any part in it"),
        "{}",
        conflict.explanation
    );
}

/// NDTV's "A statement from the Defence PRO says the incident happened yesterday when INS
/// Sukanya was escorting a group of merchant vessels" names no place; "the incident" is its
/// article's own event, which its headline and lede put in the Gulf of Aden ("thwarted a
/// piracy attack in the Gulf of Aden"). So it meets IANS's "foiled a five-boat pirate attack
/// on merchant vessels transiting the Gulf of Aden on Friday": yesterday (Thursday 10
/// November, by NDTV's date) against Friday.
#[test]
fn the_incident_is_placed_where_its_article_leads() {
    let Some(analysis) = gulf() else {
        eprintln!("skipped: ../shared/corpora/news is not here");
        return;
    };
    let (link, conflict) = conflict_between(
        &analysis,
        "the incident happened yesterday",
        "foiled a five-boat pirate attack",
    );
    assert!(
        link.reasons[0].starts_with(parallax_engine::conflict::claims::DAY_REASON),
        "proposed by the days of one happening: {:?}",
        link.reasons
    );
    assert!(
        conflict.explanation.contains("yesterday") && conflict.explanation.contains("Friday"),
        "{}",
        conflict.explanation
    );
}

/// The Gulf of Aden cluster (`ecbplus/ecb_12_ecbplus`): IANS's lead "An Indian warship
/// foiled a five-boat pirate attack on merchant vessels transiting the Gulf of Aden on
/// Friday" and the Navy's release "thwarting a multiple-boat piracy attack on 10 Nov 11"
/// share too few words to be linked; the happening they date (foiling an attack) and its
/// place (the Gulf of Aden) bring them together, and their days differ: Friday 11 against
/// Thursday 10 November.
#[test]
fn two_days_of_one_happening_meet_through_the_happening_and_its_place() {
    let Some(analysis) = gulf() else {
        eprintln!("skipped: ../shared/corpora/news is not here");
        return;
    };
    let ians = find(&analysis, "foiled a five-boat pirate attack");
    let navy = find(
        &analysis,
        "thwarting a multiple-boat piracy attack on 10 Nov 11",
    );
    let link = link(&analysis, ians, navy).expect("the two statements are linked");
    assert_eq!(link.relation, Relation::Conflict);
    assert!(
        link.reasons[0].starts_with(parallax_engine::conflict::claims::DAY_REASON),
        "proposed by the days of one happening: {:?}",
        link.reasons
    );
    let conflict = link.conflict.as_ref().expect("a conflict");
    assert!(
        conflict.explanation.contains("Friday 11 November 2011")
            && conflict.explanation.contains("Thursday 10 November 2011"),
        "{}",
        conflict.explanation
    );
}

/// The Fort Myers cluster's injured: WPBF's "Up to 16 were injured" says not whom it counts,
/// yet it stands in the row of the people injured, beside "more than a dozen" and "18", and
/// the row is marked for its hard conflict (18 against up to 16).
#[test]
fn a_toll_that_names_no_one_stands_in_the_row_of_people() {
    let Some(folder) = common::shared_path("corpora/news/gva/611479") else {
        eprintln!("skipped: ../shared/corpora/news is not here");
        return;
    };
    let set = parallax_engine::corpus::load_paths(&[folder]).expect("the folder loads");
    let analysis = analyze(&set, &Config::default());
    let rows = figure_rows(&analysis);
    let injured = row_where(&rows, "a row of the people injured", |r| {
        r.label == "injured (people)"
    });
    let figures = figures_of(injured);
    assert!(figures.contains(&"Up to 16"), "{figures:?}");
    assert!(figures.contains(&"18"), "{figures:?}");
    assert!(injured.hard_conflict);
}

/// The Gulf of Aden cluster's trade through the gulf: four outlets give it as "nearly $100
/// billion" or "over a hundred billion dollars" of India's external trade, in sentences the
/// outlets word apart. Each statement gives one sum and names what it is of, so the four
/// stand in one row of the Figures table, named by the words they share; the trade passes
/// "each year", so the row is one of yearly rates, named so.
#[test]
fn sums_of_money_of_one_thing_stand_in_one_row() {
    let Some(analysis) = gulf() else {
        eprintln!("skipped: ../shared/corpora/news is not here");
        return;
    };
    let rows = figure_rows(&analysis);
    let trade = row_where(&rows, "a row of the trade's worth", |r| {
        r.label == "dollars (india external trade) (each year)"
    });
    assert_eq!(trade.sources(), 4);
    let figures = figures_of(trade);
    assert!(figures.contains(&"nearly $100 billion"), "{figures:?}");
    assert!(
        figures.contains(&"over a hundred billion dollars"),
        "{figures:?}"
    );
}

/// The Athens cluster's bailout in dollars: "$143-billion ... debt bailout", "a $144 billion
/// bailout" and USA Today's "euro110 billion ($141 billion) loan package" are one sum told
/// by three conversions; a loan package is a bailout (one concept of the lexicon), so the
/// three stand in one row, named by the word its first sum gives.
#[test]
fn sums_of_one_thing_in_its_several_names_stand_in_one_row() {
    let Some(analysis) = athens() else {
        eprintln!("skipped: ../shared/corpora/news is not here");
        return;
    };
    let rows = figure_rows(&analysis);
    let bailout = row_where(&rows, "a row of the bailout in dollars", |r| {
        r.label == "dollars (bailout)"
    });
    let figures = figures_of(bailout);
    for sum in ["$141 billion", "$143-billion", "$144 billion"] {
        assert!(figures.contains(&sum), "{sum}: {figures:?}");
    }
}

/// The Yida cluster's camp and its distance from the border: "less than 25 km (15 miles)
/// from the border" (Reuters, via Enough) and "10 miles (15 kilometers) south of the border"
/// (AP) stand in one row of the Figures table, each as written with its unit, their values
/// in metres; the two meet (15 km is less than 25), so no conflict is marked.
#[test]
fn measurements_of_one_thing_stand_in_one_row_in_base_units() {
    let Some(analysis) = yida() else {
        eprintln!("skipped: ../shared/corpora/news is not here");
        return;
    };
    let rows = figure_rows(&analysis);
    let distance = row_where(&rows, "a row of the camp's distance from the border", |r| {
        r.label.starts_with("distance from")
    });
    assert!(distance.label.ends_with("(length)"), "{}", distance.label);
    let figures = figures_of(distance);
    assert!(figures.contains(&"less than 25 km"), "{figures:?}");
    assert!(figures.contains(&"10 miles"), "{figures:?}");
    assert!(!distance.hard_conflict);
    let ten_miles = distance
        .cells
        .iter()
        .flatten()
        .find(|c| c.text == "10 miles")
        .expect("the AP's figure");
    assert!(
        (ten_miles.value - 16_093.44).abs() < 0.01,
        "{}",
        ten_miles.value
    );
    // A conversion in brackets counts nothing of its own: no row of "miles" or "feet".
    assert!(
        !rows.iter().any(|r| r.label == "miles" || r.label == "feet"),
        "{:?}",
        rows.iter().map(|r| r.label.as_str()).collect::<Vec<_>>()
    );
}

/// Two openings that give the toll of one happening alike, in sentences worded apart
/// ("A firebomb attack on a bank in Greece killed at least three people today" and "Riots
/// over harsh new austerity measures left three bank workers dead"), report one fact: their
/// figures agree, and the pair is linked as a match that says so.
#[test]
fn openings_giving_one_toll_alike_are_linked_as_a_match() {
    let Some(analysis) = athens() else {
        eprintln!("skipped: ../shared/corpora/news is not here");
        return;
    };
    let afp = find(
        &analysis,
        "A firebomb attack on a bank in Greece killed at least three",
    );
    let ap = find(&analysis, "left three bank workers dead");
    let link = link(&analysis, afp, ap).expect("the two openings are linked");
    assert_eq!(link.relation, Relation::Match, "{:?}", link.reasons);
    assert!(
        link.reasons[0].starts_with(AGREE_REASON),
        "linked for the agreeing figures: {:?}",
        link.reasons
    );
}

/// The price of one deal in the openings of two outlets ("Advanced Micro Devices is
/// acquiring Sea Micro today for $334 million", "AMD will pay US$334 million in cash and
/// stock for SeaMicro") links the two, though one writes the buyer's name in full and the
/// other the bought company's in two words.
#[test]
fn openings_giving_one_sum_of_money_are_linked_as_a_match() {
    let Some(analysis) = amd() else {
        eprintln!("skipped: ../shared/corpora/news is not here");
        return;
    };
    let venturebeat = find(
        &analysis,
        "Advanced Micro Devices is acquiring Sea Micro today",
    );
    let idg = find(&analysis, "AMD will pay US$334 million in cash and stock");
    let link = link(&analysis, venturebeat, idg).expect("the two openings are linked");
    assert_eq!(link.relation, Relation::Match, "{:?}", link.reasons);
    assert!(
        link.reasons[0].starts_with(AGREE_REASON),
        "linked for the agreeing sums: {:?}",
        link.reasons
    );
}

/// The analysis of articles written in a test, each a file name and its text.
fn analyze_written(name: &str, texts: &[(&str, &str)]) -> Analysis {
    let set = parallax_engine::corpus::ArticleSet {
        name: name.into(),
        articles: texts
            .iter()
            .map(|(name, text)| {
                parallax_engine::corpus::article_from_bytes(name, text.as_bytes(), None)
                    .expect("the article reads")
            })
            .collect(),
        warnings: Vec::new(),
    };
    analyze(&set, &Config::default())
}

/// Two wire reports of one crash, giving the passengers apart and the crew alike in one
/// sentence each: the hard conflict between the two sentences marks the passengers' row,
/// not the crew's, whose figures agree.
#[test]
fn a_hard_conflict_marks_only_the_rows_whose_figures_differ() {
    let texts = [
        (
            "a.txt",
            "Plane crashes near Sochi\n\nSOCHI, Russia (Reuters) - A passenger jet carrying 71 people crashed into the Black Sea on Sunday.\n\nThe Airbus A321 was carrying 64 passengers and seven crew members when it disappeared from radar, the ministry said.\n",
        ),
        (
            "b.txt",
            "Jet plunges into Black Sea\n\nMOSCOW (AP) — A Russian passenger plane with 72 people on board crashed into the Black Sea early Sunday.\n\nThe plane, an Airbus A321, was carrying 65 passengers and seven crew, according to the Emergencies Ministry.\n",
        ),
    ];
    let analysis = analyze_written("crash", &texts);
    let rows = figure_rows(&analysis);
    let passengers = row_where(&rows, "a row of the passengers", |r| {
        r.label == "aboard (passengers)"
    });
    assert!(passengers.hard_conflict, "{:?}", figures_of(passengers));
    let crew = row_where(&rows, "a row of the crew", |r| r.label == "aboard (crew)");
    assert!(!crew.hard_conflict, "{:?}", figures_of(crew));
    assert_eq!(analysis.sources[0].meta.outlet, "Reuters");
}

/// Two reports of one earthquake whose magnitudes differ (each agency measures its own),
/// told in sentences that share few words: the magnitudes meet by their measure alone and are a
/// hard conflict that names whom each cites. A story that also gives an aftershock's
/// magnitude leads with either quake's, and is not met so.
#[test]
fn magnitudes_of_one_quake_meet_across_sources() {
    let reuters = "Strong quake kills at least 34 in western Nepal\n\nKATHMANDU (Reuters) - A magnitude 6.4 earthquake struck western Nepal late on Friday, killing at least 34 people, officials said.\n\nRescuers were searching for survivors, police said.\n";
    let ap = "Nepal earthquake death toll rises\n\nKATHMANDU, Nepal (AP) — A strong earthquake shook a remote mountainous region of western Nepal overnight, officials said Saturday.\n\nThe tremor measured magnitude 5.7, according to the U.S. Geological Survey.\n";
    let analysis = analyze_written("quake", &[("a.txt", reuters), ("b.txt", ap)]);
    let (l, conflict) = conflict_between(&analysis, "magnitude 6.4", "magnitude 5.7");
    assert!(
        l.reasons.first().is_some_and(|r| r.starts_with(REASON)),
        "{:?}",
        l.reasons
    );
    assert_eq!(conflict.severity, parallax_engine::model::Severity::Hard);
    assert!(
        conflict
            .explanation
            .contains("citing the U.S. Geological Survey"),
        "{}",
        conflict.explanation
    );

    let with_aftershock = ap.replace(
        "Geological Survey.",
        "Geological Survey.\n\nA magnitude 4.1 aftershock followed an hour later.",
    );
    let analysis = analyze_written("quake", &[("a.txt", reuters), ("b.txt", &with_aftershock)]);
    let (a, b) = (
        find(&analysis, "magnitude 6.4"),
        find(&analysis, "magnitude 5.7"),
    );
    assert!(link(&analysis, a, b).is_none());
}

/// Three reports of one election, each naming the parties its own way: the Figures table
/// gives a row per party and kind (the Socialists' seats, the Democratic Rally's seats, each
/// party's share of the vote), not one row of every seat count; the parliament's 230 seats
/// and the 116 a majority needs stand in none; and only the rows of figures a hard conflict
/// sets against each other are marked (the seats, not the shares, "29 percent" and "29.1%"
/// being one figure rounded).
#[test]
fn figures_of_one_party_stand_in_one_row_however_it_is_named() {
    let texts = [
        (
            "a.txt",
            "Centre-left alliance wins Portuguese election\n\nLISBON (Reuters) - Portugal's Socialist-led alliance won Sunday's parliamentary election with 41.4 percent of the vote, taking 117 of the 230 seats in parliament, official results showed on Monday.\n\nPrime Minister Ana Costa said she would seek a coalition with the Greens, who won 12 seats.\n",
        ),
        (
            "b.txt",
            "Portugal's Socialists win but fall short of majority\n\nLISBON, Portugal (AP) — Portugal's ruling Socialists won a general election on Sunday but fell short of a parliamentary majority, capturing 41 percent of the vote and 116 seats in the 230-seat assembly.\n\nThe main opposition Democratic Rally won 29 percent and 79 seats, according to results from the Interior Ministry.\n\nCosta said she would open talks with the Greens, who took 12 seats, to form a government.\n",
        ),
        (
            "c.txt",
            "Portugal election: Socialists claim victory\n\nBBC News\n\nThe Socialists of Prime Minister Ana Costa have won Portugal's snap election, with 41.4% of the vote and 117 seats.\n\nThey need 116 seats for an absolute majority in the 230-member parliament.\n\nThe centre-right Democratic Rally came second with 29.1% and 78 seats.\n",
        ),
    ];
    let analysis = analyze_written("election", &texts);
    let rows = figure_rows(&analysis);
    let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
    let socialists = row_where(&rows, "the Socialists' seats", |r| {
        r.label == "seats: Socialists"
    });
    assert_eq!(figures_of(socialists), ["117", "116", "117"], "{labels:?}");
    assert!(socialists.hard_conflict);
    let rally = row_where(&rows, "the Rally's seats", |r| {
        r.label == "seats: Democratic Rally"
    });
    // "came second with 29.1% and 78 seats": a party's place, its share and its seats.
    assert_eq!(figures_of(rally), ["79", "78"]);
    assert!(rally.hard_conflict);
    let greens = row_where(&rows, "the Greens' seats", |r| r.label == "seats: Greens");
    assert!(!greens.hard_conflict);
    let rally_share = row_where(&rows, "the Rally's share", |r| {
        r.label == "share of the vote: Democratic Rally (per cent)"
    });
    assert_eq!(figures_of(rally_share), ["29 percent", "29.1%"]);
    assert!(!rally_share.hard_conflict);
    assert!(
        !labels.contains(&"seats"),
        "no row of every party's seats: {labels:?}"
    );
}

/// Three reports of a no-confidence vote: the ayes each gives alone ("62 deputies backed
/// the motion", "68 lawmakers ... supported the motion") are a hard conflict of tallies,
/// and a minister's resignation dated two ways, in sentences the scorer does not link,
/// meets through the person who left ("resigned on Friday" against "stepped down last
/// Thursday").
#[test]
fn a_vote_told_by_one_side_and_a_resignation_told_of_two_days() {
    let texts = [
        (
            "a.txt",
            "Slovak PM Fico survives no-confidence vote\n\nBRATISLAVA (Reuters) - Slovak Prime Minister Robert Fico survived a no-confidence vote in parliament on Tuesday, with 71 of the 150 lawmakers voting against the motion brought by opposition parties.\n\nOnly 62 deputies backed the motion, which needed 76 votes to pass.\n\n\"The opposition has failed again,\" Fico told reporters after the vote.\n\nThe motion was filed after Economy Minister Denisa Sakova resigned on Friday over a gas deal with Russia.\n",
        ),
        (
            "b.txt",
            "Slovakia's Fico wins confidence vote amid protests\n\nBRATISLAVA, Slovakia (AP) — Slovakia's populist Prime Minister Robert Fico survived a no-confidence vote on Tuesday after 68 lawmakers in the 150-seat parliament supported the motion, eight short of the 76 needed.\n\n\"The opposition failed once more,\" Fico said.\n\nThousands protested in front of the government office in Bratislava on Monday evening.\n\nEconomy Minister Denisa Sakova stepped down last Thursday.\n",
        ),
    ];
    let analysis = analyze_written("vote", &texts);
    let (_, tally) = conflict_between(&analysis, "Only 62 deputies", "68 lawmakers");
    assert_eq!(tally.severity, parallax_engine::model::Severity::Hard);
    assert!(
        tally.explanation.contains("62 for"),
        "{}",
        tally.explanation
    );
    let (l, _) = conflict_between(
        &analysis,
        "resigned on Friday",
        "stepped down last Thursday",
    );
    assert!(
        l.reasons[0].starts_with(parallax_engine::conflict::claims::DAY_REASON),
        "{:?}",
        l.reasons
    );
}

/// Two reports of one mill fire that tell how many firefighters fought it deep in their
/// articles, in sentences that share few words, one of them beside a count of fire engines
/// at the scene: the counts of those at work meet by their measure alone and conflict.
/// Firefighters hurt are not those at work.
#[test]
fn counts_of_those_at_work_on_the_scene_meet_across_sources() {
    let first = "Fire guts textile mill in Harrow Vale\n\nHARROW VALE — A fire destroyed a disused textile mill in Harrow Vale overnight, the county fire service said on Sunday.\n\nNo one was inside the building when the blaze started, shortly before midnight.\n\nResidents of nearby streets were told to keep their windows closed because of the smoke.\n\nThe mill had stood empty since 2011 and was due to be turned into flats.\n\nSixty firefighters and 12 engines were at the scene when the roof fell in, the fire service said.\n\nTwo firefighters were treated for smoke inhalation.\n";
    let second = "Historic mill lost to blaze\n\nHARROW VALE — The old Brennan textile mill, a landmark of the town's industrial past, burned to the ground on Saturday night.\n\nThe cause is not yet known, and investigators will examine the site once it is safe.\n\nPlans to convert the building into housing had been approved last year.\n\nLocal people gathered on the hillside above the mill to watch the flames.\n\nAt its height, the operation drew in 95 firefighters from across the county, according to the fire service.\n";
    let analysis = analyze_written("mill fire", &[("a.txt", first), ("b.txt", second)]);
    let (l, conflict) = conflict_between(&analysis, "Sixty firefighters", "95 firefighters");
    assert!(
        l.reasons[0].starts_with(parallax_engine::conflict::claims::RESPONDERS_REASON),
        "{:?}",
        l.reasons
    );
    assert!(
        conflict
            .explanation
            .starts_with("responders at work: Sixty"),
        "{}",
        conflict.explanation
    );
    let (hurt, drawn) = (
        find(&analysis, "Two firefighters"),
        find(&analysis, "95 firefighters"),
    );
    assert!(
        link(&analysis, hurt, drawn).is_none_or(|l| l.relation != Relation::Conflict),
        "two firefighters treated are no count of those at work"
    );
}
