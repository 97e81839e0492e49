//! Plain text and Markdown to blocks: one block per line, `#` headings and bullet or
//! numbered lines recognised, inline markup (`**bold**`, `*em*`, `` `code` ``,
//! `[text](url)`, `![alt](url)`, `<https://…>`, simple inline tags, backslash escapes)
//! removed from the clean text while the offset map keeps the raw span. A YAML front
//! matter block (`---` … `---` at the top) is read as metadata, not text.

use super::mapped::{Block, BlockRole, MappedText};

/// Split `raw` (the stored text, possibly cut to the segmentation limit) into blocks.
/// `inline_html` drops inline tags such as `<b>` and `</a>` (Markdown allows them; in
/// plain text a `<tag>` is literal text and stays).
pub fn blocks(raw: &str, inline_html: bool) -> Vec<Block> {
    let mut out = Vec::new();
    let skip_to = front_matter(raw).map_or(0, |(end, _)| end);
    let mut line_start = skip_to;
    let mut gap = true;
    for line in raw[skip_to..].split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        match line_block(raw, line_start, line_start + content.len(), inline_html) {
            Some(mut block) => {
                block.gap_before = gap;
                gap = false;
                out.push(block);
            }
            None => gap = true,
        }
        line_start += line.len();
    }
    out
}

/// A YAML front matter block at the top: the byte where the text after it starts, and
/// its `key: value` pairs (keys lower-cased, values unquoted).
pub fn front_matter(raw: &str) -> Option<(usize, Vec<(String, String)>)> {
    let body = raw.trim_start_matches('\u{feff}');
    let offset = raw.len() - body.len();
    let first = body.split_inclusive('\n').next()?;
    if first.trim_end() != "---" {
        return None;
    }
    let mut pos = offset + first.len();
    let mut pairs = Vec::new();
    for line in raw[pos..].split_inclusive('\n').take(60) {
        pos += line.len();
        let t = line.trim_end();
        if t == "---" || t == "..." {
            return Some((pos, pairs));
        }
        if let Some((key, value)) = t.split_once(':')
            && !key.starts_with([' ', '\t', '-', '#'])
        {
            let value = value.trim().trim_matches(['"', '\'']).trim();
            if !value.is_empty() {
                pairs.push((key.trim().to_lowercase(), value.to_string()));
            }
        }
    }
    None
}

/// A horizontal rule or separator line: only `-`, `_`, `=`, `*`, `~` or dashes.
fn is_rule(s: &str) -> bool {
    let t: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    t.chars().count() >= 2
        && t.chars()
            .all(|c| matches!(c, '-' | '_' | '=' | '*' | '~' | '—' | '–' | '#'))
}

fn line_block(raw: &str, start: usize, end: usize, inline_html: bool) -> Option<Block> {
    let line = &raw[start..end];
    let lead = line.len()
        - line
            .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
            .len();
    let mut pos = start + lead;
    let body = &raw[pos..end];
    if body.trim().is_empty() || is_rule(body) {
        return None;
    }
    let mut role = BlockRole::Paragraph;
    let mut content_end = end;
    // `#` heading.
    let hashes = body.chars().take_while(|c| *c == '#').count();
    if (1..=6).contains(&hashes) && body[hashes..].starts_with([' ', '\t']) {
        role = BlockRole::Heading(hashes as u8);
        pos += hashes;
        // Closing hashes: "## Title ##".
        let trimmed = raw[pos..end].trim_end();
        let without = trimmed.trim_end_matches('#');
        if without.len() < trimmed.len() && without.ends_with([' ', '\t']) {
            content_end = pos + without.len();
        }
    } else if let Some(marker_len) = list_marker_len(body) {
        role = BlockRole::ListItem;
        pos += marker_len;
    }
    let mut text = MappedText::default();
    inline(raw, pos, content_end, inline_html, &mut text);
    text.trim_end();
    if text.is_empty() {
        return None;
    }
    Some(Block {
        text,
        role,
        gap_before: true,
    })
}

/// Length in bytes of a bullet or number marker plus its white space, if `s` starts with one.
fn list_marker_len(s: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    let (_, first) = chars.next()?;
    let after_marker = if matches!(
        first,
        '•' | '-' | '*' | '+' | '·' | '▪' | '●' | '◦' | '‣' | '–'
    ) {
        first.len_utf8()
    } else if first.is_ascii_digit() {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 3 || !matches!(s.as_bytes().get(digits), Some(b'.' | b')')) {
            return None;
        }
        digits + 1
    } else {
        return None;
    };
    let rest = &s[after_marker..];
    let space = rest.len() - rest.trim_start().len();
    if space == 0 || rest.trim().is_empty() {
        return None;
    }
    // "**bold**" or "- " style markers only; "*" must be followed by white space.
    Some(after_marker + space)
}

fn is_punct_or_space(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || (c.is_ascii_punctuation() && c != '*'))
}

/// Clean the inline markup of `raw[start..end]` into `out`.
fn inline(raw: &str, start: usize, end: usize, inline_html: bool, out: &mut MappedText) {
    let s = &raw[start..end];
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let c = rest.chars().next().unwrap_or(' ');
        let at = start + i;
        let prev = s[..i].chars().next_back();
        // Backslash escape of punctuation.
        if c == '\\'
            && let Some(n) = rest[1..]
                .chars()
                .next()
                .filter(|n| n.is_ascii_punctuation())
        {
            out.push(n, at, at + 1 + n.len_utf8());
            i += 1 + n.len_utf8();
            continue;
        }
        // Emphasis runs: "**", "__", "*", "`".
        if rest.starts_with("**") || rest.starts_with("__") || c == '`' || c == '*' {
            let len = if c == '`' || (c == '*' && !rest.starts_with("**")) {
                1
            } else {
                2
            };
            let next = rest[len..].chars().next();
            let opening = is_punct_or_space(prev) && next.is_some_and(|n| !n.is_whitespace());
            let closing = prev.is_some_and(|p| !p.is_whitespace()) && is_punct_or_space(next);
            if opening {
                out.open_markup(at);
                i += len;
                continue;
            }
            if closing {
                out.close_markup(at + len);
                i += len;
                continue;
            }
        }
        // Links and images: "[text](url)", "![alt](url)".
        if c == '[' || rest.starts_with("![") {
            let bracket = if c == '[' { 0 } else { 1 };
            if let Some((text_end, link_end)) = link_extent(rest, bracket) {
                out.open_markup(at);
                inline(raw, at + bracket + 1, at + text_end, inline_html, out);
                out.close_markup(at + link_end);
                i += link_end;
                continue;
            }
        }
        // Autolinks "<https://…>" and inline tags "<b>", "</a>", "<br/>".
        if c == '<'
            && let Some(close) = rest.find('>')
        {
            let inner = &rest[1..close];
            let is_autolink = ["http://", "https://", "mailto:", "www."]
                .iter()
                .any(|p| inner.starts_with(p))
                && !inner.contains(char::is_whitespace);
            let is_tag = inline_html && {
                let t = inner.strip_prefix('/').unwrap_or(inner);
                t.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                    && t.chars().take_while(|c| c.is_ascii_alphanumeric()).count() <= 10
                    && !inner.contains('<')
                    && t.chars().all(|c| c.is_ascii() && c != '\n')
            };
            if is_autolink {
                out.open_markup(at);
                for (k, ch) in inner.char_indices() {
                    out.push(ch, at + 1 + k, at + 1 + k + ch.len_utf8());
                }
                out.close_markup(at + close + 1);
                i += close + 1;
                continue;
            }
            if is_tag {
                if prev.is_some_and(|p| !p.is_whitespace()) {
                    out.close_markup(at + close + 1);
                } else {
                    out.open_markup(at);
                }
                let name: String = inner
                    .trim_start_matches('/')
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect();
                if name.eq_ignore_ascii_case("br") {
                    out.push(' ', at, at + close + 1);
                }
                i += close + 1;
                continue;
            }
        }
        out.push(c, at, at + c.len_utf8());
        i += c.len_utf8();
    }
}

/// For `s` starting with `[` (or `![` with `bracket == 1`): the byte index of the closing
/// `]` and the byte index just past the `)` of the link destination.
fn link_extent(s: &str, bracket: usize) -> Option<(usize, usize)> {
    let inner_start = bracket + 1;
    let mut depth = 0usize;
    let mut text_end = None;
    for (k, ch) in s[inner_start..].char_indices() {
        match ch {
            '[' => depth += 1,
            ']' if depth > 0 => depth -= 1,
            ']' => {
                text_end = Some(inner_start + k);
                break;
            }
            _ => {}
        }
    }
    let text_end = text_end?;
    let after = &s[text_end + 1..];
    if !after.starts_with('(') {
        return None;
    }
    let mut depth = 0usize;
    for (k, ch) in after.char_indices().skip(1) {
        match ch {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            ')' => return Some((text_end, text_end + 1 + k + 1)),
            ' ' if depth == 0 && !after[1..k].trim_start().starts_with('<') => {
                // A title part: `(url "title")` is fine; keep scanning.
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(raw: &str) -> Block {
        let b = blocks(raw, true);
        assert_eq!(b.len(), 1, "{b:?}");
        b.into_iter().next().unwrap()
    }

    #[test]
    fn heading_without_hashes_and_bold() {
        let raw = "### **Stun grenades, tear gas**\n";
        let b = one(raw);
        assert_eq!(b.role, BlockRole::Heading(3));
        assert_eq!(b.clean(), "Stun grenades, tear gas");
        let span = b.text.raw_span_all();
        assert_eq!(&raw[span], "**Stun grenades, tear gas**");
    }

    #[test]
    fn link_text_kept_raw_span_covers_link() {
        let raw = "By [Christopher Rickleton and Evan Gershkovich for AFP](#)";
        let b = one(raw);
        assert_eq!(
            b.clean(),
            "By Christopher Rickleton and Evan Gershkovich for AFP"
        );
        assert_eq!(&raw[b.text.raw_span_all()], raw);
        let raw = "**Related article:** [Kazakhstan Wakes Up](#)";
        let b = one(raw);
        assert_eq!(b.clean(), "Related article: Kazakhstan Wakes Up");
        assert_eq!(&raw[b.text.raw_span_all()], raw);
    }

    #[test]
    fn autolink_becomes_bare_url() {
        let raw = "<https://www.example.com/2022/01/06/story-a75980>";
        let b = one(raw);
        assert_eq!(b.clean(), "https://www.example.com/2022/01/06/story-a75980");
        assert_eq!(&raw[b.text.raw_span_all()], raw);
    }

    #[test]
    fn bullets_and_numbers_are_list_items() {
        let raw = "  • The alliance is sending forces.\n- Second item\n2. Third item\n* Fourth\n";
        let b = blocks(raw, true);
        assert_eq!(b.len(), 4);
        assert!(b.iter().all(|b| b.role == BlockRole::ListItem));
        assert_eq!(b[0].clean(), "The alliance is sending forces.");
        assert_eq!(
            &raw[b[0].text.raw_span_all()],
            "The alliance is sending forces."
        );
        assert_eq!(b[2].clean(), "Third item");
    }

    #[test]
    fn separators_and_blank_lines_are_dropped_crlf_kept_out() {
        let raw = "\u{feff}Title line\r\n\r\n___\r\nBody  text   here.\r\n";
        let b = blocks(raw, true);
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].clean(), "Title line");
        assert_eq!(&raw[b[0].text.raw_span_all()], "Title line");
        assert_eq!(b[1].clean(), "Body text here.");
        assert_eq!(&raw[b[1].text.raw_span_all()], "Body  text   here.");
    }

    #[test]
    fn plain_asterisks_and_underscores_in_words_stay() {
        let b = one("The snake_case name and 5 * 3 stay.");
        assert_eq!(b.clean(), "The snake_case name and 5 * 3 stay.");
    }

    #[test]
    fn front_matter_is_metadata() {
        let raw = "---\ntitle: \"Flood warning\"\ndate: 2021-03-04\n---\n# Flood warning\n\nRivers rose.\n";
        let (end, pairs) = front_matter(raw).unwrap();
        assert_eq!(&raw[end..end + 1], "#");
        assert_eq!(pairs[0], ("title".to_string(), "Flood warning".to_string()));
        let b = blocks(raw, true);
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].clean(), "Flood warning");
        assert!(front_matter("--- not front matter\ntext").is_none());
        assert!(front_matter("---\nnever closed: x\n").is_none());
    }

    #[test]
    fn inline_tags_only_dropped_in_markdown() {
        let raw = "Police said <b>eight</b> <script>x</script> died.";
        assert_eq!(blocks(raw, false)[0].clean(), raw);
        assert_eq!(blocks(raw, true)[0].clean(), "Police said eight x died.");
    }
}
