# הממשק של khabar בעברית.
pane-library = ספרייה ({ $count })
pane-feeds = פידים
feeds-saved = שמורים
feeds-unread = { $count -> 
    [one] פריט אחד שלא נקרא
   *[other] { $count } שלא נקראו
}
pane-quotes = ציטוטים ({ $count })
pane-read-also = קראו גם
pane-links = קישורים ({ $pos })
pane-help = עזרה: מקשים
mode-help = עזרה
mode-links = קישורים
mode-search = חיפוש
mode-body = גוף
mode-quotes = ציטוטים
mode-read-also = קראו גם
mode-library = ספרייה
order-logical = סדר לוגי
bidi-warning = ⚠ { $count -> 
    [one] תו בקרת כיווניות אחד
   *[other] { $count } תווי בקרת כיווניות
}, { $key }: { $order -> 
    [logical] סדר לוגי
   *[visual] סדר חזותי
}
bidi-places = — מקומות: { $places }
list-separator = {", "}
spoof-headline = כותרת
spoof-byline = שורת המקור
spoof-paragraph = פסקה { $n }
spoof-quote = ציטוט { $n }
spoof-link = קישור { $n }
spoof-footer = כותרת תחתונה
summary-only = תקציר בלבד
summary-only-key = תקציר בלבד, { $key }: הכתבה המלאה
history = היסטוריה { $pos }
jobs = { $count -> 
    [one] משימה אחת
   *[other] { $count } משימות
}
loading = טוען את { $what } … { $secs } ש׳ ({ $key } לביטול)
link-target = קישור { $pos } ← { $target }
link-unresolved = קישור { $pos }: { $text } (לא בספרייה)
search-none = אין תוצאות
search-match = תוצאה { $pos }
search-wrapped = החיפוש חזר להתחלה
search-mode-folded = מנורמל
search-mode-loose = גמיש
search-mode-exact = מדויק
too-small = המסוף קטן מדי
links-none = אין קישור שמתאים לסינון
links-hints = הקלידו לסינון · { $move } מעבר · { $follow } פתיחה · { $close } סגירה
links-filter = סינון:
hint-scroll = גלילה
hint-page = עמוד
hint-article = כתבה
hint-library = ספרייה
hint-pane = חלונית
hint-link = קישור
hint-back = חזרה
hint-links = קישורים
hint-search = חיפוש
hint-help = עזרה
hint-quit = יציאה
hint-keep = שמירה
hint-cancel = ביטול
hint-mode = מצב
hint-history = היסטוריה
hint-move = מעבר
hint-follow = פתיחה
hint-close = סגירה
# חלון העזרה: הודעה לכל שורה בטבלת המקשים.
help-down = גלילה שורה למטה / הפריט הבא
help-up = גלילה שורה למעלה / הפריט הקודם
help-page-down = עמוד למטה
help-page-up = עמוד למעלה
help-half-down = חצי עמוד למטה
help-half-up = חצי עמוד למעלה
help-top = מעבר להתחלה
help-bottom = מעבר לסוף
help-next-article = הכתבה הבאה בספרייה (מסתובב להתחלה)
help-prev-article = הכתבה הקודמת בספרייה
help-library = הצגה או הסתרה של חלונית הספרייה
help-side = הצגה או הסתרה של עמודת הציטוטים ו„קראו גם”
help-bidi = סדר חזותי או לוגי (חושף תעלולי תווי בקרת כיווניות)
help-toggle-read = מינויים: סימון הפריט כנקרא או כלא נקרא
help-save = שמירת הפריט לאחר כך (שוב: ביטול השמירה); כל מאמר אחר: שמירתו במאגר
help-refresh = מינויים: עדכון כל הפידים ברקע
help-add-feed = הרשמה לכתובת (פיד, או דף שמציין את הפיד שלו)
help-focus-next = מעבר לחלונית הבאה (גוף, ציטוטים, קראו גם, ספרייה)
help-focus-prev = מעבר לחלונית הקודמת
help-next-link = מעבר לקישור הבא (הגוף ואז קראו גם; מסתובב)
help-prev-link = מעבר לקישור הקודם
help-activate = פתיחת הקישור / מעבר לציטוט / פתיחת הכתבה
help-follow-1 = פתיחת קישור „קראו גם” מ־1 עד 9
help-back = חזרה לכתבה הקודמת, במקום שבו עצרתם
help-forward = שוב קדימה
help-right = חזרה, כמו Backspace
help-left = מעבר לקישור / פתיחה, כמו Enter
help-links = רשימת כל הקישורים (הקלידו לסינון, Enter פותח)
help-open = פתיחת הקישור הנבחר (או הכתבה) בדפדפן
help-copy = העתקת כתובת הקישור הנבחר או הציטוט (OSC 52)
help-search = חיפוש תוך כדי הקלדה (re: לביטוי רגולרי)
help-search-next = התוצאה הבאה (מסתובב)
help-search-prev = התוצאה הקודמת
help-help = הצגת העזרה הזו
help-close = סגירת חלונית הספרייה / ניקוי החיפוש
help-quit = יציאה
help-suspend = השהיה וחזרה למעטפת (fg ממשיך)
help-redraw = ציור המסך מחדש
help-search-search-confirm = חיפוש: שמירת השאילתה
help-search-search-cancel = חיפוש: ביטול וחזרה למקום הקודם
help-search-search-mode = חיפוש: מצב נרמול (מנורמל, גמיש, מדויק)
help-search-history-prev = חיפוש: השאילתה הקודמת בהפעלה
help-search-history-next = חיפוש: השאילתה הבאה בהפעלה
help-search-delete-back = חיפוש: מחיקת תו
help-search-clear-query = חיפוש: ניקוי השאילתה
help-links-down = קישורים: הפריט הבא
help-links-up = קישורים: הפריט הקודם
help-links-page-down = קישורים: עמוד למטה
help-links-page-up = קישורים: עמוד למעלה
help-links-activate = קישורים: פתיחת הקישור הנבחר
help-links-close = קישורים: סגירת הרשימה
help-links-delete-back = קישורים: מחיקת תו מהסינון
help-links-clear-query = קישורים: ניקוי הסינון
help-help-down = גלילת העזרה למטה
help-help-up = גלילת העזרה למעלה
help-help-close = סגירת העזרה
help-help-page-down = עמוד למטה בעזרה
help-help-page-up = עמוד למעלה בעזרה
help-help-top = מעבר לתחילת העזרה
help-help-bottom = מעבר לסוף העזרה
help-help-search = חיפוש בעזרה (מנורמל; Enter שומר, Esc מבטל)
help-help-search-next = התוצאה הבאה בעזרה (מסתובב)
help-help-search-prev = התוצאה הקודמת בעזרה
help-find = חיפוש: { $query } · { $result }
note-not-subscribed = { $m }, { $s } ו־{ $r } פועלים על מינויים (khabar add URL)
note-updating = מעדכן…
note-not-stored = זה אינו פריט מהמאגר
note-marked-read = סומן כנקרא
note-marked-unread = סומן כלא נקרא
note-saved = נשמר לאחר כך
note-unsaved = הוסר מהשמורים
note-read-only = המאגר כאן לקריאה בלבד: הסימונים נשמרים עד לסגירת khabar
note-marks-busy = { $count ->
    [one] סימון אחד ממתין
   *[other] { $count } סימונים ממתינים
}: khabar אחר כותב למאגר; הם ייכתבו כשיתפנה
note-marks-failed = סימונים ממתינים: { $error }
note-already-updating = כבר מעדכן
note-update-progress = מעדכן { $progress }…
note-update-failed = העדכון נכשל: { $error }
note-list-failed = אי אפשר היה להציג את רשימת הפריטים: { $error }
note-body-failed = אי אפשר היה לקרוא את הפריט הזה מהמאגר: { $error }
# הודעות שורת המצב של הקורא (src/app): מה עשה מקש, או למה לא הצליח.
status-opening = פותח את { $url }
status-opened = { $url } נפתח עם { $program }
status-not-opened = לא נפתח: { $why }
status-open-no-browser = לא נפתח: לא נמצא דפדפן (יש להגדיר את $BROWSER)
status-open-cannot-run = לא נפתח: אי אפשר להריץ את { $program }: { $error }
status-open-exited = לא נפתח: { $program } הסתיים במצב { $code }
status-open-exited-said = לא נפתח: { $program } הסתיים במצב { $code }: { $stderr }
status-open-signal = לא נפתח: { $program } הופסק באות
status-open-signal-said = לא נפתח: { $program } הופסק באות: { $stderr }
copy-what-quote = הציטוט
copy-what-link = כתובת הקישור
copy-what-article = כתובת המאמר
copy-whole = { $what } ({ $count -> 
    [one] תו אחד
   *[other] { $count } תווים
})
copy-cut = { $count } הק״ב הראשונים של { $what } (מגבלת הלוח)
status-copied = הועתק { $what } דרך OSC 52
status-not-copied = לא הועתק: { $why }
status-no-quote = לא נבחר ציטוט
status-nothing-to-copy = אין מה להעתיק: יש להתמקד בקישור ({ $tab }) או בציטוט ({ $pane })
status-no-link-no-address = אין קישור במיקוד, ולמאמר אין כתובת ({ $tab } מתמקד בקישור)
status-link-no-address = לקישור הזה אין כתובת
status-a-file = { $name } הוא קובץ, לא כתובת אינטרנט
status-no-earlier = אין מאמר קודם
status-no-later = אין מאמר הבא
status-no-links = אין קישורים במאמר הזה
status-links-wrapped = הקישורים חזרו להתחלה
status-link-here = הקישור הזה מוביל למאמר הזה עצמו
status-not-followed = לא נפתח: { $why }
status-full-not-loaded = המאמר המלא לא נטען: { $why }
status-full-loaded = המאמר המלא, נטען מכתובתו
status-closest = לא בספרייה; הכותרת הקרובה ביותר: { $headline }
status-no-title = אין מאמר בספרייה שמתאים ל„{ $title }”
status-no-article-in = אין מאמר ב־{ $what }
status-no-read-also = אין במאמר הזה קישורי „קראו גם”
status-no-read-also-n = אין קישור „קראו גם” מספר { $n }: { $count -> 
    [one] יש רק אחד
   *[other] יש { $count }
}
status-cancelled = טעינת { $what } בוטלה
status-no-link-focused = אין קישור במיקוד ({ $tab } מתמקד בקישור הבא)
first-run-headline = אין עדיין מינויים
first-run-body = במאגר הזה ({ $file }) אין עדיין מינויים. כדי להוסיף פיד, יש ללחוץ { $add } ולהקליד את כתובתו; גם כתובת של דף אינטרנט שמציין את הפיד שלו תספיק.
first-run-commands = מהמעטפת: khabar add URL נרשם לפיד, ו־khabar import FILE.opml מביא את המינויים של קורא אחר.
first-run-try = בינתיים, המאמרים המצורפים באים אחרי ההערה הזאת לניסיון: { $next } פותח את הבא.
no-items-headline = אין עדיין פריטים
no-items-body = { $count -> 
    [one] מינוי אחד
   *[other] { $count } מינויים
}, אין עדיין פריטים. יש ללחוץ { $key } כדי להביא אותם (או להריץ khabar update).
prompt-add-title = הרשמה ל: כתובת של פיד, או של דף
status-subscribing = נרשם ל־{ $url }…
status-subscribed = נרשמת ל־{ $feed }: { $count -> 
    [one] פריט אחד
   *[other] { $count } פריטים
}
status-not-subscribed = לא נרשם: { $why }
status-keeping = שומר את המאמר במאגר…
status-kept = נשמר במאגר, מסומן כשמור
status-not-kept = לא נשמר: { $why }
status-no-store = אין מאגר לכתוב אליו (התיקייה שלו לא ידועה: יש להשתמש ב־{ $option })

## The library pane: filter, order, headings, bulk marks, search of everything.
mode-filter = סינון
mode-question = שאלה
mode-address = כתובת
hint-filter = סינון
hint-unread = לא נקראו
hint-sort = מיון
hint-yes = כן
hint-no = לא
help-library-search-all = ספרייה: חיפוש בכל הכתבות (Enter פותח את הכתבה במקום שנמצא)
help-library-library-filter = ספרייה: סינון תוך כדי הקלדה (כותרת, פיד, כותב)
help-library-unread-only = ספרייה: רק מה שלא נקרא, או הכול (כמו `l` ב־newsboat)
help-library-sort-next = ספרייה: מיון לפי תאריך, פיד, כותרת, לא נקראו תחילה
help-library-toggle-groups = ספרייה: פריטים תחת כותרת הפיד שלהם, או רשימה אחת
help-library-mark-feed-read = ספרייה: סימון הפיד הנבחר כנקרא (אחרי שאלה)
help-library-mark-all-read = ספרייה: סימון כל הפריטים כנקראו (אחרי שאלה)
help-filter-search-confirm = שורת הספרייה: שמירת הסינון / החיפוש
help-filter-search-cancel = שורת הספרייה: ביטול
help-filter-delete-back = שורת הספרייה: מחיקת תו
help-filter-clear-query = שורת הספרייה: ניקוי
help-confirm-confirm = שאלה: כן
help-confirm-close = שאלה: לא
sort-date = החדשים תחילה
sort-feed = לפי פיד
sort-title = לפי כותרת
sort-unread-first = לא נקראו תחילה
note-sorted = מיון: { $order }
note-nothing-unread = אין מה לסמן, הכול נקרא
note-marked-none = לא סומן דבר
note-marked-all-read = { $count -> 
    [one] פריט אחד סומן כנקרא
   *[other] { $count } פריטים סומנו כנקראו
}
ask-mark-feed-read = { $count -> 
    [one] לסמן פריט אחד שלא נקרא
   *[other] לסמן { $count } פריטים שלא נקראו
} מ־{ $feed } כנקראו? { $yes }/{ $no }
ask-mark-all-read = { $count -> 
    [one] לסמן פריט אחד שלא נקרא
   *[other] לסמן { $count } פריטים שלא נקראו
} כנקראו? { $yes }/{ $no }
library-filter = סינון
library-filter-waits = בונה אינדקס…
library-search = חיפוש בכול
library-searching = מחפש את { $query }…
library-indexing = { $count ->
    [one] בונה אינדקס של כתבה אחת, ואז מחפש את { $query }…
   *[other] בונה אינדקס של { $count } כתבות, ואז מחפש את { $query }…
}
library-found = { $count -> 
    [one] כתבה אחת עם { $query }
   *[other] { $count } כתבות עם { $query }
}
library-unread-only = רק לא נקראו
library-articles = { $count ->
    [one] כתבה אחת
   *[other] { $count } כתבות
}
# פלט הפקודות (src/feeds_cli.rs, src/subscribe/progress.rs) וההערה כשיש מינויים בלי פריטים.
cli-subscribed = נרשמת ל־{ $name } במספר { $id }; הפקודה khabar update תביא אותו
cli-unsubscribed = המינוי ל־{ $name } בוטל ({ $url })
cli-no-feeds = אין עדיין מינויים: khabar add URL, או khabar import FILE.opml
cli-no-feeds-to-update = אין מינויים לעדכן: khabar add URL, או khabar import FILE.opml
cli-feed-unread = { $pos } שלא נקראו
cli-not-fetched = טרם נטען
cli-last-failed = העדכון האחרון נכשל: { $error }
cli-imported = { $added ->
    [one] יובא פיד אחד
   *[other] יובאו { $added } פידים
} (כבר רשומים: { $known }, דולגו: { $skipped }); הפקודה khabar update תביא אותם
update-summary = { $feeds ->
    [one] פיד אחד
   *[other] { $feeds } פידים
}: { $new ->
    [one] פריט חדש אחד
   *[other] { $new } פריטים חדשים
}, השתנו: { $changed }, ללא שינוי: { $unmodified }, נכשלו: { $failed }
update-new = { $new } חדשים
update-new-changed = { $new } חדשים, { $changed } השתנו
update-not-modified = ללא שינוי
update-disk-full = { $file }: הדיסק שעליו המאגר מלא: הפידים שנכשלו לא נכתבו; במאגר נשאר מה שהיה בו לפניהם
cli-import-skipped = { $file }: דולג על { $address }: { $reason }
opml-title = המינויים של khabar
update-failed = נכשל: { $error }
note-update-stopped = העדכון נעצר לפני סופו
cli-no-date = ללא תאריך
cli-unread = לא נקרא
cli-search-none = אף פריט שמור אינו תואם
cli-vacuumed = { $dropped ->
    [one] נמחק פריט אחד
   *[other] נמחקו { $dropped } פריטים
}; המאגר { $file } נדחס
dump-matches = { $count ->
    [one] התאמה אחת
   *[other] { $count } התאמות
}
cli-paths-and-subcommand = { $paths } לפני פקודת משנה: תנו קבצים לקורא או לפקודת משנה, לא לשניהם
cli-already-subscribed = כבר קיים מינוי: { $url }
cli-no-match = אף מינוי אינו תואם ל־"{ $what }" (ראו khabar feeds)
cli-ambiguous = "{ $what }" תואם ל־{ $count } מינויים; ציינו אחד לפי הכתובת או המספר שלו
problems-more = { $first } ({ $count ->
    [one] ועוד אחד שלא נפתח
   *[other] ועוד { $count } שלא נפתחו
})
cli-not-a-terminal = הקורא מצייר על מסוף, והפלט התקני אינו מסוף (סגור או מנותב); הפקודה khabar dump FILE מדפיסה כתבה כטקסט
term-fix-mlterm-multiplexer = mlterm בתוך tmux: הגדירו בו use_ctl=false, ו־bidi="explicit"
term-fix-forced-terminal = ב־{ $terminal } הטקסט נקרא נכון עם bidi="runs", לא "terminal"
# khabar doctor: its explanations (the test lines themselves are not translated), and why a bidi mode was chosen.
doctor-terminal = מסוף: { $name }
doctor-terminal-unknown = מסוף: לא זוהה
doctor-environment = סביבה: { $vars }
doctor-not-asked = המסוף לא נשאל (הקלט התקני או הפלט התקני אינו מסוף)
doctor-answer = תשובה ל־{ $query }: { $answer }
doctor-no-answer = אין תשובה
doctor-bdsm-unknown = לא מוכר לו
doctor-bdsm-known = מוכר לו (מצב { $state })
doctor-mode-explicit = מצב { $name }: khabar כותב בסדר חזותי; אסור למסוף לסדר מחדש
doctor-mode-terminal = מצב { $name }: khabar כותב כל שורה בסדר לוגי; המסוף מסדר מחדש
doctor-mode-runs = מצב { $name }: khabar כותב את הרצפים בסדר חזותי, וכל רצף מימין לשמאל בסדר לוגי; המסוף הופך כל רצף כזה
doctor-detected = לפי הזיהוי: { $why }
doctor-forced = נקבע בכוח ב־{ $setting } (בקובץ ההגדרות או ב־{ $option })
doctor-mlterm-off = הקורא מכבה את ה־bidi של mlterm עצמו בזמן שהוא פועל ({ $sequence }), ולכן הוא כותב בסדר של שורה A ו־mlterm מציג אותה כפי שהיא; כאן mlterm מסדר מחדש כל שורה.
doctor-if-a = אם המשפט הזה ושורה A נקראים נכון, khabar צריך { $setting }.
doctor-if-b = אם המשפט הזה ושורה B נקראים נכון, khabar צריך { $setting }.
doctor-if-c = אם המשפט הזה ושורה C נקראים נכון, khabar צריך { $setting }.
doctor-orders = כל אחד משלושת המשפטים האלה כתוב בסדר של השורה שלו: רק זה שמתאים למסוף הזה נקרא נכון.
doctor-force = קבעו זאת בקובץ ההגדרות ({ $command } מראה היכן) בשורה אחת, למשל { $example }, או לפעם אחת ב־{ $option }.
term-why-unknown = לא זוהה מסוף: ההנחה היא שאינו מסדר מחדש
term-why-mux-mlterm = בתוך מרבב ב־mlterm, שמסדר מחדש: פרוטוקול ההגדרות שלו אינו עובר
term-why-mux-konsole = בתוך מרבב ב־Konsole, שמסדר מחדש בכיוון בסיס משמאל לימין
term-why-mux-vte = בתוך מרבב במסוף VTE: BDSM אינו עובר, ולכן VTE מסדר מחדש
term-why-mux-unknown = בתוך מרבב, המסוף החיצוני אינו ידוע: ההנחה היא שאינו מסדר מחדש
term-why-bdsm = המסוף מכיר את BDSM (מצב 8): khabar מכבה את הסידור מחדש שלו
term-why-bdsm-set = המסוף מסדר מחדש ומדווח ש־BDSM קבוע ואי אפשר לכבותו
term-why-konsole = ב־Konsole הטקסט מסודר מחדש כשתצוגת ה־BiDi שלו פועלת (ברירת המחדל), בכיוון בסיס משמאל לימין
term-why-apple = ב־Terminal.app הטקסט מסודר מחדש בכיוון בסיס משמאל לימין, ואי אפשר למנוע זאת
term-why-leaves = המסוף הזה אינו מסדר מחדש
term-why-konsole-env = { $variable } מוגדר: Konsole מסדר מחדש כשתצוגת ה־BiDi שלו פועלת (ברירת המחדל), בכיוון בסיס משמאל לימין
term-why-vte-env = { $variable } מוגדר: VTE מציית ל־BDSM, ש־khabar שולח
term-why-wt-env = { $variable } מוגדר: הוא אינו מסדר מחדש
term-why-mlterm-named = { $variable } מציין את mlterm
term-why-mlterm-set = { $variable } מוגדר
term-why-mlterm-off = { $how }, וה־bidi שלו כבוי ({ $setting }): הוא אינו מסדר מחדש
term-why-mlterm = { $how }: כיוון ש־mlterm מתעלם מ־BDSM, khabar מכבה את ה־bidi שלו למשך ההפעלה דרך פרוטוקול ההגדרות שלו ({ $sequence }) ומדליק אותו שוב ביציאה

## Error reasons (src/i18n/errors.rs): what an error says, inside the sentences above.
reason-in-file = { $file }: { $reason }
reason-not-found = אין קובץ או תיקייה כאלה
reason-permission-denied = אין הרשאה
reason-is-folder = זו תיקייה
reason-io = המערכת דיווחה על שגיאה ({ $error })
reason-empty-file = הקובץ ריק
reason-binary = נתונים בינאריים, לא כתבה
reason-file-too-large = גודל הקובץ { $size } בתים; khabar קורא כתבות של { $max } בתים לכל היותר
reason-line-too-long = אורך שורה { $line } הוא { $len } בתים; khabar קורא שורות של { $max } בתים לכל היותר
reason-json = כתבת JSON לא תקינה: { $error }
reason-json-broken = ה־JSON שבור בשורה { $line }, עמודה { $column }
reason-json-data = בשורה { $line }, עמודה { $column } ה־JSON אינו תואם את מבנה הכתבה של khabar ({ $error })
reason-json-no-article = המערך אינו מכיל אף כתבה
reason-json-article = כתבה { $number }: { $reason }
reason-json-no-headline = { $field } ריק
reason-json-block = בקטע { $field }: { $reason }
reason-json-text-and-content = יש לתת { $text } או { $content }, לא את שניהם
reason-json-no-text = לכל קטע דרוש { $text } או { $content }
reason-json-level = { $level } מיועד לפריטי רשימה ({ $item })
reason-unsupported = { $what } עדיין אינו נתמך
reason-no-articles = אין כתבות בתיקייה הזו
reason-no-bundled = אין מאמר מצורף בשם הזה (המצורפים: { $names })
reason-view-damaged = אי אפשר לקרוא את התצוגה השמורה של הספרייה ({ $error }); משמשת תצוגת ברירת המחדל
reason-marks-not-kept = לא ניתן היה לשמור { $count ->
    [one] סימון אחד
   *[other] { $count } סימונים
}: { $reason }
reason-too-deep = רכיבים מקוננים יותר מ־{ $max } רמות; khabar דוחה HTML כזה
reason-no-text = לא נמצא טקסט של כתבה ב־{ $what } הזה
reason-not-a-feed = זה אינו פיד: זה { $what }
reason-names-feed = { $reason }; הדף מציין פיד: { $address }
reason-feed-empty = אין פריטים בפיד
reason-feed = אי אפשר לקרוא את הפיד ({ $error })
reason-parser-failed = המפענח של { $what } נכשל בקלט הזה ({ $error })
reason-not-http = khabar פותח רק כתובות http ו־https, לא { $scheme }
reason-address-spaces = בכתובת יש רווחים או תווי בקרה
reason-address-no-host = בכתובת אין שם שרת
reason-address-invalid = זו אינה כתובת תקינה ({ $error })
reason-refused = הכתובת נדחתה: { $error }
reason-status = השרת ענה { $status }
reason-timeout = { $seconds -> 
    [one] אין תשובה בתוך שנייה אחת
    [two] אין תשובה בתוך שתי שניות
   *[other] אין תשובה בתוך { $seconds } שניות
}
reason-page-too-large = הדף גדול מ־{ $bytes } בתים
reason-redirects = { $count -> 
    [one] יותר מהפניה אחת
    [two] יותר משתי הפניות
   *[other] יותר מ־{ $count } הפניות
}
reason-host-not-found = אין שרת בשם הזה
reason-connection-refused = השרת סירב לחיבור
reason-network = החיבור נכשל ({ $error })
reason-db = מסד הנתונים של המאגר נכשל (SQLite: { $error })
reason-disk-full = הדיסק שעליו המאגר מלא; דבר ממנו לא נכתב
reason-store-newer = המאגר נכתב בידי khabar חדש יותר (סכמה { $found }; זה מכיר את { $known }); הוא נשאר כפי שהיה
reason-not-store = זה אינו מאגר של khabar (מסד נתונים של SQLite ש־khabar אינו יכול לקרוא); הוא נשאר כפי שהיה
reason-not-store-file = זה אינו מאגר של khabar (וגם אינו מסד נתונים של SQLite); הוא נשאר כפי שהיה
reason-not-store-program = זה אינו מאגר של khabar (מסד נתונים של SQLite של תוכנה אחרת, מזהה { $id }); הוא נשאר כפי שהיה
reason-not-store-tables = זה אינו מאגר של khabar (מסד נתונים של SQLite עם טבלאות אחרות); הוא נשאר כפי שהיה
reason-exists = כבר קיים מינוי: { $address }
reason-no-match = אף מינוי אינו תואם ל־{ $name } (ראו khabar feeds)
reason-no-data-folder = למערכת הזאת אין תיקיית נתונים; ציינו מאגר ב־{ $option }
reason-ambiguous = { $name } תואם ל־{ $count } מינויים; יש לציין אחד לפי כתובתו או מספרו
reason-no-item = אין פריט כזה: { $id }
reason-query = אי אפשר להשתמש בחיפוש: { $error }
reason-regex = אינו ביטוי רגולרי תקין ({ $error })
reason-search-not-started = לא ניתן להתחיל את החיפוש: { $error }
reason-damaged = פריט { $id } שמור פגום: { $error }
# The config file's problems (src/config.rs, ConfigError).
reason-config-at = { $file }, שורה { $line }: { $reason }
reason-config-toml = זה אינו TOML תקין: { $error }
reason-config-bidi = bidi: „{ $value }“ אינו מצב (auto, explicit, terminal או runs; גם on ו־off עובדים)
reason-config-language = language: אין קטלוג הודעות עבור „{ $value }“ (המוכרים: { $known })
reason-config-quote-style = theme.quote_style: „{ $value }“ אינו סגנון (המוכרים: { $known })
reason-config-colour-name = theme.{ $name }: אין הגדרת צבע כזאת (המוכרות: { $known })
reason-config-colour = theme.{ $name }: לא ניתן לקרוא את הצבע „{ $value }“ (שם כמו yellow, או { "#rrggbb" })
reason-config-key = { $key }: { $error }
cli-no-config-folder = (אין תיקיית הגדרות במערכת הזאת)

## Warnings of the loader (issue 16): `khabar: warning: FILE: …`
report-warning = אזהרה
reason-warn-invalid-utf8 = קידוד UTF-8 לא תקין בבית { $at }: פוענח עם תווי החלפה
reason-warn-read-also = { $count } קישורי „קראו גם”; נשמרים { $max } הראשונים
reason-warn-inline-links = { $count } קישורים בטקסט; רק { $max } הראשונים נשמרים כקישורים
reason-warn-items-dropped = { $total } פריטים בפיד; נשמרים { $max } הראשונים
reason-warn-malformed = הפיד פגום ({ $error }); נטען לאחר תיקון: { $repair }
reason-repair-utf8 = נקרא כ־UTF-8 למרות הקידוד שהוצהר בו
reason-repair-ampersands = תווי „&” תועים הומרו לישויות
reason-repair-cdata = נסגר מקטע CDATA שלא נסגר
reason-repair-declarations = הוסרו הצהרות XML שבתוך המסמך
reason-warn-untitled-one = לפריט { $item } אין כותרת; מילותיו הראשונות באות במקומה
reason-warn-untitled-many = ל־{ $count } פריטים אין כותרת (הראשון הוא פריט { $first }); מילותיהם הראשונות באות במקומה
reason-warn-left-out-one = פריט { $item }: התוכן שלו הושמט ({ $reason })
reason-warn-left-out-many = פריט { $item }: התוכן שלו הושמט ({ $reason }); וכך גם זה של { $others ->
    [one] פריט אחד נוסף
    [two] שני פריטים נוספים
   *[other] { $others } פריטים נוספים
}
reason-warn-names-feed = הדף מציין את הפיד { $feed }: הפקודה { $command } נרשמת אליו
reason-opml-xml = ה־XML שבור בשורה { $line }, עמודה { $column }
reason-not-opml = זה אינו OPML: המסמך הוא { $element } ולא <opml>
reason-opml-no-element = זה אינו OPML: אין בו אף רכיב
reason-opml-too-large = גדול מ־{ $max } בתים; khabar קורא קובצי OPML עד גודל זה
reason-since = { $option } „{ $value }”: יש לתת תאריך בצורה YYYY-MM-DD או מספר ימים אחורה בצורה Nd (7d)
reason-names-feed-add = { $reason }; { $offer }
# The words of third-party errors (SQLite, the feed parser, HTTP, the system) said by their kind.
reason-not-folder = חלק מהנתיב אינו תיקייה
reason-invalid-data = הנתונים אינם תקינים
reason-read-only-fs = מערכת הקבצים היא לקריאה בלבד
reason-storage-full = לא נשאר מקום בדיסק
reason-quota = מכסת הדיסק נוצלה עד תומה
reason-already-exists = זה כבר קיים
reason-unexpected-eof = זה נקטע לפני סופו
reason-timed-out = לא התקבלה תשובה בזמן
reason-connection-reset = החיבור נותק
reason-unreachable = אין גישה לרשת
reason-invalid-file-name = שם הקובץ אינו תקין
reason-db-busy = תוכנה אחרת כותבת כעת למאגר; נסו שוב בעוד רגע
reason-db-corrupt = המאגר פגום ו־SQLite אינו יכול לקרוא אותו; הוא נשאר כפי שהיה
reason-db-read-only = אי אפשר לכתוב למאגר (הוא לקריאה בלבד)
reason-db-cannot-open = אי אפשר לפתוח את המאגר (התיקייה שלו חסרה או שאי אפשר לכתוב בה)
reason-db-io = הדיסק נכשל בקריאת המאגר או בכתיבה אליו
reason-connection-failed = לא ניתן להתחבר לשרת
reason-tls = החיבור המאובטח (TLS) נכשל ({ $error })
reason-protocol = תשובת השרת אינה HTTP תקין ({ $error })
reason-status-not-found = אין בשרת דף בכתובת הזאת (HTTP { $status })
reason-status-forbidden = השרת מסרב לתת גישה לכתובת הזאת (HTTP { $status })
reason-status-too-many = השרת דוחה בקשות רבות מדי; נסו שוב מאוחר יותר (HTTP { $status })
reason-status-server = השרת נכשל במתן תשובה (HTTP { $status })
reason-feed-no-root = זה אינו פיד: אין בו רכיב <rss>, <feed> או <rdf:RDF>
reason-feed-xml = ה־XML של הפיד שבור בשורה { $line }, עמודה { $column }
reason-feed-xml-broken = ה־XML של הפיד שבור
reason-feed-json = ה־JSON Feed שבור בשורה { $line }, עמודה { $column }
reason-feed-json-version = גרסה { $version } של JSON Feed אינה נתמכת
reason-warn-repaired = { $error }; נטען לאחר תיקון: { $repair }
