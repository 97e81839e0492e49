//! HTML to blocks with an offset map: a small forgiving tokenizer (no DOM, so every
//! character keeps its byte offset in the stored file).
//!
//! Dropped: tags, comments, `<script>`, `<style>`, `<template>`, `<noscript>`, and the
//! subtrees of page furniture (`<nav>`, `<footer>`, `<aside>`, `<form>`, `<button>`,
//! `<iframe>`, `<svg>`, and elements whose class or id names share buttons, related
//! links, newsletters, cookie notices, ads or comments). Kept and decoded: text and
//! character references (`&amp;`, `&#8217;`, `&nbsp;`, …); a decoded character maps to
//! its whole reference. Block boundaries: `<p>`, `<div>`, `<h1>`..`<h6>`, `<li>`, `<br>`,
//! `<section>`, `<blockquote>`, table cells and the like. Headings, list items and
//! `<figcaption>` give the block its role; non-heading text in `<header>` is page chrome.
//! `<title>` and `<meta>` (og:site_name, author, published time, canonical URL) fill
//! [`PageMeta`].

use super::mapped::{Block, BlockRole, MappedText};

/// What the page's head says about it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub site_name: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub author: Option<String>,
}

/// Elements whose content is raw text to skip entirely.
const RAW_TEXT_ELEMENTS: &[&str] = &["script", "style", "template", "noscript", "textarea", "xmp"];

/// Elements whose whole subtree is page furniture.
const SKIPPED_ELEMENTS: &[&str] = &[
    "nav", "footer", "aside", "form", "button", "select", "iframe", "object", "svg", "math",
    "canvas", "video", "audio", "head", "menu", "dialog",
];

/// Elements that never have content.
const VOID_ELEMENTS: &[&str] = &[
    "br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed",
    "param", "track", "keygen",
];

/// Elements that start and end a block of text.
const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "br",
    "section",
    "article",
    "main",
    "blockquote",
    "tr",
    "td",
    "th",
    "figcaption",
    "figure",
    "ul",
    "ol",
    "table",
    "dd",
    "dt",
    "dl",
    "pre",
    "hr",
    "address",
    "caption",
    "header",
    "center",
    "body",
    "html",
    "tbody",
    "thead",
    "tfoot",
    "fieldset",
    "details",
    "summary",
    "hgroup",
];

/// Class or id words that mark page furniture.
const FURNITURE_CLASS_WORDS: &[&str] = &[
    "share",
    "sharing",
    "social",
    "related",
    "newsletter",
    "cookie",
    "cookies",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "promo",
    "comments",
    "breadcrumb",
    "breadcrumbs",
    "subscribe",
    "sidebar",
    "navigation",
    "navbar",
    "popup",
    "modal",
    "paywall",
    "outbrain",
    "taboola",
];

/// Extract the blocks and page metadata of an HTML document.
pub fn extract(raw: &str) -> (Vec<Block>, PageMeta) {
    let mut x = Extractor {
        raw,
        blocks: Vec::new(),
        page: PageMeta::default(),
        current: MappedText::default(),
        current_role: None,
        skip_stack: Vec::new(),
        role_stack: Vec::new(),
        header_depth: 0,
    };
    x.run();
    x.flush();
    (x.blocks, x.page)
}

struct Extractor<'a> {
    raw: &'a str,
    blocks: Vec<Block>,
    page: PageMeta,
    current: MappedText,
    current_role: Option<BlockRole>,
    /// Open elements inside a skipped subtree (the first is the skipped element).
    skip_stack: Vec<String>,
    /// Open elements that give their text a role (headings, list items, captions).
    role_stack: Vec<(String, BlockRole)>,
    header_depth: usize,
}

/// A parsed tag.
struct Tag {
    name: String,
    is_end: bool,
    self_closing: bool,
    attrs: Vec<(String, String)>,
    /// Byte index just past the `>`.
    end: usize,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl Extractor<'_> {
    fn run(&mut self) {
        let raw = self.raw;
        let bytes = raw.as_bytes();
        let mut i = 0;
        while i < raw.len() {
            let b = bytes[i];
            if b == b'<' {
                if raw[i..].starts_with("<!--") {
                    i = raw[i + 4..]
                        .find("-->")
                        .map_or(raw.len(), |p| i + 4 + p + 3);
                    continue;
                }
                let next = bytes.get(i + 1).copied().unwrap_or(b' ');
                if next == b'!' || next == b'?' {
                    i = raw[i..].find('>').map_or(raw.len(), |p| i + p + 1);
                    continue;
                }
                if next.is_ascii_alphabetic()
                    || (next == b'/' && bytes.get(i + 2).is_some_and(u8::is_ascii_alphabetic))
                {
                    let tag = parse_tag(raw, i);
                    i = tag.end;
                    i = self.handle_tag(&tag, i);
                    continue;
                }
            }
            let c = raw[i..].chars().next().unwrap_or(' ');
            if !self.skip_stack.is_empty() {
                i += c.len_utf8();
                continue;
            }
            if c == '&'
                && let Some((decoded, len)) = decode_entity(&raw[i..])
            {
                self.push_text(&decoded, i, i + len);
                i += len;
                continue;
            }
            self.push_char(c, i, i + c.len_utf8());
            i += c.len_utf8();
        }
    }

    fn role_now(&self) -> BlockRole {
        let role = self
            .role_stack
            .last()
            .map(|(_, r)| *r)
            .unwrap_or(BlockRole::Paragraph);
        if self.header_depth > 0 && !matches!(role, BlockRole::Heading(_)) {
            BlockRole::PageChrome
        } else {
            role
        }
    }

    fn push_char(&mut self, c: char, start: usize, end: usize) {
        if self.current.text.is_empty() && !c.is_whitespace() && self.current_role.is_none() {
            self.current_role = Some(self.role_now());
        }
        self.current.push(c, start, end);
    }

    fn push_text(&mut self, s: &str, start: usize, end: usize) {
        for c in s.chars() {
            self.push_char(c, start, end);
        }
    }

    fn flush(&mut self) {
        let mut text = std::mem::take(&mut self.current);
        let role = self.current_role.take().unwrap_or(BlockRole::Paragraph);
        text.trim_end();
        if !text.is_empty() {
            self.blocks.push(Block {
                text,
                role,
                gap_before: true,
            });
        }
    }

    /// Act on a tag; returns where scanning continues (after raw text elements).
    fn handle_tag(&mut self, tag: &Tag, after: usize) -> usize {
        let name = tag.name.as_str();
        let raw = self.raw;
        if name == "body" && self.skip_stack.first().is_some_and(|n| n == "head") {
            // A head that was never closed ends where the body starts.
            self.skip_stack.clear();
        }
        if !self.skip_stack.is_empty() {
            if tag.is_end {
                if let Some(p) = self.skip_stack.iter().rposition(|n| n == name) {
                    self.skip_stack.truncate(p);
                }
            } else if name == "meta" || name == "link" {
                self.read_meta_tag(tag);
            } else if name == "title" {
                return self.read_title(after);
            } else if RAW_TEXT_ELEMENTS.contains(&name) {
                return skip_raw_text(raw, name, after);
            } else if !VOID_ELEMENTS.contains(&name) && !tag.self_closing {
                self.skip_stack.push(name.to_string());
            }
            return after;
        }
        if tag.is_end {
            if BLOCK_ELEMENTS.contains(&name) {
                self.flush();
            }
            if let Some(p) = self.role_stack.iter().rposition(|(n, _)| n == name) {
                self.role_stack.truncate(p);
            }
            if name == "header" {
                self.header_depth = self.header_depth.saturating_sub(1);
            }
            return after;
        }
        match name {
            "meta" | "link" => {
                self.read_meta_tag(tag);
                return after;
            }
            "title" => return self.read_title(after),
            "time" if self.page.published.is_none() => {
                self.page.published = tag.attr("datetime").map(str::to_string);
            }
            _ => {}
        }
        if RAW_TEXT_ELEMENTS.contains(&name) {
            return skip_raw_text(raw, name, after);
        }
        let furniture = SKIPPED_ELEMENTS.contains(&name)
            || (!matches!(
                name,
                "html" | "body" | "article" | "main" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
            ) && is_furniture_class(tag));
        if furniture && !VOID_ELEMENTS.contains(&name) && !tag.self_closing {
            self.flush();
            self.skip_stack.push(name.to_string());
            return after;
        }
        if BLOCK_ELEMENTS.contains(&name) {
            self.flush();
        }
        let role = match name.as_bytes() {
            [b'h', d @ b'1'..=b'6'] => Some(BlockRole::Heading(d - b'0')),
            b"li" | b"dd" | b"dt" => Some(BlockRole::ListItem),
            b"figcaption" | b"caption" => Some(BlockRole::Caption),
            _ => None,
        };
        if let Some(role) = role {
            self.role_stack.push((name.to_string(), role));
        }
        if name == "header" {
            self.header_depth += 1;
        }
        after
    }

    fn read_title(&mut self, after: usize) -> usize {
        let raw = self.raw;
        let end = find_end_tag(raw, "title", after);
        let inner = &raw[after..end.0];
        if self.page.title.is_none() {
            let text = decode_all(inner);
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if !text.is_empty() {
                self.page.title = Some(text);
            }
        }
        end.1
    }

    fn read_meta_tag(&mut self, tag: &Tag) {
        if tag.name == "link" {
            if tag
                .attr("rel")
                .is_some_and(|r| r.eq_ignore_ascii_case("canonical"))
                && self.page.url.is_none()
            {
                self.page.url = tag.attr("href").map(str::to_string);
            }
            return;
        }
        let key = tag
            .attr("property")
            .or_else(|| tag.attr("name"))
            .or_else(|| tag.attr("itemprop"))
            .unwrap_or("")
            .to_ascii_lowercase();
        let Some(content) = tag.attr("content").map(|c| c.trim().to_string()) else {
            return;
        };
        if content.is_empty() {
            return;
        }
        let slot = match key.as_str() {
            "og:site_name" | "application-name" | "publisher" => &mut self.page.site_name,
            "og:url" => &mut self.page.url,
            "article:published_time"
            | "datepublished"
            | "date"
            | "pubdate"
            | "publish-date"
            | "dc.date"
            | "sailthru.date"
            | "parsely-pub-date" => &mut self.page.published,
            "author" | "article:author" | "byl" | "dc.creator" | "sailthru.author" => {
                &mut self.page.author
            }
            "og:title" | "twitter:title" => &mut self.page.title,
            _ => return,
        };
        if slot.is_none() && !(key == "article:author" && content.starts_with("http")) {
            *slot = Some(content);
        }
    }
}

fn is_furniture_class(tag: &Tag) -> bool {
    ["class", "id", "role"].iter().any(|a| {
        tag.attr(a).is_some_and(|v| {
            v.to_ascii_lowercase()
                .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                .any(|w| FURNITURE_CLASS_WORDS.contains(&w) || (*a == "role" && w == "navigation"))
        })
    })
}

/// Position of `</name` (case-insensitive) at or after `from`, and the byte just past
/// its `>`; the end of input when missing.
fn find_end_tag(raw: &str, name: &str, from: usize) -> (usize, usize) {
    let bytes = raw.as_bytes();
    let mut i = from;
    while let Some(p) = raw[i..].find("</") {
        let s = i + p;
        let n = s + 2 + name.len();
        if n <= raw.len()
            && bytes[s + 2..n].eq_ignore_ascii_case(name.as_bytes())
            && bytes.get(n).is_none_or(|b| !b.is_ascii_alphanumeric())
        {
            let close = raw[n..].find('>').map_or(raw.len(), |q| n + q + 1);
            return (s, close);
        }
        i = s + 2;
    }
    (raw.len(), raw.len())
}

fn skip_raw_text(raw: &str, name: &str, after: usize) -> usize {
    find_end_tag(raw, name, after).1
}

/// Parse the tag starting at `start` (`<` or `</`). Forgiving: a missing `>` ends at
/// the end of input.
fn parse_tag(raw: &str, start: usize) -> Tag {
    let bytes = raw.as_bytes();
    let mut i = start + 1;
    let is_end = bytes.get(i) == Some(&b'/');
    if is_end {
        i += 1;
    }
    let name_start = i;
    while i < bytes.len()
        && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-' || bytes[i] == b':')
    {
        i += 1;
    }
    let name = raw[name_start..i].to_ascii_lowercase();
    let mut attrs = Vec::new();
    let mut self_closing = false;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= bytes.len() {
            break;
        }
        match bytes[i] {
            b'>' => {
                i += 1;
                break;
            }
            b'/' => {
                self_closing = true;
                i += 1;
                continue;
            }
            _ => {}
        }
        let an_start = i;
        while i < bytes.len()
            && !bytes[i].is_ascii_whitespace()
            && !matches!(bytes[i], b'=' | b'>' | b'/')
        {
            i += 1;
        }
        if i == an_start {
            i += 1;
            continue;
        }
        let attr_name = raw[an_start..i].to_ascii_lowercase();
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            match bytes.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let vs = i + 1;
                    let ve = raw[vs..].find(q as char).map_or(raw.len(), |p| vs + p);
                    value = decode_all(&raw[vs..ve]);
                    i = (ve + 1).min(raw.len());
                }
                _ => {
                    let vs = i;
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                        i += 1;
                    }
                    value = decode_all(&raw[vs..i]);
                }
            }
        }
        self_closing = false;
        attrs.push((attr_name, value));
    }
    Tag {
        name,
        is_end,
        self_closing,
        attrs,
        end: i.min(raw.len()),
    }
}

/// Named character references: the common ones of news pages.
const NAMED_ENTITIES: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "\u{a0}"),
    ("mdash", "—"),
    ("ndash", "–"),
    ("hellip", "…"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("sbquo", "‚"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("bdquo", "„"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("lsaquo", "‹"),
    ("rsaquo", "›"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("deg", "°"),
    ("middot", "·"),
    ("bull", "•"),
    ("euro", "€"),
    ("pound", "£"),
    ("yen", "¥"),
    ("cent", "¢"),
    ("sect", "§"),
    ("para", "¶"),
    ("times", "×"),
    ("divide", "÷"),
    ("frac12", "½"),
    ("frac14", "¼"),
    ("frac34", "¾"),
    ("plusmn", "±"),
    ("prime", "′"),
    ("Prime", "″"),
    ("shy", "\u{ad}"),
    ("zwj", "\u{200d}"),
    ("zwnj", "\u{200c}"),
    ("thinsp", "\u{2009}"),
    ("ensp", "\u{2002}"),
    ("emsp", "\u{2003}"),
    ("iexcl", "¡"),
    ("iquest", "¿"),
    ("aacute", "á"),
    ("eacute", "é"),
    ("iacute", "í"),
    ("oacute", "ó"),
    ("uacute", "ú"),
    ("Aacute", "Á"),
    ("Eacute", "É"),
    ("Iacute", "Í"),
    ("Oacute", "Ó"),
    ("Uacute", "Ú"),
    ("agrave", "à"),
    ("egrave", "è"),
    ("igrave", "ì"),
    ("ograve", "ò"),
    ("ugrave", "ù"),
    ("Agrave", "À"),
    ("Egrave", "È"),
    ("acirc", "â"),
    ("ecirc", "ê"),
    ("icirc", "î"),
    ("ocirc", "ô"),
    ("ucirc", "û"),
    ("auml", "ä"),
    ("euml", "ë"),
    ("iuml", "ï"),
    ("ouml", "ö"),
    ("uuml", "ü"),
    ("Auml", "Ä"),
    ("Ouml", "Ö"),
    ("Uuml", "Ü"),
    ("szlig", "ß"),
    ("ntilde", "ñ"),
    ("Ntilde", "Ñ"),
    ("ccedil", "ç"),
    ("Ccedil", "Ç"),
    ("atilde", "ã"),
    ("otilde", "õ"),
    ("aring", "å"),
    ("Aring", "Å"),
    ("aelig", "æ"),
    ("oslash", "ø"),
    ("Oslash", "Ø"),
    ("yacute", "ý"),
    ("yuml", "ÿ"),
    ("scaron", "š"),
    ("Scaron", "Š"),
    ("zcaron", "ž"),
    ("Zcaron", "Ž"),
    ("oelig", "œ"),
    ("OElig", "Œ"),
    ("minus", "−"),
    ("larr", "←"),
    ("rarr", "→"),
    ("uarr", "↑"),
    ("darr", "↓"),
    ("dagger", "†"),
    ("Dagger", "‡"),
    ("permil", "‰"),
];

/// Decode the character reference at the start of `s` (which starts with `&`): the text
/// and the length in bytes of the reference (including a `;` when present).
fn decode_entity(s: &str) -> Option<(String, usize)> {
    let rest = &s[1..];
    if let Some(num) = rest.strip_prefix('#') {
        let (digits, radix, skip) = match num.strip_prefix(['x', 'X']) {
            Some(h) => (h, 16, 2),
            None => (num, 10, 1),
        };
        let len = digits
            .chars()
            .take_while(|c| c.is_digit(radix))
            .take(8)
            .count();
        if len == 0 {
            return None;
        }
        let code = u32::from_str_radix(&digits[..len], radix).ok()?;
        let c = match code {
            0x80..=0x9f => windows_1252_control(code),
            _ => char::from_u32(code)
                .filter(|c| *c != '\0')
                .unwrap_or('\u{fffd}'),
        };
        let semi = usize::from(digits[len..].starts_with(';'));
        return Some((c.to_string(), 1 + skip + len + semi));
    }
    let len = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .take(10)
        .count();
    let name = &rest[..len];
    let (_, text) = NAMED_ENTITIES.iter().find(|(n, _)| *n == name)?;
    let semi = usize::from(rest[len..].starts_with(';'));
    Some((text.to_string(), 1 + len + semi))
}

/// Numeric references in 0x80..0x9F mean Windows-1252 characters in practice.
fn windows_1252_control(code: u32) -> char {
    match code {
        0x85 => '…',
        0x91 => '‘',
        0x92 => '’',
        0x93 => '“',
        0x94 => '”',
        0x96 => '–',
        0x97 => '—',
        0x80 => '€',
        _ => '\u{fffd}',
    }
}

/// Decode every character reference of an attribute value or title.
fn decode_all(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i..].chars().next().unwrap_or(' ');
        if c == '&'
            && let Some((d, len)) = decode_entity(&s[i..])
        {
            out.push_str(&d);
            i += len;
            continue;
        }
        out.push(c);
        i += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities() {
        assert_eq!(decode_entity("&amp; x"), Some(("&".into(), 5)));
        assert_eq!(decode_entity("&#8217;s"), Some(("’".into(), 7)));
        assert_eq!(decode_entity("&#x201C;"), Some(("“".into(), 8)));
        assert_eq!(decode_entity("&nbsp"), Some(("\u{a0}".into(), 5)));
        assert_eq!(decode_entity("&bogus;"), None);
        assert_eq!(decode_all("Jane &amp; Co &lt;b&gt;"), "Jane & Co <b>");
    }

    #[test]
    fn blocks_roles_and_offsets() {
        let raw = "<html><head><title>Page &amp; title</title><script>var a = '<p>no</p>';</script>\
<meta property=\"og:site_name\" content=\"Daily Planet\"></head><body>\
<nav><a href=\"/\">Home</a><p>Menu</p></nav>\
<h1>Big <em>news</em> today</h1>\
<p>First   line<br>Second &ldquo;quoted&rdquo; line.</p>\
<ul><li>One item</li><li>Two</li></ul>\
<figure><img src=x alt=\"alt\"><figcaption>A caption. Photo: X</figcaption></figure>\
<div class=\"share-buttons\"><p>Share this</p></div>\
<footer>Copyright</footer></body></html>";
        let (blocks, page) = extract(raw);
        let texts: Vec<&str> = blocks.iter().map(Block::clean).collect();
        assert_eq!(
            texts,
            vec![
                "Big news today",
                "First line",
                "Second “quoted” line.",
                "One item",
                "Two",
                "A caption. Photo: X"
            ]
        );
        assert_eq!(blocks[0].role, BlockRole::Heading(1));
        assert_eq!(blocks[3].role, BlockRole::ListItem);
        assert_eq!(blocks[5].role, BlockRole::Caption);
        assert_eq!(
            &raw[blocks[0].text.raw_span_all()],
            "Big <em>news</em> today"
        );
        assert_eq!(
            &raw[blocks[2].text.raw_span_all()],
            "Second &ldquo;quoted&rdquo; line."
        );
        assert_eq!(page.title.as_deref(), Some("Page & title"));
        assert_eq!(page.site_name.as_deref(), Some("Daily Planet"));
    }

    #[test]
    fn truncated_markup_does_not_panic() {
        for raw in [
            "<p>text <a href=\"x",
            "<p>a &#x",
            "<script>never closed",
            "<!-- open",
            "<",
            "&",
            "<p>é</",
        ] {
            let _ = extract(raw);
        }
    }
}
