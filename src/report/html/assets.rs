//! What the HTML page carries inline: its style sheet and its script (no
//! network request, no external asset).

/// The page's style sheet: it reflows down to a 400 px screen (tables scroll
/// in their own box, long paths and words wrap, the drawing shrinks).
pub(super) const STYLE: &str = r#"
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1200px; padding: 1rem 2rem; color: #1b1b1b; overflow-wrap: break-word; }
h1 { margin-bottom: .2rem; } h2 { border-bottom: 1px solid #ddd; padding-bottom: .2rem; margin-top: 2rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
code { overflow-wrap: anywhere; }
th { background: #f3f5f8; }
.badge { border-radius: 1em; padding: .05em .6em; font-size: 12px; color: #fff; white-space: nowrap; }
.badge.contradicted { background: #c62828; } .badge.compatible { background: #ef6c00; }
.badge.agreed { background: #2e7d32; } .badge.single { background: #9e9e9e; }
tr.contradicted td:first-child { border-left: 4px solid #c62828; }
td.clash, span.clash { color: #b71c1c; font-weight: 600; background: #ffebee; }
td.clash::before, span.clash::before { content: "⚠ "; }
tr.undated td { background: #fff8e1; } tr.undated td:first-child { border-left: 4px solid #f9a825; }
.unknown { color: #8d4b00; } .unknown::before { content: "⚠ "; }
#filters { position: sticky; top: 0; background: #fff; padding: .5rem 0; border-bottom: 1px solid #eee; z-index: 1; display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; }
#filters button { font: inherit; padding: .2rem .8rem; border: 1px solid #bbb; border-radius: 1em; background: #fff; cursor: pointer; }
#filters button[aria-pressed="true"] { background: #1b1b1b; color: #fff; border-color: #1b1b1b; }
#filters input, #filters select { font: inherit; padding: .2rem .5rem; max-width: 100%; }
#shown { font-size: 13px; color: #555; }
.topic { border: 1px solid #ddd; border-radius: 6px; padding: .6rem 1rem; margin: 1rem 0; scroll-margin-top: 6rem; }
.topic.contradicted { border-left: 6px solid #c62828; }
.topic h4 { margin: .2rem 0 .6rem; }
.pair { border: 1px solid #ef9a9a; background: #fff5f5; border-radius: 4px; padding: .5rem .7rem; margin-bottom: .8rem; }
.pair .why { margin: .3rem 0 0; font-size: 13px; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(240px, 100%), 1fr)); gap: .8rem; }
.side h4 { margin: 0 0 .3rem; }
.claim { margin: 0 0 .6rem; }
.claim blockquote { margin: 0; padding: .4rem .6rem; background: #fafafa; border-left: 3px solid #ccc; }
.claim figcaption { font-size: 12px; color: #555; }
mark { background: #ffe082; padding: 0 .1em; }
.relations { font-size: 13px; padding-left: 1.2rem; }
.contradict b { color: #c62828; } .compatible b { color: #ef6c00; }
.agree b { color: #2e7d32; } .distinct b { color: #757575; }
.relations li.contradict { background: #ffebee; }
.hidden { display: none !important; }
svg { max-width: 100%; height: auto; }
svg text { font: 12px system-ui, sans-serif; }
@media (max-width: 600px) { body { padding: .5rem; } .topic { padding: .5rem; } #filters { position: static; } }
"#;

/// The filters: a topic card or a single-source row (`data-topic`) is shown
/// when it matches the verdict, every word of the search (within one cell or
/// block of its text) and the outlet;
/// summary rows and graph shapes (`data-follows`) follow their topic; a
/// story or section with nothing shown is hidden; the caption counts the
/// topics shown. A link inside the page (`#t3`) keeps the verdict.
pub(super) const SCRIPT: &str = r#"
(function () {
  var buttons = document.querySelectorAll('#filters button[data-verdict]');
  var search = document.getElementById('search');
  var outlet = document.getElementById('outlet');
  var items = Array.from(document.querySelectorAll('[data-topic]'));
  // Text nodes joined by spaces: cells and blocks are words apart, so a
  // search never matches across two ("Times" + "person").
  function textOf(el) {
    var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT), parts = [];
    while (walker.nextNode()) { parts.push(walker.currentNode.nodeValue); }
    return parts.join(' ').toLowerCase();
  }
  var texts = items.map(textOf);
  var verdict = 'all';
  function readHash() {
    var m = /verdict=([a-z]+)/.exec(location.hash);
    if (m) { verdict = m[1]; } else if (location.hash.length <= 1) { verdict = 'all'; }
  }
  function hasOutlet(item, wanted) {
    if (wanted === '' || item.dataset.outlet === wanted) { return true; }
    return Array.from(item.querySelectorAll('[data-outlet]')).some(function (e) {
      return e.dataset.outlet === wanted;
    });
  }
  function matches(item, text, words) {
    if (verdict !== 'all' && item.dataset.standing !== verdict) { return false; }
    return hasOutlet(item, outlet.value) && words.every(function (w) { return text.indexOf(w) >= 0; });
  }
  function apply() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = new Set(), all = new Set();
    items.forEach(function (item, i) {
      var on = matches(item, texts[i], words);
      item.classList.toggle('hidden', !on);
      all.add(item.dataset.topic);
      if (on) { shown.add(item.dataset.topic); }
    });
    document.querySelectorAll('[data-follows]').forEach(function (el) {
      el.classList.toggle('hidden', !shown.has(el.dataset.follows));
    });
    document.querySelectorAll('section.story, #single').forEach(function (s) {
      s.classList.toggle('hidden', !s.querySelector('[data-topic]:not(.hidden)'));
    });
    buttons.forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.verdict === verdict));
    });
    document.getElementById('shown').textContent = 'showing ' + shown.size + ' of ' + all.size + ' topics';
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () {
      location.hash = b.dataset.verdict === 'all' ? '' : 'verdict=' + b.dataset.verdict;
      readHash();
      apply();
    });
  });
  search.addEventListener('input', apply);
  outlet.addEventListener('change', apply);
  window.addEventListener('hashchange', function () { readHash(); apply(); });
  readHash();
  apply();
})();
"#;
