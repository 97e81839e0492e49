//! Recognising text that is not the article: photo captions and credits, interface text,
//! promotions, related links, source and URL lines, video titles, section labels, date
//! lines, by-lines and the share-button debris of web scrapes.
//!
//! [`classify_line`] judges one line (or one sentence) on its own; the article pipeline
//! adds the judgements that need context (a section label before the headline, the alt
//! text repeated just above a caption, a video title repeated below its "Video:" line).
//! All patterns are general web and wire conventions, never text of one article; they are
//! data (`assets/lexicon/boilerplate.txt` and `boilerplate-cased.txt`).

use std::sync::LazyLock;

use crate::model::BoilerplateKind;
use crate::text::word_lists;

use super::meta;

/// The word lists of page furniture, each a section of `boilerplate.txt` (matched
/// lower-cased) or `boilerplate-cased.txt` (matched as written), read once.
struct BoilerplateLists {
    /// Whole lines (lower-cased, trailing punctuation dropped) that are page furniture.
    interface_lines: Vec<&'static str>,
    /// Line openings (lower-cased) that mark page furniture.
    interface_prefixes: Vec<&'static str>,
    /// Line openings that promote an app, a newsletter or a social account.
    promo_prefixes: Vec<&'static str>,
    /// Line openings that announce links to other stories.
    related_prefixes: Vec<&'static str>,
    /// Line openings that name where a copy came from.
    source_prefixes: Vec<&'static str>,
    /// Line openings of embedded video and audio.
    video_prefixes: Vec<&'static str>,
    /// Line openings of credits and copyright notices.
    credit_prefixes: Vec<&'static str>,
    /// Phrases anywhere in a line that make it a credit line (when the line is short).
    credit_phrases: Vec<&'static str>,
    /// Lone labels of a page's structure (whole line, lower-cased, without final ':').
    section_labels: Vec<&'static str>,
    /// Words that signal a photo credit inside a trailing parenthetical: "(Photo: WFAA)".
    photo_credit_words: Vec<&'static str>,
    /// Photo agencies that end a caption credit ("Name / AFP", "Name/TASS via Getty Images").
    photo_agencies: Vec<&'static str>,
    /// Marks of a video player or a share widget scraped with the article.
    player_marks: Vec<&'static str>,
}

static LISTS: LazyLock<BoilerplateLists> = LazyLock::new(|| {
    let (lines, cased) = (&word_lists::BOILERPLATE, &word_lists::BOILERPLATE_CASED);
    BoilerplateLists {
        interface_lines: lines.section("interface-lines"),
        interface_prefixes: lines.section("interface-prefixes"),
        promo_prefixes: lines.section("promo-prefixes"),
        related_prefixes: lines.section("related-prefixes"),
        source_prefixes: lines.section("source-prefixes"),
        video_prefixes: lines.section("video-prefixes"),
        credit_prefixes: lines.section("credit-prefixes"),
        credit_phrases: lines.section("credit-phrases"),
        section_labels: lines.section("section-labels"),
        photo_credit_words: lines.section("photo-credit-words"),
        photo_agencies: cased.section("photo-agencies"),
        player_marks: cased.section("player-marks"),
    }
});

fn normalised(line: &str) -> String {
    line.trim()
        .trim_start_matches(['>', '»', '|', '•', '-', '–', '—', '*', ' '])
        .trim_end_matches(['.', ':', '!', '?', '…', ' ', '|', '»', '>'])
        .trim_end_matches("...")
        .to_lowercase()
}

/// Judge one line (or sentence) on its own.
pub fn classify_line(line: &str) -> Option<BoilerplateKind> {
    use BoilerplateKind as K;
    let trimmed = line.trim();
    // A gallery's or a video player's text, however long: a caption repeated per picture.
    if starts_with_gallery_counter(trimmed) {
        return Some(K::Caption);
    }
    if is_gallery_debris(trimmed) {
        return Some(K::Video);
    }
    if trimmed.is_empty() || trimmed.len() > 400 {
        // Every pattern here is for short lines; long ones are article text.
        return None;
    }
    // Whole-line matches are all short; skip the work for longer lines.
    let norm = if trimmed.len() <= 100 {
        normalised(trimmed)
    } else {
        String::new()
    };
    let lower = trimmed
        .trim_start_matches(['>', '»', ' ', '►', '▶', '■', '•', '*', '+'])
        .to_lowercase();
    let short = trimmed.len() <= 160;
    let words = trimmed.split_whitespace().count();

    if meta::is_url(trimmed) {
        return Some(K::Url);
    }
    if is_contact_line(trimmed) || meta::is_outlet_name(trimmed) {
        return Some(K::Credit);
    }
    if LISTS.video_prefixes.iter().any(|p| lower.starts_with(p)) && trimmed.len() <= 200 {
        return Some(K::Video);
    }
    if is_playlist_entry(trimmed) {
        return Some(K::Video);
    }
    if LISTS.source_prefixes.iter().any(|p| lower.starts_with(p)) && trimmed.len() <= 200 {
        return Some(K::SourceLine);
    }
    if LISTS.related_prefixes.iter().any(|p| lower.starts_with(p)) && trimmed.len() <= 200 {
        return Some(K::Related);
    }
    if LISTS.interface_lines.contains(&norm.as_str()) {
        return Some(K::Interface);
    }
    if LISTS
        .interface_prefixes
        .iter()
        .any(|p| lower.starts_with(p))
        && trimmed.len() <= 300
    {
        return Some(K::Interface);
    }
    if LISTS.promo_prefixes.iter().any(|p| lower.starts_with(p)) && trimmed.len() <= 200 {
        return Some(K::Promo);
    }
    if lower.starts_with("follow ")
        && short
        && (lower.contains("twitter")
            || lower.contains("facebook")
            || lower.contains("instagram")
            || lower.contains('@')
            || lower.ends_with(':'))
    {
        return Some(K::Promo);
    }
    let app_promo = [
        "iphone",
        "android",
        "mobile app",
        "our app",
        "news app",
        "free app",
    ]
    .iter()
    .any(|p| lower.contains(p));
    if short && lower.contains(" app") && app_promo {
        return Some(K::Promo);
    }
    if lower.contains("playpause") || lower.contains("play pause") {
        return Some(K::Video);
    }
    if is_code_debris(trimmed) {
        return Some(K::Interface);
    }
    if is_hashtag_line(trimmed) {
        return Some(K::Interface);
    }
    if lower.ends_with("[ edit ]") || lower.ends_with("[edit]") {
        return Some(K::Section);
    }
    if is_embedded_post(trimmed) {
        return Some(K::Transcript);
    }
    if is_menu_line(trimmed) {
        return Some(K::Interface);
    }
    if is_station_credit(trimmed) || (lower.starts_with("contact ") && lower.contains('@') && short)
    {
        return Some(K::Credit);
    }
    if short && LISTS.credit_prefixes.iter().any(|p| lower.starts_with(p)) {
        return Some(K::Credit);
    }
    if short && LISTS.credit_phrases.iter().any(|p| lower.contains(p)) {
        return Some(K::Credit);
    }
    // A date line with its agency ("June 24, 2016 (AP)") before a caption's credit.
    if meta::date_line(trimmed).is_some() {
        return Some(K::Dateline);
    }
    if is_caption(trimmed) {
        return Some(K::Caption);
    }
    if is_wire_dateline(trimmed) || meta::yearless_date_line(trimmed).is_some() {
        return Some(K::Dateline);
    }
    let dash_signature = trimmed.starts_with(['—', '–'])
        && words <= 6
        && !trimmed.ends_with(['.', '!', '?', '"', '”']);
    if meta::byline(trimmed).is_some() || is_staff_credit(&norm) || dash_signature {
        return Some(K::Byline);
    }
    if words <= 4 && LISTS.section_labels.contains(&norm.as_str()) {
        return Some(K::Section);
    }
    None
}

/// An e-mail address, a social handle or a phone number standing alone.
fn is_contact_line(t: &str) -> bool {
    if t.len() > 160
        || !t
            .bytes()
            .any(|b| b == b'@' || b == b'/' || b.is_ascii_digit())
    {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 10 {
        return false;
    }
    let is_email = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.contains('@') && w.rsplit('@').next().is_some_and(|d| d.contains('.'))
    };
    let is_handle = |w: &str| w.starts_with('@') && w.len() > 2 && !w.contains(' ');
    let phone_digits = t.chars().filter(char::is_ascii_digit).count();
    let is_phone = (7..=15).contains(&phone_digits)
        && t.chars()
            .all(|c| c.is_ascii_digit() || " ()-+.".contains(c));
    let social_path = ["twitter.com/", "facebook.com/", "instagram.com/"]
        .iter()
        .any(|p| t.to_lowercase().starts_with(p));
    let email_and_phone =
        words.len() <= 10 && words.iter().any(|w| is_email(w)) && !t.ends_with('.');
    is_phone
        || social_path
        || email_and_phone
        || words.iter().any(|w| is_email(w) || is_handle(w))
            && words.len() <= 4
            && !t.ends_with('.')
}

/// An embedded social post: "… pic.twitter.com/…", "… — Name (@handle) March 8, 2016".
fn is_embedded_post(t: &str) -> bool {
    if t.contains("pic.twitter.com/") {
        return true;
    }
    let Some(dash) = t.rfind(['—', '–']) else {
        return false;
    };
    let tail = t[dash..].trim_end();
    let year = tail.get(tail.len().saturating_sub(4)..).unwrap_or("");
    tail.contains("(@") && year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit())
}

/// Template or widget residue: a long token without spaces made of ids and separators
/// ("|article-gallery-5845524|photo_prev_inline|…", "{* loginWidget *}").
fn is_code_debris(t: &str) -> bool {
    if t.contains("{*") || t.contains("{{") || t.contains("${") {
        return true;
    }
    let longest = t.split_whitespace().map(str::len).max().unwrap_or(0);
    let separators = t
        .chars()
        .filter(|c| matches!(c, '|' | '_' | '{' | '}' | '=' | ';'))
        .count();
    longest >= 30 && separators >= 3 && !meta::is_url(t)
}

/// A line of hashtags only: "#Police #Shooting #Crime".
fn is_hashtag_line(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    words.len() >= 2 && words.iter().all(|w| w.starts_with('#') && w.len() > 1)
}

/// A navigation line: several short items separated by `|` or `·`.
fn is_menu_line(t: &str) -> bool {
    if t.len() > 120 || !t.contains(['|', '·']) {
        return false;
    }
    let items: Vec<&str> = t
        .split(['|', '·'])
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .collect();
    let separators = t.matches(['|', '·']).count();
    separators >= 1
        && items.len() >= 2
        && t.len() <= 120
        && items
            .iter()
            .all(|i| i.split_whitespace().count() <= 4 && !i.ends_with('.'))
}

/// A station or agency credit alone in brackets: "(WSMV)", "(AP)", "(© 2016 KHOU)".
fn is_station_credit(t: &str) -> bool {
    let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) else {
        return false;
    };
    let words: Vec<&str> = inner.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 3
        && inner.len() <= 30
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || "-/&.©".contains(c))
        })
}

/// "1:58 Human remains found at construction site": a video playlist entry.
fn is_playlist_entry(t: &str) -> bool {
    let mut parts = t.splitn(2, ' ');
    let (Some(time), Some(rest)) = (parts.next(), parts.next()) else {
        return false;
    };
    let mut fields = time.split(':');
    let (Some(m), Some(s), None) = (fields.next(), fields.next(), fields.next()) else {
        return false;
    };
    !m.is_empty()
        && m.len() <= 2
        && s.len() == 2
        && m.bytes().chain(s.bytes()).all(|b| b.is_ascii_digit())
        && rest.chars().next().is_some_and(char::is_uppercase)
        && rest.len() <= 120
        && !rest.ends_with('.')
}

/// "DALLAS (AP) -" or "DETROIT -": a wire dateline on its own line, nothing after it.
fn is_wire_dateline(t: &str) -> bool {
    let body = t.trim_end_matches(['-', '–', '—', ' ', ':']);
    let had_dash = body.len() < t.len();
    let place = match body.strip_suffix(')') {
        Some(inner) => {
            let Some(open) = inner.rfind('(') else {
                return false;
            };
            let agency = &inner[open + 1..];
            if agency.is_empty()
                || agency.len() > 20
                || agency.contains(char::is_lowercase) && agency.split_whitespace().count() > 2
            {
                return false;
            }
            inner[..open].trim()
        }
        None if had_dash => body.trim(),
        None => return false,
    };
    !place.is_empty()
        && place.len() <= 40
        && place.chars().any(char::is_alphabetic)
        && place
            .chars()
            .all(|c| c.is_uppercase() || c.is_whitespace() || matches!(c, ',' | '.' | '\''))
}

/// "Breaking News Staff", "Staff Writer", "Associated Press", "The Associated Press".
fn is_staff_credit(norm: &str) -> bool {
    matches!(
        norm,
        "staff writer"
            | "staff report"
            | "staff reports"
            | "associated press"
            | "the associated press"
            | "by the associated press"
            | "breaking news staff"
            | "wire reports"
            | "news services"
            | "from wire reports"
    ) || norm.ends_with(" staff") && norm.split_whitespace().count() <= 4
}

/// Photo-gallery or video-player debris: "Image 4 of 10 Officers investigate …" (a caption
/// that galleries repeat once per picture), "3 of 15 CLOSE Skip in Skip x Embed x Share …",
/// "autoplay", "Copy this code". A player mark counts only in a short line or sentence; a
/// gallery counter at the start counts in a block of any length.
pub fn is_gallery_debris(t: &str) -> bool {
    let t = t.trim();
    (t.len() <= 400 && LISTS.player_marks.iter().any(|m| t.contains(m)))
        || starts_with_gallery_counter(t)
}

/// "Image 4 of 10 …", "Photo 2 of 7 …": a gallery's counter before its caption.
fn starts_with_gallery_counter(t: &str) -> bool {
    let mut words = t.split_whitespace();
    matches!(
        (words.next(), words.next(), words.next(), words.next()),
        (Some("Image" | "Photo"), Some(n), Some("of"), Some(m))
            if n.chars().all(|c| c.is_ascii_digit()) && m.chars().all(|c| c.is_ascii_digit())
    )
}

/// A photo caption or credit: "… Photo: X", "… Photograph: X/AP", "… via Getty Images",
/// "… **Name / AFP**", "… (Photo: WFAA)", "Name (Facebook)".
pub fn is_caption(t: &str) -> bool {
    let t = t.trim();
    if t.len() > 400 {
        return false;
    }
    let has_marker_word = ["Photo", "PHOTO", "Image", "Pict"]
        .iter()
        .any(|w| t.contains(w));
    for marker in [
        "Photo:",
        "Photograph:",
        "Photographer:",
        "PHOTO:",
        "Photos:",
        "Image:",
        "Picture:",
        "Pictured:",
        "Photo by ",
        "Photo By ",
        "Photograph by ",
        "Image by ",
        "Photo credit",
        "Image credit",
    ] {
        if !has_marker_word {
            break;
        }
        if let Some(i) = t.find(marker) {
            let tail = &t[i + marker.len()..];
            // The credit is short and is not followed by more sentences.
            if tail.trim().len() <= 90 && !tail.trim_end_matches('.').contains(". ") {
                return true;
            }
        }
    }
    let unpunctuated = !t.ends_with(['.', '!', '?', ':', ',', ';', '"', '”']);
    if unpunctuated {
        for end in [
            "via Getty Images",
            "/Getty Images",
            "/ Getty Images",
            "AP Photo",
            "/AP",
            "/Reuters",
            "file photo",
            "File photo",
            "File Photo",
        ] {
            if t.ends_with(end) {
                return true;
            }
        }
    }
    if t.contains("(AP Photo")
        || t.contains("(Getty Images")
        || t.contains("(AFP") && t.contains("Photo")
    {
        return true;
    }
    // "Police patrolling the streets. **Name / AFP**" (bold already removed).
    if unpunctuated && let Some(i) = t.rfind('/') {
        let agency = t[i + 1..].trim();
        let credit_start = t[..i].rfind(". ").map(|p| p + 2).unwrap_or(0);
        let name = t[credit_start..i].trim();
        if LISTS.photo_agencies.contains(&agency)
            && !name.is_empty()
            && name.split_whitespace().count() <= 5
            && name
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        {
            return true;
        }
    }
    // A trailing parenthetical credit: "… (Photo: WFAA)", "Name (Facebook)".
    if let Some(open) = t.rfind('(')
        && t.ends_with(')')
    {
        let inner = t[open + 1..t.len() - 1].to_lowercase();
        let credit_word = inner
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| LISTS.photo_credit_words.contains(&w));
        let before = t[..open].trim();
        let before_is_name_or_sentence = before.ends_with('.')
            || (before.split_whitespace().count() <= 6 && !before.ends_with(','));
        if credit_word && inner.len() <= 60 && before_is_name_or_sentence {
            return inner.starts_with("photo")
                || inner.contains("photo")
                || before.split_whitespace().count() <= 6;
        }
    }
    false
}

/// Content words (4+ letters, lower-cased) of a line, for comparing a caption with the
/// alt text above it.
pub fn content_words(t: &str) -> Vec<String> {
    t.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect()
}

/// The title of a "Video: Title (Agency)" line, to recognise its repetition below.
pub fn video_title(line: &str) -> Option<String> {
    let t = line.trim();
    let lower = t.to_lowercase();
    let rest = ["video:", "watch:"]
        .iter()
        .find_map(|p| lower.starts_with(p).then(|| t[p.len()..].trim()))?;
    let rest = match rest.rfind(" (") {
        Some(i) if rest.ends_with(')') => &rest[..i],
        _ => rest,
    };
    Some(rest.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use BoilerplateKind as K;

    /// Lines and how each is judged: credits, captions, interface text, promos, related
    /// links, video blurbs, source lines, URLs, datelines and by-lines, and (`None`) article
    /// text that only looks like them.
    #[rustfmt::skip]
    const JUDGED_LINES: &[(&str, Option<BoilerplateKind>)] = &[
        ("Image 4 of 10 Officers investigate the scene where three people died on Elm Street. Officers investigate the scene where three people died on Elm Street. Officers investigate the scene where three people died on Elm Street. Officers investigate the scene where three people died on Elm Street. Officers investigate the scene where three people died on Elm Street. Photo: Staff", Some(K::Caption)),
        ("3 of 15 CLOSE Skip in Skip x Embed x Share VIGIL Mourners gather | 0:58", Some(K::Video)),
        ("Three people died in the shooting, police said of the image.", None),
        ("© Provided by The Guardian", Some(K::Credit)),
        ("Copyright 2017 WMC Action News 5. All rights reserved.", Some(K::Credit)),
        ("jdickson@detroitnews.com", Some(K::Credit)),
        ("(313) 223-4616", Some(K::Credit)),
        ("(WSMV)", Some(K::Credit)),
        ("jroe@example.com, 954-356-4544 or Twitter @jroe", Some(K::Credit)),
        ("Contributing: Jane Roe", Some(K::Credit)),
        ("Patch file photo", Some(K::Caption)),
        ("#Police #Shooting #Crime", Some(K::Interface)),
        ("###PPB###", Some(K::Interface)),
        ("Read or Share this story: http://example.com/x", Some(K::Interface)),
        ("►Related: Another story", Some(K::Related)),
        ("Get updates on-the-go with our News 3 mobile app", Some(K::Promo)),
        ("Contact Jane Roe at jroe@example.com or 313-223-4759.", Some(K::Credit)),
        ("—Chicago Sun-Times Wire", Some(K::Byline)),
        ("(Source: WAVE 3 News)", Some(K::SourceLine)),
        ("Load Error", Some(K::Interface)),
        ("Leave a Comment", Some(K::Interface)),
        ("Advertisement", Some(K::Interface)),
        ("Share this: Facebook", Some(K::Interface)),
        ("Download the NBC News app for breaking news and politics", Some(K::Promo)),
        ("Related article: Some Other Story", Some(K::Related)),
        ("Go deeper", Some(K::Related)),
        ("Video: Something burns (PA Media)", Some(K::Video)),
        ("What to watch next", Some(K::Video)),
        ("1:58 Human remains found at construction site", Some(K::Video)),
        ("Source: Thanks msn.com", Some(K::SourceLine)),
        ("Original url:", Some(K::SourceLine)),
        ("https://www.example.com/a/b", Some(K::Url)),
        ("FREE APPS | NOW | FACEBOOK | TWITTER", Some(K::Promo)),
        ("Already have an account?", Some(K::Interface)),
        ("This is a developing story.", Some(K::Interface)),
        ("Stay with News4 for more details on this developing story.", Some(K::Promo)),
        ("Region 8 News App - Install or update on your: iPhone | Android", Some(K::Promo)),
        ("Bail request denied. — Jane Roe (@JRoe7news) March 8, 2016", Some(K::Transcript)),
        ("Jan 6, 2022 - World", Some(K::Dateline)),
        ("Updated: January 10, 2022 11:48am", Some(K::Dateline)),
        ("DALLAS (AP) -", Some(K::Dateline)),
        ("June 24, 2016 (AP)", Some(K::Dateline)),
        ("DETROIT -", Some(K::Dateline)),
        ("NEW ORLEANS (AP) - New Orleans police say an officer was hurt.", None),
        ("BREAKING (Thursday, 4:02 p.m.): A girl has been taken off life support.", None),
        ("By Christopher Rickleton and Evan Gershkovich for AFP", Some(K::Byline)),
    ];

    #[test]
    fn each_line_is_judged_as_its_kind() {
        for &(line, kind) in JUDGED_LINES {
            assert_eq!(classify_line(line), kind, "{line}");
        }
    }

    #[test]
    fn captions_and_credits() {
        for caption in [
            "Police patrolling the streets of the largest city. Abduaziz Madyarov / AFP",
            "A burnt bus is seen by the office. Photo: Valery Sharifulin/TASS via Getty Images",
            "Smoke rises from the city hall. Photograph: Yan Blagov/AP",
            "Photograph: EPA",
            "Dallas police officers scramble to respond on Thursday, July 8, 2016. (Photo: WFAA)",
            "Micah Xavier Johnson (Facebook)",
        ] {
            assert_eq!(classify_line(caption), Some(K::Caption), "{caption}");
        }
    }

    #[test]
    fn article_sentences_are_not_boilerplate() {
        for s in [
            "Police fired stun grenades and tear gas at the crowd, some armed with batons.",
            "Protests spread across the nation of 19 million this week.",
            "Russia-led alliance sends forces to Kazakhstan as unrest intensifies",
            "By Tuesday, when the government announced it would rescind the price hike, the protests had spread.",
            "More than 1,000 people have been injured in the protests since Sunday, the Health Ministry said Thursday, according to Tass.",
            "Images posted online showed protesters chanting under a giant bronze statue.",
            "Follow-up inspections found no damage.",
            "The shooting remains under investigation.",
            "Videos on social media showed protesters seizing weapons.",
            "SUSPECT WANTED TO KILL WHITE OFFICERS",
            "“People are sick of corruption — and nepotism,” he said.",
            "Refreshments were served to the crowd.",
            "Staying on the scene, officers searched the house.",
            "(AP) Police said the man fled.",
            "He said: “Stay with me.”",
        ] {
            assert_eq!(classify_line(s), None, "{s}");
        }
    }
}
