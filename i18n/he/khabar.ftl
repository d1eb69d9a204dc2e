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
help-save = מינויים: שמירת הפריט לאחר כך (שוב: ביטול השמירה)
help-refresh = מינויים: עדכון כל הפידים ברקע
help-focus-next = מעבר לחלונית הבאה (גוף, ציטוטים, קראו גם, ספרייה)
help-focus-prev = מעבר לחלונית הקודמת
help-next-link = מעבר לקישור הבא (הגוף ואז קראו גם; מסתובב)
help-prev-link = מעבר לקישור הקודם
help-activate = פתיחת הקישור / מעבר לציטוט / פתיחת הכתבה
help-follow-1 = פתיחת קישור „קראו גם” 1–9
help-back = חזרה לכתבה הקודמת, במקום שבו עצרתם
help-forward = שוב קדימה
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
update-failed = נכשל: { $error }
note-empty-headline = אין עדיין פריטים
note-empty-body = { $feeds ->
    [one] מינוי אחד
   *[other] { $feeds } מינויים
}, ואין עדיין פריטים. הקישו { $key } כדי להביא אותם (או הריצו khabar update).
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
