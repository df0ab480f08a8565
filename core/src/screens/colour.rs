//! Text on a person's colour: the plan picks the colour, the core picks the text colour
//! that reads on it, by WCAG 2 contrast (at least 4.5:1 for ordinary text).

/// The least contrast ordinary text needs (WCAG 2, level AA).
pub const MIN_TEXT_CONTRAST: f64 = 4.5;

const BLACK: &str = "#000000";
const WHITE: &str = "#FFFFFF";

/// Black or white, whichever reads better on `background` ("#RRGGBB"); `None` for a
/// colour that is not "#RRGGBB" (validation refuses those in a plan).
///
/// One of the two always reaches 4.5:1: the contrasts with black and with white
/// multiply to 21, so the better one is at least √21 ≈ 4.58.
pub fn text_on(background: &str) -> Option<String> {
    let luminance = relative_luminance(background)?;
    let on_black = contrast(luminance, 0.0);
    let on_white = contrast(luminance, 1.0);
    Some(if on_black >= on_white { BLACK } else { WHITE }.to_owned())
}

/// WCAG 2 relative luminance of "#RRGGBB", from 0 (black) to 1 (white).
pub fn relative_luminance(colour: &str) -> Option<f64> {
    let hex = colour.strip_prefix('#').filter(|h| h.len() == 6 && h.is_ascii())?;
    let channel = |i: usize| {
        let value = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).ok()?) / 255.0;
        Some(if value <= 0.04045 { value / 12.92 } else { ((value + 0.055) / 1.055).powf(2.4) })
    };
    Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
}

/// The contrast ratio of two relative luminances, from 1 to 21.
pub fn contrast(a: f64, b: f64) -> f64 {
    let (light, dark) = if a > b { (a, b) } else { (b, a) };
    (light + 0.05) / (dark + 0.05)
}
