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
