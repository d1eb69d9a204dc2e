//! The `khabar` binary on good and bad input: one clear line naming the file and the problem,
//! a non-zero exit where nothing can be shown, never a panic.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn khabar(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .output()
        .expect("runs khabar")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn seed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/000_2a3d9ced42edd8a0.txt")
}

/// Asserts a failed run with exactly one error line that names `path` and says `problem`.
fn assert_fails_with(o: &Output, path: &Path, problem: &str) {
    let err = stderr(o);
    assert!(!o.status.success(), "should fail: {err}");
    assert_ne!(o.status.code(), Some(101), "panicked: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(
        err.contains(&path.display().to_string()),
        "names the file: {err}"
    );
    assert!(err.contains(problem), "says {problem:?}: {err}");
}

#[test]
fn dump_json_of_the_seed() {
    let o = khabar(&["dump", "--json", seed().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(
        v["headline"],
        "التعاون بين روسيا والصين.. محور محادثات بوتين ونظيره الصيني"
    );
    assert_eq!(v["source"], "وكالات + الشرق");
    assert_eq!(v["direction"], "rtl");
    assert_eq!(v["quotes"].as_array().unwrap().len(), 9);
    assert_eq!(v["paragraphs"].as_array().unwrap().len(), 6);
    assert_eq!(v["subheadings"][0], "التعاون بين روسيا والصين..");
    assert_eq!(
        v["links"][0]["text"],
        "روسيا والصين قوّة اقتصادية أمام الدولار"
    );
    assert!(
        v["links"][0]["target"]
            .as_str()
            .unwrap()
            .ends_with("assets/001_russia_china_dollar.txt")
    );
    assert!(
        v["footer"][0]
            .as_str()
            .unwrap()
            .starts_with("تابع المزيد من الأخبار")
    );
}

#[test]
fn dump_json_of_several_is_an_array() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let o = khabar(&["dump", "--json", dir.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert!(v.as_array().unwrap().len() >= 7);
}

#[test]
fn dump_text_shows_the_article_in_visual_order() {
    let o = khabar(&[
        "dump",
        "--shape",
        "off",
        "--width",
        "80",
        seed().to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    // Reversed by hand and read right to left: "التعاون بين روسيا والصين.. محور محادثات
    // بوتين ونظيره الصيني", right-aligned in 80 columns.
    let headline = "ينيصلا هريظنو نيتوب تاثداحم روحم ..نيصلاو ايسور نيب نواعتلا";
    assert_eq!(lines[0].trim_start(), headline);
    assert_eq!(
        lines[0].chars().count(),
        80,
        "right-aligned: {:?}",
        lines[0]
    );
    // "المصدر: وكالات + الشرق" (the + stays between the two Arabic words).
    assert_eq!(lines[1].trim_start(), "قرشلا + تالاكو :ردصملا");
    // The read-also title; the shadda stays after its waw (ةوّق, not ةّوق).
    assert!(
        out.contains("رالودلا مامأ ةيداصتقا ةوّق نيصلاو ايسور [1]"),
        "{out}"
    );
    assert!(out.contains("→ "), "the resolved target is shown: {out}");
}

#[test]
fn help_and_version() {
    let o = khabar(&["--help"]);
    assert!(o.status.success());
    let help = String::from_utf8_lossy(&o.stdout);
    assert!(help.contains("dump") && help.contains("layout"), "{help}");
    let o = khabar(&["--version"]);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).trim(),
        format!("khabar {}", env!("CARGO_PKG_VERSION"))
    );
    let o = khabar(&["dump", "--help"]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("--json"));
}

#[test]
fn missing_file() {
    let p = Path::new("/nonexistent/خبر.txt");
    assert_fails_with(&khabar(&["dump", p.to_str().unwrap()]), p, "no such file");
}

#[test]
fn folder_with_no_articles() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("image.png"), b"\x89PNG").unwrap();
    assert_fails_with(
        &khabar(&["dump", d.path().to_str().unwrap()]),
        d.path(),
        "no articles",
    );
}

#[test]
fn empty_file() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("empty.txt");
    std::fs::write(&p, " \n\n \t\n").unwrap();
    assert_fails_with(&khabar(&["dump", p.to_str().unwrap()]), &p, "empty");
}

#[test]
fn binary_file() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("photo.txt");
    let bytes: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 256) as u8).collect();
    std::fs::write(&p, bytes).unwrap();
    assert_fails_with(&khabar(&["dump", p.to_str().unwrap()]), &p, "binary");
}

#[test]
fn invalid_utf8_is_decoded_lossily_and_said_once() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("latin1.txt");
    std::fs::write(&p, b"Caf\xe9 news\n\nIt was \xe9t\xe9 and \xff warm.\n").unwrap();
    let o = khabar(&["dump", "--json", p.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("latin1.txt") && err.contains("invalid UTF-8"),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["headline"], "Caf\u{FFFD} news");
}

#[test]
fn one_line_of_fifty_megabytes() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("long.txt");
    std::fs::write(&p, "خبر ".repeat(50 * 1024 * 1024 / 7)).unwrap();
    assert_fails_with(&khabar(&["dump", p.to_str().unwrap()]), &p, "line 1 is");
}

#[test]
fn json_with_wrong_types() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("bad.json");
    std::fs::write(
        &p,
        "{\n  \"headline\": \"عنوان\",\n  \"paragraphs\": \"not a list\"\n}\n",
    )
    .unwrap();
    let o = khabar(&["dump", p.to_str().unwrap()]);
    assert_fails_with(&o, &p, "invalid JSON article");
    assert!(stderr(&o).contains("line 3"), "{}", stderr(&o));
}

#[test]
fn one_bad_file_in_a_folder_is_reported_and_skipped() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("a.txt"), "عنوان أول\n\nنص الخبر.\n").unwrap();
    std::fs::write(d.path().join("b.json"), "{ broken").unwrap();
    std::fs::write(d.path().join("c.txt"), "Second title\n\nBody.\n").unwrap();
    let o = khabar(&["dump", "--json", d.path().to_str().unwrap()]);
    let err = stderr(&o);
    assert!(
        err.contains("b.json") && err.contains("invalid JSON"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
}

#[test]
fn a_bad_named_file_beside_a_good_one_prints_the_good_and_fails() {
    let p = Path::new("/nonexistent/x.txt");
    let o = khabar(&[
        "dump",
        "--json",
        seed().to_str().unwrap(),
        p.to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("/nonexistent/x.txt"));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["source"], "وكالات + الشرق");
}

#[test]
fn dump_needs_a_path() {
    let o = khabar(&["dump"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("PATHS"), "{}", stderr(&o));
}

#[test]
fn dump_search_counts_and_marks_matches() {
    let seed = seed();
    let o = khabar(&[
        "dump",
        "--shape",
        "off",
        "--width",
        "60",
        "--search",
        "الصين",
        seed.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    // 17: counted with a plain substring count over the headline, the sub-heading, the six
    // paragraphs and the read-also title (the footer and source line are not searched).
    assert_eq!(lines[0], "17 matches");
    // The headline, then a line of carets under "الصين" of "الصيني" and of "والصين".
    assert_eq!(
        lines[1],
        " ينيصلا هريظنو نيتوب تاثداحم روحم ..نيصلاو ايسور نيب نواعتلا"
    );
    assert_eq!(lines[2], "  ^^^^^                             ^^^^^");
    // Arabic-Indic digits find the Latin digits of the seed, once.
    let o = khabar(&["dump", "--search", "٢٠٢٤", seed.to_str().unwrap()]);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).lines().next(),
        Some("1 match")
    );
    // The seed writes المسلّحة with a shadda: folded search finds it, exact search does not.
    let o = khabar(&["dump", "--search", "المسلحة", seed.to_str().unwrap()]);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).lines().next(),
        Some("1 match")
    );
    let o = khabar(&[
        "dump",
        "--exact",
        "--search",
        "المسلحة",
        seed.to_str().unwrap(),
    ]);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).lines().next(),
        Some("0 matches")
    );
    let o = khabar(&["dump", "--search", "re:(", seed.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("not a valid regular expression (unclosed group)"),
        "{}",
        stderr(&o)
    );
}
