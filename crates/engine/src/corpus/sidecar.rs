//! Metadata sidecars: a `manifest.jsonl` that scraped news collections often ship beside
//! their articles, one JSON object per article naming its `file` (relative to the
//! manifest's folder) with any of `url`, `domain` and `date`.
//!
//! A manifest in an article's folder or up to [`MAX_LEVELS_UP`] folders above is read
//! once per load. It fills in only what the article itself does not say: the outlet when
//! nothing better than the file name was found (or only the wire agency whose copy the
//! article carries), the URL, the date. A missing, huge or
//! malformed manifest changes nothing.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::corpus::Article;
use crate::corpus::meta::{is_wire_agency, outlet_of_domain, url_domain};
use crate::model::Date;

/// The sidecar's file name.
pub const MANIFEST_NAME: &str = "manifest.jsonl";
/// How many folders above an article's folder a manifest is looked for.
pub const MAX_LEVELS_UP: usize = 2;
/// Manifests larger than this are ignored (they would slow every load).
pub const MAX_MANIFEST_BYTES: u64 = 64 * 1024 * 1024;

/// One article's line in a manifest.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct ManifestEntry {
    pub file: String,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub domain: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
}

/// Manifests read during one load, by path (`None`: absent or unusable), each indexed by
/// file once: looking every article up by a scan of the whole manifest cost a load of
/// 7,000 articles beside a 4 MB manifest a third of its time.
#[derive(Debug, Default)]
struct Manifests {
    indexes: HashMap<PathBuf, Option<HashMap<String, ManifestEntry>>>,
}

impl Manifests {
    fn index(&mut self, path: &Path) -> Option<&HashMap<String, ManifestEntry>> {
        self.indexes
            .entry(path.to_path_buf())
            .or_insert_with(|| {
                let bytes = parallax_fsio::read_regular_file(path, MAX_MANIFEST_BYTES).ok()?;
                Some(index_entries(&String::from_utf8(bytes).ok()?))
            })
            .as_ref()
    }

    /// The entry for the article at `article`, from the nearest manifest that lists it.
    fn entry_for(&mut self, article: &Path) -> Option<ManifestEntry> {
        let mut folder = article.parent()?;
        for _ in 0..=MAX_LEVELS_UP {
            let manifest = folder.join(MANIFEST_NAME);
            if manifest.is_file()
                && let Ok(relative) = article.strip_prefix(folder)
                && let Some(index) = self.index(&manifest)
            {
                let relative = relative.to_string_lossy().replace('\\', "/");
                if let Some(entry) = index.get(&relative) {
                    return Some(entry.clone());
                }
            }
            folder = folder.parent()?;
        }
        None
    }
}

/// Every entry of `manifest` by its `file`: the first line naming a file wins (as with
/// [`find_entry`]); lines that are not an entry are skipped.
pub fn index_entries(manifest: &str) -> HashMap<String, ManifestEntry> {
    let mut index = HashMap::new();
    for line in manifest.lines() {
        if let Ok(entry) = serde_json::from_str::<ManifestEntry>(line) {
            index.entry(entry.file.clone()).or_insert(entry);
        }
    }
    index
}

/// The line of `manifest` whose `file` is `relative`, parsed. Only lines that mention the
/// path are parsed, so a large manifest costs one scan.
pub fn find_entry(manifest: &str, relative: &str) -> Option<ManifestEntry> {
    let quoted = serde_json::to_string(relative).ok()?;
    let mut from = 0;
    while let Some(found) = manifest[from..].find(&quoted) {
        let at = from + found;
        let start = manifest[..at].rfind('\n').map_or(0, |i| i + 1);
        let end = manifest[at..].find('\n').map_or(manifest.len(), |i| at + i);
        if let Ok(entry) = serde_json::from_str::<ManifestEntry>(&manifest[start..end])
            && entry.file == relative
        {
            return Some(entry);
        }
        from = end;
    }
    None
}

/// Fill in the outlet, URL and date of loaded articles from their manifests.
pub fn apply(articles: &mut [Article]) {
    let mut manifests = Manifests::default();
    for article in articles {
        let Some(path) = article.source.path.clone() else {
            continue;
        };
        let Some(entry) = manifests.entry_for(&path) else {
            continue;
        };
        fill(article, &entry);
    }
}

/// The site's own domain: `interactives.dallasnews.com` → `dallasnews.com`,
/// `news.bbc.co.uk` → `bbc.co.uk` (a short second-level label such as `co` keeps three).
pub fn site_domain(domain: &str) -> String {
    let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    let labels: Vec<&str> = domain.split('.').filter(|l| !l.is_empty()).collect();
    let keep = match labels.len() {
        0..=2 => labels.len(),
        n if labels[n - 2].len() <= 3 && labels[n - 1].len() == 2 => 3,
        _ => 2,
    };
    labels[labels.len() - keep..].join(".")
}

/// Apply one entry to one article, keeping whatever the article itself says.
pub fn fill(article: &mut Article, entry: &ManifestEntry) {
    let source = &mut article.source;
    let domain = entry
        .domain
        .clone()
        .filter(|d| !d.trim().is_empty())
        .or_else(|| entry.url.as_deref().and_then(url_domain));
    // A wire agency the text credits ("TOPEKA, Kan. (AP) —") is whose copy the article
    // carries; the manifest's site is who published it (the agency stays its origin). A
    // station's dateline ("PITTSBURGH (KDKA) —") names the station, a better name than a
    // shared platform's domain.
    if (source.meta.outlet == source.file_name || is_wire_agency(&source.meta.outlet))
        && let Some(domain) = domain
    {
        source.meta.outlet = outlet_of_domain(&site_domain(&domain));
    }
    if source.meta.url.is_none() {
        source.meta.url = entry.url.clone().filter(|u| !u.trim().is_empty());
    }
    if source.meta.date.is_none()
        && let Some(date) = entry
            .date
            .as_deref()
            .and_then(|d| Date::parse_from_str(d.trim(), "%Y-%m-%d").ok())
    {
        source.meta.date = Some(date);
        source.meta.date_text = entry.date.clone();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MANIFEST: &str = r#"{"file": "event/1/a.txt", "url": "http://www.example-news.com/story/1", "domain": "example-news.com", "date": "2016-07-08"}
{"file": "event/1/b.txt", "url": "", "domain": "", "date": ""}
not json at all
{"file": "event/10/a.txt", "domain": "other.org"}
"#;

    #[test]
    fn finds_the_line_of_exactly_that_file() {
        let entry = find_entry(MANIFEST, "event/1/a.txt").unwrap();
        assert_eq!(entry.domain.as_deref(), Some("example-news.com"));
        assert_eq!(
            find_entry(MANIFEST, "event/10/a.txt")
                .unwrap()
                .domain
                .as_deref(),
            Some("other.org")
        );
        assert!(find_entry(MANIFEST, "event/2/a.txt").is_none());
        assert!(
            find_entry(MANIFEST, "1/a.txt").is_none(),
            "a suffix is not the file"
        );
    }

    #[test]
    fn the_index_finds_what_a_scan_finds() {
        let index = index_entries(MANIFEST);
        for file in [
            "event/1/a.txt",
            "event/1/b.txt",
            "event/10/a.txt",
            "event/2/a.txt",
        ] {
            assert_eq!(
                index.get(file).cloned(),
                find_entry(MANIFEST, file),
                "{file}"
            );
        }
        assert_eq!(index.len(), 3);
    }

    #[test]
    fn site_domains_drop_subdomains_but_keep_country_suffixes() {
        assert_eq!(site_domain("interactives.dallasnews.com"), "dallasnews.com");
        assert_eq!(site_domain("www.wfaa.com"), "wfaa.com");
        assert_eq!(site_domain("news.bbc.co.uk"), "bbc.co.uk");
        assert_eq!(site_domain("abc.net.au"), "abc.net.au");
        assert_eq!(site_domain("localhost"), "localhost");
    }

    #[test]
    fn fills_only_what_the_article_does_not_say() {
        let text = "Two hurt in crash\n\nTwo people were hurt when a car hit a wall on Friday.\n";
        let mut article = crate::corpus::article_from_bytes(
            "a.txt",
            text.as_bytes(),
            Some("event/1/a.txt".into()),
        )
        .unwrap();
        assert_eq!(article.source.meta.outlet, "a.txt");
        fill(
            &mut article,
            &find_entry(MANIFEST, "event/1/a.txt").unwrap(),
        );
        assert_eq!(article.source.meta.outlet, "example-news.com");
        assert_eq!(
            article.source.meta.url.as_deref(),
            Some("http://www.example-news.com/story/1")
        );
        assert_eq!(article.source.meta.date, Date::from_ymd_opt(2016, 7, 8));

        let said =
            "Two hurt in crash\nJuly 9, 2016\nSource: The Daily Planet\n\nTwo people were hurt.\n";
        let mut article =
            crate::corpus::article_from_bytes("a.txt", said.as_bytes(), None).unwrap();
        let before = article.source.meta.clone();
        fill(
            &mut article,
            &find_entry(MANIFEST, "event/1/a.txt").unwrap(),
        );
        assert_eq!(article.source.meta.outlet, before.outlet);
        assert_eq!(article.source.meta.date, before.date);

        let mut blank = crate::corpus::article_from_bytes("b.txt", text.as_bytes(), None).unwrap();
        fill(&mut blank, &find_entry(MANIFEST, "event/1/b.txt").unwrap());
        assert_eq!(
            blank.source.meta.outlet, "b.txt",
            "empty fields change nothing"
        );
        assert_eq!(blank.source.meta.url, None);
    }

    #[test]
    fn a_wire_copy_is_published_by_the_site_the_manifest_names() {
        let wire =
            "Two hurt in crash\n\nDALLAS (AP) — Two people were hurt when a car hit a wall.\n";
        let mut article =
            crate::corpus::article_from_bytes("a.txt", wire.as_bytes(), None).unwrap();
        assert_eq!(article.source.meta.outlet, "Associated Press");
        fill(
            &mut article,
            &find_entry(MANIFEST, "event/1/a.txt").unwrap(),
        );
        assert_eq!(article.source.meta.outlet, "example-news.com");
        // A station's own dateline names it better than a shared platform's domain.
        let station = "Two hurt in crash\n\nDALLAS (WFAA) — Two people were hurt.\n";
        let mut article =
            crate::corpus::article_from_bytes("a.txt", station.as_bytes(), None).unwrap();
        fill(
            &mut article,
            &find_entry(MANIFEST, "event/1/a.txt").unwrap(),
        );
        assert_eq!(article.source.meta.outlet, "WFAA");
    }
}
