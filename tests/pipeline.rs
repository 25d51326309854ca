//! The whole pipeline over articles made in memory: articles that name the
//! same rare things but date their happening days apart tell different
//! stories, and one outlet's articles are not compared with each other.
//! Claims are shown as what they state (a position is an ordinal), and
//! credited to a source only when it said them.

mod common;

use claimcheck::corpus::{Document, Provenance};
use claimcheck::ruleset::RuleSet;
use claimcheck::span::DocId;
use common::{analyse, document};

fn stories(texts: &[&str]) -> Vec<usize> {
    let documents = texts
        .iter()
        .enumerate()
        .map(|(i, t)| document(i as u32, t))
        .collect();
    let analysis = analyse(documents);
    (0..texts.len())
        .map(|d| analysis.stories.of(DocId(d as u32)))
        .collect()
}

const SUNDAY_A: &str = "A magnitude 5.1 earthquake struck near Marlow Springs in Tarran County on Sunday morning, the Geological Survey said. It was centred 9 miles east of Elkford.";
const SUNDAY_B: &str = "The earthquake that shook Marlow Springs on Sunday measured 4.9, the Geological Survey said, and was felt in Elkford and across Tarran County.";

#[test]
fn a_quake_in_the_same_place_on_another_day_is_another_story() {
    let thursday = "An earthquake struck near Marlow Springs in Tarran County early Thursday, the Geological Survey said. It was felt in Elkford and Brisby.";
    let s = stories(&[SUNDAY_A, SUNDAY_B, thursday]);
    assert_eq!(s[0], s[1], "{s:?}");
    assert_ne!(s[0], s[2], "{s:?}");
}

#[test]
fn a_day_apart_is_one_story_told_in_two_time_zones() {
    let monday = "An earthquake struck near Marlow Springs in Tarran County early Monday, the Geological Survey said. It was felt in Elkford and Brisby.";
    let s = stories(&[SUNDAY_A, SUNDAY_B, monday]);
    assert_eq!(s[0], s[2], "{s:?}");
}

#[test]
fn one_outlets_articles_are_not_compared_with_each_other() {
    let first = "Gunmen killed 12 people at a market in Kano on Friday, police said.";
    let later = "Gunmen killed 19 people at a market in Kano on Friday, police said.";
    let from = |outlet: &str, outlet_from: Provenance| {
        let mut pair = vec![document(0, first), document(1, later)];
        for d in &mut pair {
            d.meta.outlet = outlet.to_string();
            d.meta.outlet_from = outlet_from;
        }
        pair[1].meta.outlet.push_str(" (2)");
        pair
    };
    // The tolls' relations (the market's place is a claim too).
    let relations = |documents: Vec<Document>| {
        let analysis = analyse(documents);
        let toll = |i: usize| analysis.claims[i].kind == claimcheck::claim::ClaimKind::Casualties;
        (analysis.comparison.relations.iter())
            .filter(|r| toll(r.a) && toll(r.b))
            .count()
    };
    // Two outlets named by the manifest: compared.
    assert_eq!(relations(from("Wire", Provenance::Manifest)), 1);
    // One outlet twice: its own update, not a second report.
    let mut same = from("Wire", Provenance::Manifest);
    same[1].meta.outlet = "Wire".to_string();
    assert_eq!(relations(same), 0);
    // File stems that happen to be equal name no outlet.
    let mut stems = from("001", Provenance::FileName);
    stems[1].meta.outlet = "001".to_string();
    assert_eq!(relations(stems), 1);
}

/// Articles (file name, text) written to a folder, read from it as a user's
/// would be (with the dates their headers print), and analysed.
fn read_and_analyse(
    files: &[(&str, &str)],
) -> (claimcheck::corpus::Corpus, claimcheck::analysis::Analysis) {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    let corpus = claimcheck::corpus::load(
        &[dir.path().to_path_buf()],
        &claimcheck::corpus::LoadOptions::default(),
    )
    .expect("load");
    let analysis = RuleSet::bundled().expect("rules compile").analyse(&corpus);
    (corpus, analysis)
}

/// The event-date relations between two articles read from files, the first
/// stamped by its page with `stamp`.
fn dates_between(stamp: &str) -> Vec<claimcheck::verdict::Verdict> {
    let late = format!(
        "Derby riot in Brookfield\n{stamp}\n\nA riot broke out outside the stadium in Brookfield tonight after the derby.\n"
    );
    let early = "Derby riot in Brookfield\nJune 5, 2016\n\nA riot broke out outside the stadium in Brookfield on Sunday after the derby.\n";
    let (_, analysis) = read_and_analyse(&[("late.txt", &late), ("early.txt", early)]);
    analysis
        .comparison
        .relations
        .iter()
        .filter(|r| r.rule == "event-dates")
        .map(|r| r.verdict)
        .collect()
}

#[test]
fn tonight_on_a_page_stamped_after_midnight_gmt_may_be_the_evening_before() {
    use claimcheck::verdict::Verdict;
    // 01:47 GMT on Monday the 6th is still Sunday evening in the Americas.
    let stamped = dates_between("Posted: 01:47 GMT, 6 June 2016");
    assert!(!stamped.is_empty(), "the two dates are compared");
    assert!(!stamped.contains(&Verdict::Contradict), "{stamped:?}");
    // A date alone says nothing of the hour: the 6th's night is not Sunday.
    let dated = dates_between("Posted: 6 June 2016");
    assert!(dated.contains(&Verdict::Contradict), "{dated:?}");
}

/// The contradictions between two articles read from files.
fn contradictions_between(first: &str, second: &str) -> Vec<(String, String)> {
    let (corpus, analysis) = read_and_analyse(&[("a.txt", first), ("b.txt", second)]);
    let text = |i: usize| {
        let span = analysis.claims[i].span;
        span.slice(&corpus.get(span.doc).text).to_string()
    };
    analysis
        .comparison
        .relations
        .iter()
        .filter(|r| r.verdict == claimcheck::verdict::Verdict::Contradict)
        .map(|r| (text(r.a), text(r.b)))
        .collect()
}

#[test]
fn a_toll_of_those_bombings_in_another_region_is_not_the_main_events() {
    // Both about Thursday's raid on a camp in Unity state; the second, past
    // its lede, also recalls Wednesday's bombings in Upper Nile state, and
    // their toll, as the president gave it on Thursday.
    let first = "Jets bomb camp\nNovember 10, 2011\n\nJets bombed the Dunmore camp in South Sudan's Unity state on Thursday, aid workers said.\nNo one was killed in the attack, they said.\n";
    let second = "Camp bombed\nNovember 10, 2011\n\nJets bombed the Dunmore camp in South Sudan's Unity state on Thursday, officials said.\nThe camp holds refugees who walked for days to reach it.\nAid groups asked for calm.\nThe Wednesday bombings in Upper Nile state drew wide condemnation.\nThe president said Thursday that seven people were killed in those bombings.\n";
    let found = contradictions_between(first, second);
    assert!(
        !found
            .iter()
            .any(|(a, b)| a.contains("seven") || b.contains("seven")),
        "{found:?}"
    );
}

#[test]
fn a_member_of_a_series_is_shown_as_a_position_not_a_count() {
    let text = "Okafor had five catches to become the fifth player in league history with four 100-catch seasons.";
    let analysis = analyse(vec![document(0, text)]);
    let summaries: Vec<String> = analysis.claims.iter().map(|c| c.summary()).collect();
    assert!(
        summaries.iter().any(|s| s == "position player: 5th"),
        "{summaries:?}"
    );
    assert!(
        !summaries.iter().any(|s| s.starts_with("count player")),
        "{summaries:?}"
    );
}

#[test]
fn a_source_that_reports_what_follows_it_is_not_the_source_of_what_came_before() {
    let source_of = |text: &str, evidence: &str| {
        let analysis = analyse(vec![document(0, text)]);
        let claim = analysis
            .claims
            .iter()
            .find(|c| c.span.slice(text) == evidence)
            .unwrap_or_else(|| panic!("no claim {evidence:?} in {:?}", analysis.claims));
        claim.attribution.as_ref().map(|a| a.source.clone())
    };
    let reported = "Gunmen killed 12 people in Kano, but observers said nothing had changed.";
    assert_eq!(source_of(reported, "killed 12 people"), None);
    let tail = "Gunmen killed 12 people in Kano, observers said on Tuesday.";
    assert_eq!(
        source_of(tail, "killed 12 people").as_deref(),
        Some("observers")
    );
}

/// The date and time claims of `analysis`, in order.
fn dates_and_times(
    analysis: &claimcheck::analysis::Analysis,
) -> impl Iterator<Item = &claimcheck::claim::Claim> {
    analysis.claims.iter().filter(|c| {
        matches!(
            c.kind,
            claimcheck::claim::ClaimKind::Date | claimcheck::claim::ClaimKind::Time
        )
    })
}

#[test]
fn the_line_the_publication_date_is_read_from_makes_no_claims() {
    // The page's own stamp dates the article; its weekday and time are no
    // claims of the story. The story's "Thursday" is.
    let (_, analysis) = read_and_analyse(&[(
        "fire.txt",
        "Warehouse fire in Marsk\nFriday, Sep 10, 2010 | Updated 8:52 PM EDT\n\nThe fire began on Thursday and burned for 6 hours.\n",
    )]);
    let dates: Vec<String> = dates_and_times(&analysis)
        .map(|c| c.value_shown())
        .collect();
    assert_eq!(dates, ["2010-09-09"]);
}

#[test]
fn a_date_or_time_alone_on_the_first_line_is_the_pages_stamp_not_a_claim() {
    // Without a year it dates nothing, and no sentence of the story states it.
    for stamp in ["APR 28", "8:24am:"] {
        let text = format!("{stamp}\nMarsk ferry sinks\nThe ferry sank on May 2 at 9:15 a.m.\n");
        let (_, analysis) = read_and_analyse(&[("ferry.txt", text.as_str())]);
        let dates: Vec<&str> = dates_and_times(&analysis)
            .map(|c| &text[c.span.start..c.span.end])
            .collect();
        assert_eq!(dates, ["May 2", "9:15 a.m."], "{stamp}");
    }
}

/// What each time of a dated article about a ferry fire is about, with
/// `more` sentences after the fire's own time: the noun of the claim whose
/// evidence is each of `evidence`.
fn times_about(more: &str, evidence: &[&str]) -> Vec<String> {
    let text = format!(
        "Marsk ferry fire\nJune 5, 2016\n\nA fire broke out on the Marsk ferry on Sunday.\n\
         The blaze started at 9:15 a.m.\n{more}\n"
    );
    let (_, analysis) = read_and_analyse(&[("fire.txt", text.as_str())]);
    evidence
        .iter()
        .map(|e| {
            let claim = (analysis.claims.iter())
                .find(|c| &text[c.span.start..c.span.end] == *e)
                .unwrap_or_else(|| panic!("no claim {e:?}"));
            claim.subject.noun.clone()
        })
        .collect()
}

#[test]
fn a_time_on_a_later_day_than_the_article_is_an_appointment_not_the_events() {
    let about = times_about(
        "Pike's hearing opens at 11 a.m. on June 9.",
        &["9:15 a.m.", "11 a.m."],
    );
    assert_eq!(about, ["fire", ""]);
}

#[test]
fn a_time_right_after_an_active_verb_of_saying_dates_the_saying_not_the_event() {
    let about = times_about(
        "A harbour official said around 11 a.m. that no one was hurt.\n\
         Smoke was reported at about 9:20 a.m. near the pier.",
        &["9:15 a.m.", "around 11 a.m.", "at about 9:20 a.m."],
    );
    assert_eq!(about, ["fire", "", "fire"]);
}

#[test]
fn a_date_and_a_time_that_are_all_of_a_sentence_are_a_stamp_anywhere() {
    // A post's stamp after its paragraph; a timeline's line without a zone,
    // or a date and time inside a sentence, stay claims.
    let text = "Marsk ferry sinks\nThe ferry sank with 12 cars aboard. Jun. 4-9:02 pm et\n\
                June 5, 9:15 a.m.\nPike landed on May 3 at 9:15 a.m. on the pier.\n";
    let (_, analysis) = read_and_analyse(&[("ferry.txt", text)]);
    let dates: Vec<&str> = dates_and_times(&analysis)
        .map(|c| &text[c.span.start..c.span.end])
        .collect();
    assert_eq!(dates, ["June 5", "9:15 a.m.", "May 3", "9:15 a.m."]);
}

/// The measure (for a place: its role) of each claim of `text` whose
/// evidence is one of `evidence`, in that order.
fn place_roles(text: &str, evidence: &[&str]) -> Vec<String> {
    let analysis = analyse(vec![document(0, text)]);
    evidence
        .iter()
        .map(|e| {
            let claim = (analysis.claims.iter())
                .find(|c| c.span.slice(text) == *e)
                .unwrap_or_else(|| panic!("no claim {e:?} in {:?}", analysis.claims));
            claim.measure.clone()
        })
        .collect()
}

#[test]
fn a_span_too_long_for_a_quake_to_shake_is_a_plain_duration() {
    let text = "The tremor lasted 20 seconds. The pipeline the quake broke will take about five months to repair.";
    assert_eq!(
        place_roles(text, &["20 seconds", "about five months"]),
        ["shaking", "duration"]
    );
}

#[test]
fn a_length_joined_by_a_hyphen_before_a_noun_is_a_size_unless_the_noun_is_a_journey() {
    let text = "Zentrax showed a laptop with a 15-inch screen. The quake struck 10 miles from Orsova and shook a 10-mile stretch of road. Police ended a 12-mile chase near a 6-foot walk-in freezer.";
    let measures = place_roles(
        text,
        &["15-inch", "10 miles", "10-mile", "12-mile", "6-foot"],
    );
    assert_eq!(measures, ["size", "distance", "size", "distance", "size"]);
}

#[test]
fn a_length_a_word_of_dimension_follows_is_a_size_and_one_further_off_is_not() {
    let text = "The Zentrax tablet is 0.6 inches thin. Okafor, six feet tall, lives 3 miles from a wide road. The pit was 3 metres wide and 2 metres deep. Pike is 5-feet-9 inches tall. A hole about four metres (13 feet) wide opened. A trench two metres wide (6.6 feet) and a 10-metre-wide pit. Marsk laid a 12-mile 16-inch pipe.";
    let measures = place_roles(
        text,
        &[
            "0.6 inches",
            "six feet",
            "3 miles",
            "3 metres",
            "2 metres",
            "5-feet-9 inches",
            "about four metres",
            "13 feet",
            "two metres",
            "6.6 feet",
            "10-metre",
            "12-mile",
            "16-inch",
        ],
    );
    assert_eq!(
        measures,
        [
            "size", "size", "distance", "size", "depth", "size", "size", "size", "size", "size",
            "size", "distance", "size"
        ]
    );
}

#[test]
fn an_immigrants_country_is_where_they_came_from_not_their_home() {
    let text = "Okafor's parents were Italian immigrants. A Schenectady man was hurt.";
    let roles = place_roles(text, &["Italian immigrants", "Schenectady man"]);
    assert_eq!(roles, ["origin", "home"]);
}

#[test]
fn a_place_a_distance_is_measured_from_is_a_site_and_a_hospital_where_one_was_taken() {
    let text = "The quake struck about 135 kilometers from the city of Orsova. Pike, from Marsk, was hurt. He is in a Kelmar hospital.";
    let evidence = [
        "from the city of Orsova",
        "from Marsk",
        "in a Kelmar hospital",
    ];
    assert_eq!(place_roles(text, &evidence), ["site", "home", "taken"]);
}

#[test]
fn where_someone_was_born_or_raised_is_where_they_came_from() {
    let text = "Pike, who was raised in Dunmore, was arrested in Orsova. Ruiz, born in Marsk, grew up in Kelmar.";
    let evidence = [
        "raised in Dunmore",
        "in Orsova",
        "born in Marsk",
        "grew up in Kelmar",
    ];
    assert_eq!(
        place_roles(text, &evidence),
        ["origin", "site", "origin", "origin"]
    );
}

#[test]
fn a_share_or_a_sum_is_of_the_head_of_its_phrase_and_no_further() {
    let text = "Settlers from Orsova make up a quarter of the town's population of 9,000. \
        The share will fall to 4% from less than 9% because of a strike. \
        Okafor will earn $3 million per year. \
        Ruiz earns $40 an hour, against $31 a year earlier. \
                Pike signed a $2 million-a-year deal and runs a $9 billion-per-year arm. \
        Ruiz now averages 17.5 points per game. \
        Within a year, half of the Kelmar settlers stayed home. \
        Some 40% of the boats quickly sank, and 30% of the senior subordinated notes matured. \
        The Kelmar loan is worth $8 million. Marsk made a bid, reportedly worth $6 million.";
    let analysis = analyse(vec![document(0, text)]);
    let of = |evidence: &str| {
        let claim = (analysis.claims.iter())
            .find(|c| c.span.slice(text) == evidence)
            .unwrap_or_else(|| panic!("no claim {evidence:?} in {:?}", analysis.claims));
        claim.subject.of.clone()
    };
    // A second "of" opens another phrase; a conjunction another clause.
    assert_eq!(of("a quarter"), "population");
    assert_eq!(of("less than 9%"), "");
    // "per" makes a rate.
    assert_eq!(of("$3 million"), "per year");
    // So does "a" or "an", unless "earlier" makes it a time.
    assert_eq!(of("$40"), "per hour");
    assert_eq!(of("$31"), "");
    // So does a rate written onto the figure.
    assert_eq!(of("$2 million"), "per year");
    assert_eq!(of("$9 billion"), "per year");
    // A count per what follows "per" is an average.
    assert_eq!(of("17.5 points"), "per game");
    // A verb or an adverb after the noun ends the phrase ("stayed",
    // "quickly"); an "-ed" word before a noun, after no plural, modifies it.
    assert_eq!(of("half"), "settler");
    assert_eq!(of("Some 40%"), "boat");
    assert_eq!(of("30%"), "note");
    // A sum something is worth is of that thing; an adverb before "worth"
    // is no noun, and ends the search.
    assert_eq!(of("$8 million"), "loan");
    assert_eq!(of("$6 million"), "");
}

/// The shown values of the time claims of `text`, read alone.
fn times(text: &str) -> Vec<String> {
    let analysis = analyse(vec![document(0, text)]);
    (analysis.claims.iter())
        .filter(|c| c.kind == claimcheck::claim::ClaimKind::Time)
        .map(|c| c.value_shown())
        .collect()
}

#[test]
fn a_time_its_sentence_places_nowhere_takes_the_zone_of_the_city_of_the_lede_or_dateline() {
    // The country's zone (Toronto's for Canada) made finer by the lede's city.
    let lede = "A former clerk held his colleagues at a west Vancouver office on Friday. He gave himself up at 6 p.m., police said. The firm is one of Canada's largest.";
    assert_eq!(times(lede), ["6:00 p.m. America/Vancouver"]);
    // A wire dateline's city: where the story was filed.
    let wire = "MARSK MINING OPENS MINE\nDENVER, June 29 - Marsk Mining said its new mine opened at 9 a.m. in the United States.";
    assert_eq!(times(wire), ["9:00 a.m. America/Denver"]);
    // A name that may be another place, in no country the article names,
    // gives no zone ("North Bay" is also an Ontario town).
    let unsure = "A small quake struck in the North Bay at 2:09 a.m., seismologists said.";
    assert_eq!(times(unsure), ["2:09 a.m. zone unknown"]);
}

#[test]
fn a_country_named_inside_a_place_of_another_country_gives_no_zone() {
    // "New Mexico" is in the United States, "Northern Ireland" in the
    // United Kingdom: no Mexican or Irish clock.
    let ranch = "A fire broke out at a ranch in New Mexico at 3 a.m. on Friday.";
    assert_eq!(times(ranch), ["3:00 a.m. zone unknown"]);
    let belfast = "A bomb went off in Northern Ireland at 4 p.m. on Friday.";
    assert_eq!(times(belfast), ["4:00 p.m. Europe/London"]);
    // "Mexico City" still names Mexico.
    let capital = "A quake shook Mexico City at 7 a.m. on Friday.";
    assert_eq!(times(capital), ["7:00 a.m. America/Mexico_City"]);
}
