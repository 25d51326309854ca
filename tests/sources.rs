//! Who said it: the speaker of each quote and the source of each figure,
//! read over whole articles (asides between commas, quotes that go on in
//! the next paragraph, dates of saying), as extraction gives them.

mod common;

use claimcheck::claim::{ClaimKind, Value};
use common::{analyse, document};

/// Each claim of `kind` in `text`: its evidence's first words and source.
fn sources(text: &str, kind: ClaimKind) -> Vec<(String, Option<String>)> {
    let analysis = analyse(vec![document(0, text)]);
    analysis
        .claims
        .iter()
        .filter(|c| c.kind == kind)
        .map(|c| {
            let words: Vec<&str> = text[c.span.start..c.span.end]
                .split_whitespace()
                .take(3)
                .collect();
            let source = c.attribution.as_ref().map(|a| a.source.clone());
            (words.join(" "), source)
        })
        .collect()
}

fn quote_speakers(text: &str) -> Vec<(String, Option<String>)> {
    sources(text, ClaimKind::Quote)
}

/// The words of each quote in `text`, as its claim gives them.
fn quote_words(text: &str) -> Vec<String> {
    let analysis = analyse(vec![document(0, text)]);
    analysis
        .claims
        .iter()
        .filter_map(|c| match &c.value {
            Value::Quote { text } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

fn pair(words: &str, source: &str) -> (String, Option<String>) {
    (words.to_string(), Some(source.to_string()))
}

fn unsourced(words: &str) -> (String, Option<String>) {
    (words.to_string(), None)
}

#[test]
fn a_speaker_with_an_aside_before_the_verb_is_the_speaker() {
    let text = "Quarry closes\n\n\
        Sen. Ana Ruiz, the leading member of the works committee, said in a statement the rules were \"common-sense changes to a law long overdue.\"\n\n\
        \"The thing that stuns me is that it lasted,\" Ben Okafor, who oversaw the coverage when he was the paper's editor, said after the vote.\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("common-sense changes to", "Sen. Ana Ruiz"),
            pair("The thing that", "Ben Okafor"),
        ]
    );
}

#[test]
fn a_name_before_a_role_no_comma_closes_is_the_speaker() {
    let text = "Pier reopens\n\n\
        Ana Ruiz, lead designer and producer says: \"The pier is the best thing we have built.\"\n\n\
        Tom Pike, Director, Marsk Radio said: \"We will be on the pier every morning.\"\n\n\
        Harbour Master Okafor, Ana Ruiz added: \"The boats are back and so are we.\"\n\n\
        NEW DUNMORE, March 3 - The Marsk Pier Company said it expects \"record crowds this year\".\n\n\
        Ana Ruiz, Okafor said, \"was the best designer the pier ever had.\"\n\n\
        Unlike Tom Pike, many residents say: \"The pier should have stayed shut.\"\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("The pier is", "Ana Ruiz"),
            pair("We will be", "Tom Pike"),
            pair("The boats are", "Ana Ruiz"),
            pair("record crowds this", "The Marsk Pier Company"),
            pair("was the best", "Okafor"),
            pair("The pier should", "many residents"),
        ]
    );
}

#[test]
fn a_name_in_the_aside_or_after_the_and_a_description_names_the_speaker() {
    let cases = [
        (
            "\"Okafor helped establish the principle,\" the prosecutor, John W. Nields, wrote in The Marsk Courier.",
            pair("Okafor helped establish", "John W. Nields"),
        ),
        (
            "\"We are satisfied with the outcome today,\" said the 36-year-old Okafor, who chairs the board.",
            pair("We are satisfied", "the 36-year-old Okafor"),
        ),
    ];
    for (paragraph, expected) in cases {
        let text = format!("Quarry closes\n\n{paragraph}\n");
        assert_eq!(quote_speakers(&text), [expected], "{paragraph}");
    }
}

#[test]
fn a_paragraph_of_quote_goes_on_with_the_speaker_before_it() {
    // The last quote's speaker, not the last capitalised words (the
    // newspaper the quote appeared in).
    let text = "Quarry closes\n\n\
        \"Okafor helped establish the principle,\" Nields wrote in The Marsk Courier in 2005.\n\n\
        \"Yet when it came to the quarry, he seems not to have known.\"\n\n\
        She does not rely on jargon, said Sean B. Tipton, spokesman for the Society of Reproductive Medicine.\n\n\
        \"She has an ability to deal with the public and the press.\"\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("Okafor helped establish", "Nields"),
            pair("Yet when it", "Nields"),
            pair("She has an", "Sean B. Tipton"),
        ]
    );
}

#[test]
fn the_day_a_source_spoke_is_the_writers_statement() {
    let text = "Quarry closes\n\n\
        Officials in Marsk said Tuesday that 12 people were killed, the Dunmore Gazette reported Sunday.\n";
    let dates = sources(text, ClaimKind::Date);
    assert_eq!(dates, [unsourced("Tuesday"), unsourced("Sunday")]);
    let killed = sources(text, ClaimKind::Casualties);
    assert_eq!(killed, [pair("12 people were", "Officials in Marsk")]);
    // A day the source gives for what happened stays theirs.
    let text = "Quarry closes\n\nThe quarry closed on Tuesday, officials said.\n";
    assert_eq!(
        sources(text, ClaimKind::Date),
        [pair("Tuesday", "officials")]
    );
    // So is the day a witness testified (`saying.tsv`).
    let text = "Quarry trial\n\nA surveyor testified Monday that the wall fell at 9 a.m.\n";
    assert_eq!(sources(text, ClaimKind::Date), [unsourced("Monday")]);
}

#[test]
fn where_a_source_spoke_is_the_writers_statement() {
    let text = "Quarry closes\n\n\
        Ana Ruiz told jurors in Orsova the blast was set in Marsk.\n";
    assert_eq!(
        sources(text, ClaimKind::Place),
        [unsourced("in Orsova"), pair("in Marsk", "Ana Ruiz")]
    );
    // After "said" a word other than a day or adjunct opens what was said.
    let text = "Quarry closes\n\n\
        Ana Ruiz said yesterday in Orsova that farmers in Marsk had left.\n\n\
        Tom Pike said farmers in Marsk had left.\n";
    assert_eq!(
        sources(text, ClaimKind::Place),
        [
            unsourced("in Orsova"),
            pair("in Marsk", "Ana Ruiz"),
            pair("in Marsk", "Tom Pike")
        ]
    );
}

#[test]
fn two_named_speakers_joined_by_and_are_one_source() {
    let text = "Quarry closes\n\n\
        Governor Ana Ruiz and Mayor Tom Pike announced that 40 homes were lost.\n\n\
        Planners Ana Ruiz and Tom Pike called the dam \"a marvel of the river and the valley.\"\n";
    assert_eq!(
        sources(text, ClaimKind::Count),
        [pair("40 homes", "Governor Ana Ruiz and Mayor Tom Pike")]
    );
    assert_eq!(
        quote_speakers(text),
        [pair("a marvel of", "Planners Ana Ruiz and Tom Pike")]
    );
}

#[test]
fn a_closing_mark_set_off_by_a_space_ends_the_quote_and_names_its_speaker() {
    // `, "Okafor said.` closes a quote left open on the line before: one
    // quote, the speaker's, and so is a day inside the next paragraph's
    // quote.
    let text = "Quarry closes\n\n\
        \"The board was not so easy to convince.\n\
        That's all I can say about it, \"Okafor said.\n\
        \"Knowing that the crews are back Monday, the week will be calmer.\"\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("The board was", "Okafor"),
            pair("Knowing that the", "Okafor"),
        ]
    );
    assert_eq!(
        quote_words(text)[0],
        "The board was not so easy to convince. That's all I can say about it"
    );
    assert_eq!(sources(text, ClaimKind::Date), [pair("Monday", "Okafor")]);
}

#[test]
fn he_is_the_last_person_a_sentence_had_as_its_subject() {
    // Not a body ("Police said"), and not a name only mentioned: the person
    // the sentence before is about, over an aside between commas.
    let text = "Camp bombed\n\n\
        Police said the camp was hit twice.\n\
        Taban Okafor, the governor of the state, accused the army of the attack.\n\
        \"These people should be taken to book,\" he told reporters.\n\n\
        But Okafor said the army must answer: \"We will not forget this day.\"\n\n\
        \"We are prepared for a long fight,\" he later said.\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("These people should", "Taban Okafor"),
            pair("We will not", "Okafor"),
            pair("We are prepared", "Okafor"),
        ]
    );
}

#[test]
fn an_answer_is_its_speakers_and_a_quote_a_verb_goes_to_is_no_ones() {
    // "replied" names its speaker; a pronoun right before the verb is its
    // subject, whatever phrase stands before it ("a risk he replied").
    // What a verb of saying goes to ("added to") was not said by anyone.
    let text = "Comeback\n\n\
        Ana Okafor returned to the Marsk club after surgery. \
        Asked whether she was taking a risk she replied: \"No more than anyone crossing the road.\"\n\n\
        The decision not to set a limit added to \"new factors in the market\" at the talks.\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("No more than", "Ana Okafor"),
            unsourced("new factors in"),
        ]
    );
}

#[test]
fn a_quote_after_a_sentence_that_introduces_it_is_its_subjects() {
    // "X, director of ..., was blunt:" and then the quote; not the last
    // capitalised words (a place or a body named in passing).
    let text = "Quarry closes\n\n\
        Ana Ruiz, director of the Marsk Heritage Council's quarry programme, was blunt:\n\n\
        \"We will see them in court.\"\n\n\
        His sister, Mira Okafor, told reporters she had not seen him since the move to Dunmore Heights.\n\n\
        \"They thought he was reaching for a gun,\" she said.\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("We will see", "Ana Ruiz"),
            pair("They thought he", "Mira Okafor"),
        ]
    );
}

#[test]
fn a_paragraph_ending_in_a_colon_introduces_the_quote_after_it() {
    // The judge's advice follows Pike's own words: the clause before the
    // colon, not the last quote, names who gave it.
    let text = "Sentenced\n\n\
        \"I am sorry for what I did,\" Tom Pike said.\n\
        \"And I will not bring shame on my family.\n\
        That's it.\"\n\
        The judge had advice for anyone who deals with Pike in the future:\n\
        \"Do not trust Mr. Pike ever again.\n\
        He can not be trusted.\"\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("I am sorry", "Tom Pike"),
            pair("And I will", "Tom Pike"),
            pair("Do not trust", "The judge"),
        ]
    );
}

#[test]
fn she_is_no_surname_the_article_gives_a_mans_given_name() {
    // "Pike" alone says nothing of sex; "Tom Pike" earlier says he is no
    // "she", so the quote is nobody's rather than his.
    let text = "Family\n\n\
        The writer Tom Pike met the family in 1970.\n\
        Ultimately, his daughter persuaded him;\n\
        after all, Pike was sure to profit by the secret.\n\
        \"We could make at least enough money to pay some bills,\" she told her father.\n";
    assert_eq!(quote_speakers(text), [unsourced("We could make")]);
}

#[test]
fn a_speaker_before_a_quote_is_read_within_the_verbs_own_sentence() {
    // The words before the verb stop at the sentence before ("... each
    // season. But Okafor added:" is Okafor); the verb nearest the quote
    // names its speaker; an aside may hold another verb.
    let text = "Quarry closes\n\n\
        The council met twice at the end of each season. But Okafor added: \"We will not reopen it this year.\"\n\n\
        Ruiz said it was late and Okafor said: \"The crews have gone home for good.\"\n\n\
        The board, which said the site was clearly marked, said it was \"strongly protesting the closure.\"\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("We will not", "Okafor"),
            pair("The crews have", "Okafor"),
            pair("strongly protesting the", "The board"),
        ]
    );
}

#[test]
fn a_role_in_lower_case_may_stand_between_the_verb_and_the_name() {
    let text = "Harbour fire\n\n\
        \"There is nothing heroic about it,\" said commentator Pat Buchanan, a former speechwriter.\n\n\
        \"He shot one man fatally right away,\" said Marsk police spokesperson Ben Okafor.\n\n\
        \"We will not stop here at all,\" said Okafor on Tuesday.\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("There is nothing", "commentator Pat Buchanan"),
            pair("He shot one", "Marsk police spokesperson Ben Okafor"),
            pair("We will not", "Okafor"),
        ]
    );
}

#[test]
fn a_quote_without_a_speaker_goes_on_with_the_quote_before_it() {
    let text = "Marsk results\n\n\
        \"The results do not look exciting,\" said Ana Ruiz, an analyst at Dunmore. \"But the guidance is good news.\" Sales rose again. \"We have to get costs under control,\" said vice-chairman Ben Okafor.\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("The results do", "Ana Ruiz"),
            pair("But the guidance", "Ana Ruiz"),
            pair("We have to", "vice-chairman Ben Okafor"),
        ]
    );
}

#[test]
fn he_said_of_a_figure_is_the_last_person_a_sentence_had_as_its_subject() {
    let text = "Strike ends\n\n\
        Marsk Motors spokesman Ben Okafor said the plants stopped working at noon.\n\n\
        He said 300 workers would return, and 14 machines were damaged, he said.\n\n\
        If Dunmore agrees, the talks go on. It will take 40 days, he said.\n";
    assert_eq!(
        sources(text, ClaimKind::Count),
        [
            pair("300 workers", "Marsk Motors spokesman Ben Okafor"),
            pair("14 machines", "Marsk Motors spokesman Ben Okafor"),
        ]
    );
    // "If Dunmore agrees" opens a clause with a conjunction: no subject.
    assert_eq!(
        sources(text, ClaimKind::Quantity),
        [pair("40 days", "Marsk Motors spokesman Ben Okafor")]
    );
}

#[test]
fn a_group_opened_by_a_quantifier_is_no_one_he_stands_for() {
    // "Some Marsk dealers" is a group: "he" cannot stand for it, and with no
    // one else named before, the figure has no source.
    let text = "Oil steady\n\n\
        Some Marsk dealers expected a quiet week.\n\n\
        He said 300 barrels were sold.\n";
    assert_eq!(sources(text, ClaimKind::Count), [unsourced("300 barrels")]);
}

#[test]
fn a_clause_before_a_colon_speaks_through_its_subject_not_an_object_after_and() {
    // ", and Okafor's parents," joins objects: the subject, Ana Ruiz, speaks.
    let text = "Crew thanked\n\n\
        Ana Ruiz thanked the crew, and Okafor's parents, saying: \u{201c}We owe them everything we have.\u{201d}\n";
    assert_eq!(quote_speakers(text), [pair("We owe them", "Ana Ruiz")]);
}

#[test]
fn a_source_set_off_after_and_speaks_for_what_follows_only() {
    let text = "Cup tie\n\n\
        Okafor missed both of his shots in the first 20 minutes and, Pike said, \
        lost 3 balls after that.\n";
    assert_eq!(
        sources(text, ClaimKind::Quantity),
        [unsourced("20 minutes")]
    );
    assert_eq!(sources(text, ClaimKind::Count), [pair("3 balls", "Pike")]);
}

#[test]
fn a_source_inside_a_relative_clause_speaks_for_that_clause_only() {
    // The price after the clause closes is the writer's; the battery life
    // inside it is Zentrax's.
    let text = "Laptop\n\n\
        The laptop, which Zentrax says will run for eight hours, costs $999.\n";
    assert_eq!(
        sources(text, ClaimKind::Quantity),
        [pair("eight hours", "Zentrax"), unsourced("$999")]
    );
    // Set off by commas after "which", the source speaks for the clause
    // after it, not for the night before it.
    let after_which = "Protests\n\n\
        A second protest came on Wednesday night, after which, the police said, there were 46 arrests.\n";
    assert_eq!(
        sources(after_which, ClaimKind::Date),
        [unsourced("Wednesday night")]
    );
    assert_eq!(
        sources(after_which, ClaimKind::Count),
        [pair("46 arrests", "the police")]
    );
}

#[test]
fn a_source_in_a_second_clause_of_what_was_said_speaks_for_that_clause_only() {
    // The hearing's year and the aides' count come before "and that he":
    // what Pike admitted covers only the clause after it.
    let text = "Ruse\n\n\
        Tom Pike was charged.\n\n\
        At hearings in 2019, aides of the Marsk family, and a driver, testified that Pike was lucid and that he had admitted to 3 guards that the act was a ruse.\n";
    assert_eq!(sources(text, ClaimKind::Date), [unsourced("in 2019")],);
    assert_eq!(
        sources(text, ClaimKind::Count),
        [pair("3 guards", "Tom Pike")],
    );
}

#[test]
fn she_inside_a_sentence_is_the_person_opening_it() {
    let text = "Ferry chief quits\n\n\
        “The decision is made and the ferry sails,” Marsk Ferries posted on its website.\n\n\
        Ana Okafor had managed the line since 2010 and stunned staff when she announced 40 job cuts.\n\n\
        Although Okafor denounced the plan, the board met.\n\n\
        She said 12 ferries were sold.\n";
    // Not the body quoted a paragraph before: the person opening the
    // sentence, and past a word that opens a clause.
    assert_eq!(
        sources(text, ClaimKind::Count),
        [
            pair("40 job cuts", "Ana Okafor"),
            pair("12 ferries", "Ana Okafor")
        ]
    );
}

#[test]
fn he_is_the_subject_over_an_age_an_adverb_or_a_verb_read_as_a_role() {
    // An age and a description set apart after the name, an adverb before
    // the verb, and "said the Kelmar …" (lower-case words before a capital,
    // which a role may be) all leave the name as the subject.
    let text = "Vote counted\n\n\
        Okafor, 52, a clerk at the Dunmore office, said she waited several hours.\n\
        \"The lines were long,\" she said.\n\n\
        The Marsk council met on Friday.\n\n\
        Ruiz said the rules had changed.\n\
        Pike emphatically told the council the rules had changed.\n\
        \"Nothing was hidden,\" he said.\n\n\
        Marsk said the Kelmar securities market had grown.\n\
        Its shares rose 40 pct, he said.\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("The lines were", "Okafor"),
            pair("Nothing was hidden", "Pike"),
        ]
    );
    assert_eq!(
        sources(text, ClaimKind::Quantity),
        [
            (String::from("52"), None),
            pair("several hours", "Okafor"),
            pair("40 pct", "Marsk")
        ]
    );
}

#[test]
fn he_is_a_person_named_before_been_and_a_name_before_a_past_verb() {
    // "had been quietly named": up to three words between the subject and
    // its verb, "been" among them; "admitted the Marsk Cup had been" ran
    // over the verb and leaves the name before it, but only a person's
    // ("Analysts noted that" names no one); a thing that had been warned is
    // no one "he" stands for.
    let text = "Pilot named\n\n\
        After the storm, Marsk Harbour had been warned that the pier was unsafe.\n\
        \"I am dismayed that the lights failed,\" he said.\n\n\
        Tom Pike, the ferry's first pilot, retired in May.\n\
        Ana Ruiz had been quietly named as the harbour's next master.\n\
        \"It is a joy to keep the lights on,\" she said.\n\n\
        Ben Okafor admitted the Marsk Cup had been mentioned in the squad.\n\
        \"We cannot get ahead of ourselves,\" he said.\n";
    assert_eq!(
        quote_speakers(text),
        [
            unsourced("I am dismayed"),
            pair("It is a", "Ana Ruiz"),
            pair("We cannot get", "Ben Okafor"),
        ]
    );
    // A conjunction before a name with a letter beyond ASCII ("But
    // Ramírez said") is no part of it, and the name is read whole; a verb
    // of saying after an adverb ran into the role too.
    let text = "Storm hits port\n\n\
        But Ramírez said the port was ready for the storm.\n\
        \"We were ready,\" he said.\n\n\
        Tom Pike also said Ana Ruiz had been picked to lead the crews.\n\
        \"She will do well,\" he said.\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("We were ready", "Ramírez"),
            pair("She will do", "Tom Pike")
        ]
    );
    let text = "Ferries sold\n\n\
        Analysts noted that Marsk is one of many firms selling ferries.\n\
        \"Ferries are a tough trade,\" said Dunmore.\n\
        \"Many firms come to the market,\" he said.\n";
    let speakers = quote_speakers(text);
    assert_eq!(speakers[0], pair("Ferries are a", "Dunmore"));
    assert!(
        speakers
            .iter()
            .all(|(_, s)| s.as_deref() != Some("Analysts")),
        "{speakers:?}"
    );
}

#[test]
fn a_quote_whose_pronoun_names_no_one_ends_the_speech_before_it() {
    // "she" fits no one named (the agent is a man): her quote has no
    // speaker, and the quote closing on the next line goes on with hers,
    // not the agent's.
    let text = "Star dies\n\n\
        \"She captured a generation,\" her agent, Tom Roesler, said yesterday.\n\
        \"She is a joy to the whole town.\"\n\
        Even though she went to events, she never agreed to photographs.\n\
        \"Nobody should film me as an old woman,\" she said in 1998.\n\
        \"I think of old singers like that too.\n\
        It makes me sad.\"\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("She captured a", "Tom Roesler"),
            pair("She is a", "Tom Roesler"),
            unsourced("Nobody should film"),
            unsourced("I think of"),
        ]
    );
}

#[test]
fn she_is_the_friend_or_neighbour_cited_last() {
    // A friend or a neighbour is one person ("person-nouns.tsv"): "she"
    // after "The friend said" is the friend, not the neighbour before.
    let text = "Mum dies\n\n\
        Another neighbour added: \"She moved to Orsova.\"\n\
        Alice had taken in a dog.\n\
        The friend said she was \"cheerful\" at their last visit on Friday.\n\
        She added: \"We sat and talked for about half an hour.\"\n";
    assert_eq!(
        sources(text, ClaimKind::Quantity),
        [pair("about half an", "The friend")]
    );
}

#[test]
fn she_is_the_subject_over_an_age_written_before_the_name() {
    // "25-year-old Okafor said": the age opens the subject, not another
    // clause; "she" is Okafor, not the woman named a paragraph before.
    let text = "Vote counted\n\n\
        Ana Ruiz, a teacher, said the vote was fair.\n\n\
        In Dunmore, a village near the capital, 25-year-old Okafor said she came to vote.\n\
        \"I voted for our neighbour,\" she said.\n";
    assert_eq!(quote_speakers(text), [pair("I voted for", "Okafor")]);
}

#[test]
fn a_pronoun_with_no_one_named_before_it_names_no_speaker() {
    let text = "Notes from the quarry\n\n\
        the star said the crews had gone.\n\n\
        \"I don't need to do anything anymore,\" she added.\n";
    assert_eq!(quote_speakers(text), [unsourced("I don't need")]);
}

#[test]
fn a_quote_left_open_runs_through_paragraphs_without_marks_to_its_speaker() {
    // One sentence a line: the quote opens on the second line, goes on
    // without marks on the third and closes on the fourth, where the
    // speaker is named: one quote of three lines, its words joined by a
    // space. The spokesman of the line before is not its speaker.
    let text = "Camp shelled\n\n\
        A spokesman for the Marsk Project said the group confirmed it.\n\
        \"The families need to be safe.\n\
        They ran away from the fighting.\n\
        They should not be pursued here, \"Okafor, the governor, said.\n";
    assert_eq!(quote_speakers(text), [pair("The families need", "Okafor")]);
    assert_eq!(
        quote_words(text),
        [
            "The families need to be safe. They ran away from the fighting. \
          They should not be pursued here"
        ]
    );
}

#[test]
fn a_quote_of_one_word_left_open_goes_on_to_the_line_that_closes_it() {
    // "Yes." alone is too short to be a quote; left open, it is the start
    // of one, and its speaker is the one who said all of it, not the last
    // one quoted.
    let text = "Coach named\n\n\
        \"We picked the best,\" Tom Pike said.\n\
        Asked whether the list was a short one, Ana Ruiz said: \"Yes.\n\
        The list had one name on it.\n\
        It was a very short list. \"\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("We picked the", "Tom Pike"),
            pair("Yes. The list", "Ana Ruiz")
        ]
    );
}

#[test]
fn a_line_that_closes_a_quote_with_an_interruption_joins_it_without_the_attribution() {
    let text = "Roof repaired\n\n\
        \"We can help with the roof.\n\
        We brought tools,\" Tom Pike said, \"and 12 sheets of tin.\"\n";
    assert_eq!(quote_speakers(text), [pair("We can help", "Tom Pike")]);
    assert_eq!(
        quote_words(text),
        ["We can help with the roof. We brought tools … and 12 sheets of tin."]
    );
}

#[test]
fn the_statement_said_is_whoever_issued_it() {
    let text = "Office shooting\n\n\
        Marsk Advisors issued a statement Tuesday expressing condolences.\n\
        \"We are devastated by the loss of a colleague.\n\
        She was loved by everyone here, \"the statement said.\n\n\
        Dunmore Holdings released a letter on Monday. Two offices will close for 30 days, the letter said.\n";
    assert_eq!(
        quote_speakers(text),
        [pair("We are devastated", "Marsk Advisors")]
    );
    assert_eq!(
        quote_words(text),
        ["We are devastated by the loss of a colleague. She was loved by everyone here"]
    );
    assert_eq!(
        sources(text, ClaimKind::Quantity),
        [pair("30 days", "Dunmore Holdings")]
    );
}

#[test]
fn a_figure_inside_the_sources_own_words_is_the_writers() {
    // The age and the day stand inside "Okafor, 32, …" and "Marsk Motors
    // today announced": the writer says them, not the source.
    let text = "Trial goes on\n\n\
        Ana Okafor, 32, testified that she saw two men run off.\n\n\
        Marsk Motors today announced that it would close 3 plants.\n";
    assert_eq!(sources(text, ClaimKind::Quantity), [unsourced("32")]);
    assert_eq!(sources(text, ClaimKind::Date), [unsourced("today")]);
    assert_eq!(
        sources(text, ClaimKind::Count),
        [
            pair("two men", "Ana Okafor"),
            pair("3 plants", "Marsk Motors")
        ]
    );
}

#[test]
fn she_is_a_surname_named_after_a_given_name_or_a_name_after_said() {
    // "Reid" is common enough as a word to fail the rarity test alone, but
    // the article wrote "Tara Reid"; "Experts" is no one. "said Ana Okafor,
    // 35, …" names the speaker after the verb.
    let text = "Actor speaks\n\n\
        Experts warned of delays.\n\
        \"This will grind trade to a halt for a while,\" he said.\n\n\
        Fans of Tara Reid waited.\n\
        Reid, who has launched a fashion line, opened up about her image.\n\
        \"My picture is taken only when I have a cup in my hand,\" she told a magazine.\n\n\
        Many feel watched, said Ana Okafor, 35, a nurse who works nearby.\n\
        \"I understand the state of mind of these youths,\" she said.\n";
    assert_eq!(
        quote_speakers(text),
        [
            unsourced("This will grind"),
            pair("My picture is", "Reid"),
            pair("I understand the", "Ana Okafor"),
        ]
    );
}

#[test]
fn what_describes_the_source_after_it_is_the_writers() {
    // The place of Okafor's deck and the town of Ruiz's hospital describe
    // the sources; the toll before "said" is Ruiz's.
    let text = "Blast heard\n\n\
        \"It sounded like a bomb,\" said Jan Okafor, who was smoking on her deck in the nearby Dunmore Estates.\n\n\
        Three people died in Marsk, said Ana Ruiz, a nurse in Dunmore.\n";
    assert_eq!(
        sources(text, ClaimKind::Place),
        [
            unsourced("in the nearby"),
            pair("in Marsk", "Ana Ruiz"),
            unsourced("in Dunmore"),
        ]
    );
    assert_eq!(
        sources(text, ClaimKind::Casualties),
        [pair("Three people died", "Ana Ruiz")]
    );
    // ", one of …" describes the source too; a number after a title's
    // abbreviation is part of the name.
    let guards = "Night shift\n\n\"The night was quiet,\" said Guard No. 3, one of six guards on the shift.\n\n\
        Two guards were on leave, said Guard No. 4.\n";
    assert_eq!(
        sources(guards, ClaimKind::Count),
        [unsourced("six guards"), pair("Two guards", "Guard No. 4")]
    );
    // A source's age right after the name describes the source too.
    let aged = "Blast heard\n\n\"It sounded like a bomb,\" said Jan Okafor, 48, a nurse at the Marsk clinic.\n";
    let ages: Vec<_> = sources(aged, ClaimKind::Quantity);
    assert_eq!(ages, [unsourced("48")]);
    // "who" opens a description without a comma too.
    let relative = "Pier shut\n\nThe ferries will wait, said Kelmar harbour master Ana Ruiz who shut the pier road for three weeks.\n";
    let periods: Vec<_> = sources(relative, ClaimKind::Quantity);
    assert_eq!(periods, [unsourced("three weeks")]);
    // After the source's age, "who" still opens a description.
    let aged_relative = "Pier shut\n\n\"I want to go home,\" said Ana Ruiz, 35, who fled with her husband and six children.\n";
    assert_eq!(
        sources(aged_relative, ClaimKind::Count),
        [unsourced("six children")]
    );
    // A title without an article describes the source too ("author of",
    // "managing director of"), and "who," before an aside; a clause after
    // "said Tom Pike," set off after an opening phrase alone is his.
    let titled = "Pier shut\n\n\
        \"The pier is safe,\" said Ana Ruiz, author of the 2005 book on the port, \
        and Jan Okafor, who, as mayor, shut 12 piers.\n\n\
        \"It is late,\" said Ben Marsk, managing director of 40 ferry firms.\n\n\
        On average, said Tom Pike, pilots fly to 10 towns a day.\n";
    assert_eq!(sources(titled, ClaimKind::Date), [unsourced("the 2005")]);
    assert_eq!(
        sources(titled, ClaimKind::Count),
        [
            unsourced("12 piers"),
            unsourced("40 ferry firms"),
            pair("10 towns", "Tom Pike")
        ]
    );
    // The source's saying that goes on after the description is theirs.
    let adding = "Pier shut\n\nThe pier fell, said Ana Ruiz, a ferry pilot, adding that 12 people were hurt.\n";
    assert_eq!(
        sources(adding, ClaimKind::Casualties),
        [pair("12 people were", "Ana Ruiz")]
    );
}

#[test]
fn a_wire_datelines_date_is_the_writers() {
    let text = "Stocks fall\n\nDUNMORE, March 4 - Marsk shares fell 3 pct on Tuesday, the exchange said.\n";
    assert_eq!(
        sources(text, ClaimKind::Date),
        [unsourced("March 4"), pair("Tuesday", "the exchange"),]
    );
}

#[test]
fn what_follows_according_to_is_the_sources() {
    let text = "Crash\n\nAccording to investigators, a woman was killed in Marsk on Friday.\n";
    assert_eq!(
        sources(text, ClaimKind::Place),
        [pair("in Marsk", "investigators")]
    );
}

#[test]
fn a_speaker_described_after_the_verb_speaks_and_a_pronoun_or_a_phrase_is_no_one_else() {
    let text = "Budget talks\n\n\
        \"We will protect every customer,\" said the company in a statement.\n\n\
        \"The plan will work,\" he said. \"Failure would cost us dearly,\" said an agency statement.\n\n\
        Okafor has been \"the first choice of the board\" for the job, which would make him chairman, said an aide.\n\n\
        In a statement the Marsk council said: \"We will rebuild every home in the valley.\"\n\n\
        \"Nobody expected the vote to pass,\" Will Pike said.\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("We will protect", "the company"),
            unsourced("The plan will"),
            pair("Failure would cost", "an agency statement"),
            // Words opening with a preposition are no speaker.
            unsourced("the first choice"),
            // A phrase opening with a preposition is no part of the speaker.
            pair("We will rebuild", "the Marsk council"),
            // A capitalised word of a phrase's kind before a name ("Will",
            // "As"): the name speaks.
            pair("Nobody expected the", "Pike"),
        ]
    );
}

#[test]
fn a_name_overlapping_its_speakers_words_and_a_figure_before_a_passive_agent() {
    let text = "Court\n\n\
        U.S. District Judge Ana Ruiz said in sentencing Okafor to 12 years in prison that he had shown no remorse.\n\n\
        Aides say the club offered $70 million, less than the $90 million reported by Marsk radio host Tom Pike.\n";
    let persons = sources(text, ClaimKind::Person);
    assert_eq!(persons, [unsourced("District Judge Ana")]);
    let money: Vec<_> = sources(text, ClaimKind::Quantity)
        .into_iter()
        .filter(|(w, _)| w.starts_with('$'))
        .collect();
    assert_eq!(
        money,
        [
            pair("$70 million", "Aides"),
            pair("$90 million", "Marsk radio host Tom Pike"),
        ]
    );
}

#[test]
fn a_speaker_does_not_run_into_another_sentence() {
    let text = "Budget\n\n\
        \"The plan will work for every family in town,\" said Mr Pike. He added that more was needed.\n\n\
        Ruiz said the decision \"increases the risks\" attached to the project. The Kelmar board said \"a full review of every contract is under way.\"\n\n\
        Funding for the bridge was cut. Dr Okafor said: \"We have asked for every penny back.\"\n\n\
        \"We found nothing at all in the house,\" Asst. Chief Ana Ruiz said.\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("The plan will", "Mr Pike"),
            // The verb after the next sentence's subject says nothing of it.
            pair("increases the risks", "Ruiz"),
            pair("a full review", "The Kelmar board"),
            // "cut." ends a sentence the speaker does not belong to.
            pair("We have asked", "Dr Okafor"),
            // An abbreviated title ends no sentence (`abbreviations.tsv`).
            pair("We found nothing", "Asst. Chief Ana Ruiz"),
        ]
    );
}

#[test]
fn a_speakers_name_and_title_are_the_writers_whoever_else_the_sentence_cites() {
    // The person who speaks in a clause of the sentence is described by the
    // writer: the sentence's other source did not say who he is.
    let text = "Port rules\n\n\
        The Marsk port authority reported on Monday changes to the rules, which Harbour Master Jon Pike said were overdue.\n\n\
        \"We knew it was coming,\" said Ana Ruiz, an analyst at Kelmar.\n";
    assert_eq!(
        sources(text, ClaimKind::Person),
        [unsourced("Harbour Master Jon"), unsourced("Ana Ruiz, an"),]
    );
}

#[test]
fn a_relative_clause_after_a_dash_is_the_writers_aside_not_the_reporters() {
    // The verb before the dash reports nothing in the aside after it; a dash
    // that only goes on with the speech keeps the speaker.
    let text = "Church fire\n\n\
        Officials estimated the fire caused around $1 million in damage to the Marsk Bible Church -- which Ana Ruiz hoped was not in connection to the \"unkind attention of the press\" from her campaign.\n\n\
        In 2003, Jon Pike said he was \"astounded\" he had never won a prize - but \"they tend not to give it to people from Kelmar\".\n";
    assert_eq!(
        quote_speakers(text),
        [
            unsourced("unkind attention of"),
            pair("they tend not", "Jon Pike"),
        ]
    );
}

#[test]
fn he_and_she_skip_a_person_whose_given_name_or_title_says_otherwise() {
    // "she" is not Tom Pike, the last subject: with no woman named before
    // it, the quote has no speaker rather than a wrong one; "he" is his.
    let text = "Shop closes\n\n\
        Tom Pike, her partner of 20 years, said the lease ran out in May.\n\n\
        \"I never wanted to leave this street,\" she said.\n\n\
        \"We tried everything we could think of,\" he said.\n";
    assert_eq!(
        quote_speakers(text),
        [
            unsourced("I never wanted"),
            pair("We tried everything", "Tom Pike"),
        ]
    );
}

#[test]
fn a_speech_closed_with_a_pronoun_is_the_last_speakers_when_the_pronoun_fits() {
    // The quote opens on the third line and closes on the fifth with "he
    // said", which no name right before resolves: the speaker of the quote
    // before is his. "She" can never be Hugh Okafor: no speaker then.
    let speech = "\"Being asked to lead is a privilege.\n\
        Like the crew I find myself in a state of terror and delight.\n\
        I can't wait to get started, \"PRONOUN said.\n";
    let opening = "Crew named\n\n\
        \"It's so wonderful not to keep this secret,\" Hugh Okafor said after the news was out.\n\
        At 55, he is the same age as the first captain was.\n";
    let text = format!("{opening}{}", speech.replace("PRONOUN", "he"));
    assert_eq!(
        quote_speakers(&text),
        [
            pair("It's so wonderful", "Hugh Okafor"),
            pair("Being asked to", "Hugh Okafor"),
        ]
    );
    assert_eq!(
        quote_words(&text)[1],
        "Being asked to lead is a privilege. \
         Like the crew I find myself in a state of terror and delight. \
         I can't wait to get started"
    );
    let text = format!("{opening}{}", speech.replace("PRONOUN", "she"));
    assert_eq!(
        quote_speakers(&text),
        [
            pair("It's so wonderful", "Hugh Okafor"),
            unsourced("Being asked to"),
        ]
    );
}

#[test]
fn a_source_that_opens_its_sentence_speaks_the_quote_after_it_and_the_rest_of_the_speech() {
    // The closing mark of the second line stands apart after a full stop.
    let text = "Cable cut\n\n\
        According to a Marsk Telecom update - \"Some bandwidth was brought online last night.\n\
        We allowed traffic from midnight to 7am, after which it gave way again. \"\n\n\
        According to the ministry, \"the roads are closed to all traffic.\"\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("Some bandwidth was", "a Marsk Telecom update"),
            pair("the roads are", "the ministry"),
        ]
    );
    assert_eq!(
        quote_words(text)[0],
        "Some bandwidth was brought online last night. \
         We allowed traffic from midnight to 7am, after which it gave way again."
    );
    assert_eq!(
        sources(text, ClaimKind::Time),
        [
            pair("midnight", "a Marsk Telecom update"),
            pair("7am", "a Marsk Telecom update")
        ]
    );
}

#[test]
fn according_to_ends_where_the_clause_it_sources_begins() {
    let text = "Sales\n\n\
        According to the Marsk report the chain opened 34 new stores.\n\n\
        According to officials of both the union and the company, 3,000 members struck.\n";
    assert_eq!(
        sources(text, ClaimKind::Count),
        [
            pair("34 new stores", "the Marsk report"),
            pair(
                "3,000 members",
                "officials of both the union and the company"
            ),
        ]
    );
}

#[test]
fn a_role_with_a_possessive_names_the_speaker_after_the_quote() {
    let text = "Camps\n\n\
        \"I want to go home but I am scared,\" said fisherman's wife Ana Okafor, 35, who fled.\n\n\
        \"We have not received any medicine yet,\" said the fisherman's wife, Ana Okafor.\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("I want to", "fisherman's wife Ana Okafor"),
            pair("We have not", "the fisherman's wife Ana Okafor"),
        ]
    );
}

#[test]
fn it_said_is_the_last_source_named_when_that_is_one_body() {
    // The body named last speaks on; a person, a group or a body that an
    // "it" of its own sentence follows ("said it estimated") is no one else's.
    let text = "Marsk results\n\n\
        NEW YORK, March 2 - Marsk Motors Corp said its net profit rose to 40 mln dlrs.\n\n\
        Sales rose 5 pct to 900 mln dlrs, it said.\n\n\
        Kelmar Corp said it estimated that losses were 30 mln dlrs.\n\n\
        The Marsk ministry said it would close the plant.\n\n\
        Output fell 4 pct in May, it said.\n\n\
        Ana Ruiz, the chairman, said margins rose 2 pct.\n\n\
        Costs rose 3 pct, it said.\n\n\
        Officials said prices rose 6 pct.\n\n\
        Wages rose 7 pct, it said.\n";
    assert_eq!(
        sources(text, ClaimKind::Quantity),
        [
            pair("40 mln dlrs", "Marsk Motors Corp"),
            pair("5 pct", "Marsk Motors Corp"),
            pair("900 mln dlrs", "Marsk Motors Corp"),
            pair("30 mln dlrs", "Kelmar Corp"),
            pair("4 pct", "The Marsk ministry"),
            pair("2 pct", "Ana Ruiz"),
            unsourced("3 pct"),
            pair("6 pct", "Officials"),
            unsourced("7 pct"),
        ]
    );
}

#[test]
fn they_said_is_the_last_source_named_when_that_is_a_group() {
    let text = "Grain sales\n\n\
        Marsk trade sources said 25,000 tonnes were sold to Kelmar.\n\n\
        They said 15,000 tonnes more would follow in May.\n\n\
        The Marsk ministry said 3,000 tonnes were lost.\n\n\
        They said 1,000 tonnes were found.\n";
    assert_eq!(
        sources(text, ClaimKind::Quantity),
        [
            pair("25,000 tonnes", "Marsk trade sources"),
            pair("15,000 tonnes", "Marsk trade sources"),
            pair("3,000 tonnes", "The Marsk ministry"),
            unsourced("1,000 tonnes"),
        ]
    );
}

#[test]
fn a_figure_in_whom_a_source_told_is_no_part_of_what_it_said() {
    let text = "Jury split\n\n\
        Inside the jury room, the three holdouts told the other nine jurors that they would not vote for it.\n\n\
        Ana Ruiz told reporters 12 boats were seized.\n";
    assert_eq!(
        sources(text, ClaimKind::Count),
        [
            unsourced("three holdouts"),
            unsourced("nine jurors"),
            pair("12 boats", "Ana Ruiz"),
        ]
    );
}

#[test]
fn a_source_after_its_verb_with_a_description_that_ends_the_sentence_covers_it() {
    let text = "Escapee caught\n\n\
        Okafor was caught in Orsova, about 25 miles north of where he escaped, said Ana Ruiz, a spokeswoman for the Marsk Police.\n\n\
        Okafor was seen 12 miles away, the guards said Ana Ruiz, a nurse, was hurt.\n";
    assert_eq!(
        sources(text, ClaimKind::Quantity),
        [
            pair("about 25 miles", "Ana Ruiz"),
            // The guards report what follows their verb: a nurse's name
            // there, with a verb after its aside, names no source.
            unsourced("12 miles"),
        ]
    );
}

#[test]
fn a_describing_agent_says_only_the_phrase_after_as() {
    let text = "Boss admits role\n\n\
        He was described by police as a 38-year-old man, and he had a 12-year record.\n\n\
        For the man described by the Marsk Echo as \"the last great boss of the century,\" it ended a 50-year career.\n";
    assert_eq!(
        sources(text, ClaimKind::Quantity),
        [
            pair("38-year-old", "police"),
            unsourced("12-year"),
            unsourced("50-year"),
        ]
    );
}

#[test]
fn a_date_after_where_or_in_what_a_source_spoke_is_when_it_was_said() {
    let text = "Harbour talks\n\n\
        The Marsk port authority announced on Twitter today that the harbour would close.\n\n\
        Ana Ruiz said in a statement on Friday the boats had left.\n\n\
        Tom Pike said in Orsova yesterday that 12 boats had left.\n\n\
        The port said its output was estimated at 80 tonnes in 1999.\n\n\
        Okafor said the loss was twice the 4 million reported at the end of 1999.\n\n\
        \"The pier is open,\" said Tom Pike yesterday.\n\n\
        The Marsk port authority announced today (4 March 2019) that the harbour would close.\n";
    assert_eq!(
        sources(text, ClaimKind::Date),
        [
            unsourced("today"),
            unsourced("Friday"),
            unsourced("yesterday"),
            pair("in 1999", "The port"),
            pair("of 1999", "Okafor"),
            unsourced("yesterday"),
            unsourced("today"),
            unsourced("4 March 2019"),
        ]
    );
    // After a single closing mark and a comma too; not the date of a
    // passive report, which is the source's.
    let text = "Harbour talks\n\n\
        ‘The pier is shut,’ said Tom Pike yesterday.\n\n\
        Police said a fire was reported at the Orsova depot on Tuesday.\n";
    assert_eq!(
        sources(text, ClaimKind::Date),
        [unsourced("yesterday"), pair("Tuesday", "Police")]
    );
    // A listener written with a capital inside ("eWEEK") is no verb after
    // "to": the source confirmed what follows.
    let text = "Harbour talks\n\n\
        Marsk sources have confirmed to eHARBOUR that the port will buy Orsova Docks for about $13 million.\n";
    assert_eq!(
        sources(text, ClaimKind::Quantity),
        [pair("about $13 million", "Marsk sources")]
    );
}

#[test]
fn a_date_after_whom_a_source_told_is_when_it_was_said() {
    let text = "Harbour talks\n\n\
        Ana Ruiz told the Marsk Echo last year that the harbour would close.\n\n\
        Tom Pike told a news conference today the boats had left.\n\n\
        Okafor told the conference the 1999 agreement was dead.\n\n\
        Ana Ruiz announced the news on Friday on the radio.\n\n\
        Ana Ruiz said the decision last month had shocked the banks.\n\n\
        Tom Pike has left the band, his rep confirmed to People and Us Weekly on Monday.\n\n\
        The levy added to the pressure on the port in May, traders said.\n\n\
        Tom Pike said Okafor reported to the Kelmar chief in 2009.\n\n\
        Ana Ruiz said the theft was first reported to the Marsk police on Friday.\n\n\
        Okafor was jailed for years.\n\n\
        But in 1997, Okafor was finally convicted of fraud, and in April 2003 he admitted to a court that his act had been a ruse to stay out of prison.\n";
    assert_eq!(
        sources(text, ClaimKind::Date),
        [
            unsourced("last year"),
            unsourced("today"),
            pair("the 1999", "Okafor"),
            unsourced("Friday"),
            pair("last month", "Ana Ruiz"),
            unsourced("Monday"),
            pair("in May", "traders"),
            pair("in 2009", "Tom Pike"),
            pair("Friday", "Ana Ruiz"),
            // What "he admitted to a court" says follows it: the days
            // before are the writer's.
            unsourced("in 1997"),
            unsourced("in April 2003"),
        ]
    );
}

#[test]
fn a_witness_who_testified_after_a_quote_said_it() {
    let text = "Harbour trial\n\n\
        Tina Marsk, 32, testified that she hid in a shop with her son.\n\n\
        They stepped out a minute later, she said, but then stones started to fly.\n\n\
        \"I thought it was a firework but it was a stone,\" Marsk testified.\n\n\
        After a face-off with rivals who \"wanted to fight,\" she testified, Pike fired.\n";
    assert_eq!(
        sources(text, ClaimKind::Quote),
        [
            pair("I thought it", "Marsk"),
            pair("wanted to fight", "Marsk"),
        ]
    );
}

#[test]
fn a_day_opening_the_sentence_before_a_speaker_is_when_it_was_said() {
    let text = "Harbour talks\n\n\
        Last night, Ana Ruiz reported that, according to a port official, the harbour would close.\n\n\
        On Tuesday, the port authority said in a statement the boats had left.\n\n\
        On Friday, the port authority said, the boats left.\n\n\
        Last year, Tom Pike said in a letter the harbour lost money.\n";
    assert_eq!(
        sources(text, ClaimKind::Date),
        [
            unsourced("Last night"),
            unsourced("Tuesday"),
            pair("Friday", "the port authority"),
            pair("Last year", "Tom Pike"),
        ]
    );
}

#[test]
fn a_claim_past_a_describing_agents_phrase_goes_to_the_source_before() {
    let text = "Harbour news\n\n\
        Police said the man, described by neighbours as a quiet loner, had stolen 12 cars.\n";
    assert_eq!(sources(text, ClaimKind::Count), [pair("12 cars", "Police")]);
}

#[test]
fn a_name_told_is_the_object_whole_and_what_came_before_was_said() {
    let text = "Turnout rose to 61 percent, Officer Ana Ruiz told The Kelmar Valley Courier-Herald. Costs fell 4 percent, Pike told the Marsk Valley Daily Ledger.";
    assert_eq!(
        sources(text, ClaimKind::Quantity),
        [
            pair("61 percent", "Officer Ana Ruiz"),
            pair("4 percent", "Pike")
        ]
    );
}

#[test]
fn a_participle_of_saying_after_a_comma_gives_its_clause_to_the_subject() {
    let text = "Mill news\n\n\
        Meanwhile Ana Ruiz dismissed the rumours on Tuesday, saying the Kelmar mill had lost 30 buyers.\n\n\
        The union turned down the offer, saying it was not 12 jobs, but 40 jobs.\n\n\
        The managers declined to comment, saying sales may slow, but dealers expect 15 closures.\n\n\
        The Marsk club signed 20 players, adding 16 coaches.\n";
    assert_eq!(
        sources(text, ClaimKind::Count),
        [
            pair("30 buyers", "Ana Ruiz"),
            // The 12 jobs are denied, no claim.
            pair("40 jobs", "The union"),
            unsourced("15 closures"),
            unsourced("20 players"),
            unsourced("16 coaches"),
        ]
    );
}

#[test]
fn a_speaker_on_the_line_after_a_quote_left_with_a_comma_is_its() {
    let text = "Port news\n\
        The port opened on Monday.\n\
        \"The port will stay open all winter,\"\n\
        Ana Ruiz said, adding that the ferries would run.\n\
        \"We sent them back, 'Stay inside,'\"\n\
        Pike said.\n\
        \"The fleet is the best it has been.\"\n\
        Okafor said.\n\
        \"The quay is too short.\"\n\
                Ana Marsk said the quay would be rebuilt.\n";
    assert_eq!(
        quote_speakers(text),
        [
            pair("The port will", "Ana Ruiz"),
            pair("We sent them", "Pike"),
            pair("The fleet is", "Okafor"),
            // No comma, and more than a speaker said: the speaker before
            // goes on.
            pair("The quay is", "Okafor"),
        ]
    );
}
