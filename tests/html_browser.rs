//! The HTML report in real headless Chromium (Debian's `chromium` and
//! `chromium-driver`; `.ci/run` installs them): the page loads with no
//! network request, the summary table, the articles table and the
//! strike-time contradiction render, a contradicted card opens with its
//! contradicting pair, the verdict, search and outlet filters hide what they
//! should and compose, the page does not scroll sideways at 400 px, and
//! screenshots at 1280 and 400 px are kept in `target/html-report/` for
//! people to look at.

mod browser;
mod common;

use std::path::{Path, PathBuf};

use browser::{Browser, CHROMEDRIVER, CHROMIUM};
use common::stderr;

/// Without the browser, the test fails in CI and says how to install it
/// elsewhere.
fn browser_available() -> bool {
    if Path::new(CHROMEDRIVER).exists() && Path::new(CHROMIUM).exists() {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must have {CHROMIUM} and {CHROMEDRIVER}: .ci/run installs them (apt-get install chromium chromium-driver)"
    );
    eprintln!(
        "SKIPPED: the HTML browser test needs Debian's chromium and chromium-driver \
         (apt-get install chromium chromium-driver; .ci/run installs them)"
    );
    false
}

/// Where the pages and screenshots are kept for people to look at.
fn kept_dir() -> PathBuf {
    let dir = common::root().join("target/html-report");
    std::fs::create_dir_all(&dir).expect("target dir");
    dir
}

/// Render the HTML report of `inputs` (run in `cwd`) to `page`.
fn render(cwd: &Path, inputs: &[&str], page: &Path) {
    let page_arg = page.to_string_lossy().into_owned();
    let mut args = vec!["report"];
    args.extend(inputs);
    args.extend(["--format", "html", "--output", &page_arg]);
    let output = common::claimcheck_in(cwd, &args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

/// A browser showing the seeds' report, rendered to `target/html-report/NAME`.
fn seeds_page(name: &str) -> Browser {
    let page = kept_dir().join(name);
    render(&common::root(), &["seeds"], &page);
    let browser = Browser::start().expect("chromedriver and chromium start");
    browser.open(&page).expect("page opens");
    browser
}

/// The seeds' topics in all and their single-source topics, as the JSON
/// report counts them: what the page's caption and single-source table
/// must show with no filter.
fn seed_topic_counts() -> (u64, u64) {
    let output = common::claimcheck(&["report", "seeds", "--format", "json", "--quiet"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON report");
    let topics = report["topics"].as_array().map_or(0, Vec::len) as u64;
    let single = report["summary"]["single_source"]
        .as_u64()
        .expect("a count");
    (topics, single)
}

/// Script: the ids of the topic cards shown, the topics of the single-source
/// rows shown (each once), and the filter caption.
const SHOWN: &str = "function shown(sel) {
       return Array.from(document.querySelectorAll(sel)).filter(e => e.getClientRects().length > 0);
     }
     return {
       cards: shown('article.topic').map(a => a.id),
       single: new Set(shown('#single tbody tr').map(r => r.dataset.topic)).size,
       rows: shown('#summary-table tbody tr').length,
       caption: document.getElementById('shown').textContent
     };";

/// Save a PNG screenshot of the viewport as `target/html-report/NAME`.
fn keep_screenshot(browser: &Browser, name: &str) {
    let shot = browser.screenshot().expect("screenshot");
    assert!(shot.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    std::fs::write(kept_dir().join(name), &shot).expect("screenshot saved");
}

#[test]
fn the_html_report_renders_the_summary_and_the_strike_time_contradiction_in_chromium() {
    if !browser_available() {
        return;
    }
    let browser = seeds_page("seeds.html");

    // Self-contained: the page asked for nothing beyond itself.
    let requests = browser
        .eval("return performance.getEntriesByType('resource').length;")
        .expect("script runs");
    assert_eq!(requests, 0, "the page loaded external resources");

    let rows = browser
        .eval("return document.querySelectorAll('#summary-table tbody tr').length;")
        .expect("script runs");
    let (topics, single) = seed_topic_counts();
    assert_eq!(
        rows,
        topics - single,
        "one summary row per topic two outlets report"
    );
    let header = browser
        .eval("return Array.from(document.querySelectorAll('#summary-table th')).map(th => th.textContent);")
        .expect("script runs");
    assert_eq!(
        header,
        serde_json::json!([
            "Topic",
            "Standing",
            "The Washington Post",
            "DW",
            "Al Jazeera",
            "Rudaw",
            "The Epoch Times"
        ])
    );

    // The strike-time contradiction: both outlets' evidence highlighted in
    // one topic, and the relation that says why.
    let strike = browser
        .eval(
            "var t = Array.from(document.querySelectorAll('article.topic.contradicted'))
               .find(a => a.querySelector('h4').textContent.includes('date and time of the strike'));
             if (!t) return null;
             var box = t.getBoundingClientRect();
             return {
               marks: Array.from(t.querySelectorAll('mark')).map(m => m.textContent),
               why: Array.from(t.querySelectorAll('.relations li.contradict')).map(l => l.textContent),
               visible: box.width > 0 && box.height > 0
             };",
        )
        .expect("script runs");
    assert!(!strike.is_null(), "no contradicted strike-time topic");
    let marks = strike["marks"].to_string();
    assert!(
        marks.contains("around 1:30 a.m.") && marks.contains("around 1:15 am local time"),
        "{marks}"
    );
    let why = strike["why"].to_string();
    assert!(why.contains("15 minutes apart"), "{why}");
    assert_eq!(strike["visible"], true);

    // The graph is drawn in the page: outlets, topics, coloured edges.
    let graph = browser
        .eval(
            "return {
               outlets: document.querySelectorAll('#topic-graph g.outlet').length,
               topics: document.querySelectorAll('#topic-graph g.topic-node').length,
               red: Array.from(document.querySelectorAll('#topic-graph path.edge'))
                      .filter(p => p.getAttribute('stroke') === '#c62828').length
             };",
        )
        .expect("script runs");
    assert_eq!(graph["outlets"], 5);
    assert_eq!(graph["topics"], topics - single, "one node per summary row");
    assert!(graph["red"].as_u64().unwrap_or(0) >= 2, "{graph}");

    // Two screenshots: the top (summary table and graph), then the strike-time
    // contradiction scrolled into view.
    keep_screenshot(&browser, "seeds.png");
    browser
        .eval("document.querySelector('article.topic.contradicted').scrollIntoView(); return null;")
        .expect("script runs");
    keep_screenshot(&browser, "seeds-strike-time.png");

    // The filter: only contradicted topics stay visible, in the findings, the
    // summary table and the graph; the address says so, for a link.
    browser
        .click("#filters button[data-verdict=contradicted]")
        .expect("filter button clicks");
    let shown = browser
        .eval(
            "function shown(sel) {
               return Array.from(document.querySelectorAll(sel)).filter(e => e.getClientRects().length > 0).length;
             }
             return {
               topics: shown('article.topic'),
               rows: shown('#summary-table tbody tr'),
               nodes: shown('#topic-graph g.topic-node'),
               single: shown('#single'),
               hash: location.hash
             };",
        )
        .expect("script runs");
    assert_eq!(shown["topics"], 2, "{shown}");
    assert_eq!(shown["rows"], 2, "{shown}");
    assert_eq!(shown["nodes"], 2, "{shown}");
    assert_eq!(shown["single"], 0, "{shown}");
    assert_eq!(shown["hash"], "#verdict=contradicted");
    let caption = browser
        .eval("return document.getElementById('shown').textContent;")
        .expect("script runs");
    assert_eq!(caption, format!("showing 2 of {topics} topics"));
    // A link inside the page keeps the filter.
    browser
        .eval("window.scrollTo(0, 0); return null;")
        .expect("script runs");
    browser.click("#summary-table a").expect("link clicks");
    let after_link = browser.eval(SHOWN).expect("script runs");
    assert_eq!(after_link["cards"], serde_json::json!(["t0", "t1"]));
    browser
        .click("#filters button[data-verdict=all]")
        .expect("clicks");
    let all = browser.eval(SHOWN).expect("script runs");
    assert_eq!(
        all["cards"].as_array().map(|c| c.len() as u64),
        Some(topics - single),
        "a card per topic two outlets report"
    );
    assert_eq!(all["single"], single);
    assert_eq!(
        all["caption"],
        format!("showing {topics} of {topics} topics")
    );
}

#[test]
fn the_articles_table_lists_each_seed_with_its_outlet_date_and_where_the_date_came_from() {
    if !browser_available() {
        return;
    }
    let browser = seeds_page("seeds-articles.html");
    let rows = browser
        .eval(
            "return Array.from(document.querySelectorAll('#articles-table tbody tr'))
               .filter(r => r.getClientRects().length > 0)
               .map(r => Array.from(r.cells).map(c => c.textContent));",
        )
        .expect("script runs");
    let rows = rows.as_array().expect("rows");
    assert_eq!(rows.len(), 5, "{rows:?}");
    let column =
        |i: usize| -> Vec<&str> { rows.iter().map(|r| r[i].as_str().unwrap_or("")).collect() };
    assert_eq!(
        column(0),
        [
            "The Washington Post",
            "DW",
            "Al Jazeera",
            "Rudaw",
            "The Epoch Times"
        ]
    );
    assert_eq!(
        column(1),
        [
            "2020-03-13",
            "2020-03-13",
            "2020-03-12",
            "2020-03-13",
            "2021-02-25"
        ]
    );
    assert_eq!(column(2), ["manifest"; 5]);
    assert_eq!(
        column(3),
        [
            "America/New_York",
            "Europe/Berlin",
            "Asia/Qatar",
            "Asia/Baghdad",
            "America/New_York"
        ]
    );
    assert!(
        column(5)[0].ends_with("000_fe0a26ebcb3726d0.txt"),
        "{:?}",
        column(5)
    );
    let undated = browser
        .eval("return document.querySelectorAll('#articles-table tr.undated').length;")
        .expect("script runs");
    assert_eq!(undated, 0, "every seed has a date in the manifest");
    // The story cell links to the story's findings.
    browser
        .click("#articles-table a[href^='#story-']")
        .expect("story link clicks");
    let hash = browser.eval("return location.hash;").expect("script runs");
    assert_eq!(hash, "#story-s0");
}

#[test]
fn a_contradicted_card_opens_with_its_contradicting_pair_and_why() {
    if !browser_available() {
        return;
    }
    let browser = seeds_page("seeds-pair.html");
    let cards = browser
        .eval(
            "return Array.from(document.querySelectorAll('article.topic')).map(t => {
               var first = t.children[1];
               var figures = Array.from(t.querySelectorAll('figure.claim'));
               return {
                 id: t.id,
                 standing: t.dataset.standing,
                 opens_with_pair: first.classList.contains('pair'),
                 first_marks: figures.slice(0, 2).map(f => f.querySelector('mark').textContent),
                 why: first.classList.contains('pair') ? first.querySelector('.why').textContent : null,
                 unique: new Set(figures.map(f => f.id)).size === figures.length
               };
             });",
        )
        .expect("script runs");
    let cards = cards.as_array().expect("cards");
    for card in cards {
        let contradicted = card["standing"] == "contradicted";
        assert_eq!(card["opens_with_pair"], contradicted, "{card}");
        assert_eq!(card["unique"], true, "a claim shown twice: {card}");
    }
    let strike = &cards[0];
    assert_eq!(
        strike["first_marks"],
        serde_json::json!(["around 1:30 a.m.", "around 1:15 am local time"]),
        "{strike}"
    );
    let why = strike["why"].as_str().unwrap_or("");
    assert!(
        why.starts_with("contradict times:") && why.contains("15 minutes apart"),
        "{why}"
    );
}

#[test]
fn search_and_outlet_filter_hide_the_right_cards_and_compose_with_the_verdict() {
    if !browser_available() {
        return;
    }
    let browser = seeds_page("seeds-search.html");
    let cards = |expected: &[&str], why: &str| {
        let shown = browser.eval(SHOWN).expect("script runs");
        assert_eq!(
            shown["cards"],
            serde_json::json!(expected),
            "{why}: {shown}"
        );
        assert_eq!(
            shown["rows"].as_u64(),
            Some(expected.len() as u64),
            "summary rows follow the cards ({why}): {shown}"
        );
        shown
    };
    // Words of two cells ("The Epoch Times" and "person person: …") are
    // never read as one.
    browser.type_into("#search", "timesperson").expect("types");
    cards(&[], "search across cells");
    browser.eval("var s = document.getElementById('search'); s.value = ''; s.dispatchEvent(new Event('input')); return s.value;").expect("script runs");
    browser.type_into("#search", "Esper").expect("types");
    let shown = cards(&["t3", "t6", "t7", "t12", "t13", "t14"], "search");
    assert_eq!(shown["single"], 10, "{shown}");
    let (topics, _) = seed_topic_counts();
    assert_eq!(shown["caption"], format!("showing 16 of {topics} topics"));
    browser
        .click("#filters button[data-verdict=agreed]")
        .expect("clicks");
    cards(&["t12", "t13", "t14"], "search and verdict");
    let select_outlet = |outlet: &str| {
        browser
            .eval(&format!(
                "var s = document.getElementById('outlet'); s.value = {}; s.dispatchEvent(new Event('change')); return s.value;",
                serde_json::json!(outlet)
            ))
            .expect("script runs")
    };
    assert_eq!(select_outlet("Al Jazeera"), "Al Jazeera");
    let shown = cards(&["t14"], "search, verdict and outlet");
    assert_eq!(shown["single"], 0, "{shown}");
    // The outlet alone: its cards, and its own single-source claims only.
    browser
        .eval("var s = document.getElementById('search'); s.value = ''; s.dispatchEvent(new Event('input')); return null;")
        .expect("script runs");
    browser
        .click("#filters button[data-verdict=all]")
        .expect("clicks");
    select_outlet("The Epoch Times");
    let shown = cards(&["t1", "t6", "t8", "t10"], "outlet");
    let single_outlets = browser
        .eval(
            "return Array.from(new Set(Array.from(document.querySelectorAll('#single tbody tr'))
               .filter(r => r.getClientRects().length > 0).map(r => r.cells[2].textContent.split(',')[0])));",
        )
        .expect("script runs");
    assert_eq!(
        single_outlets,
        serde_json::json!(["The Epoch Times"]),
        "{shown}"
    );
    // Nothing found: every card, row and story heading hidden.
    browser.type_into("#search", "Ardonia").expect("types");
    let none = cards(&[], "no match");
    assert_eq!(none["caption"], format!("showing 0 of {topics} topics"));
    let stories = browser
        .eval("return Array.from(document.querySelectorAll('section.story')).filter(s => s.getClientRects().length > 0).length;")
        .expect("script runs");
    assert_eq!(stories, 0);
}

#[test]
fn at_400_px_the_page_wraps_instead_of_scrolling_sideways() {
    if !browser_available() {
        return;
    }
    let browser = seeds_page("seeds-narrow.html");
    let width = "return { page: document.documentElement.scrollWidth, window: window.innerWidth };";
    let wide = browser.eval(width).expect("script runs");
    assert!(wide["window"].as_u64() >= Some(1200), "{wide}");
    assert!(wide["page"].as_u64() <= wide["window"].as_u64(), "{wide}");
    browser.resize(400, 900).expect("window resizes");
    let narrow = browser.eval(width).expect("script runs");
    assert!(
        narrow["window"].as_u64() <= Some(400),
        "the window did not shrink: {narrow}"
    );
    assert!(
        narrow["page"].as_u64() <= narrow["window"].as_u64(),
        "the page scrolls sideways at 400 px: {narrow}"
    );
    keep_screenshot(&browser, "seeds-400px.png");
    browser
        .eval("document.getElementById('articles').scrollIntoView(); return null;")
        .expect("script runs");
    keep_screenshot(&browser, "seeds-400px-articles.png");
}

/// A folder of invented articles: one named by a manifest with a hostile
/// outlet and a `javascript:` URL, one in a long-named folder with an https
/// URL, one dated by its own text, and one with no date at all.
fn invented_articles() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let long = "an_extraordinarily_long_folder_name_for_the_dunmore_post_flood_coverage_archive";
    let long_file =
        format!("{long}/dunmore_post_flood_report_with_a_file_name_longer_than_any_column.txt");
    std::fs::create_dir(dir.path().join(long)).expect("folder");
    let write =
        |name: &str, text: &str| std::fs::write(dir.path().join(name), text).expect("write");
    write(
        "marsk.txt",
        "Floodwater killed three people in Marsk on Tuesday, the regional council said.\n",
    );
    write(
        &long_file,
        "Floodwater killed four people in Marsk on Tuesday, the regional council said.\n",
    );
    write(
        "evening.txt",
        "Dunmore Evening News\nMay 2, 2024\nFloodwater killed three people in Marsk on Tuesday, the regional council said.\n",
    );
    write(
        "ardonia.txt",
        "Floodwater killed three people in Marsk, the regional council said.\n",
    );
    write(
        "manifest.toml",
        &format!(
            "[[doc]]\nfile = \"marsk.txt\"\noutlet = \"Marsk Courier <b>bold</b>\"\npublished = \"2024-05-02\"\ntimezone = \"Europe/London\"\nurl = \"javascript:alert(1)\"\n\n\
             [[doc]]\nfile = \"{long_file}\"\noutlet = \"Dunmore Post\"\npublished = \"2024-05-02\"\nurl = \"https://dunmore.example/news/flood?a=1&b=2\"\n"
        ),
    );
    dir
}

#[test]
fn an_undated_article_is_marked_in_words_and_only_http_urls_are_linked() {
    if !browser_available() {
        return;
    }
    let dir = invented_articles();
    let page = kept_dir().join("undated.html");
    render(dir.path(), &["."], &page);
    let browser = Browser::start().expect("chromedriver and chromium start");
    browser.open(&page).expect("page opens");
    let rows = browser
        .eval(
            "return Array.from(document.querySelectorAll('#articles-table tbody tr')).map(r => ({
               cells: Array.from(r.cells).map(c => c.innerText),
               undated: r.classList.contains('undated'),
               links: Array.from(r.querySelectorAll('a')).map(a => a.getAttribute('href'))
             }));",
        )
        .expect("script runs");
    let rows = rows.as_array().expect("rows");
    let row = |outlet: &str| {
        rows.iter()
            .find(|r| r["cells"][0] == outlet)
            .unwrap_or_else(|| panic!("no row for {outlet}: {rows:?}"))
    };
    assert_eq!(rows.len(), 4, "{rows:?}");
    let undated = row("ardonia");
    assert_eq!(undated["undated"], true, "{undated}");
    assert!(
        undated["cells"][1]
            .as_str()
            .unwrap_or("")
            .contains("date unknown"),
        "{undated}"
    );
    assert_eq!(undated["cells"][2], "unknown", "{undated}");
    let marked: Vec<_> = rows.iter().filter(|r| r["undated"] == true).collect();
    assert_eq!(
        marked.len(),
        1,
        "only the undated article is marked: {rows:?}"
    );
    assert_eq!(row("evening")["cells"][2], "text of the page at byte 21");
    // The hostile outlet is text; its javascript: URL is shown, not linked.
    let marsk = row("Marsk Courier <b>bold</b>");
    assert_eq!(marsk["links"], serde_json::json!(["#story-s0"]), "{marsk}");
    assert!(
        marsk["cells"][5]
            .as_str()
            .unwrap_or("")
            .contains("javascript:alert(1)"),
        "{marsk}"
    );
    let dunmore = row("Dunmore Post");
    assert_eq!(
        dunmore["links"],
        serde_json::json!(["#story-s0", "https://dunmore.example/news/flood?a=1&b=2"])
    );
    let unsafe_links = browser
        .eval("return document.querySelectorAll('a[href^=\"javascript\" i], #articles-table b').length;")
        .expect("script runs");
    assert_eq!(unsafe_links, 0);

    // At 1280 and at 400 px: no sideways scrolling, and no path runs past
    // the box it is in.
    let layout = "return {
         page: document.documentElement.scrollWidth,
         window: window.innerWidth,
         overflowing: Array.from(document.querySelectorAll('code')).filter(c => {
           var box = (c.closest('td, .side') || c.parentElement).getBoundingClientRect();
           return c.getBoundingClientRect().right > box.right + 1;
         }).map(c => c.textContent)
       };";
    for (width, shot) in [(1280, "undated-1280px.png"), (400, "undated-400px.png")] {
        browser.resize(width, 900).expect("window resizes");
        let seen = browser.eval(layout).expect("script runs");
        let inner = seen["window"].as_u64().unwrap_or(0);
        assert!(
            inner <= u64::from(width) && inner + 40 >= u64::from(width),
            "{seen}"
        );
        assert!(
            seen["page"].as_u64() <= Some(inner),
            "sideways scrolling at {width} px: {seen}"
        );
        assert_eq!(
            seen["overflowing"],
            serde_json::json!([]),
            "at {width} px: {seen}"
        );
        keep_screenshot(&browser, shot);
    }
}
