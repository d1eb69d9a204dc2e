# khabar's chrome in English (the fallback of every other catalogue).
pane-library = Library ({ $count })
pane-feeds = Feeds
feeds-saved = saved
feeds-unread = { $count -> 
    [one] { $count } unread
   *[other] { $count } unread
}
pane-quotes = Quotes ({ $count })
pane-read-also = Read also
pane-links = Links ({ $pos })
pane-help = Help: keys
mode-help = HELP
mode-links = LINKS
mode-search = SEARCH
mode-body = BODY
mode-quotes = QUOTES
mode-read-also = READ ALSO
mode-library = LIBRARY
order-logical = logical order
bidi-warning = ⚠ { $count -> 
    [one] { $count } bidi control
   *[other] { $count } bidi controls
}, { $key }: { $order -> 
    [logical] logical
   *[visual] visual
} order
summary-only = summary only
summary-only-key = summary only, { $key }: full article
history = history { $pos }
jobs = { $count -> 
    [one] { $count } job
   *[other] { $count } jobs
}
loading = loading { $what } … { $secs } s ({ $key } cancels)
link-target = link { $pos } → { $target }
link-unresolved = link { $pos }: { $text } (not in the library)
search-none = no matches
search-match = match { $pos }
search-wrapped = search wrapped
search-mode-folded = folded
search-mode-loose = loose
search-mode-exact = exact
too-small = terminal too small
links-none = no link matches the filter
links-hints = type to filter · { $move } move · { $follow } follows · { $close } closes
links-filter = filter:
hint-scroll = scroll
hint-page = page
hint-article = article
hint-library = library
hint-pane = pane
hint-link = link
hint-back = back
hint-links = links
hint-search = search
hint-help = help
hint-quit = quit
hint-keep = keep
hint-cancel = cancel
hint-mode = mode
hint-history = history
hint-move = move
hint-follow = follow
hint-close = close
