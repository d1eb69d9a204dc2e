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
# The help overlay: one message per row of the key table (src/keymap/table.rs).
help-down = Scroll down a line / next entry
help-up = Scroll up a line / previous entry
help-page-down = Page down
help-page-up = Page up
help-half-down = Half a page down
help-half-up = Half a page up
help-top = Go to the top
help-bottom = Go to the end
help-next-article = Next article of the library (wraps around)
help-prev-article = Previous article of the library
help-library = Show or hide the library pane
help-side = Show or hide the quotes and read-also column
help-bidi = Visual or logical order (reveals bidi-control tricks)
help-toggle-read = Subscriptions: mark the item read or unread
help-save = Subscriptions: save the item for later (again: unsave)
help-refresh = Subscriptions: update every feed in the background
help-focus-next = Focus the next pane (body, quotes, read also, library)
help-focus-prev = Focus the previous pane
help-next-link = Focus the next link (body, then read also; wraps)
help-prev-link = Focus the previous link
help-activate = Follow the link / jump to the quote / open the article
help-follow-1 = Follow read-also link 1–9
help-back = Back to the previous article, where you left it
help-forward = Forward again
help-links = List every link (type to filter, Enter follows)
help-open = Open the focused link (or the article) in the browser
help-copy = Copy the focused link's address or quote (OSC 52)
help-search = Search as you type (re: for a regular expression)
help-search-next = Next match (wraps around)
help-search-prev = Previous match
help-help = Show this help
help-close = Close the library pane / clear the search
help-quit = Quit
help-suspend = Suspend to the shell (fg resumes)
help-redraw = Redraw the screen
help-search-search-confirm = Search: keep the query
help-search-search-cancel = Search: cancel, back to where you were
help-search-search-mode = Search: folding mode (folded, loose, exact)
help-search-history-prev = Search: previous query of the session
help-search-history-next = Search: next query of the session
help-search-delete-back = Search: delete a character
help-search-clear-query = Search: clear the query
help-links-down = Links: next entry
help-links-up = Links: previous entry
help-links-page-down = Links: page down
help-links-page-up = Links: page up
help-links-activate = Links: follow the selected link
help-links-close = Links: close the list
help-links-delete-back = Links: delete a character of the filter
help-links-clear-query = Links: clear the filter
help-help-down = Scroll the help down
help-help-up = Scroll the help up
help-help-close = Close the help
note-not-subscribed = { $m }, { $s } and { $r } work on subscriptions (khabar add URL)
note-updating = updating…

## The library pane: filter, order, headings, bulk marks, search of everything.
mode-filter = FILTER
mode-question = QUESTION
hint-filter = filter
hint-unread = unread
hint-sort = sort
hint-yes = yes
hint-no = no
help-library-search-all = Library: search every article (Enter opens it at the match)
help-library-library-filter = Library: filter as you type (headline, feed, author)
help-library-unread-only = Library: only unread items, or all (as newsboat's `l`)
help-library-sort-next = Library: sort by date, feed, title, unread first
help-library-toggle-groups = Library: items under their feed's heading, or one list
help-library-mark-feed-read = Library: mark the selected feed read (asks first)
help-library-mark-all-read = Library: mark every item read (asks first)
help-filter-search-confirm = Library prompt: keep the filter / search
help-filter-search-cancel = Library prompt: drop it
help-filter-delete-back = Library prompt: delete a character
help-filter-clear-query = Library prompt: clear it
help-confirm-confirm = Question: yes
help-confirm-close = Question: no
sort-date = newest first
sort-feed = by feed
sort-title = by title
sort-unread-first = unread first
note-sorted = sorted: { $order }
note-nothing-unread = nothing unread to mark
note-marked-none = nothing marked
note-marked-read = { $count -> 
    [one] { $count } item marked read
   *[other] { $count } items marked read
}
ask-mark-feed-read = Mark { $count -> 
    [one] { $count } unread item
   *[other] { $count } unread items
} of { $feed } read? { $yes }/{ $no }
ask-mark-all-read = Mark { $count -> 
    [one] { $count } unread item
   *[other] { $count } unread items
} read? { $yes }/{ $no }
library-filter = filter
library-search = search everything
library-searching = searching { $query }…
library-found = { $count -> 
    [one] { $count } article
   *[other] { $count } articles
} with { $query }
library-unread-only = unread only
library-articles = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
