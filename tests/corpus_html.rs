//! A news page as HTML: text, boilerplate and offsets that map back into the markup.

use parallax_engine::corpus::{article_from_bytes, html};
use parallax_engine::model::{BoilerplateKind, StatementKind};

const PAGE: &str = r#"<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Bridge closes after crack found - Riverside Courier</title>
  <meta name="author" content="Ana Lima">
  <meta property="og:url" content="https://www.riverside-courier.example/news/bridge">
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"<b>not text</b>"}</script>
  <style>.x > p { margin: 0 }</style>
</head>
<body>
  <div class="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
  <header class="site-header"><a href="/">Riverside Courier</a><nav><a href="/news">News</a> | <a href="/sport">Sport</a></nav></header>
  <main>
    <article>
      <h1 class="headline">Bridge closes after crack found</h1>
      <p class="byline">By <a href="/ana">Ana Lima</a></p>
      <time datetime="2023-05-02T08:30:00+01:00">May 2, 2023</time>
      <div class="article-body">
        <p>The Old Mill bridge was closed on Monday after engineers found a 2.5&nbsp;m crack in its main span.</p>
        <p>&ldquo;We can&rsquo;t take any risks,&rdquo; said Mayor J. Smith. Traffic will be diverted via St. Anne&#39;s Road.</p>
        <figure><img src="bridge.jpg" alt="The bridge"><figcaption>The closed bridge on Monday. Photo: Ana Lima/Riverside Courier</figcaption></figure>
        <div class="ad-slot"><p>Advertisement</p></div>
        <h2>What happens next</h2>
        <ul>
          <li>Repairs are expected to take <strong>six&nbsp;weeks</strong>.</li>
          <li>Buses will run every 10 minutes.</li>
        </ul>
        <p>Residents<br/>were told on Tuesday.<!-- a comment with <p>tags</p> --></p>
        <aside><h3>Related</h3><p>Other bridge stories</p></aside>
      </div>
      <div class="share-tools"><a>Share on Facebook</a><a>Share on Twitter</a></div>
    </article>
  </main>
  <footer><p>&copy; 2023 Riverside Courier. All rights reserved.</p></footer>
  <script>document.write("<p>injected</p>")</script>
</body>
</html>"#;

#[test]
fn news_page_text_metadata_and_boilerplate() {
    let a = article_from_bytes("bridge.html", PAGE.as_bytes(), None).unwrap();
    let m = &a.source.meta;
    assert_eq!(m.title.as_deref(), Some("Bridge closes after crack found"));
    assert_eq!(
        m.url.as_deref(),
        Some("https://www.riverside-courier.example/news/bridge")
    );
    assert_eq!(m.outlet, "riverside-courier.example");
    assert_eq!(m.byline.as_deref(), Some("Ana Lima"));
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2023-05-02"));

    let article: Vec<&str> = a
        .statements
        .iter()
        .filter(|s| s.boilerplate.is_none())
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(
        article,
        vec![
            "Bridge closes after crack found",
            "The Old Mill bridge was closed on Monday after engineers found a 2.5 m crack in its main span.",
            "“We can’t take any risks,” said Mayor J. Smith.",
            "Traffic will be diverted via St. Anne's Road.",
            "What happens next",
            "Repairs are expected to take six weeks.",
            "Buses will run every 10 minutes.",
            "Residents",
            "were told on Tuesday.",
        ]
    );
    let kind_of = |text: &str| a.statements.iter().find(|s| s.text == text).unwrap();
    assert_eq!(kind_of("What happens next").kind, StatementKind::Headline);
    assert_eq!(
        kind_of("Buses will run every 10 minutes.").kind,
        StatementKind::ListItem
    );
    assert_eq!(
        kind_of("By Ana Lima").boilerplate,
        Some(BoilerplateKind::Byline)
    );
    assert_eq!(
        kind_of("May 2, 2023").boilerplate,
        Some(BoilerplateKind::Dateline)
    );
    assert_eq!(
        kind_of("Photo: Ana Lima/Riverside Courier").boilerplate,
        Some(BoilerplateKind::Caption)
    );
    let all: Vec<&str> = a.statements.iter().map(|s| s.text.as_str()).collect();
    for dropped in [
        "cookies",
        "Advertisement",
        "injected",
        "Share on",
        "Other bridge",
        "not text",
        "All rights",
    ] {
        assert!(
            !all.iter().any(|t| t.contains(dropped)),
            "{dropped} leaked: {all:?}"
        );
    }
}

#[test]
fn every_statement_span_re_extracts_to_its_text() {
    let a = article_from_bytes("bridge.html", PAGE.as_bytes(), None).unwrap();
    for s in &a.statements {
        let raw = &PAGE[s.start..s.end];
        assert!(!raw.starts_with(char::is_whitespace) && !raw.ends_with(char::is_whitespace));
        let (blocks, _) = html::extract(raw);
        let again: Vec<&str> = blocks.iter().map(|b| b.clean()).collect();
        assert_eq!(again.join(" "), s.text, "raw {raw:?}");
    }
}
