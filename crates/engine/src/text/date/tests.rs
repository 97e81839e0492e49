//! Tests of date reading on written dates.

use super::*;
use crate::text::fuzz_texts::pseudo_random_texts;

fn ymd(y: i32, m: u32, d: u32) -> Date {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const ARTICLE: Option<Date> = NaiveDate::from_ymd_opt(2022, 1, 6);

fn one(text: &str) -> DateMention {
    let found = extract_dates(text, ARTICLE);
    assert_eq!(found.len(), 1, "{text}: {found:#?}");
    found.into_iter().next().unwrap()
}

#[test]
fn date_lines_of_the_seed_articles() {
    for line in [
        "January 06, 2022",
        "Jan 6, 2022",
        "Jan. 6, 2022",
        "January 6, 2022 9:10am",
        "Jan 6, 2022 - World",
        "2022-01-06",
        "6 January 2022",
        "Thursday, January 6, 2022",
        "2022-01-06T09:10:00Z",
        "January 6, 2022 9:10 a.m. ET",
        "Published: January 6, 2022",
    ] {
        assert_eq!(parse_date_line(line), Some(ymd(2022, 1, 6)), "{line}");
    }
    for (line, day) in [
        ("2022/01/06", ymd(2022, 1, 6)),
        ("06.01.2022 09:10", ymd(2022, 6, 1)),
        ("13.01.2022", ymd(2022, 1, 13)),
        ("1/6/2022 - World", ymd(2022, 1, 6)),
        ("Published: 1/6/2022", ymd(2022, 1, 6)),
    ] {
        assert_eq!(parse_date_line(line), Some(day), "{line}");
    }
    for line in [
        "1/6/22",
        "2022/13/45",
        "1/6/2022 police fired on protesters in the city",
    ] {
        assert_eq!(parse_date_line(line), None, "{line}");
    }
    assert_eq!(
        parse_date_line("Updated: January 10, 2022 11:48am"),
        Some(ymd(2022, 1, 10))
    );
    for line in [
        "Protesters rally in Almaty on Jan. 5, 2022.",
        "Russia-led alliance sends forces to Kazakhstan as unrest intensifies",
        "January",
        "",
        "2022",
        "February 30, 2022",
        "In 2009, police said they had recovered 80 percent of the haul.",
    ] {
        assert_eq!(parse_date_line(line), None, "{line}");
    }
}

#[test]
fn weekdays_resolve_against_the_article_date() {
    let by_tuesday = one(
        "By Tuesday, when the government announced it would rescind the price hike, the protests had spread.",
    );
    assert_eq!(by_tuesday.text, "By Tuesday");
    assert_eq!(by_tuesday.resolved, Some(ymd(2022, 1, 4)));
    assert!(by_tuesday.relative);
    let wednesday =
        one("On Wednesday, Tokayev's government had announced its resignation, per AP.");
    assert_eq!(wednesday.resolved, Some(ymd(2022, 1, 5)));
    let sunday = one(
        "Dozens of protesters were killed in a police crackdown on protests that began on Sunday over rising gas prices.",
    );
    assert_eq!(sunday.resolved, Some(ymd(2022, 1, 2)));
    assert_eq!(sunday.text, "on Sunday");
    let night = one("In Almaty on Wednesday night, AFP correspondents saw hundreds of protesters.");
    assert_eq!(night.text, "on Wednesday night");
    assert_eq!(night.resolved, Some(ymd(2022, 1, 5)));
    let early = one(
        "Tokayev said in an address to the nation early Thursday that he had appealed to the CSTO.",
    );
    assert_eq!(early.resolved, Some(ymd(2022, 1, 6)));
    assert_eq!(early.precision, DatePrecision::Day);
    assert_eq!(
        one("the resignation of last Thursday").resolved,
        Some(ymd(2021, 12, 30))
    );
    assert_eq!(
        one("talks are due next Monday").resolved,
        Some(ymd(2022, 1, 10))
    );
    // A weekday in a clause of the future is a day to come (the article is of Thursday 6).
    assert_eq!(
        one("He is expected to tender his resignation to the president on Monday.").resolved,
        Some(ymd(2022, 1, 10))
    );
    assert_eq!(
        one("The parliament will vote on Thursday.").resolved,
        Some(ymd(2022, 1, 6))
    );
    // Not a past expectation, nor a future in another clause.
    assert_eq!(
        one("He was due in court on Monday.").resolved,
        Some(ymd(2022, 1, 3))
    );
    assert_eq!(
        one("He will resign, the president said on Monday.").resolved,
        Some(ymd(2022, 1, 3))
    );
    for past in [
        "No charges expected in Monday's shooting",
        "He is expected to survive after being shot on Monday.",
        "He had been scheduled to face trial beginning Monday.",
        "The response was originally due Monday.",
    ] {
        assert_eq!(one(past).resolved, Some(ymd(2022, 1, 3)), "{past}");
    }
    assert_eq!(
        extract_dates("On Wednesday, demonstrators took over", None)[0].resolved,
        None
    );
}

#[test]
fn absolute_and_relative_words() {
    let until =
        one("prompting Tokayev to decree a state of emergency in the capital until January 19.");
    assert_eq!(until.text, "January 19");
    assert_eq!(until.resolved, Some(ymd(2022, 1, 19)));
    let jan5 = one("Protesters rally in Almaty on Jan. 5.");
    assert_eq!(
        (jan5.text.as_str(), jan5.resolved),
        ("Jan. 5", Some(ymd(2022, 1, 5)))
    );
    let full = one("Protesters take part in a rally in Almaty on Jan. 5, 2022.");
    assert_eq!(full.text, "Jan. 5, 2022");
    assert!(!full.relative);
    let previous_year = one("police fired on protesters on December 16 in Zhanaozen");
    assert_eq!(previous_year.resolved, Some(ymd(2021, 12, 16)));
    let month = one("in December 2011 police fired on protesters, killing at least 14");
    assert_eq!(month.precision, DatePrecision::Month);
    assert_eq!(
        (month.resolved, month.resolved_end),
        (Some(ymd(2011, 12, 1)), Some(ymd(2011, 12, 31)))
    );
    let month_of = one("He has been with the sheriff's office since August of 2015.");
    assert_eq!(
        (month_of.text.as_str(), month_of.resolved, month_of.relative),
        ("August of 2015", Some(ymd(2015, 8, 1)), false)
    );
    // An abbreviated month's day after a preposition is read with its day, in any house's
    // style.
    let abbreviated = one("Alejandro Arcos, 42, had been mayor since Oct. 1.");
    assert_eq!(
        (abbreviated.text.as_str(), abbreviated.precision),
        ("Oct. 1", DatePrecision::Day)
    );
    let year = one(
        "some of the worst street violence since the former Soviet country's independence in 1991, AP reports.",
    );
    assert_eq!(year.precision, DatePrecision::Year);
    assert_eq!(year.resolved, Some(ymd(1991, 1, 1)));
    let weekend = one("Protests erupted at the weekend in the west of the country.");
    assert_eq!(weekend.text, "at the weekend");
    assert_eq!(weekend.precision, DatePrecision::Span);
    assert_eq!(
        (weekend.resolved, weekend.resolved_end),
        (Some(ymd(2022, 1, 1)), Some(ymd(2022, 1, 2)))
    );
    let week = one("Protests spread across the nation of 19 million this week");
    assert_eq!(
        (week.resolved, week.resolved_end),
        (Some(ymd(2022, 1, 3)), Some(ymd(2022, 1, 9)))
    );
    assert!(week.overlaps(&jan5));
    assert_eq!(
        one("He resigned yesterday.").resolved,
        Some(ymd(2022, 1, 5))
    );
    assert_eq!(
        one("Shots were heard last night.").resolved,
        Some(ymd(2022, 1, 5))
    );
    assert_eq!(
        one("the talks two days ago").resolved,
        Some(ymd(2022, 1, 4))
    );
    let months = one("the law passed three months ago");
    assert_eq!(
        (months.precision, months.resolved),
        (DatePrecision::Month, Some(ymd(2021, 10, 1)))
    );
    let years = one("he resigned two years ago");
    assert_eq!(
        (years.precision, years.resolved),
        (DatePrecision::Year, Some(ymd(2020, 1, 1)))
    );
    let dallas =
        one("after 11 officers were shot by a suspect or suspects on Thursday, July 8, 2016.");
    assert_eq!(dallas.text, "on Thursday, July 8, 2016");
    assert_eq!(dallas.resolved, Some(ymd(2016, 7, 8)));
    let day_first = one("On 5 January 2022 the government resigned.");
    assert_eq!(day_first.resolved, Some(ymd(2022, 1, 5)));
    assert!(extract_dates("You may march on.", ARTICLE).is_empty());
}

#[test]
fn date_starters_are_sorted() {
    assert!(DATE_STARTERS.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn never_panics_and_ranges_are_exact() {
    let samples = pseudo_random_texts(
        "0123456789 ,.-–:/ JanuaryDecMonSundayWednesday on at the weekend last ago é漢",
        0x2545_f491_4f6c_dd1d,
        3000,
        50,
        7,
    );
    for sample in samples {
        for mention in extract_dates(&sample, ARTICLE) {
            assert_eq!(mention.text, &sample[mention.start..mention.end]);
        }
        let _ = parse_date_line(&sample);
    }
    for edge in [
        "Dec 31",
        "December 31, 2100",
        "Feb 29",
        "9999-99-99",
        "Sunday",
        "31 February",
    ] {
        let _ = extract_dates(edge, NaiveDate::from_ymd_opt(262_000, 1, 1));
        let _ = extract_dates(edge, NaiveDate::MAX.into());
        let _ = extract_dates(edge, NaiveDate::MIN.into());
        let _ = parse_date_line(edge);
    }
}

#[test]
fn a_day_of_a_month_is_kept_as_written_without_a_year() {
    let undated = |text: &str| {
        extract_dates(text, None)
            .into_iter()
            .map(|d| (d.resolved, d.month_day))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        undated("The ferry sank on 2 October."),
        [(None, Some((10, 2)))]
    );
    assert_eq!(
        undated("It sank on October 23rd."),
        [(None, Some((10, 23)))]
    );
    // A month alone or a weekday names no day of a month.
    assert_eq!(
        undated("It was last inspected in February."),
        [(None, None)]
    );
    assert_eq!(one("It sank on Sunday.").month_day, None);
    assert_eq!(one("It sank on 2 October.").month_day, Some((10, 2)));
}
