use super::*;

#[test]
fn colours_round_trip() {
    for c in ["yellow", "#ff8000", "reset", "darkgray", "lightblue", "42"] {
        assert_eq!(color_name(parse_color(c).unwrap()), c);
    }
    assert_eq!(parse_color("nope"), None);
    let p = Palette::default();
    for n in COLOR_NAMES {
        assert!(p.get(n).is_some(), "{n}");
    }
}

#[test]
fn no_color_keeps_modifiers() {
    let t = Theme::new(&Palette::default(), true);
    let q = t.cell(StyleFlags::QUOTE);
    assert_eq!(q.fg, None);
    assert!(q.add_modifier.contains(Modifier::BOLD));
    assert!(
        t.cell(StyleFlags::LINK)
            .add_modifier
            .contains(Modifier::UNDERLINED)
    );
    assert_ne!(t.cell(StyleFlags::QUOTE), t.cell(StyleFlags::empty()));
    assert!(t.link_focus.add_modifier.contains(Modifier::REVERSED));
    assert_eq!(t.link_focus.fg, None);
}

#[test]
fn quotes_are_not_italic_unless_the_theme_asks() {
    let t = Theme::default();
    let q = t.cell(StyleFlags::QUOTE);
    assert!(!q.add_modifier.contains(Modifier::ITALIC));
    assert_eq!(q.fg, Some(Palette::default().quote));
    for (name, m) in [
        ("underline", Modifier::UNDERLINED),
        ("italic", Modifier::ITALIC),
    ] {
        let p = Palette {
            quote_style: QuoteStyle::parse(name).unwrap(),
            ..Palette::default()
        };
        let q = Theme::new(&p, false).cell(StyleFlags::QUOTE);
        assert!(q.add_modifier.contains(m), "{name}");
    }
}

#[test]
fn markdown_emphasis_and_code_have_a_style() {
    let t = Theme::default();
    assert!(
        t.cell(StyleFlags::EMPHASIS)
            .add_modifier
            .contains(Modifier::UNDERLINED)
    );
    assert!(
        !t.cell(StyleFlags::EMPHASIS)
            .add_modifier
            .contains(Modifier::ITALIC)
    );
    assert_eq!(t.cell(StyleFlags::CODE).fg, t.heading.fg);
    assert_ne!(t.cell(StyleFlags::CODE), t.cell(StyleFlags::default()));
}

#[test]
fn every_flag_combination_is_cached() {
    // Markdown's emphasis and code (the highest flags) were computed again for every
    // cell: the cache stopped at MARK.
    for t in [Theme::default(), Theme::new(&Palette::default(), true)] {
        let all = StyleFlags::HIGHEST.0 | (StyleFlags::HIGHEST.0 - 1);
        for f in [
            StyleFlags::EMPHASIS,
            StyleFlags::CODE | StyleFlags::QUOTE,
            StyleFlags(all),
        ] {
            let cached = t.cells.get(usize::from(f.0));
            assert_eq!(cached, Some(&t.compute_cell(f)), "{f:?}");
        }
    }
}
