//! The few words khabar itself prints around an article, in the article's language.

/// Labels for one language.
#[derive(Debug, Clone, Copy)]
pub struct Labels {
    pub quotes: &'static str,
    pub read_also: &'static str,
    pub source: &'static str,
    pub unresolved: &'static str,
}

const EN: Labels = Labels {
    quotes: "Quotes",
    read_also: "Read also",
    source: "Source",
    unresolved: "not in the library",
};

/// The labels for a language tag (`ar`, `fa`, `ur`, `he`, anything else English).
pub fn for_language(lang: Option<&str>) -> Labels {
    let primary = lang.unwrap_or("").split(['-', '_']).next().unwrap_or("");
    match primary {
        "ar" => Labels {
            quotes: "اقتباسات",
            read_also: "اقرأ أيضاً",
            source: "المصدر",
            unresolved: "ليس في المكتبة",
        },
        "fa" => Labels {
            quotes: "نقل‌قول‌ها",
            read_also: "بیشتر بخوانید",
            source: "منبع",
            unresolved: "در کتابخانه نیست",
        },
        "ur" => Labels {
            quotes: "اقتباسات",
            read_also: "یہ بھی پڑھیں",
            source: "ماخذ",
            unresolved: "لائبریری میں نہیں",
        },
        "he" => Labels {
            quotes: "ציטוטים",
            read_also: "קראו גם",
            source: "מקור",
            unresolved: "לא בספרייה",
        },
        _ => EN,
    }
}
