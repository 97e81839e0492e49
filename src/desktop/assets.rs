//! The desktop assets compiled into the binary (icons, desktop entry, MIME package), so an
//! installed copy of Parallax needs nothing beside it, and the icon decoded for the window.

/// The MIME type of Parallax save files, as declared in [`MIME_PACKAGE_XML`].
pub const SAVE_MIME_TYPE: &str = "application/x-parallax-save";

/// The app icon as scalable SVG (`assets/icons/parallax.svg`).
pub const ICON_SVG: &[u8] = include_bytes!("../../assets/icons/parallax.svg");

/// The desktop entry as committed (`assets/linux/parallax.desktop`); the installer
/// rewrites its `Exec` and `TryExec` lines to the installed binary's absolute path.
pub const DESKTOP_ENTRY_TEMPLATE: &str = include_str!("../../assets/linux/parallax.desktop");

/// The shared-MIME-info package declaring [`SAVE_MIME_TYPE`] (`assets/linux/parallax-mime.xml`).
pub const MIME_PACKAGE_XML: &str = include_str!("../../assets/linux/parallax-mime.xml");

/// The pixel sizes of the bundled PNG icons, smallest first.
pub const ICON_PNG_SIZES: [u32; 7] = [16, 32, 48, 64, 128, 256, 512];

const ICON_PNGS: [&[u8]; 7] = [
    include_bytes!("../../assets/icons/parallax-16.png"),
    include_bytes!("../../assets/icons/parallax-32.png"),
    include_bytes!("../../assets/icons/parallax-48.png"),
    include_bytes!("../../assets/icons/parallax-64.png"),
    include_bytes!("../../assets/icons/parallax-128.png"),
    include_bytes!("../../assets/icons/parallax-256.png"),
    include_bytes!("../../assets/icons/parallax-512.png"),
];

/// The bundled PNG of exactly `size_px` pixels, if there is one (see [`ICON_PNG_SIZES`]).
pub fn icon_png(size_px: u32) -> Option<&'static [u8]> {
    ICON_PNG_SIZES
        .iter()
        .position(|&size| size == size_px)
        .map(|index| ICON_PNGS[index])
}

/// The app icon as straight RGBA8 pixels `(rgba, width, height)`, for the window icon
/// (`egui::IconData { rgba, width, height }`).
///
/// Picks the smallest bundled size at least `size_px` wide (the largest if none is), so
/// the result may be larger than asked; the returned width and height are the truth.
/// Never panics: should the embedded PNG fail to decode, a plain square in the icon's
/// colours is returned instead.
pub fn icon_rgba(size_px: u32) -> (Vec<u8>, u32, u32) {
    let index = ICON_PNG_SIZES
        .iter()
        .position(|&size| size >= size_px)
        .unwrap_or(ICON_PNG_SIZES.len() - 1);
    decode_png_rgba(ICON_PNGS[index]).unwrap_or_else(|_| {
        let side = ICON_PNG_SIZES[index];
        let navy = [0x1a, 0x30, 0x50, 0xff];
        (navy.repeat((side * side) as usize), side, side)
    })
}

/// Decode a PNG into straight RGBA8, whatever its colour type.
fn decode_png_rgba(bytes: &[u8]) -> Result<(Vec<u8>, u32, u32), png::DecodingError> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info()?;
    let buffer_len = reader.output_buffer_size().unwrap_or(0);
    let mut buffer = vec![0; buffer_len];
    let frame = reader.next_frame(&mut buffer)?;
    buffer.truncate(frame.buffer_size());
    let (width, height) = (frame.width, frame.height);
    let rgba = match frame.color_type {
        png::ColorType::Rgba => buffer,
        png::ColorType::Rgb => buffer
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 0xff])
            .collect(),
        png::ColorType::GrayscaleAlpha => buffer
            .chunks_exact(2)
            .flat_map(|p| [p[0], p[0], p[0], p[1]])
            .collect(),
        png::ColorType::Grayscale => buffer.iter().flat_map(|&g| [g, g, g, 0xff]).collect(),
        // normalize_to_color8 expands palettes, so this arm is only a safety net.
        png::ColorType::Indexed => return Err(png::DecodingError::LimitsExceeded),
    };
    Ok((rgba, width, height))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_png_decodes_to_its_size() {
        for size in ICON_PNG_SIZES {
            let (rgba, width, height) =
                decode_png_rgba(icon_png(size).expect("bundled size")).expect("decodes");
            assert_eq!((width, height), (size, size));
            assert_eq!(rgba.len(), (size * size * 4) as usize);
        }
    }

    #[test]
    fn icon_rgba_picks_the_smallest_size_that_fits() {
        assert_eq!(icon_rgba(16).1, 16);
        assert_eq!(icon_rgba(20).1, 32);
        assert_eq!(icon_rgba(4096).1, 512);
        assert_eq!(icon_rgba(0).1, 16);
    }

    #[test]
    fn icon_has_transparent_corners_and_an_opaque_centre() {
        let (rgba, width, _) = icon_rgba(256);
        let alpha_at = |x: u32, y: u32| rgba[((y * width + x) * 4 + 3) as usize];
        assert_eq!(alpha_at(0, 0), 0, "rounded corner is transparent");
        assert_eq!(alpha_at(128, 128), 255, "centre is opaque");
    }

    #[test]
    fn embedded_texts_declare_the_save_type() {
        assert!(MIME_PACKAGE_XML.contains(SAVE_MIME_TYPE));
        assert!(DESKTOP_ENTRY_TEMPLATE.contains(&format!("MimeType={SAVE_MIME_TYPE};")));
        assert!(std::str::from_utf8(ICON_SVG).unwrap().contains("<svg"));
    }
}
