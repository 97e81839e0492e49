//! The colours of the statuses, as RGB, for the light and the dark theme: the workbench
//! turns them into egui colours, the HTML report into CSS.
//!
//! Corroborated text is shaded blue, deeper the more sources agree; conflicts are
//! vermilion (a pair that stays apart for the common forms of colour blindness, and
//! conflicts also carry a "≠" mark); unique statements are plain; boilerplate is grey.

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, for CSS.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// The colour `t` (0 to 1) of the way from `self` to `to`.
    pub fn mix(self, to: Rgb, t: f32) -> Rgb {
        let t = t.clamp(0.0, 1.0);
        let mix = |x: u8, y: u8| (x as f32 + (y as f32 - x as f32) * t).round() as u8;
        Rgb(mix(self.0, to.0), mix(self.1, to.1), mix(self.2, to.2))
    }
}

/// The status colours of one theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// Background of a statement one other source corroborates...
    pub corroborated_faint: Rgb,
    /// ... and of one every other source corroborates.
    pub corroborated_deep: Rgb,
    /// Edge and text accent of corroborated statements.
    pub corroborated_accent: Rgb,
    /// Background of a statement in a conflict.
    pub conflict_background: Rgb,
    /// Edge and text accent of conflicts.
    pub conflict_accent: Rgb,
    /// Text colour of boilerplate (shown in italics).
    pub boilerplate_text: Rgb,
    /// Word-difference backgrounds: words only in the first statement, only in the second.
    /// Apart from the conflict and corroborated backgrounds they sit on.
    pub diff_removed: Rgb,
    pub diff_added: Rgb,
}

/// The light theme's colours (also the reports').
pub const LIGHT: Palette = Palette {
    corroborated_faint: Rgb(232, 241, 251),
    corroborated_deep: Rgb(160, 199, 240),
    corroborated_accent: Rgb(0x00, 0x72, 0xb2),
    conflict_background: Rgb(0xfd, 0xde, 0xc8),
    conflict_accent: Rgb(0xd5, 0x5e, 0x00),
    boilerplate_text: Rgb(0x8a, 0x8f, 0x98),
    diff_removed: Rgb(255, 175, 175),
    diff_added: Rgb(175, 235, 185),
};

/// The dark theme's colours.
pub const DARK: Palette = Palette {
    corroborated_faint: Rgb(30, 45, 64),
    corroborated_deep: Rgb(28, 78, 138),
    corroborated_accent: Rgb(96, 160, 235),
    conflict_background: Rgb(92, 44, 22),
    conflict_accent: Rgb(245, 130, 60),
    boilerplate_text: Rgb(0x8a, 0x8f, 0x98),
    diff_removed: Rgb(150, 40, 40),
    diff_added: Rgb(30, 110, 60),
};

impl Palette {
    /// The palette of the dark theme when `dark`, else of the light one.
    pub fn of_theme(dark: bool) -> &'static Palette {
        if dark { &DARK } else { &LIGHT }
    }

    /// Background of a statement stated by `sources` of `total_sources` sources (itself
    /// included): from [`Palette::corroborated_faint`] (one other source agrees) to
    /// [`Palette::corroborated_deep`] (all others agree).
    pub fn corroborated_background(&self, sources: usize, total_sources: usize) -> Rgb {
        let agreeing = sources.saturating_sub(1).max(1);
        let max_agreeing = total_sources.saturating_sub(1).max(1);
        let t = if max_agreeing <= 1 {
            1.0
        } else {
            (agreeing - 1) as f32 / (max_agreeing - 1) as f32
        };
        self.corroborated_faint.mix(self.corroborated_deep, t)
    }
}
