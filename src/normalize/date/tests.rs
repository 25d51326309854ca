//! Tests of date finding and resolution.
use super::*;
use jiff::civil::date;

fn cx(published: Date) -> DateContext {
    DateContext {
        published: Some(published),
        anchor: None,
        last_year: false,
        published_eve: false,
        stated: [None; super::STATED_DAYS],
        stated_months: [None; super::STATED_DAYS],
    }
}

/// The one date of `text` read with no publication date: phrase and days.
fn undated(text: &str) -> (String, Date, Date) {
    let (phrase, from, to, _) = one(text, DateContext::default());
    (phrase, from, to)
}

fn one(text: &str, context: DateContext) -> (String, Date, Date, Option<DayPart>) {
    let found = find_dates(text, context);
    assert_eq!(found.len(), 1, "one date in {text:?}: {found:?}");
    let m = found[0];
    (text[m.start..m.end].to_string(), m.from, m.to, m.part)
}

#[test]
fn weekdays_resolve_to_the_latest_such_day_by_publication() {
    let friday = date(2020, 3, 13);
    let (phrase, from, _, part) = one("The United States on Thursday launched", cx(friday));
    assert_eq!(
        (phrase.as_str(), from, part),
        ("Thursday", date(2020, 3, 12), None)
    );
    let (_, from, _, part) = one("airstrikes in Iraq early Friday, responding", cx(friday));
    assert_eq!((from, part), (friday, Some(DayPart::Early)));
    let (phrase, from, _, part) = one("in the early hours of Friday in response", cx(friday));
    assert_eq!(phrase, "in the early hours of Friday");
    assert_eq!((from, part), (friday, Some(DayPart::Early)));
    let thursday = date(2020, 3, 12);
    let (_, from, _, part) = one("at Camp Taji on Wednesday night in", cx(thursday));
    assert_eq!((from, part), (date(2020, 3, 11), Some(DayPart::Night)));
    let (phrase, from, _, _) = one("in response to Wednesday’s rocket attack", cx(friday));
    assert_eq!((phrase.as_str(), from), ("Wednesday’s", date(2020, 3, 11)));
    let (_, _, _, part) = one("told reporters on Thursday morning that", cx(friday));
    assert_eq!(part, Some(DayPart::Morning));
}

#[test]
fn tonight_on_a_page_stamped_after_midnight_utc_may_be_the_evening_before() {
    let stamped = date(2016, 6, 6);
    let (_, from, to, part) = one("fans clashed with police tonight in the city", cx(stamped));
    assert_eq!((from, to, part), (stamped, stamped, Some(DayPart::Night)));
    let eve = DateContext {
        published_eve: true,
        ..cx(stamped)
    };
    let (_, from, to, _) = one("fans clashed with police tonight in the city", eve);
    assert_eq!((from, to), (date(2016, 6, 5), stamped));
    let (_, from, to, _) = one("the mayor said yesterday that", eve);
    assert_eq!((from, to), (date(2016, 6, 4), date(2016, 6, 5)));
}

#[test]
fn month_days_take_the_year_of_publication_or_last_year() {
    let (phrase, from, ..) = one("in Baghdad on January 3, prompting", cx(date(2020, 3, 13)));
    assert_eq!((phrase.as_str(), from), ("January 3", date(2020, 1, 3)));
    let text = "in response to the Jan. 3 killing of Soleimani in Baghdad last year, via";
    let found = find_dates(text, cx(date(2021, 2, 25)));
    assert_eq!(found[0].from, date(2020, 1, 3));
    assert_eq!(&text[found[0].start..found[0].end], "Jan. 3");
    let (_, from, ..) = one("seen March 11 on the outskirts", cx(date(2020, 3, 13)));
    assert_eq!(from, date(2020, 3, 11));
    let (_, from, ..) = one("on December 28 a contractor", cx(date(2020, 1, 5)));
    assert_eq!(from, date(2019, 12, 28));
}

#[test]
fn last_year_in_the_paragraph_sets_the_year() {
    let context = DateContext {
        last_year: true,
        ..cx(date(2021, 2, 25))
    };
    assert_eq!(
        one("Earlier, on Jan. 8, troops were hurt.", context).1,
        date(2020, 1, 8)
    );
}

#[test]
fn full_dates_need_no_context() {
    let none = DateContext::default();
    assert_eq!(one("March 13, 2020", none).1, date(2020, 3, 13));
    assert_eq!(one("2/25/2021", none).1, date(2021, 2, 25));
    assert_eq!(one("on 5 May 2010 in Athens", none).1, date(2010, 5, 5));
}

#[test]
fn relative_days_use_publication_and_the_anchor() {
    let p = date(2020, 3, 13);
    assert_eq!(one("stormed it yesterday", cx(p)).1, date(2020, 3, 12));
    let anchored = DateContext {
        anchor: Some(date(2020, 3, 12)),
        ..cx(p)
    };
    let (phrase, from, ..) = one("the base in Iraq a day earlier, the", anchored);
    assert_eq!(
        (phrase.as_str(), from),
        ("a day earlier", date(2020, 3, 11))
    );
    let (_, from, _, part) = one("The quake struck yesterday afternoon", cx(p));
    assert_eq!((from, part), (date(2020, 3, 12), Some(DayPart::Afternoon)));
}

#[test]
fn a_day_counted_back_counts_from_its_own_sentences_day() {
    let p = date(2007, 5, 2);
    // The sentences before ended on another day: the count is from the day
    // its own sentence names.
    let anchored = DateContext {
        anchor: Some(date(2007, 4, 20)),
        ..cx(p)
    };
    let found = find_dates(
        "The guard was shot on March 14, while looking into a robbery at a shop three days earlier.",
        anchored,
    );
    let days: Vec<_> = found.iter().map(|m| (m.from, m.to)).collect();
    assert_eq!(
        days,
        vec![
            (date(2007, 3, 14), date(2007, 3, 14)),
            (date(2007, 3, 11), date(2007, 3, 11))
        ]
    );
    // Without a day before it in the sentence, the anchor counts, and so it
    // does after a longer date or a day of saying.
    let found = find_dates("The robbery came three days earlier.", anchored);
    assert_eq!(found[0].from, date(2007, 4, 17));
    let found = find_dates(
        "Ana Ruiz was hired on March 3, resigned last week and left three days later.",
        anchored,
    );
    assert_eq!(found[2].from, date(2007, 4, 23));
    let found = find_dates(
        "Ana Ruiz was arrested, police said on Friday, and charged two days later.",
        anchored,
    );
    assert_eq!(found[1].from, date(2007, 4, 22));
    // A passive report's day is its event's.
    let found = find_dates(
        "A fire at the Orsova depot was reported on March 3 and put out two days later.",
        anchored,
    );
    assert_eq!(found[1].from, date(2007, 3, 5));
    // "ago" counts from the article whatever the sentence names.
    let found = find_dates("On March 14, three days ago, it rained.", anchored);
    assert_eq!(found[1].from, date(2007, 4, 29));
}

#[test]
fn a_month_of_last_year_is_last_years_month() {
    let p = date(2016, 3, 1);
    let (phrase, from, to, _) = one("In June last year a storm flooded the valley", cx(p));
    assert_eq!(
        (phrase.as_str(), from, to),
        ("In June last year", date(2015, 6, 1), date(2015, 6, 30))
    );
    let (_, from, _, _) = one("in February this year", cx(p));
    assert_eq!(from, date(2016, 2, 1));
    // Without a year, the most recent June.
    let (_, from, _, _) = one("in June, a storm flooded the valley", cx(p));
    assert_eq!(from, date(2015, 6, 1));
}

#[test]
fn spans_of_time_resolve_to_intervals() {
    let p = date(2021, 2, 25);
    let (phrase, from, to, _) = one("in Baghdad last year.", cx(p));
    assert_eq!(
        (phrase.as_str(), from, to),
        ("last year", date(2020, 1, 1), date(2020, 12, 31))
    );
    let (_, from, to, _) = one(
        "to the brink of war earlier this year.",
        cx(date(2020, 3, 12)),
    );
    assert_eq!((from, to), (date(2020, 1, 1), date(2020, 3, 12)));
    // Without "earlier", all of it: the trial may come after the article.
    let (_, from, to, _) = one("another goes on trial this month.", cx(date(2020, 3, 12)));
    assert_eq!((from, to), (date(2020, 3, 1), date(2020, 3, 31)));
    let (_, from, to, _) = one(
        "in 12 attacks in the last six months.",
        cx(date(2020, 3, 13)),
    );
    assert_eq!((from, to), (date(2019, 9, 13), date(2020, 3, 13)));
    let (phrase, from, to, _) = one("In late December, the US accused", cx(date(2020, 3, 12)));
    assert_eq!(phrase, "late December");
    assert_eq!((from, to), (date(2019, 12, 21), date(2019, 12, 31)));
    let (phrase, from, to, _) = one(
        "in the country since late October, an",
        cx(date(2020, 3, 12)),
    );
    assert_eq!(phrase, "since late October");
    assert_eq!((from, to), (date(2019, 10, 21), date(2020, 3, 12)));
    let (_, from, to, _) = one("In January, lawmakers voted", cx(date(2020, 3, 12)));
    assert_eq!((from, to), (date(2020, 1, 1), date(2020, 1, 31)));
}

#[test]
fn early_mid_or_late_last_or_this_week_month_or_year_is_that_part_of_it() {
    // Published on a Tuesday; without a part, all of it.
    let tuesday = cx(date(2008, 12, 23));
    for (text, from, to) in [
        (
            "reports late last week said",
            (2008, 12, 18),
            (2008, 12, 21),
        ),
        (
            "talks early this week ended",
            (2008, 12, 22),
            (2008, 12, 24),
        ),
        ("a deal mid-last month", (2008, 11, 11), (2008, 11, 20)),
        ("a loss late last year", (2007, 9, 1), (2007, 12, 31)),
        ("a deal last month", (2008, 11, 1), (2008, 11, 30)),
    ] {
        let (_, got_from, got_to, _) = one(text, tuesday);
        let want = |(y, m, d)| date(y, m, d);
        assert_eq!((got_from, got_to), (want(from), want(to)), "{text}");
    }
}

#[test]
fn a_year_alone_is_the_whole_year() {
    let (phrase, from, to, _) = one("the tsunami in 2004 killed many", DateContext::default());
    assert_eq!(
        (phrase.as_str(), from, to),
        ("in 2004", date(2004, 1, 1), date(2004, 12, 31))
    );
    assert!(find_dates("it sold 2004 units", DateContext::default()).is_empty());
}

#[test]
fn a_span_of_years_is_one_date_a_bound_is_open_and_a_size_is_none() {
    let (phrase, from, to, _) = one(
        "a lease running to the end of the 1998-1999 season",
        DateContext::default(),
    );
    assert_eq!(
        (phrase.as_str(), from, to),
        ("the 1998-1999", date(1998, 1, 1), date(1999, 12, 31))
    );
    let (_, from, to, _) = one("in the 1998-99 season", DateContext::default());
    assert_eq!((from, to), (date(1998, 1, 1), date(1999, 12, 31)));
    // "from … to …", "between … and …": the years between, whole.
    assert_eq!(
        undated("Ana Ruiz ran the mill from 1983 to 1987"),
        (
            "from 1983 to 1987".to_string(),
            date(1983, 1, 1),
            date(1987, 12, 31)
        )
    );
    let (_, from, to) = undated("he led the club between 2011 and 2014");
    assert_eq!((from, to), (date(2011, 1, 1), date(2014, 12, 31)));
    // Only "from" and "between" open a span: "in 1983 and 1987" is 1983.
    let (_, from, to) = undated("in 1983 and 1987");
    assert_eq!((from, to), (date(1983, 1, 1), date(1983, 12, 31)));
    let (phrase, from, to, _) = one("he served ten years before 1997", DateContext::default());
    assert_eq!(
        (phrase.as_str(), from, to),
        ("before 1997", Date::MIN, date(1996, 12, 31))
    );
    let (_, from, to, _) = one("profits will grow after 2012", DateContext::default());
    assert_eq!((from, to), (date(2013, 1, 1), Date::MAX));
    for text in [
        "it ships with the 2048 x 1536 display",
        "from 1900-2000 the town grew",
    ] {
        assert!(
            find_dates(text, DateContext::default()).is_empty(),
            "{text}"
        );
    }
}

#[test]
fn relative_phrases_need_a_publication_date() {
    assert!(find_dates("on Thursday and yesterday", DateContext::default()).is_empty());
    assert_eq!(date_spans("convicted on Nov. 12 of murder").len(), 1);
}

#[test]
fn days_no_publication_date_resolves_are_found_apart() {
    let text = "The navy on Saturday said it sank the ship on November 19 and again last night.";
    let none = DateContext::default();
    let dated = find_dates(text, none);
    assert!(dated.is_empty(), "{dated:?}");
    let said: Vec<String> = find_undated(text, none, &dated)
        .into_iter()
        .map(|m| format!("{} = {}", &text[m.start..m.end], m.said))
        .collect();
    assert_eq!(
        said,
        [
            "Saturday = Saturday",
            "November 19 = November 19",
            "last night = last night"
        ]
    );
    let p = cx(date(2020, 3, 13));
    assert!(find_undated(text, p, &find_dates(text, p)).is_empty());
    assert!(find_undated("on February 30 it rained", none, &[]).is_empty());
    let text = "It sank on tuesday, 14 June, before next Thursday, 4 November.";
    let said: Vec<String> = find_undated(text, none, &[])
        .into_iter()
        .map(|m| m.said)
        .collect();
    assert_eq!(said, ["Tuesday, 14 June", "next Thursday, 4 November"]);
}

#[test]
fn weeks_ago_halves_of_years_and_month_ends() {
    let p = cx(date(2012, 3, 1));
    // A round figure: a quarter of its span either side of the exact day.
    let around = |text| {
        let (_, from, to, _) = one(text, p);
        (from, to)
    };
    // After a qualifier, half the span: either side of the exact day for
    // an approximation, on its bound's side for a bound.
    for (text, from, to) in [
        ("they met a fortnight ago", (2, 13), (2, 19)),
        ("it launched two weeks ago", (2, 13), (2, 19)),
        ("it was disclosed roughly two weeks ago", (2, 9), (2, 23)),
        ("it was disclosed more than two weeks ago", (2, 9), (2, 16)),
        ("it was disclosed less than two weeks ago", (2, 16), (3, 1)),
    ] {
        let day = |(m, d)| date(2012, m, d);
        assert_eq!(around(text), (day(from), day(to)), "{text}");
    }
    // The qualifier belongs to the phrase.
    let (phrase, _, _, _) = one("it was disclosed roughly two weeks ago", p);
    assert_eq!(phrase, "roughly two weeks ago");
    // A participle is the verb: "estimated" is no qualifier.
    let (phrase, _, _, _) = one("the ministry estimated two weeks ago", p);
    assert_eq!(phrase, "two weeks ago");
    // Beyond any calendar: no date, and no panic.
    for text in ["the lake formed 32000 years ago", "in the past 32000 years"] {
        assert!(find_dates(text, p).is_empty(), "{text}");
    }
    assert_eq!(
        around("he was shot a month ago"),
        (date(2012, 1, 25), date(2012, 2, 8))
    );
    let (phrase, from, to, _) = one("ships in the second half of the year", p);
    assert_eq!(phrase, "the second half of the year");
    assert_eq!((from, to), (date(2012, 7, 1), date(2012, 12, 31)));
    let (_, from, to, _) = one("due by the end of the year", p);
    assert_eq!((from, to), (date(2012, 12, 1), date(2012, 12, 31)));
    let (_, from, to, _) = one("replaced in November-end", cx(date(2008, 12, 10)));
    assert_eq!((from, to), (date(2008, 11, 21), date(2008, 11, 30)));
    let friday = date(2020, 3, 13);
    assert_eq!(
        one("it happened last Friday", cx(friday)).1,
        date(2020, 3, 6)
    );
    let (_, from, _, part) = one("clashes broke out last night", cx(friday));
    assert_eq!((from, part), (date(2020, 3, 12), Some(DayPart::Night)));
}

proptest::proptest! {
    /// The filter set lets through every pattern that matches: words,
    /// digits and dates run into letters and marks beyond ASCII.
    #[test]
    fn the_filter_set_passes_every_pattern_that_matches(
        text in "([A-Za-z0-9 ,./-]|[éßø’“”]|May|Sunday|last|day|ago|3|12|2013|\\s){0,40}"
    ) {
        let passed = super::forms::ANY.matches(&text);
        for (i, (_, regex)) in super::forms::PATTERNS.iter().enumerate() {
            if regex.is_match(&text) {
                proptest::prop_assert!(passed.matched(i), "pattern {} in {:?}", i, text);
            }
        }
    }
}

#[test]
fn a_full_stop_after_a_month_name_ends_the_sentence_not_the_date() {
    let (phrase, ..) = one("The fair ends on 3 June.", cx(date(2020, 3, 13)));
    assert_eq!(phrase, "3 June");
    // An abbreviation's stop is its own.
    let (phrase, ..) = one(
        "It reopened on 9 Sept. after repairs",
        cx(date(2020, 3, 13)),
    );
    assert_eq!(phrase, "9 Sept.");
}

#[test]
fn a_window_counts_from_the_articles_day_forward_or_back() {
    let wednesday = date(2016, 9, 14);
    let (phrase, from, to, _) = one("Output will rise over the next year.", cx(wednesday));
    assert_eq!(
        (phrase.as_str(), from, to),
        ("over the next year", wednesday, date(2017, 9, 14))
    );
    let (phrase, from, to, _) = one("Output fell in the past month.", cx(wednesday));
    assert_eq!(
        (phrase.as_str(), from, to),
        ("in the past month", date(2016, 8, 14), wednesday)
    );
    let (_, from, to, _) = one("Output fell during the last two weeks.", cx(wednesday));
    assert_eq!((from, to), (date(2016, 8, 31), wednesday));
}

#[test]
fn a_window_with_no_count_in_the_plural_or_of_a_part_is_no_span() {
    let wednesday = date(2016, 9, 14);
    for text in [
        "Prices will rise in the coming months.",
        "Output fell in the last three months of 2015.",
        "Output fell in the last week of June.",
    ] {
        let spans: Vec<_> = find_dates(text, cx(wednesday))
            .into_iter()
            .filter(|m| text[m.start..m.end].contains("the"))
            .collect();
        assert!(
            spans.is_empty(),
            "no span back or ahead in {text:?}: {spans:?}"
        );
    }
    // "this year of" introduces a figure: still this year.
    let (phrase, from, _, _) = one("a shortfall this year of 5 pct", cx(wednesday));
    assert_eq!((phrase.as_str(), from), ("this year", date(2016, 1, 1)));
}

#[test]
fn a_weekday_said_to_lie_ahead_is_the_next_unless_a_relative_clause_stands_between() {
    let wednesday = date(2016, 9, 14);
    let (_, from, _, _) = one("Pike is due in court on Tuesday.", cx(wednesday));
    assert_eq!(from, date(2016, 9, 20));
    let (_, from, _, _) = one("The council will vote Wednesday.", cx(wednesday));
    assert_eq!(from, wednesday);
    let (_, from, _, _) = one(
        "Police will name the man who died on Tuesday.",
        cx(wednesday),
    );
    assert_eq!(from, date(2016, 9, 13));
    let (_, from, _, _) = one(
        "Pike will appeal the ruling he lost last Tuesday.",
        cx(wednesday),
    );
    assert_eq!(from, date(2016, 9, 13));
}

#[test]
fn a_weekday_opening_its_sentence_lies_ahead_when_its_clause_does() {
    let wednesday = date(2016, 9, 14);
    let (saturday_ahead, saturday_past, monday_past) =
        (date(2016, 9, 17), date(2016, 9, 10), date(2016, 9, 12));
    // Not where the clause only says it ("police said … will"), nor in a
    // phrase that does not open the sentence, nor past a verb in the past
    // or a conjunction, nor after a clause's conjunction, nor from words
    // that put a date ahead only before it.
    for (text, want) in [
        (
            "In Saturday's final, Marsk will play Orsova.",
            saturday_ahead,
        ),
        (
            "On Saturday, police said the man will appear in court.",
            saturday_past,
        ),
        (
            "Marsk lost in Saturday's final, and will rest.",
            saturday_past,
        ),
        (
            "Monday's quake killed 12 people, and rescuers will resume the search.",
            monday_past,
        ),
        ("After Monday's loss, Marsk will play Orsova.", monday_past),
        (
            "On Monday, police arrested a man who will appear in court.",
            monday_past,
        ),
        ("On Monday, Pike was remanded in custody.", monday_past),
        // A clause in the present tense opened by "when" is put ahead by
        // its main clause, whose subject may join names; in the past it
        // stays past.
        (
            "When Pike returns to court on Saturday, Ruiz and Okafor will argue.",
            saturday_ahead,
        ),
        (
            "When Pike returned to court on Saturday, Ruiz and Okafor will argue.",
            saturday_past,
        ),
        (
            "When Pike was in court on Saturday, Ruiz will argue.",
            saturday_past,
        ),
        (
            "In Saturday's final, Marsk and Orsova will play.",
            saturday_ahead,
        ),
        (
            "On Monday, the club named Pike its next coach.",
            monday_past,
        ),
    ] {
        let (_, from, _, _) = one(text, cx(wednesday));
        assert_eq!(from, want, "{text}");
    }
}

#[test]
fn a_month_and_day_repeated_without_its_year_is_the_day_given_before() {
    let mut context = cx(date(2013, 9, 26));
    context.state(date(2012, 4, 8));
    let (_, from, _, _) = one("The phone rang at 10:46 p.m. April 8.", context);
    assert_eq!(from, date(2012, 4, 8));
    // A day a few days from it is of its year ("3 a.m. April 9", the night
    // after); a day weeks from it is still the last before publication.
    let (_, next, _, _) = one("The phone rang on April 9.", context);
    assert_eq!(next, date(2012, 4, 9));
    let (_, other, _, _) = one("The phone rang on April 29.", context);
    assert_eq!(other, date(2013, 4, 29));
    // A day given with a year after publication (a bond's maturity) dates
    // no later mention of its month and day: that is the last before
    // publication, as with nothing stated.
    let mut due = cx(date(1987, 3, 2));
    due.state(date(1994, 3, 31));
    let (_, payment, _, _) = one("The payment date is March 31.", due);
    assert_eq!(payment, date(1986, 3, 31));
    // A year on, "on April 15" in an anniversary piece is this year's.
    let mut anniversary = cx(date(2014, 4, 16));
    anniversary.state(date(2013, 4, 15));
    let (_, again, _, _) = one("On April 15, thousands returned.", anniversary);
    assert_eq!(again, date(2014, 4, 15));
}

#[test]
fn a_day_of_a_month_given_with_its_year_is_of_that_year() {
    let mut context = cx(date(2007, 4, 2));
    context.state_month(date(2005, 6, 1));
    let (_, from, _, _) = one("The guard was shot on June 24.", context);
    assert_eq!(from, date(2005, 6, 24));
    // Another month is still the last before publication.
    let (_, other, _, _) = one("The trial opened on July 9.", context);
    assert_eq!(other, date(2006, 7, 9));
    // A day of that month earlier in the year of publication is that year's.
    let mut june = cx(date(2011, 6, 20));
    june.state_month(date(2001, 3, 1));
    let (_, recent, _, _) = one("Shares fell on March 2.", june);
    assert_eq!(recent, date(2011, 3, 2));
}

#[test]
fn a_date_says_whether_its_words_gave_the_year() {
    let context = cx(date(2013, 9, 26));
    let written = |text: &str| {
        find_dates(text, context)
            .iter()
            .map(|m| m.year_written)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        written("It happened on Easter Sunday, April 8, 2012, at night."),
        [true]
    );
    assert_eq!(
        written("It happened at 10:30 p.m. April 8 on the highway."),
        [false]
    );
}

#[test]
fn holidays_fall_on_their_day_of_each_year() {
    let on = |name: &str, year: i16| super::forms::holiday_on(name, year);
    assert_eq!(on("Labor Day", 2013), Some(date(2013, 9, 2)));
    assert_eq!(on("Memorial Day", 2013), Some(date(2013, 5, 27)));
    assert_eq!(on("Thanksgiving", 2012), Some(date(2012, 11, 22)));
    assert_eq!(on("Valentines Day", 2009), Some(date(2009, 2, 14)));
    assert_eq!(on("the Fourth of July", 2014), Some(date(2014, 7, 4)));
    assert_eq!(on("Arbor Pike Day", 2014), None);
}

#[test]
fn the_past_is_a_verb_in_the_past_after_any_verb_of_saying() {
    assert!(told_in_the_past("the Kelmar mill closed "));
    assert!(!told_in_the_past("Pike said they expect crowds "));
    assert!(!told_in_the_past(
        "he will testify before the Armed Services panel "
    ));
    assert!(!told_in_the_past("indeed the fair will open "));
    assert!(!told_in_the_past(
        "he will be freed after he is questioned "
    ));
}
