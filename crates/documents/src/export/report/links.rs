//! Links as every printer shows them: only `http:` and `https:` URLs are links, and Unicode's
//! bidi controls in a URL or a link text are made visible, so a link cannot read as another.

/// True for an absolute `http://` or `https://` URL (case-insensitive scheme) without
/// white space or control characters.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    let rest = if let Some(r) = lower.strip_prefix("https://") {
        r
    } else if let Some(r) = lower.strip_prefix("http://") {
        r
    } else {
        return false;
    };
    !rest.is_empty()
        && url.trim_start() == url
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Unicode's bidi controls (the Bidi_Control property: U+061C, U+200E, U+200F,
/// U+202A–U+202E, U+2066–U+2069): invisible, they reorder the text around them, so a URL
/// or link text holding one can read as another (`\u{202e}fdp.exe` shows as `exe.pdf`).
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// A URL to link to or to show, with every bidi control percent-encoded (`%E2%80%AE`):
/// visible, and the same address to a browser.
pub fn shown_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if is_bidi_control(c) {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Link text with every bidi control shown as its code point (`<U+202E>`), before the
/// printer escapes it.
pub fn shown_link_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_bidi_control(c) {
            out.push_str(&format!("<U+{:04X}>", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_urls_are_only_http_and_https() {
        assert!(is_web_url("https://example.org/a?b=c"));
        assert!(is_web_url("HTTP://example.org"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url(" javascript:alert(1)"));
        assert!(!is_web_url("https://"));
        assert!(!is_web_url("data:text/html,<script>"));
        assert!(!is_web_url("https://exa mple.org"));
        assert!(!is_web_url("/relative/path"));
    }
}
