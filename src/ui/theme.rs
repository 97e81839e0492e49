//! Colours of statement statuses (light and dark), text sizes, and the legend that explains
//! the colours.
//!
//! Corroborated is blue and conflicting is vermilion: a pair that stays apart for the common
//! forms of colour blindness. Status is never told by colour alone: conflicts carry a "≠"
//! mark and every statement's tooltip names its status.
//!
//! Text drawn on a coloured background (verdict chips, word-diff marks) takes its colour
//! from [`readable_text_on`], and the tests check every such pair against WCAG AA (4.5:1).

use egui::{Color32, Ui};

use parallax_documents::present::{Palette, Rgb};

use crate::ui::index::StatementStatus;

/// Colours for one statement block.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StatusStyle {
    pub fill: Color32,
    /// Thin bar on the left edge of the block.
    pub stripe: Color32,
    pub text: Color32,
    pub italic: bool,
}

/// A palette colour as egui's.
pub fn color(rgb: Rgb) -> Color32 {
    Color32::from_rgb(rgb.0, rgb.1, rgb.2)
}

/// Fill of a corroborated statement: deeper as more sources agree (`agreeing` of at most
/// `max_agreeing` other sources), as in the reports.
pub fn corroborated_fill(dark: bool, agreeing: usize, max_agreeing: usize) -> Color32 {
    color(Palette::of_theme(dark).corroborated_background(agreeing + 1, max_agreeing + 1))
}

pub fn corroborated_stripe(dark: bool) -> Color32 {
    color(Palette::of_theme(dark).corroborated_accent)
}

pub fn conflict_fill(dark: bool) -> Color32 {
    color(Palette::of_theme(dark).conflict_background)
}

pub fn conflict_stripe(dark: bool) -> Color32 {
    color(Palette::of_theme(dark).conflict_accent)
}

/// WCAG relative luminance of an sRGB colour (alpha ignored), `0..=1`.
pub fn relative_luminance(c: Color32) -> f32 {
    let channel = |v: u8| {
        let v = v as f32 / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

/// WCAG contrast ratio of two colours, `1..=21`.
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Dark text for chips and marks, the same as the HTML report's.
pub const DARK_TEXT: Color32 = Color32::from_rgb(0x1d, 0x23, 0x29);

/// Dark or white text, whichever reads better on `background`.
pub fn readable_text_on(background: Color32) -> Color32 {
    if contrast_ratio(DARK_TEXT, background) >= contrast_ratio(Color32::WHITE, background) {
        DARK_TEXT
    } else {
        Color32::WHITE
    }
}

/// The theme's text colour if it reads at 4.5:1 on `fill` (on the panel when `fill` is
/// transparent), else its strong text colour, else dark or white text.
pub fn text_on_fill(visuals: &egui::Visuals, fill: Color32) -> Color32 {
    let background = if fill.a() == 0 {
        visuals.panel_fill
    } else {
        fill
    };
    [visuals.text_color(), visuals.strong_text_color()]
        .into_iter()
        .find(|c| contrast_ratio(*c, background) >= 4.5)
        .unwrap_or_else(|| readable_text_on(background))
}

/// Background of a search match; `current` for the one next / previous moved to.
pub fn search_hit_fill(dark: bool, current: bool) -> Color32 {
    match (dark, current) {
        (false, false) => Color32::from_rgb(255, 236, 120),
        (false, true) => Color32::from_rgb(255, 190, 40),
        (true, false) => Color32::from_rgb(110, 95, 20),
        (true, true) => Color32::from_rgb(175, 120, 0),
    }
}

/// Colours of word-diff pieces: (removed, added) backgrounds. Apart from the conflict and
/// corroborated card fills they sit on; strong text reads at 4.5:1 on both (see the tests).
pub fn diff_fills(dark: bool) -> (Color32, Color32) {
    let palette = Palette::of_theme(dark);
    (color(palette.diff_removed), color(palette.diff_added))
}

/// The block style of a statement.
pub fn status_style(
    visuals: &egui::Visuals,
    status: StatementStatus,
    agreeing: usize,
    max_agreeing: usize,
) -> StatusStyle {
    let dark = visuals.dark_mode;
    let text = visuals.text_color();
    match status {
        StatementStatus::Conflict => StatusStyle {
            fill: conflict_fill(dark),
            stripe: conflict_stripe(dark),
            text,
            italic: false,
        },
        StatementStatus::Corroborated { .. } => StatusStyle {
            fill: corroborated_fill(dark, agreeing, max_agreeing),
            stripe: corroborated_stripe(dark),
            text,
            italic: false,
        },
        StatementStatus::Unique => StatusStyle {
            fill: Color32::TRANSPARENT,
            stripe: visuals.widgets.noninteractive.bg_stroke.color,
            text,
            italic: false,
        },
        StatementStatus::Boilerplate => StatusStyle {
            fill: Color32::TRANSPARENT,
            stripe: Color32::TRANSPARENT,
            text: visuals.weak_text_color(),
            italic: true,
        },
    }
}

fn swatch(ui: &mut Ui, fill: Color32, stripe: Color32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(22.0, 14.0), egui::Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 2.0, fill);
    painter.rect_stroke(
        rect,
        2.0,
        egui::Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
        egui::StrokeKind::Inside,
    );
    let bar = egui::Rect::from_min_size(rect.min, egui::vec2(3.0, rect.height()));
    painter.rect_filled(bar, 0.0, stripe);
}

/// One line explaining every highlight colour; `max_agreeing` is the number of sources minus
/// one. The search-match swatch shows only while searching (so the line fits at 1366 px).
pub fn legend_ui(ui: &mut Ui, max_agreeing: usize, search_open: bool) {
    let dark = ui.visuals().dark_mode;
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        let max_agreeing = max_agreeing.max(1);
        for n in 1..=max_agreeing.min(4) {
            let agreeing = if max_agreeing <= 4 {
                n
            } else {
                1 + (n - 1) * (max_agreeing - 1) / 3
            };
            swatch(
                ui,
                corroborated_fill(dark, agreeing, max_agreeing),
                corroborated_stripe(dark),
            );
        }
        let text = if max_agreeing == 1 {
            "corroborated by 1 other".to_string()
        } else {
            format!("corroborated by 1 to {max_agreeing} others")
        };
        ui.label(text)
            .on_hover_text("Other sources report the same fact and none disagrees. The deeper the blue, the more sources agree.");
        ui.add_space(10.0);
        swatch(ui, conflict_fill(dark), conflict_stripe(dark));
        ui.label("≠ conflicting").on_hover_text(
            "At least one other source reports this fact differently (a number, date, name, quote or status).",
        );
        ui.add_space(10.0);
        swatch(
            ui,
            Color32::TRANSPARENT,
            ui.visuals().widgets.noninteractive.bg_stroke.color,
        );
        ui.label("unique").on_hover_text("Only this source reports it.");
        ui.add_space(10.0);
        ui.label(
            egui::RichText::new("boilerplate")
                .italics()
                .color(ui.visuals().weak_text_color()),
        )
        .on_hover_text("Captions, by-lines, links and other text that is not part of the story; never compared.");
        if search_open {
            ui.add_space(10.0);
            swatch(ui, search_hit_fill(dark, false), search_hit_fill(dark, true));
            ui.label("search match");
        }
    });
}

/// Scale every text style of both themes to `scale` × egui's default size.
pub fn apply_text_scale(ctx: &egui::Context, scale: f32) {
    let defaults = egui::style::default_text_styles();
    ctx.all_styles_mut(|style| {
        for (text_style, font) in style.text_styles.iter_mut() {
            if let Some(default) = defaults.get(text_style) {
                font.size = (default.size * scale).round().max(6.0);
            }
        }
    });
}

/// Colour of a conflict severity badge.
pub fn severity_color(dark: bool, hard: bool) -> Color32 {
    if hard {
        conflict_text(dark)
    } else if dark {
        Color32::from_rgb(220, 180, 90)
    } else {
        Color32::from_rgb(140, 100, 0)
    }
}

/// The conflict colour for text: the stripe's vermilion, a little darker (light theme) or
/// lighter (dark theme) so it reads at 4.5:1 on the panel and on a selected conflict.
pub fn conflict_text(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(250, 140, 75)
    } else {
        Color32::from_rgb(170, 70, 0)
    }
}

/// System fonts that cover more scripts and symbols than egui's built-in font. Those present
/// are added as fallbacks, so that article text in other scripts does not show as boxes.
const FALLBACK_FONT_PATHS: &[&str] = &[
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "C:\\Windows\\Fonts\\segoeui.ttf",
    "C:\\Windows\\Fonts\\seguisym.ttf",
];

/// Add the fallback fonts found on this machine (a missing font is skipped silently).
pub fn install_fallback_fonts(ctx: &egui::Context) {
    for path in FALLBACK_FONT_PATHS {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        crate::ui::fonts::add_fallback_font(ctx, path, bytes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::panels::annotation_editor_ui::verdict_color;
    use parallax_documents::annotate::Verdict;

    const AA: f32 = 4.5;

    #[test]
    fn contrast_ratio_matches_wcag_reference_values() {
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast_ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-6);
        // #767676 on white is the classic 4.54:1 grey.
        let grey = Color32::from_rgb(0x76, 0x76, 0x76);
        assert!((contrast_ratio(grey, Color32::WHITE) - 4.54).abs() < 0.01);
    }

    #[test]
    fn every_verdict_chip_and_selected_verdict_meets_aa_in_both_themes() {
        // The chip and the selected verdict button are filled with the verdict's colour in
        // both themes, with the text colour chosen for it.
        for v in Verdict::ALL {
            let fill = verdict_color(v);
            let ratio = contrast_ratio(readable_text_on(fill), fill);
            assert!(ratio >= AA, "{}: {ratio:.2}:1", v.label());
        }
        // White text, as before, fails on the light verdicts: the test can tell.
        assert!(contrast_ratio(Color32::WHITE, verdict_color(Verdict::Mixed)) < AA);
    }

    #[test]
    fn word_diff_marks_and_severity_words_meet_aa_in_both_themes() {
        for dark in [false, true] {
            let visuals = if dark {
                egui::Visuals::dark()
            } else {
                egui::Visuals::light()
            };
            let (removed, added) = diff_fills(dark);
            for fill in [removed, added] {
                let ratio = contrast_ratio(visuals.strong_text_color(), fill);
                assert!(ratio >= AA, "diff mark, dark={dark}: {ratio:.2}:1");
            }
            for hard in [true, false] {
                let ratio = contrast_ratio(severity_color(dark, hard), visuals.panel_fill);
                assert!(
                    ratio >= AA,
                    "severity hard={hard}, dark={dark}: {ratio:.2}:1"
                );
            }
            let ratio = contrast_ratio(conflict_text(dark), visuals.panel_fill);
            assert!(ratio >= AA, "conflict text, dark={dark}: {ratio:.2}:1");
        }
    }
}
