//! Tests of the number detector on written statements.

use super::*;
use crate::align::Features;
use crate::conflict::testing::{Written, run};

fn compare(a: &str, b: &str) -> Option<Finding> {
    let date = crate::model::Date::from_ymd_opt(2019, 5, 11);
    run(
        Written::new(a, "Daily Ledger").dated(date),
        Written::new(b, "Daily Ledger").dated(date),
        detect,
    )
}

/// The explanation of the conflict the pair is flagged for, which must be one.
fn explanation(a: &str, b: &str, why: &str) -> String {
    compare(a, b).expect(why).explanation
}

fn events(text: &str) -> Vec<(String, &'static str)> {
    let f = Features::unweighted(text, None);
    measured(&f, text)
        .into_iter()
        .map(|(q, m)| (q.text.clone(), m.event))
        .collect()
}

/// The figures of `text` read as counts of the killed or the injured.
fn harms(text: &str) -> Vec<(String, &'static str)> {
    events(text)
        .into_iter()
        .filter(|(_, e)| matches!(*e, "KILL" | "INJURE"))
        .collect()
}

#[test]
fn a_report_of_no_casualties_contradicts_a_toll() {
    let found = compare(
        "Local official Miabek Lang said at least 12 people had been killed and 20 wounded.",
        "Sources indicated that no one was killed or injured in the attack.",
    )
    .expect("a toll against none");
    assert_eq!(found.severity, Severity::Hard);
    assert!(
        found.explanation.contains("no one"),
        "{}",
        found.explanation
    );
    assert!(
        compare(
            "Twelve people were killed in the bombing.",
            "There were no casualties, officials said, after the bombing.",
        )
        .is_some()
    );
    // A negation that counts nothing is no figure.
    assert!(
        compare(
            "Twelve people were killed in the bombing.",
            "There was no comment on the bombing from the army.",
        )
        .is_none()
    );
}

#[test]
fn a_part_of_a_list_is_not_the_toll() {
    assert!(
        compare(
            "One transit officer and four city officers were killed.",
            "Five officers were killed in the ambush.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Two deputies and a trooper died in the shooting.",
            "Three officers were killed in the shooting.",
        )
        .is_none()
    );
    assert!(
        compare(
            "The gunman killed two city officers -- a sergeant and a corporal -- and a county sheriff's deputy.",
            "The gunman killed three officers.",
        )
        .is_none()
    );
    // "and" starting another clause is not a list.
    assert!(
        compare(
            "The gunman killed two officers and wounded a deputy.",
            "The gunman killed three officers.",
        )
        .is_some()
    );
    assert!(
        compare(
            "3 women, man, toddler slain at a backyard party",
            "Five people were killed at a backyard party.",
        )
        .is_none()
    );
    // A bare count after a comma and "and", its verb right after it, opens its own clause.
    assert!(
        compare(
            "Gunmen stormed a hotel, taking 170 people hostage, and at least 27 were killed before special forces freed the captives.",
            "The siege ended with 19 people dead, not counting two attackers.",
        )
        .is_some()
    );
    // A bare count after its verb ends its clause at a comma.
    assert!(
        compare(
            "Indian jet crash kills 73, one survivor found",
            "Plane crashes into homes after takeoff, killing 74",
        )
        .is_some()
    );
    // An aside of members between a count and its verb is passed over to the verb.
    assert!(
        compare(
            "A gunman opened fire at a mall, killing five people before police shot him dead.",
            "Eight people, including children, were killed when a gunman opened fire at a mall.",
        )
        .is_some()
    );
    // Members of the count after "including" are no other item of a list.
    assert!(
        compare(
            "The attacker also wounded eight people, including a nine-month-old baby.",
            "Twelve people were wounded in the attack, police said.",
        )
        .is_some()
    );
}

#[test]
fn partitives_others_and_earlier_tallies_are_parts() {
    assert!(
        compare(
            "Three of those killed were on holiday with their families.",
            "Five people were killed at the terminal.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Like the other five suspects held, he is charged with assault.",
            "Ten men were arrested after the brawl.",
        )
        .is_none()
    );
    assert!(
        compare(
            "The last two officers slain in the county died in 2009.",
            "One officer was killed on Friday.",
        )
        .is_none()
    );
}

/// Issue 12's verdict model: figures that may both be true (a bound, a rounding, another
/// precision) are agreement with different precision, never a conflict; figures that cannot
/// both be true still are.
#[test]
fn compatible_figures_are_no_conflict() {
    for (a, b) in [
        (
            "At least eight police officers were killed.",
            "Thirteen police officers were killed.",
        ),
        (
            "The price of gas nearly doubled.",
            "The price of gas doubled.",
        ),
        (
            "More than 1,000 people were injured.",
            "Thousands of people were injured.",
        ),
        (
            "Yida is home to more than 22,000 refugees.",
            "Yida is home to about 20,000 refugees.",
        ),
        // One share rounded two ways.
        (
            "The Conservatives won 36.9 percent of the vote.",
            "The Conservatives took 37 percent of the vote.",
        ),
    ] {
        assert!(compare(a, b).is_none(), "{a} / {b}");
    }
    let f = compare(
        "Eight police officers were killed.",
        "Thirteen police officers were killed.",
    )
    .expect("eight and thirteen cannot both be true");
    assert_eq!(f.severity, crate::model::Severity::Hard);
    // 30.4 rounds to 30, not 31.
    assert!(
        compare(
            "Labour won 30.4 percent of the vote.",
            "Labour took 31 percent of the vote.",
        )
        .is_some()
    );
}

#[test]
fn loose_figures_that_only_touch_are_a_soft_conflict() {
    let f = compare(
        "Police said as many as 20,000 people took to the streets of the capital.",
        "Tens of thousands of people took to the streets of the capital.",
    )
    .expect("up to 20,000 and tens of thousands meet at 20,000 only");
    assert_eq!(f.severity, crate::model::Severity::Soft);
    assert!(
        f.explanation
            .contains("the figures meet only at 20,000: both hold only if it was exactly that"),
        "{}",
        f.explanation
    );
    // A figure that is one value lies wholly within the other's interval.
    assert!(
        compare(
            "At least 12 people were killed.",
            "Twelve people were killed."
        )
        .is_none()
    );
    // Ranges that share more than a point may both be true.
    assert!(
        compare(
            "Tens of thousands of people took to the streets.",
            "An estimated 90,000 people took to the streets."
        )
        .is_none()
    );
}

#[test]
fn a_sum_told_by_its_order_alone_is_any_sum_of_that_order() {
    assert!(
        compare(
            "Toledo was sentenced for receiving millions of dollars in bribes from Odebrecht.",
            "A court found Toledo guilty of taking $31m in bribes from Odebrecht.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Toledo was convicted of taking $35 million in bribes from Odebrecht.",
            "A court found Toledo guilty of taking $31m in bribes from Odebrecht.",
        )
        .is_some()
    );
}

#[test]
fn approximations_each_outside_the_others_margin_are_a_soft_conflict() {
    let f = compare(
        "The boat left the coast late on Tuesday with about 80 people on board, survivors said.",
        "Survivors said the vessel had left the coast on Tuesday night carrying around 100 people.",
    )
    .expect("about 80 and around 100: each outside the other's margin");
    assert_eq!(f.severity, crate::model::Severity::Soft);
    assert!(
        f.explanation
            .contains("both are approximations, but each figure lies outside the other's margin"),
        "{}",
        f.explanation
    );
    // A figure approached is an approximation too.
    assert!(
        compare(
            "Some 70,000 people have left their homes in Rio Grande do Sul state, the civil defense agency said.",
            "Nearly 81,000 people have been displaced in Rio Grande do Sul state, the civil defense agency said.",
        )
        .is_some_and(|f| f.severity == crate::model::Severity::Soft),
        "some 70,000 against nearly 81,000"
    );
    // One approximation holding the other's figure is a difference of precision.
    assert!(
        compare(
            "The boat left with about 80 people on board.",
            "The boat left carrying around 90 people."
        )
        .is_none()
    );
}

#[test]
fn who_a_count_is_cited_from_or_a_thing_after_it_is_no_item_of_a_list() {
    for text in [
        "Rescuers pulled 25 survivors from the water, the coast guard said.",
        "Rescuers pulled 25 survivors from the water, and a search was underway for dozens more.",
    ] {
        assert_eq!(events(text), [("25".to_string(), "RESCUE")], "{text}");
    }
    // An adjective of a part before a count makes it one of any measure, hostages too.
    assert!(
        events("Police said the suspect was arrested after releasing the last three hostages.")
            .is_empty()
    );
    // A relative or a friend after a count is one more person of a list: the count is a
    // part ("two children and their father": three dead).
    for text in [
        "Two children and their father were found dead in a vehicle.",
        "The gunman killed four members of their family and a family friend.",
    ] {
        assert!(harms(text).is_empty(), "{text}: {:?}", harms(text));
    }
}

#[test]
fn the_whole_a_part_is_taken_from_measures_no_happening() {
    // "two of the three victims died": three is the group, not the dead.
    assert!(
        compare(
            "Local news originally reported that two of the three victims died.",
            "Gunman kills 1, wounds 2 at accounting office.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Five of 12 passengers were killed in the crash.",
            "Ten passengers were killed in the crash.",
        )
        .is_none()
    );
    // A figure after "of" with no figure before it is still read.
    assert!(
        compare(
            "The deaths of three victims were confirmed; three people were killed.",
            "One person was killed.",
        )
        .is_some()
    );
}

#[test]
fn a_group_count_is_a_part_of_the_toll() {
    // Two officers among three dead: no contradiction.
    assert!(
        compare(
            "Three were killed at the courthouse.",
            "Two police officers were killed at the courthouse.",
        )
        .is_none()
    );
    // More officers dead than people dead: a contradiction.
    assert!(
        compare(
            "Two were killed at the courthouse.",
            "Four police officers were killed at the courthouse.",
        )
        .is_some()
    );
}

/// Found by setting the tolls the engine reads from the news corpus's shootings against
/// the Gun Violence Archive's record (`parallax eval --record`).
#[test]
fn a_count_of_the_accused_is_no_toll_of_their_victims() {
    for text in [
        "Three men indicted in the shooting death of a teenager",
        "Two brothers were charged Friday with killing a store clerk.",
        "The two are accused of murdering a mother of three.",
        "Police are looking for two suspects in the death of a bus driver.",
        "Two suspects charged in shooting that injured a child",
    ] {
        assert_eq!(harms(text), [], "{text}");
    }
    // What is done to the suspects themselves is counted.
    assert_eq!(
        events("Two suspects were killed in the exchange of fire."),
        [("Two".to_string(), "KILL")]
    );
    assert_eq!(
        events("2 suspects killed after a police chase"),
        [("2".to_string(), "KILL")]
    );
    assert!(
        events("Two suspects were arrested in the killing of a teenager.")
            .iter()
            .any(|(q, e)| q == "Two" && *e != "KILL" && *e != "INJURE"),
        "{:?}",
        events("Two suspects were arrested in the killing of a teenager.")
    );
    // The accused's own toll still counts: "accused of killing 2".
    assert_eq!(
        events("A man accused of killing 2 at a nightclub was arrested."),
        [("2".to_string(), "KILL")]
    );
}

#[test]
fn the_gunmans_own_death_is_no_toll_of_those_he_shot_at() {
    assert_eq!(
        harms("The gunman shot at a dozen people before killing himself."),
        []
    );
    assert_eq!(
        harms("He held two people hostage before being fatally shot by officers."),
        []
    );
    assert_eq!(harms("Police release 2 held after killing of girl, 7"), []);
    assert_eq!(
        events("The gunman killed 3 people before killing himself."),
        [("3".to_string(), "KILL")]
    );
    assert_eq!(
        events("A man who fatally shot seven people before killing himself was drunk."),
        [("seven".to_string(), "KILL")]
    );
}

#[test]
fn a_count_of_the_unharmed_is_no_toll() {
    for text in [
        "Two adults inside the home were not hurt.",
        "Those two children were not injured.",
        "One person inside the apartment has not been injured.",
        "Two people weren't injured in the shooting.",
        "One man inside the home wasn’t hurt.",
    ] {
        assert_eq!(harms(text), [], "{text}");
    }
    // A negation elsewhere in the phrase denies nothing of the harm.
    assert_eq!(
        events("Two people not from the town were killed."),
        [("Two".to_string(), "KILL")]
    );
}

/// A word of harm after "of" and before a thing's noun describes the thing: "hundreds of
/// dead fish" are no toll of people; "two dead overnight" and "dozens of dead, officials
/// said" are.
#[test]
fn dead_fish_are_no_toll() {
    assert!(
        harms("Residents reported hundreds of dead fish washing up near the bridge.").is_empty()
    );
    assert_eq!(
        harms("The storm left two dead overnight in the valley."),
        [("two".to_string(), "KILL")]
    );
    assert_eq!(
        harms("The blast left dozens of dead, officials said."),
        [("dozens".to_string(), "KILL")]
    );
}

/// The bodies found are a part of the dead: more bodies than dead contradict a toll told
/// up to the same hour, fewer do not.
#[test]
fn bodies_found_are_at_least_the_dead() {
    assert_eq!(
        harms("By midday 43 bodies had been recovered from the lake."),
        [("43".to_string(), "KILL")]
    );
    let found = explanation(
        "The directorate said at midday that 43 bodies had been recovered from the lake since the disaster.",
        "By noon on Sunday the directorate had confirmed 34 deaths.",
        "more bodies than dead",
    );
    assert!(found.contains("43") && found.contains("34"), "{found}");
    assert!(
        compare(
            "Rescuers had pulled nine bodies from the mud by Wednesday morning.",
            "By 8 a.m. on Wednesday the agency had confirmed 14 deaths.",
        )
        .is_none()
    );
}

#[test]
fn hostages_are_people_held_freed_or_killed() {
    assert_eq!(
        events("Gunmen stormed the hotel, taking 170 people hostage."),
        [("170".to_string(), "HOSTAGE")]
    );
    assert_eq!(
        events("The gunmen took 20 hostages at the store."),
        [("20".to_string(), "HOSTAGE")]
    );
    assert_eq!(
        events("In all, 35 hostages were freed and 21 hostages were killed."),
        [("35".to_string(), "RESCUE"), ("21".to_string(), "KILL")]
    );
    assert_eq!(
        events("Officers were able to rescue 30 hostages and lead them to safety."),
        [("30".to_string(), "RESCUE")]
    );
    // Hostages let go are freed, not held.
    assert_eq!(
        events("Four more hostages were let go in pairs through the side door."),
        [("Four".to_string(), "RESCUE")]
    );
    // Those brought to safety are rescued.
    assert_eq!(
        events("About 40 people were led to safety down a back stairway."),
        [("About 40".to_string(), "RESCUE")]
    );
    // Two tolls of hostages killed meet.
    let found = explanation(
        "At least 37 hostages were killed in the siege, the prime minister said.",
        "Officials said 25 hostages were killed in the siege.",
        "two tolls of the hostages",
    );
    assert!(found.contains("37") && found.contains("25"), "{found}");
    // Hostages are a group of their own, whatever noun counts those held.
    for text in [
        "Gunmen stormed the hotel, taking 170 people hostage.",
        "Security forces ended the siege, freeing 35 hostages.",
        "Two hostages were killed.",
    ] {
        let f = Features::unweighted(text, None);
        let populations: Vec<_> = measured(&f, text)
            .iter()
            .map(|(_, m)| m.population)
            .collect();
        assert_eq!(populations, [Population::Hostages], "{text}");
    }
    // Those freed, counted two ways, meet however the statements are worded.
    let found = explanation(
        "Security forces ended the 10-hour siege on Saturday morning, freeing 35 hostages.",
        "Special forces stormed the building early on Saturday, rescuing 42 hostages.",
        "35 hostages freed against 42 rescued",
    );
    assert!(found.starts_with("hostages rescued: 35"), "{found}");
    // Hostages killed are a part of a toll of everyone.
    assert!(
        compare(
            "Officials said 21 hostages were killed in the siege.",
            "At least 30 people were killed in the siege, officials said.",
        )
        .is_none()
    );
}

#[test]
fn others_hurt_after_a_count_of_the_dead_are_all_the_hurt() {
    for (text, others) in [
        (
            "A gunman opened fire at a mall, killing eight people and wounding seven others.",
            "seven",
        ),
        ("1 dead, 7 others hurt in mall shooting", "7"),
        (
            "At least 56 people were killed and 55 others injured when a suicide bomber struck.",
            "55",
        ),
        (
            "One person was killed and five others were hurt in the shooting.",
            "five",
        ),
    ] {
        assert!(
            harms(text)
                .iter()
                .any(|(figure, event)| figure == others && *event == "INJURE"),
            "{text}: {:?}",
            harms(text)
        );
    }
    let found = explanation(
        "A gunman opened fire at a mall, killing eight people and wounding seven others.",
        "Eight victims were killed and at least nine people were injured at the mall.",
        "seven others wounded against at least nine",
    );
    assert!(found.starts_with("people injured: seven"), "{found}");
    // Others of the same harm, or with no count before, are a part.
    for text in [
        "Two police officers and three others were injured.",
        "A man shot his wife, wounding two others.",
    ] {
        assert!(
            !harms(text)
                .iter()
                .any(|(figure, _)| figure == "three" || figure == "two"),
            "{text}: {:?}",
            harms(text)
        );
    }
    // Others opening their statement, after a toll told before it, are all the wounded;
    // not those still in hospital, nor others beside someone hurt.
    assert_eq!(
        harms("Fourteen others were wounded, five of them seriously, the officials said."),
        [
            ("Fourteen".to_string(), "INJURE"),
            ("five".to_string(), "INJURE")
        ]
    );
    for text in [
        "Four others remained hospitalized late Thursday afternoon.",
        "Two people are in critical condition, four others hurt after a shooting outside a club.",
        "A man was fighting for his life and four others were hospitalized.",
    ] {
        assert!(
            !harms(text)
                .iter()
                .any(|(figure, _)| figure == "four" || figure == "Four"),
            "{text}: {:?}",
            harms(text)
        );
    }
}

#[test]
fn a_count_followed_by_including_is_the_whole() {
    for (text, whole) in [
        ("The attack killed 10 people, including two children.", "10"),
        ("Ten people died, including three police officers.", "Ten"),
    ] {
        assert!(
            harms(text).iter().any(|(figure, _)| figure == whole),
            "{text}: {:?}",
            harms(text)
        );
    }
    // A count of an earlier time is background.
    assert!(
        compare(
            "Police said Gray has four prior arrests, including charges of larceny.",
            "Over 50 arrests have been made over four nights of protesting.",
        )
        .is_none()
    );
}

#[test]
fn a_part_of_one_sex_or_age_is_compared_with_the_same_part() {
    let found = explanation(
        "Among the dead were three children, the youngest aged three.",
        "Two children were among those killed.",
        "three children among the dead against two",
    );
    assert!(found.starts_with("children killed: three"), "{found}");
    // A part takes the harm told since the figure before it, not a count's before that.
    assert_eq!(
        events("Two people are dead and seven people are injured, including one child."),
        [
            ("Two".to_string(), "KILL"),
            ("seven".to_string(), "INJURE"),
            ("one".to_string(), "INJURE")
        ]
    );
    assert!(
        !events("One man died and four others, including one woman, were injured.")
            .iter()
            .any(|(figure, _)| figure == "one")
    );
    for (a, b) in [
        // A part against the whole.
        (
            "Among the dead were three children.",
            "Eight people were killed in the attack.",
        ),
        // "Four men were hospitalized" is all those hospitalized, not a part.
        (
            "Three men were wounded in the attack.",
            "Among the wounded were two children.",
        ),
    ] {
        assert!(compare(a, b).is_none(), "{a} / {b}");
    }
}

#[test]
fn those_left_without_power_are_a_measure_of_their_own() {
    let found = compare(
        "More than 2.5 million homes and businesses lost power, according to PowerOutage.us.",
        "Some 1.8 million customers were without electricity on Thursday morning.",
    )
    .expect("2.5 million against 1.8 million without power");
    assert_eq!(found.severity, Severity::Soft, "{}", found.explanation);
    assert!(
        found
            .explanation
            .starts_with("without power: More than 2.5 million"),
        "{}",
        found.explanation
    );
    // Homes destroyed are no outage.
    assert!(
        compare(
            "The storm destroyed 2,000 homes and left thousands homeless.",
            "Some 1.8 million customers were without electricity on Thursday.",
        )
        .is_none()
    );
}

#[test]
fn whom_a_statement_cites_after_a_comma_is_no_population() {
    let found = explanation(
        "A truck drove into the market, killing 12 people and injuring 48, police said.",
        "Twelve people were killed and 56 were wounded at the market, officials said.",
        "48 injured, police said, against 56 wounded",
    );
    assert!(found.starts_with("people injured: 48"), "{found}");
}

#[test]
fn a_place_after_a_count_is_no_population() {
    let found = explanation(
        "A suicide bomber killed 31 people and wounded 48 at a crowded market on Saturday.",
        "Thirty-one people were killed and 19 others injured in the bombing on Saturday.",
        "48 wounded at a crowded market against 19 injured",
    );
    assert!(found.starts_with("people injured: 48"), "{found}");
}

#[test]
fn a_verb_after_a_count_is_no_population() {
    // "forcing" meets "forces" by its stem only: the count is of people, not troops.
    let text = "A levee gave way, killing one man and forcing 2,000 people from their homes.";
    let f = Features::unweighted(text, None);
    let populations: Vec<(String, Population)> = measured(&f, text)
        .into_iter()
        .filter(|(_, m)| m.event == "KILL")
        .map(|(q, m)| (q.text.clone(), m.population))
        .collect();
    assert_eq!(populations, [("one".to_string(), Population::Unknown)]);
    // A noun of the population is one still: "killing two soldiers".
    let text = "The blast killed two soldiers and wounded four.";
    let f = Features::unweighted(text, None);
    assert!(
        measured(&f, text)
            .iter()
            .any(|(_, m)| m.event == "KILL" && m.population == Population::Troops)
    );
}

#[test]
fn words_of_another_clause_make_no_part_of_a_toll() {
    // "found" after a count marks a part ("two found dead in the car"), but not past "after".
    assert_eq!(
        harms("The death toll has risen to 2 after police found a body in the river."),
        [("2".to_string(), "KILL")]
    );
}

#[test]
fn members_of_a_body_who_abstained_are_counted() {
    let found = explanation(
        "Three lawmakers abstained in the vote on Saturday.",
        "Two lawmakers abstained, the speaker said.",
        "two counts of those who abstained",
    );
    assert!(found.starts_with("people abstained: Three"), "{found}");
}

#[test]
fn responders_are_a_group_of_their_own() {
    let found = explanation(
        "Two firefighters were injured and one civilian died, officials said.",
        "Three civilians have been killed and three firefighters were hurt.",
        "two tolls of firefighters hurt",
    );
    assert!(found.starts_with("responders injured"), "{found}");
    // A civilian counted alone is one of the people.
    assert_eq!(
        events("One civilian died in the fire."),
        [("One".to_string(), "KILL")]
    );
    // Firefighters hurt are a part of a toll of everyone.
    assert!(
        compare(
            "Two firefighters were injured battling the blaze.",
            "Ten people were injured in the fire, officials said.",
        )
        .is_none()
    );
}

#[test]
fn a_disasters_displaced_and_rescued_in_the_outlets_words() {
    assert_eq!(
        events("More than 24,000 people have been forced from their homes, officials said."),
        [("More than 24,000".to_string(), "DISPLACE")]
    );
    assert_eq!(
        events("Rescue teams have saved about 3,000 people by boat and helicopter."),
        [("about 3,000".to_string(), "RESCUE")]
    );
    // An order to evacuate is a measure of its own, not an evacuation done.
    for text in [
        "Some 27,000 residents have been ordered to evacuate.",
        "Authorities said 52,000 people were under evacuation orders.",
    ] {
        assert_eq!(events(text).len(), 1, "{text}");
        assert_eq!(events(text)[0].1, "EVACORDER", "{text}");
    }
    let found = explanation(
        "Some 27,000 residents have been ordered to evacuate.",
        "Authorities said 52,000 people were under evacuation orders.",
        "two counts of those ordered out",
    );
    assert!(
        found.starts_with("people ordered to evacuate: Some 27,000"),
        "{found}"
    );
    assert!(
        compare(
            "Some 27,000 residents have been ordered to evacuate.",
            "About 12,000 people have been evacuated so far.",
        )
        .is_none()
    );
}

/// The pair is flagged as a soft conflict whose explanation says `why`.
fn assert_soft_because(a: &str, b: &str, why: &str) {
    let found = compare(a, b).expect(why);
    assert_eq!(found.severity, Severity::Soft, "{}", found.explanation);
    assert!(found.explanation.contains(why), "{}", found.explanation);
}

/// The pair is no conflict, and `rule` is among what decided its figures.
fn assert_kept_by(a: &str, b: &str, rule: Rule) {
    assert!(compare(a, b).is_none(), "{a} / {b}");
    let checks = crate::conflict::testing::verdicts(("", a, b), |x, y, c| {
        super::detect_traced(x, y, c).map(|(f, _)| f)
    });
    assert!(checks.contains(&Verdict::Kept(rule)), "{checks:?}");
}

/// `earlier` against `later` is a soft difference explained as an update when `later`'s
/// article opens with `risen` (a toll risen), and hard when it opens with `plain`.
fn assert_an_update_is_timing(earlier: &str, later: &str, risen: &str, plain: &str) {
    let found = against_article_led_by(earlier, later, risen);
    assert_eq!(found.severity, Severity::Soft, "{}", found.explanation);
    assert!(
        found.explanation.contains("an update"),
        "{}",
        found.explanation
    );
    let found = against_article_led_by(earlier, later, plain);
    assert_eq!(found.severity, Severity::Hard, "{}", found.explanation);
}

/// The finding on `earlier` (the Daily Ledger's) against `later`, whose article (the Evening
/// Post's) opens with `headline`.
fn against_article_led_by(earlier: &str, later: &str, headline: &str) -> Finding {
    run(
        Written::new(earlier, "Daily Ledger"),
        Written::new(later, "Evening Post").led_by(headline),
        detect,
    )
    .expect("a conflict")
}

/// The pair is flagged as a hard conflict.
fn assert_hard(a: &str, b: &str) {
    let found = compare(a, b).expect("a conflict");
    assert_eq!(found.severity, Severity::Hard, "{}", found.explanation);
}

#[test]
fn the_level_of_a_number_of_people_counts_what_its_words_name() {
    // "The number of people still missing": missing people, whatever the verb of its level.
    assert_hard(
        "At the evening briefing, spokesman Jonas Pereth said 46 people were still missing.",
        "At a briefing late on Sunday, the authority put the number of people still unaccounted for at 64.",
    );
    assert_hard(
        "Hospital officials put the number of injured at 120.",
        "Eighty people were injured, hospital officials said.",
    );
    // A statement that tells its count rose from the other's figure: soft, and said so.
    assert_soft_because(
        "Another 40 or so people were still unaccounted for, the agency said.",
        "The number of people listed as missing rose to 52 on Thursday morning, up from about 40 a day earlier.",
        "rose from about 40",
    );
}

#[test]
fn a_toll_told_as_risen_is_a_soft_difference_of_timing() {
    assert_soft_because(
        "Suicide bomber kills 50 at Peshawar mosque",
        "The death toll from Friday's suicide bombing at the Peshawar mosque has risen to 62.",
        "has risen",
    );
    // A toll not told as risen stays hard.
    assert_hard(
        "Suicide bomber kills 50 at Peshawar mosque",
        "The suicide bombing at the Peshawar mosque killed 62 people.",
    );
    // An article that opens with a toll risen is an update: its other counts that grow may
    // have risen too.
    let lower = "A suicide bomber killed at least 22 people and wounded 58 at a wedding hall.";
    let higher =
        "A suicide bombing at a wedding hall killed 63 people and wounded 182, the ministry said.";
    assert_an_update_is_timing(
        lower,
        higher,
        "Kabul wedding bombing: death toll rises to 63",
        "Kabul wedding bombing kills 63",
    );
    // A lower toll published later than the one told as risen is no earlier count of it.
    let date = crate::model::Date::from_ymd_opt(2024, 4, 6);
    let at = |h: u32| chrono::NaiveTime::from_hms_opt(h, 0, 0);
    let found = run(
        Written::new(
            "The death toll from the ferry fire has risen to 14.",
            "Daily Ledger",
        )
        .dated(date)
        .at(at(9)),
        Written::new(
            "The ferry fire killed 11 people, officials said.",
            "Evening Post",
        )
        .dated(date)
        .at(at(18)),
        detect,
    )
    .expect("14 against 11");
    assert_eq!(found.severity, Severity::Hard, "{}", found.explanation);
}

#[test]
fn an_incident_told_by_its_rank_is_one_of_several() {
    let checks = traced(
        "The second shooting happened about a mile away, where two people were killed at a car wash.",
        "A man fatally shot four people in two villages on Wednesday.",
    );
    assert!(
        checks
            .iter()
            .all(|(_, _, v)| *v == Verdict::Kept(Rule::OneSceneOfSeveral)),
        "{checks:?}"
    );
    assert!(!checks.is_empty());
    // Both told by the rank: one incident, compared.
    assert!(
        compare(
            "The second shooting in the city this week killed three people.",
            "The city's second shooting this week left four people dead.",
        )
        .is_some()
    );
}

#[test]
fn a_possessive_ends_no_clause_of_a_toll() {
    assert_eq!(
        events("The death toll from floods in Brazil's southernmost state rose to 56 on Friday."),
        [("56".to_string(), "KILL")]
    );
    assert_eq!(
        events("The plane’s 227 passengers and 12 crew members are presumed dead."),
        [("227".to_string(), "KILL"), ("12".to_string(), "KILL")]
    );
}

#[test]
fn a_sum_or_a_share_is_no_toll() {
    for text in [
        "Bail was set at $1 million for a man accused of killing three relatives.",
        "Police offered a $10,000 reward for information leading to an arrest.",
        "A fundraising page raised more than $5,000 for the family of the man killed.",
        "Seat belts were worn by 75% of those killed in crashes last year.",
    ] {
        let read = events(text);
        assert!(
            read.iter()
                .all(|(q, _)| !q.contains('$') && !q.contains('%')),
            "{text}: {read:?}"
        );
    }
}

#[test]
fn each_figure_takes_its_own_verb() {
    assert_eq!(
        events("The gunman kills 2, injures 4 at an apartment complex"),
        [("2".to_string(), "KILL"), ("4".to_string(), "INJURE")]
    );
    // "one man inside the club" counts a man (a place ends what is counted), killed.
    assert_eq!(
        events("He hurt 15 people and killed one man inside the club."),
        [("15".to_string(), "INJURE"), ("one".to_string(), "KILL")]
    );
    assert!(
        events("Police fired on more than 100 people, wounding 13.")
            .iter()
            .all(|(q, _)| q != "more than 100")
    );
    assert!(events("Two suspects charged in deadly club shooting").is_empty());
    assert!(
        events("One woman in her 20s died at the scene.")
            .iter()
            .all(|(q, _)| q != "20")
    );
}

#[test]
fn the_same_figure_with_an_inclusive_bound_is_not_a_conflict() {
    assert!(
        compare(
            "At least three officers were killed on Sunday.",
            "Three officers were killed on Sunday.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Police say several people were injured in the shooting.",
            "The shooting injured nine people.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Rioters attacked a news van, injuring at least two people.",
            "At least 70 people have been injured in the riots.",
        )
        .is_none()
    );
    assert!(
        compare(
            "More than 700 people have been killed in the city so far this year.",
            "Five people were killed in the shooting.",
        )
        .is_none()
    );
    assert!(
        compare(
            "He killed two more people during carjackings.",
            "He killed three people.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Medics transported six people suffering from gunshot wounds.",
            "The gunfire wounded eight people.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Officers arrived and found two people dead in the kitchen.",
            "Four people were killed in the attacks across the county.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Upon arrival, officers located four victims suffering from gunshot wounds.",
            "The shooting left five people injured.",
        )
        .is_none()
    );
    assert!(
        compare(
            "An ambulance crew took three people to Memorial Hospital.",
            "Four people were injured in the shooting.",
        )
        .is_none()
    );
    let hard = compare(
        "Sixteen people were injured in the shooting.",
        "The shooting injured 15 people.",
    )
    .expect("16 vs 15 injured");
    assert_eq!(hard.severity, Severity::Hard);
}

type DatedSentence = (&'static str, &'static str, (i32, u32, u32));

fn compare_dated(a: DatedSentence, b: DatedSentence) -> Option<Finding> {
    let written = |(text, outlet, (y, m, d)): DatedSentence| {
        Written::new(text, outlet).dated(crate::model::Date::from_ymd_opt(y, m, d))
    };
    run(written(a), written(b), detect)
}

#[test]
fn one_scene_of_several_is_a_part_of_the_toll() {
    assert!(
        compare(
            "Two people were killed at the tavern on Elm Road.",
            "Six people were killed in four separate shootings across the county.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Police said three people died at the first house.",
            "Five died in a shooting spree that spanned several scenes.",
        )
        .is_none()
    );
    // Tolls of different numbers of incidents are of different sets of them.
    assert!(
        compare(
            "A bloody weekend in Detroit left seven people dead and 14 others injured in 17 shootings across the city, police said.",
            "A spate of three shootings over three hours Friday night resulted in two deaths and at least six injured, police said.",
        )
        .is_none()
    );
    // Two totals of one set of incidents are compared.
    assert!(
        compare(
            "Police said three people were killed in two shootings on the city's east side on Saturday.",
            "Two shootings on the east side on Saturday left four people dead, police said.",
        )
        .is_some()
    );
    // Two totals of the same spree still disagree.
    assert!(
        compare(
            "Four people died in the shooting spree.",
            "Five died in the shooting spree.",
        )
        .is_some()
    );
    // The whole statement breaks its total down into the other's figure.
    assert!(
        compare(
            "Three people were killed at the diner, officials said.",
            "Four shot dead downtown: 3 men at diner, woman in car park",
        )
        .is_none()
    );
}

#[test]
fn a_spree_alone_is_not_several_scenes() {
    assert!(
        compare(
            "The shooting in the town injured five people, police said.",
            "Eight injured, suspect arrested in shooting spree",
        )
        .is_some()
    );
}

#[test]
fn a_wave_of_violence_is_a_total() {
    assert!(
        compare(
            "A weekend outbreak of violence left 20 people shot, 6 fatally, police said.",
            "One man was killed in a shooting on the east side.",
        )
        .is_none()
    );
}

#[test]
fn one_place_against_an_article_of_several_scenes_is_a_part() {
    let article = "Four dead after gunman opens fire on relatives\n\n\
        Four people were killed on Friday at three separate locations, police said.";
    let found = |article: &'static str| {
        run(
            Written::new(
                "Two killed in shooting at a home on Elm Street",
                "Daily Ledger",
            ),
            Written::new(
                "Four dead after gunman opens fire on relatives",
                "Evening Post",
            )
            .in_article(article),
            detect,
        )
    };
    assert!(found(article).is_none());
    // An article of one scene: a disagreement.
    assert!(found("Four dead after gunman opens fire on relatives").is_some());
}

#[test]
fn one_day_against_a_running_total_is_a_part() {
    assert!(
        compare(
            "Police arrested 200 people on Thursday in the capital.",
            "More than 1,000 people have been arrested since the protests began.",
        )
        .is_none()
    );
    // A total as of a time is a running total too.
    assert!(
        compare(
            "Police arrested three people on Saturday in the capital.",
            "As of late Saturday, at least 10 suspects had been arrested.",
        )
        .is_none()
    );
    // Two running totals disagree.
    assert!(
        compare(
            "Police have arrested 200 people since the protests began.",
            "More than 1,000 people have been arrested since the protests began.",
        )
        .is_some()
    );
}

/// Every pair of figures the detector compared between two outlets' statements of one day,
/// with its verdict.
fn traced(a: &str, b: &str) -> Vec<(String, String, Verdict)> {
    let date = crate::model::Date::from_ymd_opt(2019, 5, 11);
    let mut checks = Vec::new();
    run(
        Written::new(a, "Daily Ledger").dated(date),
        Written::new(b, "Evening Post").dated(date),
        |x, y| detect_traced(x, y, &mut checks),
    );
    checks
        .into_iter()
        .map(|c| (c.value_a, c.value_b, c.verdict))
        .collect()
}

#[test]
fn every_compared_pair_says_which_rule_decided() {
    assert_eq!(
        traced(
            "Police arrested 200 people on Thursday in the capital.",
            "More than 1,000 people have been arrested since the protests began.",
        ),
        [(
            "200".to_string(),
            "More than 1,000".to_string(),
            Verdict::Kept(Rule::OneDayOfRunningTotal)
        )]
    );
    assert_eq!(
        traced(
            "Eight people were killed in the attack.",
            "Eight people were killed in the attack, police said.",
        ),
        [(
            "Eight".to_string(),
            "Eight".to_string(),
            Verdict::Kept(Rule::SameFigure)
        )]
    );
    let flagged = traced(
        "Twelve people were killed in the bombing.",
        "Nobody was killed in the bombing, officials said.",
    );
    assert_eq!(flagged.len(), 1);
    assert_eq!(flagged[0].2, Verdict::Flagged(Severity::Hard));
}

#[test]
fn a_count_of_the_wounded_may_include_the_dead() {
    assert!(
        compare(
            "Police said 10 people were wounded.",
            "The shooting left one man dead and nine injured.",
        )
        .is_none()
    );
    // A count that gives its dead apart does not include them.
    assert!(
        compare(
            "Two are dead and 18 people are injured.",
            "Up to 16 were injured in the gunfire.",
        )
        .is_some()
    );
}

#[test]
fn an_aim_is_no_count() {
    assert!(
        compare(
            "Police said he likely hoped to kill hundreds.",
            "Five people were killed in the attack.",
        )
        .is_none()
    );
}

#[test]
fn a_place_within_a_nationwide_figure_is_a_part() {
    assert!(
        compare(
            "As many as 20,000 people took to the streets of Lagos.",
            "An estimated 100,000 people took to the streets in a nationwide strike.",
        )
        .is_none()
    );
    assert!(
        compare(
            "The march was attended by 200,000 people, organisers said of the protest.",
            "An estimated 100,000 people took to the streets in a nationwide strike.",
        )
        .is_some()
    );
}

#[test]
fn one_country_against_a_figure_of_it_and_another_is_a_part() {
    let both = "A magnitude 7.8 earthquake struck southern Turkey and northwest Syria before dawn on Monday, killing more than 2,300 people, officials said.";
    for part in [
        "In Turkey, the death toll rose to 1,651, the disaster management agency said.",
        "In Syria, the toll climbed to 968 in government-held areas and the rebel-held northwest.",
    ] {
        assert!(compare(both, part).is_none(), "{part}");
    }
    // A part larger than the whole still contradicts it; one country against one is compared.
    assert!(
        compare(
            "The earthquake killed 2,300 people in Turkey and Syria, officials said.",
            "In Turkey, the death toll rose to 2,651, the disaster management agency said."
        )
        .is_some()
    );
    assert!(
        compare(
            "The quake killed 1,651 people in Turkey, officials said.",
            "In Turkey, the death toll rose to 1,400, the disaster agency said.",
        )
        .is_some()
    );
    // A figure placed in a country by name, against another country's.
    assert!(
        compare(
            "Typhoon Yagi slams into southern China, two dead",
            "Super typhoon Yagi made landfall in southern China on Friday after killing at least 16 people in the Philippines.",
        )
        .is_none()
    );
    // Two countries, one each: two tolls.
    assert!(
        compare(
            "In Syria, the toll climbed to 968 in government-held areas and the rebel-held northwest.",
            "More than 1,500 people were killed when a magnitude 7.7 earthquake struck southern Turkey.",
        )
        .is_none()
    );
}

#[test]
fn a_corrected_figure_is_still_a_disagreement() {
    assert!(
        compare(
            "Police say four people were injured in the shooting, not five as first reported.",
            "Five people were injured in the shooting.",
        )
        .is_some()
    );
}

#[test]
fn a_narrower_group_of_people_is_a_part() {
    assert!(
        compare(
            "The two women who were wounded were bystanders, police said.",
            "Five people were injured in the shooting.",
        )
        .is_none()
    );
    // Everyone counted twice: a disagreement.
    assert!(
        compare(
            "Two people were wounded in the shooting.",
            "Five people were injured in the shooting.",
        )
        .is_some()
    );
}

#[test]
fn a_person_before_a_count_makes_it_a_list_item() {
    assert!(
        compare(
            "Crash leaves woman, 3 children injured",
            "Four people were injured in the crash.",
        )
        .is_none()
    );
}

#[test]
fn dead_attackers_are_no_count_of_their_victims() {
    assert!(
        compare(
            "Two of the seven dead attackers were born abroad, an official said.",
            "At least 80 people died in the concert hall.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Eight attackers are dead, and seven died detonating suicide vests.",
            "The attacks killed at least 129 people.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Two of the seven dead attackers were born abroad.",
            "At least one American is among the 129 dead, officials said.",
        )
        .is_none()
    );
    // Two counts of the attackers still meet.
    assert!(
        compare(
            "Seven attackers were killed, officials said.",
            "Eight attackers died in the assault.",
        )
        .is_some()
    );
}

#[test]
fn the_perpetrator_may_be_counted_or_not() {
    assert!(
        compare(
            "The man killed four people before killing himself.",
            "Five people were found dead in the house.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Five people died in what police call a murder-suicide.",
            "The gunman killed four people.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Four people were killed by a man before he was shot and killed by police.",
            "The shooting left five dead.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Three died in the attack, including the gunman.",
            "The gunman killed two people.",
        )
        .is_none()
    );
    // The perpetrator's death told elsewhere in either article.
    let date = crate::model::Date::from_ymd_opt(2019, 5, 11);
    let one_dead = "A gunman opened fire on residents on Sunday, leaving one person dead.";
    let two_dead = "The shooting on Sunday left two dead and six wounded.";
    let article = format!("{two_dead} The gunman was also killed by a SWAT officer.");
    assert!(
        run(
            Written::new(one_dead, "Daily Ledger").dated(date),
            Written::new(two_dead, "Evening Post")
                .dated(date)
                .in_article(&article),
            detect,
        )
        .is_none()
    );
    assert!(compare(one_dead, two_dead).is_some());
    // Without a suicide the one more dead contradicts.
    assert!(
        compare(
            "The man killed four people.",
            "Five people were killed in the house.",
        )
        .is_some()
    );
}

#[test]
fn added_ones_charges_and_graded_injuries_are_parts() {
    assert!(
        compare(
            "The blast left two people with burns and a third person hurt by glass.",
            "Three people were injured in the blast.",
        )
        .is_none()
    );
    assert!(
        compare(
            "The driver is accused of killing two women in the crash.",
            "Three people were killed in the crash.",
        )
        .is_none()
    );
    assert!(
        compare(
            "The fire critically injured two and left a firefighter in hospital.",
            "The fire injured five people.",
        )
        .is_none()
    );
    // "one dead and three injured": the hurt may count the dead, four in all.
    assert!(
        compare(
            "Four hurt in shooting at gas station",
            "The shootout at the gas station left one dead and three injured.",
        )
        .is_none()
    );
    // A grade after the count: none hurt badly is no report that none were hurt.
    assert!(
        compare(
            "Seems like no one was hurt too badly, the chief said of the shooting.",
            "Seven men were wounded in the shooting.",
        )
        .is_none()
    );
    assert!(
        compare(
            "No one was hurt in the shooting, the chief said.",
            "Seven men were wounded in the shooting.",
        )
        .is_some()
    );
}

#[test]
fn others_identified_and_per_incident_counts_are_parts() {
    assert!(
        compare(
            "One person was hurt in a scuffle, and the four others who were shot are in hospital.",
            "Five people were injured at the party.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Two victims killed in the crash have been identified by the coroner.",
            "Three people were killed in the crash.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Police identified the driver, who killed two people in the crash.",
            "Three people were killed in the crash.",
        )
        .is_some()
    );
    assert!(
        compare(
            "Thirty people were shot over the weekend, in three attacks that each left four dead.",
            "Nine people were killed over the weekend.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Police: 9 dead, 30 wounded in weekend shootings across the city",
            "Four people were killed in a house in the north of the city.",
        )
        .is_none()
    );
}

/// Words of a rule are whole words of the statement, not pieces of longer ones.
#[test]
fn rules_read_whole_words() {
    // "unidentified" is no count of those identified.
    assert!(
        compare(
            "Two unidentified victims were killed in the crash.",
            "Three people were killed in the crash.",
        )
        .is_some()
    );
    // "donation" ends with "nation", "capacity" with "city": neither is a population.
    let population = |text: &str| {
        events(text)
            .into_iter()
            .filter(|(_, e)| *e == Measure::POPULATION)
            .count()
    };
    assert_eq!(population("The city-state of 5.6 million mourned."), 1);
    assert_eq!(population("A nation of 19 million mourned."), 1);
    assert_eq!(population("A donation of 2 million was made."), 0);
    assert_eq!(
        population("The stadium has a capacity of 40,000 people."),
        0
    );
    // "personnel" and "presidential" hold "person" and "resident", not the public.
    let f = Features::unweighted("Two security personnel were killed.", None);
    let (_, measure) = measured(&f, "Two security personnel were killed.")[0];
    assert_ne!(measure.population, Population::People);
}

#[test]
fn figures_of_two_days_count_two_incidents() {
    assert!(
        compare_dated(
            (
                "Four people were killed in a shooting Saturday afternoon.",
                "Daily Ledger",
                (2019, 5, 12)
            ),
            (
                "Two people were killed in a shooting Friday afternoon.",
                "Evening Post",
                (2019, 5, 12)
            ),
        )
        .is_none()
    );
    // Two weekdays named in so many words are two days, however far apart the articles'
    // dates put them, and a day told of "two separate shootings" still dates the figures
    // (a Chicago roundup against another week's).
    assert!(
        compare_dated(
            (
                "CHICAGO — One teenager was killed, and four other teens were wounded in two separate shootings on the South and West sides Monday night, authorities said.",
                "dnainfo.com",
                (2013, 5, 21)
            ),
            (
                "Three people were killed and at least five others were wounded in South Side shootings Wednesday afternoon and evening.",
                "suntimes.com",
                (2013, 5, 29)
            ),
        )
        .is_none()
    );
    // The day of a report is not the day of the happening.
    assert!(
        compare_dated(
            (
                "Police said Monday four people were killed in the shooting.",
                "Daily Ledger",
                (2019, 5, 13)
            ),
            (
                "Two people were killed in the shooting on Sunday.",
                "Evening Post",
                (2019, 5, 13)
            ),
        )
        .is_some()
    );
}

#[test]
fn figures_of_an_earlier_dated_event_are_background() {
    assert!(
        compare_dated(
            (
                "In February, a quake hit the town of Arlen, killing 600 people.",
                "Daily Ledger",
                (2019, 11, 28)
            ),
            (
                "The quake on Sunday killed 10 people.",
                "Evening Post",
                (2019, 11, 28)
            ),
        )
        .is_none()
    );
    // A day without its year is the latest such day, months back: an earlier quake.
    assert!(
        compare_dated(
            (
                "On April 6, an earthquake measuring 7.2 on the Richter scale struck the east.",
                "Daily Ledger",
                (2013, 7, 2)
            ),
            (
                "Rescuers are searching the rubble after a 6.1 magnitude earthquake hit the province.",
                "Evening Post",
                (2013, 7, 3)
            ),
        )
        .is_none()
    );
    assert!(
        compare_dated(
            (
                "The quake on November 24 killed 12 people.",
                "Daily Ledger",
                (2019, 11, 28)
            ),
            (
                "The quake on Sunday killed 10 people.",
                "Evening Post",
                (2019, 11, 28)
            ),
        )
        .is_some()
    );
}

#[test]
fn a_record_compared_with_is_no_earlier_event() {
    let dated = |text| (text, "Daily Ledger", (2016, 6, 24));
    let other = (
        "Turnout was 71.8 percent, with more than 30 million people voting.",
        "Evening Post",
        (2016, 6, 24),
    );
    // "the highest ... since 1992": the turnout is this vote's.
    assert!(
        compare_dated(
            dated("Turnout was 72.2 percent, the highest in a national vote since 1992."),
            other,
        )
        .is_some()
    );
    // A year told for itself is still an earlier time: "since 1992" of a running total, or
    // a year after a comma past the superlative.
    for background in [
        "Turnout has averaged 72.2 percent in national votes since 1992.",
        "Turnout was 72.2 percent, the highest, as it was in 1992.",
        // The record's year with the earlier event told after it.
        "It was the highest turnout since 1992, when 72.2 percent of voters cast a ballot.",
    ] {
        assert!(
            compare_dated(dated(background), other).is_none(),
            "{background}"
        );
    }
}

/// A time in a superlative's phrase names the record the event at hand sets ("the
/// deadliest attack in Kabul this year"); without "the" or a possessive before it, a word
/// of the list sets none ("at least 13 shootings this year").
#[test]
fn a_record_set_this_year_is_no_earlier_event() {
    let dated = |text| (text, "Daily Ledger", (2019, 8, 18));
    let other = (
        "A suicide bomber killed at least 22 people and wounded 58 at a wedding hall.",
        "Evening Post",
        (2019, 8, 18),
    );
    assert!(
        compare_dated(
            dated("The bombing killed 63 people and wounded 182, the ministry said, in the deadliest attack in Kabul this year."),
            other,
        )
        .is_some()
    );
    assert!(
        compare_dated(
            dated("There have been at least 40 bombings this year, which wounded 182 people."),
            other,
        )
        .is_none()
    );
}

#[test]
fn a_follow_up_dating_the_story_is_not_an_earlier_event() {
    assert!(
        compare_dated(
            (
                "Police arrested a man over the shooting that injured 13 people in March.",
                "Daily Ledger",
                (2019, 9, 20)
            ),
            (
                "Eleven people were injured in the shooting.",
                "Evening Post",
                (2019, 3, 2)
            ),
        )
        .is_some()
    );
}

/// Two statements that both tell one earlier happening (a contract awarded months before)
/// measure it alike, and so does one that tells no time at all against one that dates it;
/// one telling an earlier event against one that tells a day of the event at hand, or two
/// earlier events of two years, are two measures.
#[test]
fn two_tellings_of_one_earlier_happening_are_compared() {
    let dated = |text| (text, "Daily Ledger", (2025, 11, 14));
    let other = |text| (text, "Evening Post", (2025, 11, 14));
    assert!(
        compare_dated(
            dated("The recordings concern a 340 million euro contract to modernise signalling, which was awarded in March to Veltrax Engineering."),
            other("Kostova was dismissed over recordings linked to the 430-million-euro signalling contract that Veltrax Engineering won in March."),
        )
        .is_some()
    );
    assert!(
        compare_dated(
            dated("The recordings concern a 340 million euro contract to modernise signalling, which was awarded in March to Veltrax Engineering."),
            other("Kostova was dismissed over recordings linked to a 430-million-euro signalling contract."),
        )
        .is_some()
    );
    assert!(
        compare_dated(
            dated("The recordings concern a 340 million euro contract to modernise signalling, which was awarded in March to Veltrax Engineering."),
            other("On Wednesday the ministry awarded a 430-million-euro signalling contract to Veltrax Engineering."),
        )
        .is_none()
    );
    assert!(
        compare_dated(
            dated("In 2009, an earthquake in the region killed 612 people."),
            other("In 2003, an earthquake in the region killed 40 people."),
        )
        .is_none()
    );
}

#[test]
fn an_outlet_raising_its_own_figure_later_is_an_update() {
    assert!(
        compare_dated(
            (
                "2 arrested after the brawl at the stadium",
                "Daily Ledger",
                (2019, 5, 11)
            ),
            (
                "Five men have been arrested after the stadium brawl.",
                "Daily Ledger",
                (2019, 5, 20)
            ),
        )
        .is_none()
    );
    // Two outlets: still a disagreement.
    assert!(
        compare_dated(
            (
                "2 arrested after the brawl at the stadium",
                "Daily Ledger",
                (2019, 5, 11)
            ),
            (
                "Five men have been arrested after the stadium brawl.",
                "Evening Post",
                (2019, 5, 20)
            ),
        )
        .is_some()
    );
}

#[test]
fn a_higher_toll_published_later_may_have_risen() {
    let earlier = (
        "3 dead, 7 hurt when gunman opens fire in movie theater",
        "Evening Post",
        (2015, 7, 23),
    );
    let later = (
        "3 are dead, 9 injured in theater shooting",
        "Daily Ledger",
        (2015, 7, 24),
    );
    let f = compare_dated(earlier, later).expect("seven and nine injured differ");
    assert_eq!(f.severity, crate::model::Severity::Soft);
    assert!(
        f.explanation.contains(
            "the figures differ, but Daily Ledger was published later: a count of injured may have risen in between"
        ),
        "{}",
        f.explanation
    );
    // The lower figure published later: no rise explains it.
    let later_lower = (
        "3 are dead, 5 injured in theater shooting",
        "Daily Ledger",
        (2015, 7, 24),
    );
    let f = compare_dated(earlier, later_lower).expect("seven and five injured differ");
    assert_eq!(f.severity, crate::model::Severity::Hard);
    // A report that no one was hurt denies a toll; it is no first count.
    let none = (
        "No one was killed in the theater shooting, police said.",
        "Evening Post",
        (2015, 7, 23),
    );
    let toll = (
        "Three people were killed in the theater shooting.",
        "Daily Ledger",
        (2015, 7, 24),
    );
    let f = compare_dated(none, toll).expect("no one and three killed differ");
    assert_eq!(f.severity, crate::model::Severity::Hard);
    // Of one day, the hours of publication tell which came later.
    let at = |text, outlet, hour| {
        Written::new(text, outlet)
            .dated(crate::model::Date::from_ymd_opt(2025, 8, 18))
            .at(chrono::NaiveTime::from_hms_opt(hour, 0, 0))
    };
    let f = run(
        at(
            "A wildfire has killed one person, officials said.",
            "Evening Post",
            7,
        ),
        at(
            "The wildfire has killed two people, officials said.",
            "Daily Ledger",
            19,
        ),
        detect,
    )
    .expect("one and two killed differ");
    assert_eq!(f.severity, crate::model::Severity::Soft);
    assert!(
        f.explanation.contains("Daily Ledger, 18 Aug 2025 19:00"),
        "{}",
        f.explanation
    );
    let f = run(
        at(
            "A wildfire has killed one person, officials said.",
            "Evening Post",
            19,
        ),
        at(
            "The wildfire has killed two people, officials said.",
            "Daily Ledger",
            7,
        ),
        detect,
    )
    .expect("one and two killed differ");
    assert_eq!(f.severity, crate::model::Severity::Hard);
}

#[test]
fn a_participle_across_a_quotation_or_an_aside_does_not_govern() {
    assert!(
        events("'Shooting For Fun': 3 Hurt, 1 Fatally, Mayor Says")
            .iter()
            .all(|(q, e)| q != "3" || *e != "KILL")
    );
    assert!(
        events("A man shot two deputies - one fatally - on the highway.")
            .iter()
            .all(|(q, e)| q != "two" || *e != "KILL")
    );
}

/// Each population figure with the place it is of, read from real statements of the
/// corpus (an earthquake off Iran, a refugee camp in South Sudan, the bundled set):
/// (statement, the place's last word folded, or "" for none).
#[rustfmt::skip]
const POPULATION_PLACES: &[(&str, &str)] = &[
    ("The 5.9-magnitude quake struck Qeshm island, home to 120,000 people, and the city of Bandar Abbas, state media said.", "qeshm"),
    ("A magnitude-6.4 temblor rocked Zarand, a town of about 15,000 people in Kerman province.", "zarand"),
    ("Yida is a camp of about 20,000 refugees from the Nuba mountains region of South Kordofan.", "yida"),
    ("Yida is home to more than 22,000 refugees, many of whom walked at least seven days.", "yida"),
    ("Aid reached Yida Camp, home to about 20,000 refugees.", "yida"),
    ("An Antonov bomber dropped four bombs on Yida, hitting a refugee camp of roughly 21,000 people.", ""),
    ("Dolmara, a farming village of about 900 residents, sits on a steep slope.", "dolmara"),
    ("Vessaro, an island of about 35,000 inhabitants, relies heavily on fishing.", "vessaro"),
    ("The deaths have rocked Platte, a community of around 1,200 residents.", "platte"),
    ("The quake hit the port city of Bandar Abbas and is home to about 100,000 people.", ""),
    ("Protests spread across the nation of 19 million this week.", ""),
    ("Residents of the island, off the coast from the port city of Bandar Abbas, which is home to about 100,000 people, slept outside.", ""),
];

#[test]
fn a_population_figure_is_of_the_place_named_before_it() {
    for &(text, place) in POPULATION_PLACES {
        let f = Features::unweighted(text, None);
        let figures: Vec<_> = measured(&f, text)
            .into_iter()
            .filter(|(_, m)| m.event == Measure::POPULATION)
            .collect();
        let [(q, _)] = figures.as_slice() else {
            panic!("one population figure in {text}: {figures:?}");
        };
        let found = measure::population_place(&f, text, q).unwrap_or_default();
        assert_eq!(found, place, "{text}");
    }
}

#[test]
fn populations_of_different_places_do_not_conflict() {
    let qeshm = "The quake struck Qeshm island, home to 120,000 people, state media said.";
    let zarand = "The last major quake rocked Zarand, a town of about 15,000 people.";
    let usgs = "The quake was centred near Qeshm Island, home to 200,000 people, the USGS said.";
    assert!(compare(qeshm, zarand).is_none(), "two places");
    let severity = compare(qeshm, usgs).map(|found| found.severity);
    assert_eq!(
        severity,
        Some(Severity::Hard),
        "one island, two populations"
    );
}

#[test]
fn a_change_in_per_cent_is_a_measure_of_what_changed() {
    let found = explanation(
        "Markets reacted with alarm as Tokyo shares tumbled 4.2 percent on Monday.",
        "Investors fled and Tokyo shares closed down 2.8 per cent on Monday.",
        "two falls of the shares",
    );
    assert!(found.starts_with("fall: 4.2 percent"), "{found}");
    // Not one measure: what changed differs, or one rose and the other fell.
    assert!(
        compare(
            "Tokyo shares tumbled 4.2 percent on Monday.",
            "The yen fell 1.5 percent against the dollar on Monday.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Tokyo shares rose 2 percent on Monday.",
            "Tokyo shares fell 3 percent on Monday.",
        )
        .is_none()
    );
    assert_eq!(
        events("Oil prices have risen by 4 percent since January."),
        vec![("4 percent".to_string(), "RISE")]
    );
    // A percentage after "to" is a level, and one after a clause mark governs nothing.
    assert!(events("Unemployment rose to 5.2 percent.").is_empty());
    assert!(events("Prices fell, 4 percent of shops said.").is_empty());
}

#[test]
fn a_figure_of_another_incident_is_no_conflict() {
    assert!(
        compare(
            "Forty people were killed when shells hit a school in the camp.",
            "Three people also died in an air strike on another school in the city.",
        )
        .is_none()
    );
    assert!(
        compare(
            "No deaths have been reported in the Palisades fire, officials said.",
            "The wildfire tore through the Pacific Palisades, burning 5,000 acres, while a separate blaze near Pasadena killed two people.",
        )
        .is_none()
    );
    // The same wording without "another" is one toll against another.
    assert!(
        compare(
            "Forty people were killed when shells hit a school in the camp.",
            "Three people died when shells hit a school in the camp.",
        )
        .is_some()
    );
}

#[test]
fn one_day_s_arrests_against_those_detained_up_to_now() {
    // A total over one day is that day's; a count in the present perfect with no day is
    // the count up to now.
    assert_eq!(
        traced(
            "Police said they made 86 arrests over the course of Saturday's protests.",
            "A policeman has been jailed, while more than 400 protesters have been detained over the unrest.",
        ),
        [(
            "86".to_string(),
            "more than 400".to_string(),
            Verdict::Kept(Rule::OneDayOfRunningTotal)
        )]
    );
}

#[test]
fn no_one_hurt_inside_is_one_scene_of_the_shooting() {
    // Four men were shot outside a restaurant; no one inside it was hurt.
    assert!(
        compare(
            "Investigators believe the four men who were wounded near the restaurant were the intended targets, police said.",
            "No one was injured inside.",
        )
        .is_none()
    );
    // Told of the whole, no one hurt contradicts four wounded.
    assert!(
        compare(
            "Investigators believe the four men who were wounded near the restaurant were the intended targets, police said.",
            "No one was injured in the shooting.",
        )
        .is_some()
    );
}

#[test]
fn a_statement_telling_both_figures_agrees_on_the_other_s() {
    // The statement tells the police's "no injuries" and the Post's three: against "no
    // injuries have been reported" the outlets agree, and the three are the Post's.
    let a = "The police said there was one arrest, with no injuries to police or civilians (the Post says three people were injured).";
    let b = "One person has been arrested, though no injuries have been reported.";
    assert_kept_by(a, b, Rule::BothFiguresTold);
    // Without the other figure beside it, three injured and none contradict (none told as
    // a count, not as none reported so far).
    assert!(
        compare(
            "The Post says three people were injured in the clashes.",
            "One person has been arrested, and police said no one was injured.",
        )
        .is_some()
    );
    // The other figure must count the same thing: five rockets tell nothing of five boats.
    assert!(
        compare(
            "The navy said pirates in five boats attacked the tanker on Friday.",
            "Pirates in four boats attacked the tanker on Friday and fired five rockets at its bridge.",
        )
        .is_some()
    );
}

#[test]
fn figures_placed_in_two_places_count_two_incidents() {
    assert!(
        compare(
            "Some 30 people were killed when shells landed at a school in the Jabaliya refugee camp.",
            "Two people were killed when a shell hit a school in the southern city of Khan Younis.",
        )
        .is_none()
    );
    // A place named two ways that share a word is one place.
    assert!(
        compare(
            "Two teens are dead and 18 people are injured after gunfire in the parking lot of a Fort Myers club.",
            "Up to 16 were injured in the early-morning gunfire at Club Blu Bar and Grill.",
        )
        .is_some()
    );
    // "Central Aceh" is another place than Aceh (a district of the province), told after
    // "in neighbouring"; "Aceh" inside that name does not name the province.
    assert!(
        compare(
            "The quake injured more than 200 people and damaged more than 300 houses in Aceh, said spokesman Sutopo Purwo Nugroho.",
            "In neighbouring Central Aceh district, 10 people were killed, 140 were injured and about 1,500 houses were damaged, Nugroho said.",
        )
        .is_none()
    );
    // "hundreds of Palestinians" counts people; it names no place.
    assert!(
        compare(
            "At least 43 people were killed in the school, where hundreds of Palestinians had sought refuge.",
            "Some 30 people were killed when shells landed at a school in the Jabaliya refugee camp.",
        )
        .is_some()
    );
}

#[test]
fn magnitudes_of_one_quake_are_compared_and_of_several_are_not() {
    let flagged = explanation(
        "The 6.1-magnitude quake struck the island, state media said.",
        "The 5.9-magnitude quake struck the island, state media said.",
        "two magnitudes of one quake",
    );
    assert!(flagged.starts_with("magnitude: 6.1"), "{flagged}");
    assert!(
        compare(
            "A quake measuring 5.6 on the Richter scale jolted the island on Sunday.",
            "A magnitude 5.2 quake has injured three people on the island.",
        )
        .is_some(),
        "Richter and magnitude N"
    );
    for (why, other) in [
        (
            "two quakes",
            "The city was hit by the 7.6 and 7.5 magnitude quakes on Sunday.",
        ),
        (
            "one of several",
            "One of the quakes, a 7.3-magnitude tremor, was felt far away.",
        ),
        (
            "an aftershock",
            "It was followed by a 2.0-magnitude quake two miles east.",
        ),
    ] {
        assert!(
            compare("A magnitude 6.1 earthquake hit the province today.", other).is_none(),
            "{why}: {other}"
        );
    }
}

#[test]
fn an_added_count_that_names_its_place_is_that_place_s_whole_count() {
    // Two outlets on one city's march, one naming it by its older English name.
    let found = compare(
        "Violence also broke out in the northern city of Thessaloniki, where another 20,000 \
         people marched through the city center and some youths smashed store windows.",
        "Meanwhile, extended clashes broke out in Salonika where approximately 50,000 people \
         marched destroying dozens of banks and corporate shops.",
    )
    .expect("one city's crowd, 20,000 against 50,000");
    assert_eq!(found.severity, Severity::Hard);
    assert!(
        compare(
            "Violence was also reported in Thessaloniki, where a further 20,000 people joined \
             the city's demonstrations.",
            "Extended clashes broke out in Salonika where approximately 50,000 people marched.",
        )
        .is_some()
    );
    // An addition to a count told before, with no place of its own, is a part of a toll.
    assert!(
        compare(
            "Three people died at the scene and another two people died in hospital.",
            "Five people were killed in the blast.",
        )
        .is_none()
    );
    assert_eq!(
        events("Two people were killed in the blast and another three people died later."),
        vec![("Two".to_string(), "KILL")]
    );
}

#[test]
fn counts_of_one_thing_done_alike_are_compared() {
    let found = explanation(
        "Five bombs were dropped, of which four exploded, they told our correspondent.",
        "Nevertheless, on Thursday afternoon an Antonov bomber dropped four bombs on the \
         South Sudanese area of Yida, hitting a refugee camp.",
        "five bombs dropped against four",
    );
    assert!(found.starts_with("bombs dropped: Five"), "{found}");
    assert_eq!(
        compare(
            "Five bombs were dropped, of which four exploded.",
            "All of whom said that four bombs were dropped but that they caused no casualties.",
        )
        .map(|f| f.severity),
        Some(Severity::Hard)
    );
    // A lower bound that allows the other's figure is agreement.
    assert!(
        compare(
            "Five bombs were dropped, of which four exploded.",
            "At least four bombs were reportedly dropped.",
        )
        .is_none()
    );
    // A train's coaches that left the tracks.
    assert_hard(
        "Eight coaches of the Howrah-Chennai Express left the tracks near the town of Kendrapara at about 10:40 p.m., railway spokesman Anil Kumar Saxena said.",
        "Twelve coaches of the Howrah-Chennai Express jumped the tracks near Kendrapara shortly after 11 p.m. on Friday, said Sudhanshu Sarangi.",
    );
    // A freight train's cars that derailed.
    assert_hard(
        "About 50 cars derailed, including 10 carrying hazardous materials, the National Transportation Safety Board said.",
        "Thirty-eight cars derailed in the crash, according to the NTSB.",
    );
    // An election's ballots set aside.
    assert_hard(
        "Election observers challenged 96 ballots during the recount in Harrow County.",
        "Election observers set aside some 150 challenged ballots in the recount.",
    );
    // A count of people that names no population is explained as of people.
    let told = explanation(
        "About 50 workers were on the site at the time of the collapse, witnesses said.",
        "More than 100 workers were believed to have been on the site when the building came down.",
        "about 50 against more than 100 on the site",
    );
    assert!(told.starts_with("people inside: About 50"), "{told}");
    // Not what was done with them alike: boats that attacked and boats seized.
    assert!(
        compare(
            "Five boats attacked the merchant vessels in the Gulf of Aden.",
            "The warship seized two boats and captured 26 pirates.",
        )
        .is_none()
    );
    // A count of one names an item of a list; a part of a group is no count of it.
    assert!(
        compare(
            "The cache included seven rifles and one rocket propelled grenade launcher.",
            "The seized arms included a grenade launcher with two rockets.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Two of the bombs fell within the Yida camp.",
            "Five bombs fell on the camp on Thursday.",
        )
        .is_none()
    );
    // Guns found in one room: the room's whole, not one scene's part as people found are.
    assert!(
        explanation(
            "Police found 23 firearms in his suite at the hotel, including semi-automatic rifles.",
            "Authorities found 19 firearms in the hotel room, including rifles outfitted with scopes.",
            "23 firearms found against 19",
        )
        .starts_with("firearms")
    );
    // The seats a party won, and not a parliament's size.
    assert!(
        explanation(
            "The ruling party won 120 seats in the election, officials said.",
            "Final results show the ruling party won 118 seats.",
            "two counts of the seats won",
        )
        .starts_with("seats: 120")
    );
    assert!(
        compare(
            "The new parliament has 125 seats.",
            "The ruling party won 120 seats in the election.",
        )
        .is_none()
    );
    // Any verb of winning is one doing.
    assert!(
        explanation(
            "Labour won 412 seats in the election on Thursday.",
            "Labour secured 411 seats in the election on Thursday.",
            "seats won and seats secured",
        )
        .starts_with("seats: 412")
    );
    // A verb alone after an aside has its subject before the aside.
    assert!(
        explanation(
            "The Green Alliance came second with 39 seats.",
            "The Green Alliance, led by Elena Ruiz, won 41 seats, its best result ever.",
            "one party's seats, its leader named in an aside",
        )
        .starts_with("seats: 39")
    );
    // Curly quotes, dashes and accents around the counts are read, not sliced through.
    assert!(
        compare(
            "“Five bombs” were dropped — of which four exploded — near Yéi’s café.",
            "An Antonov dropped four bombs… on the camp’s market.",
        )
        .is_some()
    );
}

#[test]
fn survivors_are_a_measure_and_none_is_a_count() {
    assert_eq!(
        events("There were no survivors, the airline said."),
        vec![("no".to_string(), "SURVIVE")]
    );
    assert_eq!(
        events("Two passengers survived the crash."),
        vec![("Two".to_string(), "SURVIVE")]
    );
    // Those pulled alive from the wreckage survived, whatever hospital took them after.
    assert_eq!(
        events("Two people were pulled alive from the wreckage and taken to hospital."),
        vec![("Two".to_string(), "SURVIVE")]
    );
    assert_hard(
        "Two people were pulled alive from the wreckage and taken to hospital, an army spokesman said.",
        "There were no survivors, said an airport official.",
    );
    let found = explanation(
        "There were no survivors, the airline said.",
        "Two passengers survived the crash, rescuers said.",
        "no survivors against two",
    );
    assert!(
        found.contains("survived: no") && found.contains("vs Two"),
        "{found}"
    );
    // Survivors are no toll.
    assert!(
        compare(
            "There were no survivors, the airline said.",
            "At least 40 people were killed in the crash.",
        )
        .is_none()
    );
}

#[test]
fn votes_and_wishes_are_no_tolls() {
    assert_eq!(
        events(
            "The jury was deadlocked at 9-3, with nine in favor of the death penalty and three voting for life without parole."
        ),
        vec![]
    );
    assert_eq!(events("\"Praying that nobody died.\""), vec![]);
    // A toll is still a toll.
    assert_eq!(
        events("Nine people died in the fire, and three were hurt."),
        vec![
            ("Nine".to_string(), "KILL"),
            ("three".to_string(), "INJURE")
        ]
    );
}

#[test]
fn those_aboard_and_the_missing_are_measures_of_their_own() {
    assert_eq!(
        events("The airliner had 162 people on board when it crashed into the sea."),
        vec![("162".to_string(), "ABOARD")]
    );
    assert_eq!(
        events("Five people are missing after the mudslide."),
        vec![("Five".to_string(), "MISSING")]
    );
    assert_eq!(
        events("Twelve people remain unaccounted for, the governor said."),
        vec![("Twelve".to_string(), "MISSING")]
    );
    assert_eq!(
        events("Three people still remain missing."),
        vec![("Three".to_string(), "MISSING")]
    );
    // A toll of those aboard is a toll.
    assert_eq!(
        events("All 162 people on board were killed in the crash."),
        vec![("162".to_string(), "KILL")]
    );
    let found = explanation(
        "The airliner had 162 people on board when it crashed into the sea.",
        "The plane was carrying 155 people on board, the airline said.",
        "two counts of everyone aboard",
    );
    assert!(found.starts_with("people aboard: 162"), "{found}");
    // The passengers are a part of everyone aboard.
    assert!(
        compare(
            "The airliner had 162 people on board when it crashed into the sea.",
            "There were 155 passengers on board, the airline said.",
        )
        .is_none()
    );
    // Those aboard one craft of two are a part of all aboard; more aboard one than in all
    // contradicts it.
    assert!(
        compare(
            "Five people were aboard the two aircraft, the sheriff's office said.",
            "Three people had been aboard the touring aircraft, including its pilot.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Five people were aboard the two aircraft, the sheriff's office said.",
            "Seven people had been aboard the touring aircraft, including its pilot.",
        )
        .is_some()
    );
    // A seat count describes one craft: "a four-seat private plane" is one.
    assert!(
        compare(
            "Five people were aboard the two aircraft, the sheriff's office said.",
            "The collision involved a training aircraft and a four-seat private plane carrying three people.",
        )
        .is_none()
    );
    // Those aboard are no toll, nor the missing.
    assert!(
        compare(
            "The airliner had 162 people on board when it crashed into the sea.",
            "At least 40 people were killed in the crash.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Five people are missing after the mudslide.",
            "Seven people died in the mudslide.",
        )
        .is_none()
    );
}

#[test]
fn one_sum_in_two_currencies_is_one_sum() {
    // The sum and its conversion in parentheses are one sum, of what follows them.
    let text = "Armed robbers stole diamonds valued at 85 million euros ($108 million) from the Paris branch of jeweler Harry Winston.";
    let f = Features::unweighted(text, None);
    let sums: Vec<&str> = things::money_sum(&f, text)
        .iter()
        .map(|q| q.text.as_str())
        .collect();
    assert_eq!(sums, ["85 million euros", "$108 million"]);
    for q in things::money_sum(&f, text) {
        let of: Vec<String> = things::money_objects(&f, text, q)
            .into_iter()
            .map(|d| d.word)
            .collect();
        assert_eq!(
            of,
            ["paris", "branch", "jeweler", "harry", "diamonds"],
            "{}",
            q.text
        );
    }
    // A part in parentheses, in the sum's own currency, is no conversion.
    let part = "AMD will pay $334 million ($281M in cash) for the maker of servers.";
    let f = Features::unweighted(part, None);
    assert!(things::money_sum(&f, part).is_empty());
    // Two outlets converting one sum at different rates differ softly, and say so.
    let found = compare(
        "Thieves grabbed jewellery and watches worth an estimated two million euros ($2.6 million) from the store.",
        "Thieves grabbed jewellery and watches worth $2.8 million from the store.",
    )
    .expect("two conversions of one sum");
    assert_eq!(found.severity, Severity::Soft);
    assert!(
        found
            .explanation
            .contains("converted from another currency"),
        "{}",
        found.explanation
    );
    // No rate of any day turns the one sum into the other: two valuations.
    let valued = compare(
        "Four armed robbers made off with $137-million of diamonds and jewels from a famed Paris store.",
        "Armed robbers stole diamonds and jewels valued at 85 million euros ($108 million) from the Paris store.",
    )
    .expect("two valuations of the jewels");
    assert_eq!(valued.severity, Severity::Hard, "{}", valued.explanation);
}

#[test]
fn sums_of_money_of_one_thing_are_compared() {
    let found = compare(
        "The operation foiled an attack on the sea lane through which nearly $100 billion worth of India's external trade passes each year.",
        "Over a hundred billion dollars of India's external trade passes each year through this sea lane.",
    )
    .expect("nearly against over one sum");
    assert_eq!(found.severity, Severity::Soft);
    assert!(
        found
            .explanation
            .starts_with("money (india external trade): nearly $100 billion")
            && found
                .explanation
                .contains("the same figure, but given as an approximation and as a lower bound"),
        "{}",
        found.explanation
    );
    let hard = compare(
        "Robbers made off with $137 million of diamonds and jewels from the store.",
        "The robbers snatched $108 million worth of diamond rings and watches.",
    )
    .expect("two sums of the jewels");
    assert_eq!(hard.severity, Severity::Hard);
    // An article further on opens a phrase of its own: no rate.
    assert!(
        compare(
            "The government had released 3.2 million dollars from an emergency fund to cover shelter and food.",
            "The government had set aside $2.3 million to pay for emergency shelter and food.",
        )
        .is_some()
    );
    // Two rates of one payment: a sum to each family against another.
    let rates = compare(
        "The company said it would pay 5,000 dollars to each victim's family to cover funeral costs.",
        "The company has promised 10,000 dollars in compensation to each bereaved family.",
    )
    .expect("two sums to each family");
    assert!(
        rates.explanation.starts_with("money for each (family"),
        "{}",
        rates.explanation
    );
    // What a sum is, told before it ("cost", `money-kinds-before`): two costs of one thing.
    assert!(
        compare(
            "The runoff cost the city about $40,000, the clerk's office said.",
            "The clerk put the runoff's cost at roughly $65,000, including overtime.",
        )
        .is_some()
    );
    // A bill is a cost (`money-kind-synonyms`).
    assert!(
        compare(
            "The minister estimated the combined cost of damage and lost production at roughly $240 million.",
            "The minister put the bill for repairs and lost output at some $420 million.",
        )
        .is_some()
    );
    // A penalty is a fine (`money-kind-synonyms`); two of one earlier year are one sum.
    assert!(
        compare(
            "The carrier was fined $1.2 million by aviation regulators in 2016 after inspectors found gaps in its records.",
            "In 2016 it paid a $420,000 penalty after inspectors found that some records had not been kept.",
        )
        .is_some()
    );
    // "Last year" is the year before the article's (2019): one earlier year.
    assert!(
        compare(
            "The station completed an 18-million-crown security overhaul last year.",
            "The station was fitted with new cameras as part of an 11-million-crown security upgrade completed in 2018.",
        )
        .is_some()
    );
    // One sum of an earlier deal, told with its time by one statement and with no time at
    // all by the other: one deal.
    assert!(
        compare(
            "The airfield had applied last year for $340,000 in state funding to install a traffic advisory system.",
            "The airfield had been seeking $430,000 to install a system that would broadcast aircraft positions.",
        )
        .is_some()
    );
    assert!(
        compare(
            "The aviation regulator later fined the airport authority 1.8 million euros for delays in upgrading its radar.",
            "The regulator fined the airport authority 1.2 million euros over that incident and ordered it to install new radar, which went into service in 2016.",
        )
        .is_some()
    );
    // What a sum is, told before an "of" that opens it: "an emergency package of".
    assert!(
        compare(
            "The council met in an emergency session and approved 40 million crowns in emergency spending for shelters.",
            "The council's emergency package of 14 million crowns, passed on Saturday, will pay for food.",
        )
        .is_some()
    );
    // A size told by an article for its figure is no sum ("a billion-euro project"); one
    // told in words is ("a two-million-euro fine").
    let sums = |text: &str| {
        let f = Features::unweighted(text, None);
        things::money_sum(&f, text)
            .iter()
            .map(|q| q.text.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        sums("He took €2.9 million for the ring road, a billion-euro project."),
        ["€2.9 million"]
    );
    assert_eq!(
        sums("The court imposed a two-million-euro fine on the company."),
        ["two-million-euro"]
    );
    // What a sum values (`valuing-words`): the noun before "costing" or "worth", the
    // subject before an aside and a copula, the noun after "the value of" a sum is set at,
    // the noun before "totalling"; an overhaul is a renovation, a deal a contract, a
    // kickback a bribe (`money-kind-synonyms`).
    for (a, b) in [
        (
            "The tramway reopened after a 14.5 million euro overhaul that replaced the cabins.",
            "The tramway reopened after a renovation costing 21 million euros.",
        ),
        (
            "The cargo, nearly 180 tonnes in all, was worth about $1.1 million, she said.",
            "She put the value of the cargo of flour, oil and medicines at roughly 640,000 dollars.",
        ),
        (
            "The city council approved a $4.2 million rehabilitation contract for the bridge.",
            "The city council awarded a contract worth 2.4 million dollars to replace the deck joints.",
        ),
        (
            "Judges concluded that he accepted €3.8 million in bribes from executives of the builder.",
            "Judges found that he pocketed kickbacks totalling €2.9 million from the builder for the ring road, a billion-euro project.",
        ),
        (
            "The $18.6 million contract was approved by the council after the mayor lobbied for it.",
            "Prosecutors allege that the developer, whose firm won the $25 million deal, paid the mayor.",
        ),
    ] {
        assert!(compare(a, b).is_some(), "{a} | {b}");
    }
    // A sum demanded (`money-kinds-before`).
    assert!(
        compare(
            "The kidnappers demanded 2 million euros for the engineer's release.",
            "The kidnappers demanded 500,000 euros for the release of the engineer.",
        )
        .is_some()
    );
    let not_flagged = [
        (
            "tolls of an earlier disaster, of two scopes",
            "In 2004 a massive tremor sparked a tsunami that killed 170,000 people in the province.",
            "In 2004, a huge earthquake off Aceh triggered a tsunami that killed 230,000 people across Asia.",
        ),
        (
            "sums of two earlier years",
            "The carrier was fined $1.2 million by aviation regulators in 2014.",
            "In 2016 it paid a $420,000 penalty after an inspection.",
        ),
        (
            "a sum offered against a sum asked for (`money-offers`, `money-demands`)",
            "The Nationals have offered the first baseman an 8-year, $160 million contract.",
            "His agent countered by asking for an eight-year contract worth $200 million.",
        ),
        (
            "a fine of the day against a fine of an earlier year",
            "Aviation regulators fined the carrier $1.2 million on Tuesday.",
            "In 2016 the carrier was fined $420,000 by aviation regulators.",
        ),
        (
            "sums of last year and of an earlier year",
            "The station completed an 18-million-crown security overhaul last year.",
            "The station was fitted with new cameras in an 11-million-crown security upgrade completed in 2015.",
        ),
        (
            "the other of two things",
            "The other model costs $2499 and comes with a faster processor.",
            "The higher end model costs $2799.",
        ),
        (
            "one sum given loosely",
            "The fire caused $1 million in damage to the church.",
            "The fire caused more than $1 million in damage to the church.",
        ),
        (
            "a rate against a total",
            "The team offered him an eight-year deal worth $184 million.",
            "The offer is worth roughly $22 million per season over eight years of the deal.",
        ),
        (
            "sums of different things",
            "The company paid $334 million for the maker of servers.",
            "The maker of servers raised $35 million in funding.",
        ),
        (
            "a statement of several sums: a whole and its part",
            "AMD will pay $334 million for SeaMicro, including $281 million in cash.",
            "AMD said $281 million of the purchase price for SeaMicro will be in cash.",
        ),
    ];
    for (why, a, b) in not_flagged {
        assert!(compare(a, b).is_none(), "{why}: {a} / {b}");
    }
    // The rule that keeps an offer and a demand apart is named.
    assert!(
        traced(
            "The Nationals have offered the first baseman an 8-year, $160 million contract.",
            "His agent countered by asking for an eight-year contract worth $200 million.",
        )
        .iter()
        .any(|(_, _, verdict)| *verdict == Verdict::Kept(Rule::OfferAndDemand))
    );
}

#[test]
fn counts_taken_to_hospital_are_a_part_of_the_injured() {
    let cases = [
        (
            "At least 19 people, ranging from 12- to 27-years-old, were treated at local hospitals, said Lisa Sgarlata.",
            vec![("At least 19", "HOSPITAL")],
        ),
        (
            "One person died at the scene, and 19 were transported to Lee Memorial Hospital and the health system's sister hospitals.",
            // One death at the scene is a part of the toll, not measured.
            vec![("19", "HOSPITAL")],
        ),
        // One hospital by its name: that hospital's count, a part.
        (
            "Sixteen people were treated at Lee Memorial Hospital.",
            vec![],
        ),
        (
            "Three people were hospitalized after the shooting.",
            vec![("Three", "HOSPITAL")],
        ),
        // Not the event's hospital count: those still there, the others.
        (
            "Three people remain hospitalized after the shooting.",
            vec![],
        ),
        ("Two others were taken to the hospital.", vec![]),
        // Ages in a list are no count.
        (
            "Three other victims, men ages 18, 21 and 35, were taken to Temple University Hospital.",
            vec![],
        ),
        // Taken elsewhere: no hospital named, a count of those detained.
        (
            "Three people were taken to the county jail.",
            vec![("Three", "DETAIN")],
        ),
    ];
    for (text, want) in cases {
        let got = events(text);
        let want: Vec<(String, &str)> = want.into_iter().map(|(t, e)| (t.to_string(), e)).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn more_taken_to_hospital_than_were_injured_is_a_hard_conflict() {
    let told = explanation(
        "At least 19 people were treated at local hospitals, a hospital official said.",
        "Up to 16 were injured in the early-morning gunfire at the club.",
        "19 treated against up to 16 injured",
    );
    assert!(
        told.contains("more were taken to hospital than were injured"),
        "{told}"
    );
    // Fewer taken to hospital than were hurt: a part of the injured.
    assert_eq!(
        compare(
            "Sixteen people were treated at local hospitals.",
            "Up to 16 were injured in the early-morning gunfire at the club.",
        ),
        None
    );
    // The dead may have been taken to hospital too, one person's death included.
    assert_eq!(
        compare(
            "Five people taken to hospital after shooting at the plaza, police said.",
            "One dead, four hurt in plaza shooting",
        ),
        None
    );
    assert_eq!(
        compare(
            "One person died at the scene, and 19 were transported to local hospitals.",
            "Two teens are dead and 18 people are injured after gunfire broke out.",
        ),
        None
    );
}

#[test]
fn an_elections_shares_are_measures_of_their_own() {
    let cases = [
        (
            "The ruling party won 41.5 percent of the vote in Sunday's election.",
            vec![("41.5 percent", "VOTE_SHARE")],
        ),
        ("Turnout was almost 90%.", vec![("almost 90%", "TURNOUT")]),
        (
            "Some 2.44 million people, accounting for some 88.41 percent of the country's eligible voters, cast their ballots.",
            vec![("some 88.41 percent", "TURNOUT")],
        ),
        // A percentage of something else is neither.
        ("Prices rose by 5 percent of their level.", vec![]),
        // Nor is how much of the count is done.
        (
            "With 92% of ballots counted, Noboa led by more than 1 million votes.",
            vec![],
        ),
        (
            "Gonzalez received about 44% of the vote, with more than 90% of the votes counted.",
            vec![("about 44%", "VOTE_SHARE")],
        ),
    ];
    for (text, want) in cases {
        let got: Vec<(String, &str)> = events(text)
            .into_iter()
            .filter(|(_, e)| matches!(*e, "VOTE_SHARE" | "TURNOUT"))
            .collect();
        let want: Vec<(String, &str)> = want.into_iter().map(|(t, e)| (t.to_string(), e)).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn a_second_share_joined_to_the_first_is_its_holders() {
    // "against 30.4 percent for Labour" and "and Labour 31 percent": shares joined to a
    // share of the vote, each of the party named with it.
    let told = explanation(
        "The Conservatives won 36.9 percent of the vote, against 30.4 percent for Labour.",
        "The Conservatives took 37 percent of the vote and Labour 31 percent.",
        "Labour's 30.4 against 31 percent",
    );
    assert!(
        told.starts_with("share of the vote: 30.4 percent") && told.contains("31 percent"),
        "{told}"
    );
    // "by 52 percent to 48 percent": the second share is the sentence's second, not the
    // first holder's.
    assert_eq!(
        compare(
            "Britain voted to leave the European Union by 52 percent to 48 percent in the referendum.",
            "Britain voted to leave the European Union by 51.9 percent to 48.1 percent, the referendum count showed.",
        ),
        None
    );
    // An acronym names the party its initials spell.
    let told = explanation(
        "The Scottish National Party took 56 of the 59 seats in Scotland, up from six.",
        "The SNP won 50 of 59 seats in Scotland.",
        "56 against 50 seats of the SNP",
    );
    assert!(told.contains("56") && told.contains("50"), "{told}");
    assert_eq!(
        compare(
            "The UK Independence Party won nearly 13 percent of the vote but only one seat.",
            "UKIP won 12.6% of the vote but one seat.",
        ),
        None,
        "compatible"
    );
    // An owner before the whole ("of Scotland's 59 seats") is no noun of the part.
    let told = explanation(
        "The Scottish National Party won 56 of Scotland's 59 seats.",
        "The SNP won 50 of 59 seats in Scotland.",
        "56 against 50 seats",
    );
    assert!(told.contains("56") && told.contains("50"), "{told}");
    // An owner with its determiner ("of the train's five carriages"): the part against the
    // part, not against the other's whole.
    let told = explanation(
        "Two of its five carriages came off the rails, according to police.",
        "Three of the train's five carriages left the rails, police said.",
        "two against three carriages off the rails",
    );
    assert!(
        told.contains("Two") && told.contains("Three") && !told.contains("five"),
        "{told}"
    );
    // Seats taken and seats secured are won alike.
    let told = explanation(
        "Prime Minister David Cameron's Conservatives won an outright majority in Thursday's election, taking 331 of the 650 seats in parliament.",
        "British Prime Minister David Cameron's Conservative Party won a surprise majority in Thursday's general election, securing 330 seats in the 650-seat House of Commons.",
        "331 against 330 seats",
    );
    assert!(told.contains("331") && told.contains("330"), "{told}");
}

/// Seats are someone's out of an election too: two parties' seats are two counts, one
/// party's two counts of its seats disagree.
#[test]
fn seats_held_by_two_parties_are_two_counts() {
    assert!(
        compare(
            "Without the Agrarians, Marescu's Civic Union holds 74 of the assembly's 181 seats.",
            "The Agrarians hold 21 seats in the 181-seat assembly.",
        )
        .is_none()
    );
    assert!(
        compare(
            "The Agrarians hold 19 seats in the assembly, the party said.",
            "The Agrarians hold 21 seats in the 181-seat assembly.",
        )
        .is_some()
    );
}

#[test]
fn two_shares_of_the_vote_of_one_holder_disagree_and_of_two_do_not() {
    let told = explanation(
        "The ruling party won 41.5 percent of the vote, the electoral commission said.",
        "The ruling party won 44 percent of the vote in Sunday's election.",
        "41.5 against 44 percent of the vote",
    );
    assert!(
        told.starts_with("share of the vote: 41.5 percent"),
        "{told}"
    );
    assert_eq!(
        compare(
            "The ruling party won 44 percent of the vote, the electoral commission said.",
            "The opposition won 41.5 percent of the vote in Sunday's election.",
        ),
        None
    );
    let told = explanation(
        "Turnout was 71 percent, officials said.",
        "Turnout was 68 percent.",
        "two turnouts",
    );
    assert!(told.starts_with("turnout: 71 percent"), "{told}");
    // A party's seats told beside its earlier result are of now; the result multiplied is
    // an earlier value.
    let told = explanation(
        "Geert Wilders' far-right Party for Freedom (PVV) won 37 of the 150 seats in the Dutch parliament, more than doubling its result from 2021.",
        "Geert Wilders' far-right Freedom party won 35 of the 150 seats.",
        "37 seats against 35",
    );
    assert!(told.contains("37") && told.contains("35"), "{told}");
    let told = explanation(
        "Wilders' Party for Freedom won 37 seats in the 150-seat lower house, more than double the 17 it won in the previous election.",
        "Geert Wilders' far-right Freedom party won 35 of the 150 seats.",
        "37 seats against 35, not 17",
    );
    assert!(told.contains("37") && !told.contains("17"), "{told}");
    // A time right after the multiple dates the multiplying itself.
    assert!(
        compare(
            "The chief executive's total compensation nearly doubled last year to $19.7 million.",
            "The chief executive's total compensation rose to $25 million.",
        )
        .is_none()
    );
    // A turnout is compared across sources directly, not an earlier election's.
    let keys = |text: &str| {
        let date = crate::model::Date::from_ymd_opt(2025, 4, 14);
        crate::conflict::testing::alone(
            Written::new(text, "Daily Ledger").dated(date),
            turnout_keys,
        )
    };
    assert_eq!(keys("Turnout was 83.8%."), ["#turnout"]);
    assert_eq!(
        keys("Turnout was 83.8%."),
        keys("Turnout was about 82%, the electoral council said.")
    );
    assert!(keys("Turnout in the 2021 election was 80.9%.").is_empty());
    // Not a turnout as of an hour of the voting day; a time of telling is no such hour.
    assert!(keys("By 1 p.m. on Sunday, turnout stood at just 23 percent.").is_empty());
    assert_eq!(
        keys(
            "Turnout was 58.7 percent, the chairwoman told a news conference shortly after 3 a.m."
        ),
        ["#turnout"]
    );
    // A place's turnout meets that place's only.
    let in_the_capital = keys("In Velmora, turnout reached 66 percent.");
    assert_eq!(in_the_capital.len(), 1);
    assert_ne!(in_the_capital, keys("Turnout was 58.7%."));
    // Nor an earlier vote's, told in a paragraph that opens on its year.
    let paragraph = "In 2011, voters were asked to cut the size of parliament. That proposal was \
                     rejected by 61 percent of voters, on a turnout of just 41 percent.";
    let date = crate::model::Date::from_ymd_opt(2025, 4, 14);
    assert!(
        crate::conflict::testing::alone(
            Written::new(
                "That proposal was rejected by 61 percent of voters, on a turnout of just 41 percent.",
                "Daily Ledger"
            )
            .dated(date)
            .in_article(paragraph),
            turnout_keys,
        )
        .is_empty()
    );
    // A turnout told at an hour of the voting day is a count still rising.
    assert_soft_because(
        "Turnout in the parliamentary election was 88.41 percent as of 4:00 p.m. local time.",
        "Authorities said turnout reached 93.87 percent in the election.",
        "a count still rising",
    );
    // The earlier value a figure is compared with is no figure of now.
    assert!(
        compare(
            "Turnout was 66.1 percent, up from 65.1 percent in 2010.",
            "Turnout was 66 percent.",
        )
        .is_none()
    );
    // A verb of winning right before the figure, in a statement of an election.
    let told = explanation(
        "The opposition Democratic Alliance took 31 percent and 89 seats.",
        "The Democratic Alliance won 33 percent of the vote and 94 seats.",
        "31 against 33 percent",
    );
    assert!(told.starts_with("share of the vote: 31 percent"), "{told}");
    // Without a word of an election, a share won is no share of a vote.
    assert!(events("The phone maker took 31 percent of the market.").is_empty());
    // A rival beaten is no holder of the winner's share.
    assert_eq!(
        compare(
            "President Daniel Noboa was reelected Sunday, beating leftist Luisa Gonzalez with 56% of the vote.",
            "Gonzalez won 44.4% of the vote in the runoff election.",
        ),
        None
    );
    // The second holder of a clause is the one after the first figure.
    let told = explanation(
        "Smith won 51.3 percent of the vote, while Jones took 48.7 percent.",
        "Jones won 46 percent of the vote in the runoff election.",
        "48.7 against 46 percent for Jones",
    );
    assert!(told.contains("48.7") && told.contains("46"), "{told}");
    assert_eq!(
        compare(
            "Smith won 51.3 percent of the vote, while Jones took 48.7 percent.",
            "Smith won 52 percent of the vote in the runoff election.",
        )
        .map(|c| c.explanation.contains("48.7")),
        Some(false)
    );
    // Seats won in an election are of their holder too; a figure with no words of its own
    // is the earlier figure's holder's.
    let checks = traced(
        "The ruling Justice Party won 52 percent of the vote and 183 of the 300 seats.",
        "The Democratic Alliance won 33 percent of the vote and 94 seats.",
    );
    assert!(!checks.is_empty());
    assert!(
        checks
            .iter()
            .all(|(_, _, verdict)| *verdict == Verdict::Kept(Rule::OtherHolder)),
        "{checks:?}"
    );
    let told = explanation(
        "The opposition Democratic Alliance took 31 percent and 89 seats in the election.",
        "The Democratic Alliance won 33 percent of the vote and 94 seats.",
        "89 against 94 seats of one party",
    );
    assert!(told.contains("31") || told.contains("89"), "{told}");
    // A length told of the holder is no figure the holder is read after, nor a time of
    // the figures; nor is the year of an earlier figure given to compare.
    let told = explanation(
        "Chega, a populist party founded five years ago, won 48 seats in the election, up from 12 in 2022.",
        "Chega won 50 seats in the election, four times the 12 it held before.",
        "48 against 50 seats of Chega",
    );
    assert!(told.contains("48") && told.contains("50"), "{told}");
}

#[test]
fn a_part_of_things_counts_what_its_clause_tells_and_its_whole_does_not() {
    let told = explanation(
        "The Justice Party won 183 of the 300 seats in the election.",
        "The Justice Party won 176 seats in the election.",
        "183 against 176 seats won",
    );
    assert!(told.starts_with("seats: 183"), "{told}");
    // The whole a part is taken from is not what was done: 300 seats were not won.
    let checks = traced(
        "The Justice Party won 183 of the 300 seats in the election.",
        "The Justice Party won 183 seats in the election.",
    );
    assert!(checks.iter().all(|(a, _, _)| a != "300"), "{checks:?}");
}

#[test]
fn each_group_of_a_list_aboard_takes_the_lists_word_of_harm() {
    assert_eq!(
        events("The plane's 227 passengers and 12 crew members are presumed dead."),
        [("227".to_string(), "KILL"), ("12".to_string(), "KILL")]
    );
}

#[test]
fn a_crafts_passengers_and_crew_add_up_to_everyone_aboard() {
    let told = explanation(
        "AirAsia Flight 8501, an Airbus A320 with 162 people on board, lost contact on Sunday.",
        "AirAsia Flight 8501, carrying 155 passengers and six crew members, lost contact.",
        "162 aboard against 155 and six",
    );
    assert!(
        told.starts_with("people aboard: 162")
            && told.contains("155 passengers and six crew, 161 in all"),
        "{told}"
    );
    // Groups that add up to the whole agree.
    assert_eq!(
        compare(
            "AirAsia Flight 8501, an Airbus A320 with 162 people on board, lost contact.",
            "AirAsia Flight 8501, carrying 155 passengers and seven crew members, lost contact.",
        ),
        None
    );
    // Crew told in parts (pilots are crew) add up to the crew, then to everyone aboard.
    assert_eq!(
        compare(
            "The flight was bound for Bamako with 79 passengers and six crew members on board.",
            "The plane was carrying 79 passengers, two pilots and four cabin crew to Bamako.",
        ),
        None
    );
    let told = explanation(
        "A Boeing 737 carrying 85 people skidded off the runway while taking off.",
        "The plane was carrying 78 passengers, two pilots and four cabin crew to Bamako.",
        "85 aboard against 78 and six",
    );
    assert!(
        told.contains("78 passengers and two plus four crew, 84 in all"),
        "{told}"
    );
}

#[test]
fn a_crafts_passengers_and_crew_are_parts_of_everyone_aboard() {
    // Passengers against everyone, crew against a toll that names no one: parts of it.
    assert_eq!(
        compare(
            "All 155 passengers were killed when the plane crashed, officials said.",
            "All 162 people on board were killed when the plane crashed.",
        ),
        None
    );
    assert_eq!(
        compare(
            "Seven crew members died when the plane crashed, officials said.",
            "The crash killed 162, officials said.",
        ),
        None
    );
    // Two counts of the passengers disagree.
    let told = explanation(
        "All 155 passengers were killed when the plane crashed, officials said.",
        "All 150 passengers were killed when the plane crashed.",
        "155 against 150 passengers",
    );
    assert!(told.starts_with("passengers killed"), "{told}");
}

#[test]
fn the_evacuated_the_displaced_and_the_rescued_are_measures_of_their_own() {
    assert_eq!(
        events("More than 12,000 people have been evacuated from their homes."),
        vec![("More than 12,000".to_string(), "EVACUATE")]
    );
    assert_eq!(
        events("Some 40,000 people were displaced by the floods."),
        vec![("Some 40,000".to_string(), "DISPLACE")]
    );
    assert_eq!(
        events("Firefighters said 12 people were rescued from the rubble."),
        vec![("12".to_string(), "RESCUE")]
    );
    assert_eq!(
        events("Two people were pulled from the water, officials said."),
        vec![("Two".to_string(), "RESCUE")]
    );
    // A measure's phrase nearer the figure than an event word tells what it counts; a
    // gunman's drawing a gun is no rescue.
    assert_eq!(
        events("Officials said 10 people had been pulled out alive."),
        vec![("10".to_string(), "RESCUE")]
    );
    assert!(events("Police say three men pulled out guns and began shooting.").is_empty());
    // People brought or led out, told in the passive, were rescued; moved out of their
    // homes or of a place, evacuated.
    assert_eq!(
        events("About 40 hostages were brought out alive, some on stretchers."),
        vec![("About 40".to_string(), "RESCUE")]
    );
    assert_eq!(
        events("The ministry said more than 60 hostages were led out of the building."),
        vec![("more than 60".to_string(), "RESCUE")]
    );
    assert_eq!(
        events("Close to 5,000 people were moved out of their homes overnight."),
        vec![("Close to 5,000".to_string(), "EVACUATE")]
    );
    // Moved out of a place, told in the passive: evacuated.
    assert_eq!(
        events("More than 9,000 people had been moved out of Castelmor by Tuesday evening."),
        vec![("More than 9,000".to_string(), "EVACUATE")]
    );
    // Those trapped, a count that moves either way.
    assert_eq!(
        events("At least 14 people were killed and 39 were trapped after the mine collapsed."),
        vec![
            ("At least 14".to_string(), "KILL"),
            ("39".to_string(), "TRAP")
        ]
    );
    // Those inside a place when something befell it, told as such; not a place that only
    // says where people were.
    assert_eq!(
        events("Around 300 worshippers were inside the mosque at the time of the blast."),
        vec![("Around 300".to_string(), "INSIDE")]
    );
    assert_eq!(
        events("About 50 workers were on the site at the time of the collapse, witnesses said."),
        vec![("About 50".to_string(), "INSIDE")]
    );
    // A crowd inside, and people packed into the place.
    assert_eq!(
        events("A crowd of about 9,000 was inside the arena when the roof gave way."),
        vec![("about 9,000".to_string(), "INSIDE")]
    );
    assert_eq!(
        events("Some 12,000 fans had packed into the arena for the final."),
        vec![("Some 12,000".to_string(), "INSIDE")]
    );
    assert!(events("A car with four young men inside pulled up.").is_empty());
    // Those told present at a place by a verb of being, a preposition and the moment
    // (`presence-verbs`, `presence-prepositions`, `presence-moments`); not a stay told
    // with no moment of the story.
    assert_eq!(
        events(
            "Administrator Lorraine Mbeki-Hart said twenty-six residents were in the building when the tornado hit."
        ),
        vec![("twenty-six".to_string(), "INSIDE")]
    );
    assert_eq!(
        events("More than 70 workers were on the premises at the time, according to police."),
        vec![("More than 70".to_string(), "INSIDE")]
    );
    assert!(events("Two patients were in the hospital on Monday.").is_empty());
    // At work there (`presence-duties`); not any deed under way, which tells no place.
    assert_eq!(
        events("Just six officers were staffing the post when the car detonated."),
        vec![("six".to_string(), "INSIDE")]
    );
    assert!(
        events("Police say two men were arguing on the porch when one shot the other.").is_empty()
    );
    // On duty at a post when something befell it: present there. On duty in a city or an
    // area: deployed (`SEND after` in measure-phrases.txt).
    assert_eq!(
        events("Eleven officers were on duty at the checkpoint when the car exploded."),
        vec![("Eleven".to_string(), "INSIDE")]
    );
    assert_eq!(
        events("Some 2,500 police officers were on duty in Merrovan on Tuesday."),
        vec![("Some 2,500".to_string(), "SEND")]
    );
    // They are compared across sources directly, those of an earlier event not.
    let keys = |text: &str| {
        let date = crate::model::Date::from_ymd_opt(2021, 11, 3);
        crate::conflict::testing::alone(
            Written::new(text, "Daily Ledger").dated(date),
            crate::conflict::number::inside_keys,
        )
    };
    assert_eq!(
        keys(
            "More than 100 workers were believed to have been inside when the building came down."
        ),
        ["#inside"]
    );
    assert!(keys("In 2012, about 40 people were inside the old tower when it fell.").is_empty());
    assert!(keys("The building came down on Monday.").is_empty());
    // Everyone aboard a craft, in all, is compared across sources directly too; a group of
    // them is not, nor those aboard a craft of a past event.
    let aboard = |text: &str, article: &str| {
        let date = crate::model::Date::from_ymd_opt(2025, 5, 7);
        crate::conflict::testing::alone(
            Written::new(text, "Daily Ledger")
                .dated(date)
                .in_article(article),
            crate::conflict::number::aboard_keys,
        )
    };
    for text in [
        "The Airbus A220, carrying more than 150 people to Halifax, had lost an engine.",
        "None of the 142 passengers and crew on board Flight 1183 were injured.",
    ] {
        assert_eq!(aboard(text, text), ["#aboard"], "{text}");
    }
    let passengers = "The jet was carrying 137 passengers when it struck the birds.";
    assert!(aboard(passengers, passengers).is_empty());
    let hudson = "The incident drew comparisons with the 2009 \"Miracle on the Hudson,\" when a \
                  jet ditched in the Hudson River. All 155 people aboard survived.";
    assert!(aboard("All 155 people aboard survived.", hudson).is_empty());
    let told = explanation(
        "The Airbus A220, carrying more than 150 people to Halifax, had lost an engine.",
        "None of the 142 passengers and crew on board Flight 1183 were injured.",
        "more than 150 against 142 aboard",
    );
    assert!(told.starts_with("people aboard"), "{told}");
    // Those abducted, pupils counted as people.
    assert_eq!(
        events("Gunmen abducted 287 pupils from a school in Kaduna state on Thursday."),
        vec![("287".to_string(), "ABDUCT")]
    );
    let told = explanation(
        "Gunmen abducted 287 pupils from a school in Kaduna state on Thursday.",
        "Gunmen kidnapped 250 students from a school in Kaduna state on Thursday.",
        "two counts of the abducted",
    );
    assert!(told.starts_with("people abducted: 287"), "{told}");
    let told = explanation(
        "More than 12,000 people have been evacuated from their homes.",
        "About 9,000 residents were evacuated from their homes.",
        "two counts of the evacuated",
    );
    assert!(told.starts_with("people evacuated"), "{told}");
    // The evacuated are no toll.
    assert!(
        compare(
            "More than 12,000 people have been evacuated from their homes.",
            "At least 43 people were killed in the floods.",
        )
        .is_none()
    );
}

#[test]
fn the_nearest_participle_governs_a_figure() {
    // "striking two students": not two killed.
    assert!(
        events("He opened fire with a revolver, killing Smith and striking two students.")
            .is_empty()
    );
    assert_eq!(
        events("The gunman opened fire, killing at least 16 people."),
        vec![("at least 16".to_string(), "KILL")]
    );
}

#[test]
fn the_level_of_a_death_toll_counts_the_killed() {
    assert_eq!(
        events("The death toll from the floods in the north rose to 38 on Tuesday."),
        vec![("38".to_string(), "KILL")]
    );
    assert_eq!(
        events("Death toll from floods rises to 38"),
        vec![("38".to_string(), "KILL")]
    );
    let told = explanation(
        "Floods have killed at least 43 people in the northern province, officials said.",
        "The death toll from the floods in the northern province rose to 38.",
        "at least 43 against a toll of 38",
    );
    assert!(
        told.contains("at least 43") && told.contains("38"),
        "{told}"
    );
    // A toll with other words between is not the figure's: "the toll rose as 12 more
    // bodies were found".
    assert!(events("The toll rose after 12 more bodies were found in the river.").is_empty());
}

#[test]
fn a_crowd_as_someone_put_it_is_a_size_of_the_crowd() {
    let crowds = events;
    assert_eq!(
        crowds("Police estimated the crowd at about 1,500."),
        [("about 1,500".to_string(), "CROWD")]
    );
    assert_eq!(
        crowds("Police put the number at around 4,000 at its peak."),
        [("around 4,000".to_string(), "CROWD")]
    );
    // A time is no size: "disperse the crowd at about 8:40 p.m.".
    assert!(
        crowds(
            "They drove a police car through the square to disperse the crowd at about 8:40 p.m."
        )
        .is_empty()
    );
    let found = compare(
        "Police estimated the crowd at about 1,500.",
        "Demonstrators began arriving at about 10 a.m., and police put the number at around 4,000 at its peak.",
    )
    .expect("1,500 against 4,000");
    assert!(
        found
            .explanation
            .starts_with("people gathered: about 1,500"),
        "{}",
        found.explanation
    );
}

#[test]
fn a_list_of_those_aboard_counts_each_group_whole() {
    let groups = |text: &str| {
        let f = Features::unweighted(text, None);
        measured(&f, text)
            .into_iter()
            .map(|(q, m)| (q.text.clone(), m.event, m.population))
            .collect::<Vec<_>>()
    };
    // Each group takes the list's predicate, after it or before it.
    assert_eq!(
        groups("There were 155 passengers and seven crew members on board."),
        [
            ("155".to_string(), "ABOARD", Population::Passengers),
            ("seven".to_string(), "ABOARD", Population::Crew)
        ]
    );
    assert_eq!(
        groups("The Airbus was carrying 155 passengers and seven crew."),
        [
            ("155".to_string(), "ABOARD", Population::Passengers),
            ("seven".to_string(), "ABOARD", Population::Crew)
        ]
    );
    // A crew's size is of those aboard, whatever befell them.
    assert_eq!(
        groups("The ship's crew of 22, all Indian nationals, were unharmed."),
        [("22".to_string(), "ABOARD", Population::Crew)]
    );
    // What a craft carries is no count of those aboard unless it counts people.
    assert!(
        groups("Three cables carrying more than 75 percent of the traffic have been damaged.")
            .is_empty()
    );
    assert!(groups("He was carrying $2,400 in cash.").is_empty());
    // "aboard" right after the figure is no noun: "162 aboard" counts those aboard.
    assert_eq!(
        groups("The jet with 162 aboard vanished over the sea."),
        [("162".to_string(), "ABOARD", Population::Unknown)]
    );
    // Two counts of the crew disagree.
    let told = explanation(
        "There were 155 passengers and seven crew members on board.",
        "The jet was carrying 155 passengers and six crew.",
        "seven against six crew",
    );
    assert!(told.starts_with("crew aboard: seven"), "{told}");
    // Parts of a list of one toll stay parts.
    assert!(
        compare(
            "Two deputies and a trooper were killed in the ambush.",
            "Four officers were killed in the ambush.",
        )
        .is_none()
    );
}

#[test]
fn a_count_of_attackers_counts_the_attackers_not_a_harm() {
    for (text, event) in [
        (
            "Four gunmen stormed a luxury hotel in the capital on Friday.",
            "ATTACKERS",
        ),
        (
            "Three gunmen attacked the hotel on Friday evening.",
            "ATTACKERS",
        ),
        (
            "Three suicide bombers blew themselves up at the hotel.",
            "ATTACKERS",
        ),
        (
            "Police believe two shooters opened fire on the crowd.",
            "ATTACKERS",
        ),
        ("The three attackers were killed.", "KILL"),
        ("Police arrested two gunmen on Saturday.", "DETAIN"),
    ] {
        assert_eq!(events(text).first().map(|(_, e)| *e), Some(event), "{text}");
    }
    // Those the attackers harmed are not attackers: "killing 12" after "four gunmen".
    let text = "Four gunmen stormed the hotel on Friday, killing 12.";
    let f = Features::unweighted(text, None);
    let read: Vec<_> = measured(&f, text)
        .into_iter()
        .map(|(q, m)| (q.text.clone(), m.event, m.population))
        .collect();
    assert_eq!(
        read,
        vec![
            ("Four".to_string(), "ATTACKERS", Population::Perpetrators),
            ("12".to_string(), "KILL", Population::Unknown),
        ]
    );
    // "two more gunmen" are more than those told.
    assert!(events("Police are hunting up to two more gunmen.").is_empty());
}

#[test]
fn counts_of_attackers_of_one_kind_are_compared() {
    let why = explanation(
        "Four gunmen stormed a luxury hotel in the capital on Friday, police said.",
        "Three gunmen attacked the hotel in the capital on Friday evening, officials said.",
        "four gunmen against three",
    );
    assert!(why.starts_with("attackers taking part: Four"), "{why}");
    // A noun of any kind of attacker meets a kind.
    assert!(
        compare(
            "Four attackers stormed the hotel in the capital on Friday.",
            "Three gunmen stormed the hotel in the capital on Friday.",
        )
        .is_some()
    );
    // Two kinds are two groups: both may be true.
    assert!(
        compare(
            "The attack on the hotel was carried out by two suicide bombers.",
            "Three gunmen attacked the hotel.",
        )
        .is_none()
    );
}

#[test]
fn a_person_added_along_with_a_count_makes_it_a_part() {
    // Nine died: eight and the pilot.
    assert!(
        compare(
            "All nine people on board died, the sheriff said.",
            "Eight people died in the crash along with the pilot, authorities said.",
        )
        .is_none()
    );
    // A person after a comma belongs to another phrase: "killed two people and then himself
    // inside its lobby, the gunman's daughter told a paper" counts two killed.
    assert_eq!(
        events("Two days after a gunman killed two people and then himself inside its lobby, the gunman's daughter told a local paper.")
            .first()
            .map(|(q, e)| (q.as_str(), *e)),
        Some(("two", "KILL"))
    );
}

#[test]
fn a_count_of_responders_at_work_is_compared_whatever_their_verb() {
    for (text, event) in [
        (
            "About 3,200 firefighters were battling the blaze on Friday.",
            "RESPONDERS",
        ),
        (
            "Some 2,000 firefighters were deployed to fight the fire.",
            "RESPONDERS",
        ),
        ("More than 400 rescuers searched the rubble.", "RESPONDERS"),
        // At the scene with things of their own, they are all there: neither a part of a
        // toll nor an item of a list of people.
        (
            "Eighty firefighters and 15 engines were at the scene, the fire service said.",
            "RESPONDERS",
        ),
        ("Two firefighters were injured.", "INJURE"),
    ] {
        assert_eq!(events(text).first().map(|(_, e)| *e), Some(event), "{text}");
    }
    // Firefighters told among the dead are no count of those at work.
    assert!(
        events("Among the dead were two volunteer firefighters who were caught by the fire front.")
            .iter()
            .all(|(_, e)| *e != "RESPONDERS")
    );
    let why = explanation(
        "About 3,200 firefighters were battling the blaze, which was fanned by winds of up to 50 mph.",
        "Some 2,000 firefighters were deployed to fight the fire, which was driven by gusts of 35 mph.",
        "3,200 firefighters against 2,000",
    );
    assert!(why.starts_with("responders at work: About 3,200"), "{why}");
    // A team at one fire and another at a second meet only when linked for their words.
    let (a, b) = (
        "About 3,200 firefighters were battling the blaze.",
        "Some 2,000 firefighters were deployed to fight the fire.",
    );
    let (fa, fb) = (Features::unweighted(a, None), Features::unweighted(b, None));
    let (ma, mb) = (measured(&fa, a), measured(&fb, b));
    let ([(qa, xa)], [(qb, xb)]) = (ma.as_slice(), mb.as_slice()) else {
        panic!("one count each: {ma:?} {mb:?}");
    };
    assert!(!well_defined_pair((qa, *xa), (qb, *xb)));
}

#[test]
fn counts_of_attackers_are_not_compared_on_their_figures_alone() {
    // "four gunmen stormed the hotel" and "eight militants stormed the army base" may tell
    // two targets: only a link by words says they tell one.
    let (a, b) = (
        "Four gunmen stormed a luxury hotel on Friday.",
        "Eight militants stormed the army base early on Saturday.",
    );
    let (fa, fb) = (Features::unweighted(a, None), Features::unweighted(b, None));
    let (ma, mb) = (measured(&fa, a), measured(&fb, b));
    let ([(qa, xa)], [(qb, xb)]) = (ma.as_slice(), mb.as_slice()) else {
        panic!("one count each: {ma:?} {mb:?}");
    };
    assert!(xa.is_attackers() && xb.is_attackers());
    assert!(!well_defined_pair((qa, *xa), (qb, *xb)));
}

#[test]
fn a_place_marked_as_one_of_several_counts_a_part() {
    for (a, b) in [
        (
            "A magnitude 6.4 earthquake struck western Nepal late on Friday, killing at least 120 people, officials said.",
            "In Jajarkot district alone, 105 people were killed and 85 injured, the district official said.",
        ),
        (
            "Hundreds of houses collapsed in Jajarkot district, the worst-hit area, where 92 people died.",
            "At least 157 people were killed when a strong earthquake shook western Nepal on Friday.",
        ),
        (
            "Police said the shootings took place from Friday through Sunday, including one shooting that left one person dead and four others wounded.",
            "A spate of three shootings over three hours Friday night resulted in two deaths and at least six injured.",
        ),
        (
            "One of the incidents was a shooting in the club's parking lot that injured two people.",
            "The nightclub shooting left two people dead and eight others injured.",
        ),
    ] {
        assert!(compare(a, b).is_none(), "{a} / {b}");
    }
    // Unmarked, the district's toll meets the quake's as a conflict.
    assert!(
        compare(
            "Hundreds of houses collapsed in Jajarkot district, where 92 people died.",
            "At least 157 people were killed when a strong earthquake shook western Nepal on Friday.",
        )
        .is_some()
    );
    // Two tolls of the one place both mark are compared.
    assert!(
        compare(
            "Hundreds of houses collapsed in Jajarkot district, the worst-hit area, where 92 people died.",
            "In Jajarkot district alone, 105 people were killed and 85 injured.",
        )
        .is_some()
    );
}

#[test]
fn passengers_and_crew_counted_side_by_side_are_those_aboard() {
    let text =
        "The ATR 72 aircraft, with 68 passengers and four crew members, went down at 10:50 a.m.";
    assert_eq!(
        events(text),
        [("68".to_string(), "ABOARD"), ("four".to_string(), "ABOARD")]
    );
    let why = explanation(
        text,
        "The plane, carrying 66 passengers and six crew, crashed at 10:33 a.m.",
        "68 passengers against 66",
    );
    assert!(why.starts_with("passengers aboard: 68"), "{why}");
    // A ship's crew held by pirates, counted alone, is not aboard a craft.
    assert!(events("Pirates are holding about a dozen ships and nearly 300 crewmen.").is_empty());
}

#[test]
fn none_of_everyone_meets_a_count_of_a_group() {
    for (a, b) in [
        (
            "There were no survivors among the 72 people on board, officials said.",
            "Two passengers survived the crash and were taken to hospital, officials said.",
        ),
        (
            "Police said the crowd had dispersed and no injuries were reported.",
            "Two officers suffered minor injuries in the clashes.",
        ),
    ] {
        assert!(compare(a, b).is_some(), "{a} / {b}");
    }
    // None of a part of the public says nothing of a group outside it.
    assert!(
        compare(
            "No civilians were killed in the clashes, the army said.",
            "Two soldiers were killed in the clashes, the army said.",
        )
        .is_none()
    );
}

#[test]
fn a_storms_category_is_a_measure_told_at_an_hour() {
    let found = compare(
        "Hurricane Ian was a Category 4 storm on Wednesday.",
        "Hurricane Ian strengthened into a Category 3 storm over the Gulf on Wednesday.",
    )
    .expect("Category 4 against Category 3");
    assert_eq!(found.severity, Severity::Soft);
    assert!(
        found.explanation.starts_with("storm category: 4"),
        "{}",
        found.explanation
    );
    // Told of one landfall, the two are of one hour; of landfalls placed apart, of two.
    let found = compare(
        "Hurricane Ian made landfall in Florida as a Category 4 storm on Wednesday.",
        "Ian came ashore in Florida as a Category 3 hurricane on Wednesday.",
    )
    .expect("Category 4 against Category 3 at landfall");
    assert_eq!(found.severity, Severity::Hard, "{}", found.explanation);
    let found = compare(
        "Hurricane Ian made landfall in Florida as a Category 4 storm.",
        "Ian came ashore in South Carolina as a Category 1 hurricane.",
    );
    assert!(
        found.as_ref().is_none_or(|f| f.severity == Severity::Soft),
        "{found:?}"
    );
    // A statement telling the change gives both; and "category" of anything else is none.
    for (a, b) in [
        (
            "Hurricane Ian weakened to Category 3 from Category 4 over Florida.",
            "Hurricane Ian made landfall in Florida as a Category 4 storm.",
        ),
        (
            "The company was fined in Category 2 of the rules.",
            "The company was fined in Category 3 of the rules.",
        ),
    ] {
        assert!(compare(a, b).is_none(), "{a} / {b}");
    }
    // A tornado's rating on the Enhanced Fujita scale is one too, its number joined by a
    // dash ("EF-4", no identifier such as "F-16").
    let found = compare(
        "The twister, rated EF-4 with winds of up to 170 mph, cut a path about 170 miles long.",
        "The tornado that struck Rolling Fork was rated an EF-3 by the National Weather Service.",
    )
    .expect("EF-4 against EF-3");
    assert_eq!(found.severity, Severity::Soft);
    assert!(
        found.explanation.starts_with("storm category: 4"),
        "{}",
        found.explanation
    );
}

#[test]
fn votes_won_by_one_candidate_are_compared() {
    let why = explanation(
        "President Nana Akufo-Addo won 6,730,413 votes in the election, the electoral commission said.",
        "President Nana Akufo-Addo won 6,214,889 votes in the election, the electoral commission said.",
        "two counts of one candidate's votes",
    );
    assert!(why.starts_with("votes"), "{why}");
    for (a, b) in [
        (
            "President Nana Akufo-Addo won 6,730,413 votes in the election.",
            "His rival John Mahama won 6,213,182 votes in the election.",
        ),
        (
            "The jurors said they were among the nine voting to put him to death.",
            "The jury was deadlocked, with nine in favor and three voting for life.",
        ),
    ] {
        assert!(compare(a, b).is_none(), "{a} / {b}");
    }
}

#[test]
fn nationals_among_the_dead_are_compared_country_by_country() {
    let why = explanation(
        "A Ukrainian passenger jet crashed near Tehran, killing all 176 people on board, including 82 Iranians and 63 Canadians, officials said.",
        "Among the dead were 57 Canadians, Canada's foreign minister said.",
        "63 Canadians against 57",
    );
    assert!(why.starts_with("nationals of canada killed: 63"), "{why}");
    // One part alone, after "included", is a part as a list's are.
    let why = explanation(
        "The dead included eight Americans, the airline said.",
        "The dead included 32 Kenyan nationals, 18 Canadians and nine Americans.",
        "eight Americans against nine",
    );
    assert!(why.starts_with("nationals of us killed: eight"), "{why}");
    for (a, b) in [
        (
            "The jet crashed near Tehran, killing all 176 people on board, including 82 Iranians and 63 Canadians.",
            "Among the dead were 10 Germans, state media said.",
        ),
        (
            "The jet crashed near Tehran, killing all 176 people on board, including 63 Canadians.",
            "The jet crashed near Tehran, killing at least 170 people.",
        ),
    ] {
        assert!(compare(a, b).is_none(), "{a} / {b}");
    }
    // Alone, a count of nationals is no part; a demonym without a plural is an adjective.
    for text in [
        "The attack on the school killed 40 Palestinians.",
        "Pirates captured two Yemeni fishing boats.",
    ] {
        let f = Features::unweighted(text, None);
        assert!(
            measured(&f, text)
                .iter()
                .all(|(_, m)| !matches!(m.population, Population::Nationals { .. })),
            "{text}"
        );
    }
}

#[test]
fn people_taken_by_a_verb_of_storming_are_detained() {
    for (text, event) in [
        (
            "The Indian navy captured 23 piracy suspects in the Gulf of Aden.",
            "DETAIN",
        ),
        (
            "Officials said 26 suspects were captured on Friday.",
            "DETAIN",
        ),
        (
            "About 200 protesters stormed the parliament building.",
            "STORM",
        ),
        ("Police captured two gunmen after a chase.", "DETAIN"),
    ] {
        assert_eq!(events(text).first().map(|(_, e)| *e), Some(event), "{text}");
    }
}

#[test]
fn a_disasters_evacuated_displaced_and_rescued_told_before_the_figure() {
    for (text, event) in [
        (
            "Authorities evacuated more than 12,000 people from the coast.",
            "EVACUATE",
        ),
        (
            "The floods displaced 32,000 people across the state.",
            "DISPLACE",
        ),
        (
            "Rescuers pulled more than 3,500 people from flooded homes.",
            "RESCUE",
        ),
    ] {
        assert_eq!(events(text).first().map(|(_, e)| *e), Some(event), "{text}");
    }
}

#[test]
fn the_missing_counted_on_two_days_differ_by_timing() {
    let day = |d| crate::model::Date::from_ymd_opt(2024, 5, d);
    let found = run(
        Written::new(
            "At least 39 people have died and 68 are missing after the floods, the governor said.",
            "Daily Ledger",
        )
        .dated(day(2)),
        Written::new(
            "At least 39 people have died and 67 are still missing after the floods, officials said.",
            "Evening Post",
        )
        .dated(day(3)),
        detect,
    )
    .expect("68 against 67 missing");
    assert_eq!(found.severity, Severity::Soft, "{}", found.explanation);
    // On one day, they cannot both be true.
    let same_day = compare(
        "At least 39 people have died and 68 are missing after the floods, the governor said.",
        "At least 39 people have died and 67 are still missing after the floods, officials said.",
    )
    .expect("68 against 67 missing, one day");
    assert_eq!(
        same_day.severity,
        Severity::Hard,
        "{}",
        same_day.explanation
    );
}

#[test]
fn a_lone_attacker_is_one_and_attackers_who_killed_are_attackers() {
    let found = compare(
        "A suicide bomber blew himself up at a police checkpoint in Kabul, killing 12 people.",
        "Two suicide bombers blew themselves up at a police checkpoint in Kabul, killing 12 people.",
    )
    .expect("one bomber against two");
    assert_eq!(found.severity, Severity::Hard);
    assert!(
        found
            .explanation
            .starts_with("attackers taking part: A suicide bomber"),
        "{}",
        found.explanation
    );
    // "Two gunmen killed five people" counts the gunmen as attackers, not as dead.
    let why = explanation(
        "Two gunmen killed five people at a market on Monday.",
        "A gunman killed five people at a market on Monday.",
        "two gunmen against one",
    );
    assert!(why.starts_with("attackers taking part: Two"), "{why}");
    // A figure written with an article is no lone attacker: "a dozen militants died" counts
    // dead attackers.
    let why = explanation(
        "A dozen militants died in the assault, officials said.",
        "Twenty militants died in the assault, officials said.",
        "a dozen dead attackers against twenty",
    );
    assert!(why.starts_with("attackers killed"), "{why}");
    // Dead attackers are still dead attackers; anyone who might attack is no count.
    assert!(
        compare(
            "Seven attackers were killed, officials said.",
            "Eight attackers died in the assault.",
        )
        .is_some()
    );
    assert!(
        compare(
            "The flaw allows an attacker to gain control of the machine.",
            "Two attackers gained control of the machine.",
        )
        .is_none()
    );
}

#[test]
fn those_in_critical_condition_are_a_count_that_moves_either_way() {
    // Told of two days: a snapshot each, a soft conflict.
    let found = compare(
        "Seven of the wounded were in critical condition at area hospitals on Saturday night, a hospital spokesman said.",
        "Three of the injured remained in critical condition on Sunday.",
    )
    .expect("seven against three");
    assert_eq!(found.severity, Severity::Soft);
    assert!(
        found.explanation.contains("told of different days"),
        "{}",
        found.explanation
    );
    // Published on two days.
    let found = run(
        Written::new(
            "Two people were critically injured, officials said.",
            "Daily Ledger",
        )
        .dated(crate::model::Date::from_ymd_opt(2017, 4, 4)),
        Written::new(
            "One person was critically injured, officials said.",
            "Evening Post",
        )
        .dated(crate::model::Date::from_ymd_opt(2017, 4, 5)),
        detect,
    )
    .expect("two against one");
    assert_eq!(found.severity, Severity::Soft);
    // Minor injuries only grow: told the same day, a hard conflict.
    let found = compare(
        "Two people suffered minor injuries, officials said.",
        "Five people suffered minor injuries, officials said.",
    )
    .expect("two against five");
    assert_eq!(found.severity, Severity::Hard);
}

#[test]
fn the_hurt_of_one_grade_are_compared_with_the_same_grade() {
    let why = explanation(
        "Sixteen people were injured, 12 of them seriously, the interior minister said.",
        "Sixteen people were injured, nine of them in a serious condition.",
        "12 seriously injured against nine",
    );
    assert!(why.starts_with("seriously injured: 12"), "{why}");
    let why = explanation(
        "Some 30 people were killed and 55 others injured, five of them critically.",
        "The UN said it had confirmed 30 dead and 55 wounded, 15 critically.",
        "five critically against 15",
    );
    assert!(why.starts_with("critically injured: five"), "{why}");
    // A grade is its own count's, not a count's before another figure, nor a thing's.
    let grade_of = |text: &str, figure: &str| {
        let f = Features::unweighted(text, None);
        measured(&f, text)
            .into_iter()
            .find(|(q, _)| q.text == figure)
            .map(|(_, m)| m.population.label())
    };
    assert_ne!(
        grade_of(
            "Five men and four women were injured -- one in critical condition.",
            "four"
        ),
        Some("critically "),
        "the four women are not all in critical condition"
    );
    assert_ne!(
        grade_of(
            "Two bystanders escaped serious injury when they were grazed.",
            "Two"
        ),
        Some("seriously "),
    );
    // Those in critical condition after the dead are hurt, not dead.
    let f = Features::unweighted(
        "Three people are dead and two are in critical condition.",
        None,
    );
    let two = measured(
        &f,
        "Three people are dead and two are in critical condition.",
    )
    .into_iter()
    .find(|(q, _)| q.text == "two")
    .map(|(_, m)| (m.event, m.population.label()));
    assert_eq!(two, Some(("INJURE", "critically ")));
    // A little harm needs its word of harm: "slightly" is said of much else.
    assert_eq!(
        grade_of(
            "Two villagers were slightly injured, the governor said.",
            "Two"
        ),
        Some("minor ")
    );
    assert_eq!(
        grade_of("At 2.66 GHz it is slightly faster than the others.", "2.66"),
        None
    );
}

#[test]
fn hostages_who_did_something_else_are_no_count_of_those_held() {
    let held = |text: &str, figure: &str| {
        let f = Features::unweighted(text, None);
        measured(&f, text)
            .into_iter()
            .find(|(q, _)| q.text == figure)
            .map(|(_, m)| m.event)
    };
    assert_eq!(
        held("The gunman had taken 17 people hostage in the cafe.", "17"),
        Some("HOSTAGE")
    );
    assert_eq!(
        held(
            "A man who took several hostages during an armed robbery shot himself.",
            "several"
        ),
        Some("HOSTAGE")
    );
    for (text, figure) in [
        ("Five hostages escaped during the afternoon.", "Five"),
        ("Gordon held one at gunpoint, and two hostages fled.", "two"),
        (
            "The gunman was killed along with two of the hostages.",
            "two",
        ),
    ] {
        assert_ne!(held(text, figure), Some("HOSTAGE"), "{text}");
    }
    // So outlets that count those who escaped differently are not told to disagree on how
    // many were held.
    assert!(
        compare(
            "The gunman had taken 17 people hostage in the cafe.",
            "Six hostages managed to flee the cafe before the raid.",
        )
        .is_none()
    );
}

#[test]
fn a_count_of_the_hurt_with_its_dead_counts_everyone_hit() {
    // "six wounded, two mortally" is two dead and four hurt, as the other outlet says.
    let funeral = "A Brooklyn funeral took a lethal turn Monday when a shootout erupted outside \
        the service, leaving six people wounded -- two mortally, authorities said.";
    assert!(
        compare(
            funeral,
            "A gunfight broke out on a Brooklyn street during a funeral service, leaving two \
             dead and four others injured, according to police.",
        )
        .is_none()
    );
    assert!(
        compare(
            "Five people were shot, one fatally, outside the bar.",
            "Four people were injured in the shooting outside the bar.",
        )
        .is_none()
    );
    // Without its dead, the count is of the injured.
    assert!(
        compare(
            "Six people were wounded in the shootout outside the funeral.",
            "Four people were injured in the shootout outside the funeral.",
        )
        .is_some()
    );
}

#[test]
fn the_dead_before_the_others_hurt_are_a_toll() {
    // "four others" are the others besides the dead: no mark of a part of the first count.
    for text in [
        "A gunfight broke out, leaving two dead and four others injured, according to police.",
        "The shooting left two dead and others injured.",
    ] {
        assert!(
            harms(text).contains(&("two".to_string(), "KILL")),
            "{text}: {:?}",
            harms(text)
        );
    }
    assert_eq!(
        harms("The shooting left two dead and four others injured, police said."),
        [("two".to_string(), "KILL"), ("four".to_string(), "INJURE")]
    );
}

#[test]
fn the_toll_of_several_shootings_over_the_weekend_is_a_running_total() {
    let weekend = "More than two dozen shootings in which three people were killed over the \
        weekend were tied to disputes between dealers, police said.";
    let overnight = "Police are investigating a series of shootings overnight which have left \
        two dead and eight other people injured.";
    assert!(compare(weekend, overnight).is_none());
    // Of one shooting, the weekend is its day: its toll is the toll.
    assert!(
        compare(
            "Three people were killed in a shooting at a night club over the weekend.",
            "Two people were killed in a shooting at a night club on Sunday morning.",
        )
        .is_some()
    );
}

#[test]
fn a_later_figure_its_own_lead_tells_otherwise_is_of_something_else() {
    // The article opens with more than 40 killed at the school; its 33rd statement's four
    // were killed by a tank firing on its own troops, another incident.
    let lead = "The civilian death toll in Gaza increased dramatically today, with reports of more than 40 Palestinians killed after missiles exploded outside a UN school.";
    let later = "Its claim to target only terrorists has been undermined by one of its own tanks firing on a building being used by Israeli troops, killing four.";
    let toll = "Gunness put the death toll of the shelling at 40.";
    let judge = |later_lead: Option<&str>| {
        run(
            Written::new(toll, "Daily Ledger"),
            match later_lead {
                Some(l) => Written::new(later, "Evening Post").led_by(l),
                None => Written::new(later, "Evening Post"),
            },
            |x, y| {
                let mut checks = Vec::new();
                let found = detect_traced(x, y, &mut checks).map(|(f, _)| f);
                (found, checks)
            },
        )
    };
    let (found, checks) = judge(Some(lead));
    assert!(found.is_none(), "{found:?}");
    assert!(
        checks
            .iter()
            .any(|c| c.verdict == Verdict::Kept(Rule::LeadTellsOther)),
        "{checks:?}"
    );
    // Without its article's lead, the four stand against the 40.
    assert!(judge(None).0.is_some());
    // A lead that gives the later figure's own toll keeps nothing apart.
    assert!(
        judge(Some(
            "Four people were killed when a tank fired on a building."
        ))
        .0
        .is_some()
    );
}

#[test]
fn a_time_after_a_sum_is_not_what_it_is_of() {
    let of = |text: &str| -> Vec<String> {
        let f = Features::unweighted(text, None);
        let sums = things::money_sum(&f, text);
        things::money_objects(&f, text, sums[0])
            .into_iter()
            .map(|d| d.word)
            .collect()
    };
    // What is valued ("watches valued at"), not the time after.
    assert_eq!(
        of(
            "Four robbers made off with jewelry and watches valued at over $2.6 million early Monday."
        ),
        ["watches"]
    );
    assert_eq!(
        of("Greece agreed to a $144 billion bailout on Sunday."),
        ["bailout"]
    );
}

#[test]
fn a_sum_is_of_what_its_words_mean() {
    // "loan package" and "bailout" are one thing (a concept of the lexicon): the two sums
    // are of it, and differ as conversions do.
    assert_soft_because(
        "Greece gets a euro110 billion ($141 billion) loan package to keep it from defaulting.",
        "The strike was held so that Greece can get a $144 billion bailout from the IMF.",
        "converted from another currency",
    );
    // Sums of two different things are not compared.
    assert!(
        compare(
            "Greece gets a euro110 billion ($141 billion) loan package to keep it from defaulting.",
            "The strike was held as Greece paid $144 billion in interest on its bonds.",
        )
        .is_none()
    );
}

#[test]
fn a_count_told_as_an_earlier_report_may_have_risen() {
    assert_soft_because(
        "The UN said earlier that it had confirmed 30 dead and 55 wounded, 15 critically.",
        "Shifa Hospital said 42 people were killed in the Jabaliya school.",
        "as an earlier report",
    );
    // "Earlier" of the happening, not of the report, tells no earlier count.
    assert_hard(
        "Thirty people were killed earlier in the day, officials said.",
        "Shifa Hospital said 42 people were killed in the Jabaliya school.",
    );
}

#[test]
fn a_preposition_of_place_ends_what_a_figure_counts() {
    // "one floor below gunman Micah Johnson" counts a floor, not an attacker.
    assert!(
        events("Police said 58 people were trapped, including eight in a janitorial closet one floor below gunman Micah Johnson.")
            .iter()
            .all(|(_, e)| *e != "ATTACKERS")
    );
    // "injured eight inside a building" counts the injured.
    assert_eq!(
        harms("A gunman killed 12 people and injured eight inside a heavily secured building."),
        [("12".to_string(), "KILL"), ("eight".to_string(), "INJURE")]
    );
}

#[test]
fn none_reported_so_far_is_no_count_of_none() {
    let toll = "Local official Miabek Lang said at least 12 people had been killed in the bombing.";
    // In the first hours: a toll told since says nothing against it.
    let none = "There were no immediate reports of any casualties at the camp after the bombing.";
    assert_kept_by(toll, none, Rule::NoneReportedYet);
    // Plainly: a difference to tell, softly.
    assert_soft_because(
        toll,
        "No casualties have been reported after the bombing.",
        "says only that none were reported",
    );
    // A report that no one was harmed contradicts the toll.
    assert_hard(
        toll,
        "Sources indicated that no one was killed or injured in the bombing.",
    );
}

/// A decimal point or a thousands comma inside a figure ends no clause: the seats after
/// "won 29.1%" are still what the Democratic Rally won, as after "won 29 percent".
#[test]
fn a_point_inside_a_figure_ends_no_clause() {
    let told = explanation(
        "The centre-right Democratic Rally won 29.1% and 78 seats.",
        "The main opposition Democratic Rally won 29 percent and 79 seats.",
        "78 against 79 seats of one party",
    );
    assert!(told.contains("78") && told.contains("79"), "{told}");
    let f = Features::unweighted("Rescuers saved 1,200 homes and 40 boats.", None);
    let text = "Rescuers saved 1,200 homes and 40 boats.";
    let boats = f.parse.quantities.iter().find(|q| q.text == "40").unwrap();
    let done: Vec<String> = things::doings(&f, text, boats, "boats")
        .into_iter()
        .map(|d| d.word)
        .collect();
    assert!(done.contains(&"saved".to_string()), "{done:?}");
}

/// A verb of winning names no holder in any of its forms: the seats after "taking" and
/// "capturing" are the Socialists' in both reports.
#[test]
fn a_verb_of_winning_in_any_form_names_no_holder() {
    let told = explanation(
        "Portugal's Socialist-led alliance won Sunday's parliamentary election with 41.4 percent of the vote, taking 117 of the 230 seats in parliament.",
        "Portugal's ruling Socialists won a general election on Sunday, capturing 41 percent of the vote and 116 seats in the 230-seat assembly.",
        "117 against 116 seats of one party",
    );
    assert!(told.contains("117") && told.contains("116"), "{told}");
}

/// Who won a share stands before the verb of winning, as the words of a party: not the
/// dateline both outlets open with, not the country that owns the vote, not the day nor
/// the election won. Two parties of one country in one city are two holders; one party
/// written two ways ("Socialist-led", "Socialists") is one.
#[test]
fn a_holder_is_the_party_before_the_verb_of_winning() {
    assert_eq!(
        compare(
            "LISBON (Reuters) - Portugal's opposition Democratic Rally won 29.1 percent of the vote, official results showed.",
            "LISBON, Portugal (AP) — Portugal's ruling Socialists won 41 percent of the vote, official results showed.",
        ),
        None
    );
    assert_eq!(
        compare(
            "The Democratic Rally won Sunday's parliamentary election with 29.1 percent of the vote.",
            "The Socialists came first in Sunday's parliamentary election, winning 41 percent of the vote.",
        ),
        None
    );
    let told = explanation(
        "LISBON (Reuters) - Portugal's Socialist-led alliance won Sunday's election with 41.4 percent of the vote.",
        "LISBON, Portugal (AP) — Portugal's ruling Socialists won a general election on Sunday, capturing 39 percent of the vote.",
        "41.4 against 39 percent of the Socialists",
    );
    assert!(told.contains("41.4") && told.contains("39"), "{told}");
}

/// A party's place and its share ("came second with 29.1 percent") is a share of the vote
/// its holder won, compared as one; a place without "with" and a share is no share.
#[test]
fn a_place_with_a_share_is_a_share_of_the_vote() {
    let told = explanation(
        "The centre-right Democratic Rally came second with 29.1 percent and 78 seats in the election.",
        "The main opposition Democratic Rally won 33 percent of the vote and 79 seats.",
        "29.1 against 33 percent of the Rally",
    );
    assert!(
        told.starts_with("share of the vote: 29.1 percent"),
        "{told}"
    );
    assert!(events("The runner came second with 29.1 percent of her best time.").is_empty());
}

/// People doing the attackers' deed, its verb after them and active, are the attackers;
/// protesters storming a building stay protesters.
#[test]
fn people_who_stormed_are_the_attackers() {
    for text in [
        "The attack began when four men on motorcycles stormed the church.",
        "Two masked men broke into the home and opened fire.",
    ] {
        let found = events(text);
        assert!(
            found.iter().any(|(_, event)| *event == "ATTACKERS"),
            "{text}: {found:?}"
        );
    }
    let found = events("About 200 protesters stormed the parliament building.");
    assert!(
        found.iter().all(|(_, event)| *event != "ATTACKERS"),
        "{found:?}"
    );
}

#[test]
fn a_count_that_moves_either_way_in_an_update_is_a_matter_of_timing() {
    let earlier = "At least 27 people were killed and 40 others are missing after a landslide buried a village, officials said.";
    let update = "Police said 33 bodies had been pulled out and 55 people were still missing.";
    assert_an_update_is_timing(
        earlier,
        update,
        "Nepal landslide: Death toll rises to 33 as rescuers search for missing",
        "Nepal landslide buries village",
    );
    // Bodies recovered are a count that grows: the update's higher count is one of timing.
    let found = against_article_led_by(
        "A spokesman said 30 bodies had been recovered from the debris.",
        "Police said 33 bodies had been recovered from the debris.",
        "Nepal landslide: Death toll rises to 33",
    );
    assert_eq!(found.severity, Severity::Soft, "{}", found.explanation);
}

#[test]
fn a_toll_risen_counts_the_dead_whatever_a_later_clause_tells() {
    assert_eq!(
        events("Nepal landslide: Death toll rises to 33 as rescuers search for missing"),
        [("33".to_string(), "KILL")]
    );
}

#[test]
fn a_yearly_rate_meets_only_another_yearly_rate() {
    assert_kept_by(
        "Landslides and floods kill hundreds of people in Nepal each year during the monsoon season.",
        "At least 27 people were killed when a landslide buried a village in Nepal on Tuesday.",
        Rule::Habitual,
    );
    assert!(
        compare(
            "Over a hundred billion dollars of India's external trade passes each year through this busy sea lane.",
            "The sea lane, through which nearly $100 billion worth of India's external trade passes each year, is busy.",
        )
        .is_some()
    );
}

#[test]
fn a_relative_clause_of_what_people_did_is_passed_over() {
    // What the soldiers did is who they are; what befell them is their count's measure.
    assert_eq!(
        events("Five soldiers who tried to seize power in Gabon have been arrested.")
            .first()
            .map(|(_, e)| *e),
        Some("DETAIN")
    );
    assert_eq!(
        events("The nine men who responded to the ad and came to the hotel were arrested.")
            .first()
            .map(|(_, e)| *e),
        Some("DETAIN")
    );
    assert_eq!(
        harms(
            "The four people who were wounded in the shooting have been released from the hospital."
        ),
        [("four".to_string(), "INJURE")]
    );
    assert_eq!(
        harms(
            "Albuquerque police have not released any information about the two victims who died."
        ),
        [("two".to_string(), "KILL")]
    );
}

/// A harm told after a figure of its own is that figure's: "All 22 crew members were safe
/// and no injuries had been reported" counts the crew aboard, and none injured.
#[test]
fn a_harm_with_its_own_figure_is_not_another_figures() {
    let t = "All 22 crew members were safe and no injuries had been reported.";
    let f = crate::align::Features::unweighted(t, None);
    let labels: Vec<(&str, &str)> = f
        .parse
        .quantities
        .iter()
        .chain(&f.parse.worded_counts)
        .filter_map(|q| {
            super::measure::measure_of(&f, t, q, None).map(|m| (q.text.as_str(), m.event_label))
        })
        .collect();
    assert_eq!(labels, [("22", "aboard"), ("no", "injured")]);
}

/// Plural nouns of people outside the harm words ("officials", "guests", "relatives") count
/// people: a count of them is a toll of what befell them, not a count of things.
#[test]
fn nouns_of_people_count_people() {
    assert!(
        explanation(
            "Police detained four senior ministry officials in dawn raids on Tuesday.",
            "Six officials were taken into custody early on Tuesday by the directorate.",
            "four against six detained",
        )
        .starts_with("people detained: four")
    );
    assert!(
        explanation(
            "A gunman killed three relatives in a surprise attack at a home.",
            "The gunman shot and killed five relatives at the home.",
            "three against five killed",
        )
        .starts_with("people killed: three")
    );
}

/// A sum paid to each recipient of one kind is one measure however each outlet words it,
/// the recipient before the sum or after it; it is never compared with a whole sum.
#[test]
fn sums_paid_per_head_meet_each_other_and_no_whole_sum() {
    assert!(
        explanation(
            "Aurelind said it would pay 25,000 crowns to each passenger to cover immediate costs.",
            "Chief executive Marten Olvhage said Aurelind would give each passenger an advance of 15,000 crowns.",
            "25,000 against 15,000 crowns a passenger",
        )
        .starts_with("money for each (each passenger): 25,000 crowns")
    );
    assert!(
        compare(
            "Aurelind said it would pay 25,000 crowns to each passenger to cover immediate costs.",
            "Aurelind has set aside 4 million crowns to cover the passengers' immediate costs.",
        )
        .is_none()
    );
}

/// Whose share a sum per head is may be told before the word of it: the noun before an "of"
/// ("the family of each person killed") or the subject before a modal ("Bereaved families
/// will each receive", "the families of the dead would each receive").
#[test]
fn a_share_per_head_is_of_the_noun_before_of_or_the_subject() {
    let family_of_each = "The government would pay 25,000 crowns to the family of each person killed and cover the medical bills of everyone injured.";
    for (other, why) in [
        (
            "Bereaved families will each receive 40,000 crowns in state compensation, the government announced.",
            "the subject before the modal",
        ),
        (
            "He said the families of the dead would each receive 40,000 crowns from a state emergency fund.",
            "the noun before \"of the\" before the modal",
        ),
    ] {
        assert!(
            explanation(family_of_each, other, why)
                .starts_with("money for each (each family): 25,000 crowns"),
            "{why}"
        );
    }
}

/// A sum in another currency set off by commas is the same sum, not a second one.
#[test]
fn a_sum_converted_between_commas_is_one_sum() {
    assert!(
        explanation(
            "It announced a reward of 40 million crowns for information leading to the people behind the attack.",
            "Her ministry offered 25 million crowns, about $95,000, to anyone providing information leading to the people behind the attack.",
            "a reward told with its conversion between commas",
        )
        .starts_with("money (information leading")
    );
    let text = "The province will receive 1.5 billion rupees, or about $20 million, for repairs.";
    let f = Features::unweighted(text, None);
    let sums: Vec<&str> = things::money_sum(&f, text)
        .iter()
        .map(|q| q.text.as_str())
        .collect();
    assert_eq!(sums, ["1.5 billion rupees", "about $20 million"]);
}
