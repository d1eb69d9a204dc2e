//! The README's folding table is what the search does: every "`Q` finds `T`" and every
//! "`A`, `B`, `C` find one another" of the table is searched in its row's mode (and a
//! normal-mode example also in loose mode, which folds more).

use khabar::search::{Folding, Query};

fn table() -> Vec<(Folding, String)> {
    let readme = include_str!("../../README.md");
    let at = readme.find("## Folding").expect("a Folding section");
    readme[at..]
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .filter_map(|row| {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            let mode = match cells.get(2).copied() {
                Some("normal") => Folding::Normal,
                Some("loose") => Folding::Loose,
                _ => return None,
            };
            Some(
                cells[3..]
                    .iter()
                    .map(move |c| (mode, c.to_string()))
                    .collect::<Vec<_>>(),
            )
        })
        .flatten()
        .collect()
}

/// The backquoted words of `cell`, split at `finds` / `find one another`: (queries, texts).
fn examples(cell: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let ticks = |s: &str| -> Vec<String> {
        s.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    let mut out = Vec::new();
    for part in cell.split(", ").filter(|p| p.contains('`')) {
        if let Some((q, t)) = part.split_once(" finds ") {
            out.push((ticks(q), ticks(t)));
        } else if part.contains("find one another") {
            out.push((ticks(part), ticks(part)));
        }
    }
    out
}

#[test]
fn every_example_of_the_folding_table_is_found() {
    let mut checked = 0;
    for (mode, cell) in table() {
        for (queries, texts) in examples(&cell) {
            for q in &queries {
                for t in &texts {
                    let modes: &[Folding] = match mode {
                        Folding::Normal => &[Folding::Normal, Folding::Loose],
                        _ => &[mode],
                    };
                    for &m in modes {
                        let found = Query::new(q, m).unwrap().find_all(t);
                        let whole = std::iter::once(0..t.len()).collect::<Vec<_>>();
                        assert_eq!(found, whole, "{q} in {t} ({m:?})");
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 40, "only {checked} examples read from the README");
}
