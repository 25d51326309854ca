use super::*;

const SAMPLE: &str = "\
1\tP\tAlexandria\tEG\tEG.06\t\t31.20\t29.92\t5263542\tAfrica/Cairo\tIskandariya\n\
2\tP\tAlexandria\tUS\tUS.VA\t\t38.80\t-77.05\t159428\tAmerica/New_York\t\n\
3\tP\tPolice\tPL\tPL.87\t\t53.55\t14.57\t34350\tEurope/Warsaw\t\n\
4\tP\tWilliams\tUS\tUS.AZ\t\t35.25\t-112.19\t3000\t\t\n\
5\tP\tBanstead\tGB\tGB.ENG\tSurrey\t51.32\t-0.21\t46280\tEurope/London\t\n\
6\tP\tTaji\tIQ\tIQ.07\t\t33.52\t44.27\t50000\tAsia/Baghdad\tAt Taji\n\
7\tP\tBaghdad\tIQ\tIQ.07\t\t33.34\t44.40\t7216000\tAsia/Baghdad\tBagdad\n\
8\tP\tJamaica\tCU\tCU.MA\t\t22.3\t-80.1\t15000\t\t\n\
9\tP\tAl Qa'im\tIQ\tIQ.01\t\t34.39\t40.99\t74100\tAsia/Baghdad\tAl-Qaim\n\
AIQ.07\tA\tBaghdad\tIQ\tIQ.07\t\t33.3\t44.3\t8000000\tAsia/Baghdad\t\n\
CIQ\tC\tIraq\tIQ\t\t\t33.6\t44.7\t38433600\tAsia/Baghdad\t\n\
CEG\tC\tEgypt\tEG\t\t\t27.0\t30.0\t80000000\tAfrica/Cairo\t\n";

fn gazetteer() -> Gazetteer {
    Gazetteer::from_table(SAMPLE)
}

fn names(text: &str) -> Vec<String> {
    gazetteer()
        .find(text)
        .into_iter()
        .map(|f| text[f.start..f.end].to_string())
        .collect()
}

#[test]
fn places_are_found_as_whole_capitalised_words() {
    assert_eq!(
        names("Rockets hit Taji, north of Baghdad."),
        ["Taji", "Baghdad"]
    );
    assert!(names("Bagdadis and baghdad are not names here.").is_empty());
    assert_eq!(
        names("The convoy reached the outskirts of al-Qaim at dawn."),
        ["al-Qaim"]
    );
}

#[test]
fn common_words_and_parts_of_longer_names_are_not_places() {
    assert!(names("Police said the roads were closed.").is_empty());
    assert!(names("The coach, Roy Williams, said so.").is_empty());
    assert!(names("She was taken to Jamaica Hospital.").is_empty());
    assert_eq!(names("They arrested him in Police last year."), ["Police"]);
}

#[test]
fn small_places_need_a_locative_word() {
    assert!(names("Banstead residents were told.").is_empty());
    assert_eq!(names("A fire broke out in Banstead."), ["Banstead"]);
    assert_eq!(names("the town of Banstead"), ["Banstead"]);
}

#[test]
fn the_most_likely_place_comes_first_unless_a_country_says_otherwise() {
    let g = gazetteer();
    let alexandria = g.lookup("Alexandria");
    assert_eq!(g.get(alexandria[0]).country, "EG");
    let us = g.resolve(alexandria, &["US"]).map(|id| g.get(id).country);
    assert_eq!(us, Some("US"));
    assert_eq!(g.get(g.lookup("Iskandariya")[0]).name, "Alexandria");
    assert_eq!(g.get(g.lookup("Baghdad")[0]).kind, PlaceKind::Region);
}

#[test]
fn containment_and_distance_follow_the_regions_and_coordinates() {
    let g = gazetteer();
    let taji = g.lookup("Taji")[0];
    let province = g.lookup("Baghdad")[0];
    let iraq = g.lookup("Iraq")[0];
    let egypt = g.lookup("Egypt")[0];
    assert!(g.contains(province, taji));
    assert!(g.contains(iraq, taji));
    assert!(!g.contains(egypt, taji));
    assert!(!g.contains(taji, province));
    let city = g.lookup("Baghdad")[1];
    let km = g.distance_km(taji, city);
    assert!((20.0..30.0).contains(&km), "{km} km");
    assert_eq!(g.country_of(taji), Some(iraq));
    assert_eq!(g.region_of(taji), Some(province));
}

#[test]
fn spellings_are_found_through_the_transliteration_skeleton() {
    let g = gazetteer();
    assert!(g.lookup("al-Qaem").is_empty());
    assert_eq!(g.get(g.lookup_loosely("al-Qaem")[0]).name, "Al Qa'im");
}
