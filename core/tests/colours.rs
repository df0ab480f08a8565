//! Text on a person's colour is readable: at least 4.5:1 (WCAG 2) on every colour a plan
//! can give, the samples' and any other.

mod common;

use common::samples;
use familytime_core::screens::colour::{self, MIN_TEXT_CONTRAST};
use familytime_core::validate;

fn contrast_of_text_on(background: &str) -> f64 {
    let text = colour::text_on(background).unwrap_or_else(|| panic!("{background} is a colour"));
    let luminance = |c: &str| colour::relative_luminance(c).unwrap();
    colour::contrast(luminance(background), luminance(&text))
}

#[test]
fn every_sample_persons_colour_gets_text_of_at_least_4_5_to_1() {
    let mut seen = 0;
    for (name, bytes) in samples() {
        let plan = validate::read_plan(&bytes).unwrap();
        for person in &plan.people {
            let Some(background) = person.picture.as_ref().and_then(|p| p.colour.as_deref()) else { continue };
            let contrast = contrast_of_text_on(background);
            assert!(contrast >= MIN_TEXT_CONTRAST, "{name} {}: {background} gives {contrast:.2}", person.name);
            seen += 1;
        }
    }
    assert!(seen >= 10, "the samples have colours: {seen}");
}

#[test]
fn every_colour_a_plan_can_give_gets_readable_text() {
    // Every eighth level of each channel, and its neighbours where the contrasts with black and
    // white cross (a luminance near 0.18): 32,768 colours plus the hardest ones.
    let levels: Vec<u8> = (0..=255u16).step_by(8).map(|l| l as u8).chain([255, 117, 118, 119, 120]).collect();
    let mut worst = f64::MAX;
    for r in &levels {
        for g in &levels {
            for b in &levels {
                let background = format!("#{r:02X}{g:02X}{b:02X}");
                worst = worst.min(contrast_of_text_on(&background));
            }
        }
    }
    assert!(worst >= MIN_TEXT_CONTRAST, "the hardest colour gives {worst:.3}");
    // The midpoint grey is the hardest case there is: both choices sit just above 4.5.
    assert!(worst < 4.7, "the search reached the hard colours: {worst:.3}");
}

#[test]
fn the_known_contrasts_come_out_right() {
    let lum = |c| colour::relative_luminance(c).unwrap();
    assert!((colour::contrast(lum("#000000"), lum("#FFFFFF")) - 21.0).abs() < 1e-9);
    assert!((colour::contrast(lum("#767676"), lum("#FFFFFF")) - 4.54).abs() < 0.01, "WebAIM's AA grey");
    assert_eq!(colour::text_on("#F4D03F").as_deref(), Some("#000000"), "dark text on yellow");
    assert_eq!(colour::text_on("#34495E").as_deref(), Some("#FFFFFF"), "light text on navy");
    assert_eq!(colour::text_on("blue"), None);
}
