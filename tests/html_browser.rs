//! The HTML report in real headless Chromium (Debian's `chromium` and
//! `chromium-driver`; `.ci/run` installs them): the page loads with no
//! network request, the summary table and the strike-time contradiction
//! render, the verdict filter hides what it should, and screenshots are kept
//! in `target/html-report/` for people to look at.

mod browser;
mod common;

use std::path::Path;

use browser::{Browser, CHROMEDRIVER, CHROMIUM};
use common::{claimcheck, stderr};

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

#[test]
fn the_html_report_renders_the_summary_and_the_strike_time_contradiction_in_chromium() {
    if !browser_available() {
        return;
    }
    let dir = common::root().join("target/html-report");
    std::fs::create_dir_all(&dir).expect("target dir");
    let page = dir.join("seeds.html");
    let page_arg = page.to_string_lossy().into_owned();
    let output = claimcheck(&["report", "seeds", "--format", "html", "--output", &page_arg]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    let browser = Browser::start().expect("chromedriver and chromium start");
    browser.open(&page).expect("page opens");

    // Self-contained: the page asked for nothing beyond itself.
    let requests = browser
        .eval("return performance.getEntriesByType('resource').length;")
        .expect("script runs");
    assert_eq!(requests, 0, "the page loaded external resources");

    let rows = browser
        .eval("return document.querySelectorAll('#summary-table tbody tr').length;")
        .expect("script runs");
    assert_eq!(rows, 11, "one summary row per topic two outlets report");
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
    assert_eq!(graph["topics"], 11);
    assert!(graph["red"].as_u64().unwrap_or(0) >= 2, "{graph}");

    // Two screenshots: the top (summary table and graph), then the strike-time
    // contradiction scrolled into view.
    let shot = browser.screenshot().expect("screenshot");
    assert!(shot.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    std::fs::write(dir.join("seeds.png"), &shot).expect("screenshot saved");
    browser
        .eval("document.querySelector('article.topic.contradicted').scrollIntoView(); return null;")
        .expect("script runs");
    let shot = browser.screenshot().expect("screenshot");
    assert!(shot.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    std::fs::write(dir.join("seeds-strike-time.png"), &shot).expect("screenshot saved");

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
    browser
        .click("#filters button[data-verdict=all]")
        .expect("clicks");
    let all = browser
        .eval("return Array.from(document.querySelectorAll('article.topic')).filter(e => e.getClientRects().length > 0).length;")
        .expect("script runs");
    assert_eq!(all, 11);
}
