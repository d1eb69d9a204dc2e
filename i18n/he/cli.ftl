# שורת הפקודה של khabar בעברית: ‎--help‎ ושגיאות השימוש של clap (src/cli/lang.rs).
cli-about = קורא חדשות למסוף שמציג ערבית, פרסית ועברית מימין לשמאל
cli-long-about =
    עם khabar (خبر, "חדשות" בערבית) קוראים כתבות במסוף, וטקסט מימין לשמאל מוצג בסדר החזותי הנכון.

    בלי PATH נפתחים המינויים שלך (khabar add URL), ואם אין כאלה, הכתבות שמצורפות לתוכנה.
cli-arg-add-name = שם שיוצג במקום הכותרת של הפיד עצמו
cli-arg-add-url = כתובת הפיד (http או https)
cli-arg-bidi = איך נכתב טקסט מימין לשמאל: `explicit` (סדר חזותי; המסוף מתבקש לא לסדר מחדש), `terminal` (סדר לוגי בכל שורה ממוקמת, למסופים שמסדרים מחדש בעצמם), `runs` (סדר חזותי של הרצפים, כל רצף מימין לשמאל בסדר לוגי, למסופים שמסדרים מחדש בכיוון בסיס משמאל לימין: Konsole), `auto` (הקורא מזהה בעצמו; `khabar doctor` מראה מה נמצא). `on` הוא explicit, `off` הוא terminal [ברירת מחדל: auto בקורא, explicit בפלט]
cli-arg-completions-shell = המעטפת
cli-arg-config = קובץ הגדרות שייקרא במקום קובץ ברירת המחדל (ראו `khabar config`)
cli-arg-config-print = הדפסת ההגדרות בפועל (ברירות המחדל עם מה שבקובץ) בתור TOML
cli-arg-db = מסד הנתונים של המינויים, הפריטים והכתבות השמורות [ברירת מחדל: khabar.db בתיקיית הנתונים; `khabar feeds --where` מדפיס את מיקומו]
cli-arg-dump-exact = חיפוש בלי קיפול (ניקוד, צורות אותיות, ספרות ואותיות רישיות חייבים להתאים)
cli-arg-dump-json = הדפסת מודל הכתבה בתור JSON (אובייקט לכתבה אחת, מערך לכמה כתבות)
cli-arg-dump-loose = חיפוש שמקפל גם את כיסאות ההמזה (ؤ ← و, ئ ← ي)
cli-arg-dump-paths = קובצי כתבות או תיקיות, כתבות `bundled:` או כתובות אינטרנט
cli-arg-dump-search = הדפסת מספר ההתאמות, ואחריו כל שורה פרוסה שיש בה התאמה, מסומנת ב־`^` מתחתיה (`re:` פותח ביטוי רגולרי)
cli-arg-dump-width = רוחב הטקסט בעמודות
cli-arg-export-file = כתיבה לקובץ הזה במקום לפלט התקני
cli-arg-feeds-where = הדפסת מיקום מסד הנתונים בלבד
cli-arg-import-file = קובץ ה־OPML
cli-arg-layout-file = קובץ הקלט; `-` או כלום קוראים מהקלט התקני
cli-arg-layout-isolate-addresses = פריסת כתובות אינטרנט ודואר כיחידה אחת משמאל לימין, שנשברת רק אחרי `/ ? & .` (כמו בקורא וב־`dump`); בלי הדגל: UAX #9 פשוט, שאפשר להשוות ל־FriBidi
cli-arg-layout-no-pad = לא לרפד ברווחים מובילים שורות שמיושרות לימין
cli-arg-layout-width = רוחב שורה בעמודות
cli-arg-paths = קובצי כתבות או תיקיות לפתיחה (קובץ מביא איתו את התיקייה שלו כספרייה), כתובות אינטרנט (http, https: דף כתבה או פיד), `bundled:` (הכתבות המצורפות) או `bundled:NAME`
cli-arg-remove-feed = הפיד: המספר שלו ב־`khabar feeds`, הכתובת שלו או השם שלו
cli-arg-search-exact = חיפוש בלי קיפול (ניקוד, צורות אותיות, ספרות ואותיות רישיות חייבים להתאים)
cli-arg-search-feed = רק בפיד הזה (מספר, כתובת או שם)
cli-arg-search-json = הדפסת התוצאות בתור JSON
cli-arg-search-limit = לכל היותר מספר כזה של תוצאות (0: כולן)
cli-arg-search-loose = חיפוש שמקפל גם את כיסאות ההמזה ואת האותיות הסופיות בעברית
cli-arg-search-query = מה לחפש (`re:` פותח ביטוי רגולרי)
cli-arg-search-rank = סדר התוצאות
cli-arg-search-rank-date = החדשות ביותר קודם
cli-arg-search-rank-relevance = ההתאמה הטובה ביותר קודם (bm25 של FTS5)
cli-arg-search-since = רק פריטים מהתאריך הזה (YYYY-MM-DD) או ממספר כזה של ימים אחורה (7d)
cli-arg-search-unread = רק פריטים שלא נקראו
cli-arg-shape = עיצוב האותיות הערביות לצורות התצוגה, למסופים שלא עושים זאת בעצמם [ברירת מחדל: on]
cli-arg-update-feeds = רק הפידים האלה (מספר, כתובת או שם); כברירת מחדל כולם
cli-arg-update-jobs = כמה פידים נמשכים בבת אחת
cli-arg-update-timeout = מגבלת הזמן לפיד אחד, בשניות (ההתחברות, התשובה וגוף התשובה)
cli-arg-vacuum-include-unread = למחוק גם פריטים שלא נקראו (השמורים נשארים תמיד)
cli-arg-vacuum-keep-days = לשמור פריטים שחדשים ממספר כזה של ימים [ברירת מחדל: `[store] keep_days`]
cli-arg-vacuum-keep-items = לשמור לכל היותר מספר כזה של פריטים לכל פיד [ברירת מחדל: `[store] keep_items`]
cli-cmd-add = הרשמה לפיד (RSS, Atom או JSON Feed); הפקודה `khabar update` מושכת אותו
cli-cmd-completions = הדפסת השלמות המעטפת של khabar עבור SHELL (bash, zsh, fish, elvish, powershell)
cli-cmd-config = הצגת המקום שממנו נקרא קובץ ההגדרות; `--print` מדפיס את ההגדרות בפועל
cli-cmd-doctor = איך המסוף הזה מטפל בטקסט מימין לשמאל, איזה מצב כיווניות נבחר ולמה
cli-cmd-dump = הדפסת כתבות כטקסט פשוט (פרוס) או בתור JSON
cli-cmd-export = הדפסת המינויים בתור OPML 2.0 (או כתיבתם ל־FILE)
cli-cmd-feeds = רשימת המינויים: מספר, שם, פריטים שלא נקראו ופריטים שמורים, כתובת, הבעיה האחרונה
cli-cmd-help = הדפסת העזרה הזאת או העזרה של פקודת המשנה שצוינה
cli-cmd-import = הרשמה לכל הפידים שבקובץ OPML (`-` קורא מהקלט התקני)
cli-cmd-layout = פריסת טקסט: כל שורת קלט היא פסקה, שמודפסת כשורות מסך
cli-cmd-man = הדפסת דף המדריך של khabar (roff, בשביל `man -l -`)
cli-cmd-remove = ביטול מינוי לפיד; הפריטים שלו נמחקים איתו, חוץ מהשמורים
cli-cmd-search = חיפוש בכל הכתבות השמורות (בקיפול, כמו `/`): כותרת, פיד, תאריך, השורה שמתאימה
cli-cmd-update = משיכת כל המינויים (או אלה שצוינו) ושמירת הפריטים החדשים
cli-cmd-vacuum = מחיקת הפריטים שכללי השמירה לא משאירים (`[store]` בהגדרות), ואחר כך דחיסה
cli-examples =
    דוגמאות:
      khabar                                  המינויים, או הכתבות המצורפות
      khabar article.html notes/ https://example.org/news/1
                                              פתיחת קבצים, תיקיות ודפי אינטרנט
      khabar bundled:                         הכתבות שמצורפות לתוכנה
      khabar dump --width 60 article.txt      הדפסת כתבה פרוסה, כטקסט
      khabar dump --search 'الصين' notes/     ספירת ההתאמות בכל קובץ והצגתן
      khabar layout --width 60 < text.txt     פריסת כל שורה של טקסט
      khabar config --print                   הדפסת ההגדרות בפועל
      khabar doctor                           איך המסוף הזה מציג טקסט מימין לשמאל, והמצב שנבחר
      khabar add https://example.org/feed.xml  הרשמה לפיד
      khabar update                           משיכת כל המינויים
      khabar feeds                            רשימת המינויים
      khabar remove 3                         ביטול המינוי לפיד מספר 3
      khabar import feeds.opml                הרשמה לכל הפידים שבקובץ OPML
      khabar export feeds.opml                כתיבת המינויים בתור OPML
      khabar search 'الزلزال' --since 30d     חיפוש בכל הכתבות השמורות
      khabar vacuum --keep-days 90            מחיקת פריטים ישנים שנקראו ודחיסת המאגר
      khabar completions bash > ~/.local/share/bash-completion/completions/khabar
      khabar man > khabar.1                   דף המדריך

    קוד היציאה: 0 הכול עבר, 1 שגיאה (קובץ או כתובת שלא נקראו, משיכה שנכשלה),
    2 שגיאת שימוש (אפשרות לא מוכרת, קובץ --config פגום או חסר).
cli-flag-help = הדפסת העזרה
cli-flag-help-more = הדפסת העזרה (עוד פרטים עם '--help')
cli-flag-help-summary = הדפסת העזרה (תקציר עם '-h')
cli-flag-version = הדפסת הגרסה
cli-heading-usage = שימוש:
cli-heading-commands = פקודות:
cli-heading-arguments = ארגומנטים:
cli-heading-options = אפשרויות:
cli-default = [ברירת מחדל: { $value }]
cli-possible = [ערכים אפשריים: { $values }]
cli-value-with-help = { $value } ({ $help })
cli-error-unknown-argument = שגיאה: הארגומנט "{ $arg }" לא מוכר
cli-error-unknown-subcommand = שגיאה: אין פקודת משנה "{ $arg }"
cli-error-invalid-value = שגיאה: הערך "{ $value }" לא תקף עבור "{ $arg }"
cli-error-invalid-value-why = שגיאה: הערך "{ $value }" לא תקף עבור "{ $arg }": { $reason }
cli-error-out-of-range = שגיאה: הערך "{ $value }" לא תקף עבור "{ $arg }": צריך מספר מ־{ $low } עד { $high }
cli-error-not-a-number = שגיאה: הערך "{ $value }" לא תקף עבור "{ $arg }": צריך מספר שלם
cli-error-missing = שגיאה: חסרים הארגומנטים הנדרשים האלה:
cli-error-missing-subcommand = שגיאה: "{ $arg }" צריך פקודת משנה
cli-error-conflict = שגיאה: אי אפשר להשתמש בארגומנט "{ $arg }" יחד עם "{ $prior }"
cli-error-repeated = שגיאה: אי אפשר לתת את הארגומנט "{ $arg }" יותר מפעם אחת
cli-error-too-many = שגיאה: ערך לא צפוי "{ $value }" עבור "{ $arg }"; לא היו צפויים ערכים נוספים
cli-error-values-count = שגיאה: הארגומנט "{ $arg }" מקבל מספר אחר של ערכים
cli-error-no-equals = שגיאה: צריך סימן שוויון כדי לתת ערך ל־"{ $arg }"
cli-error-utf8 = שגיאה: אחד הארגומנטים אינו UTF-8 תקין
cli-error-other = שגיאה: { $reason }
cli-tip-subcommand = עצה: יש פקודת משנה דומה: "{ $arg }"
cli-tip-argument = עצה: יש ארגומנט דומה: "{ $arg }"
cli-tip-value = עצה: יש ערך דומה: "{ $arg }"
cli-tip-dash = עצה: כדי להעביר את "{ $arg }" כערך, כתבו "{ $escaped }"
cli-error-usage = שימוש: { $usage }
cli-error-help = למידע נוסף, נסו "{ $help }".
