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
note-not-stored = not a stored item
note-marked-read = marked read
note-marked-unread = marked unread
note-saved = saved for later
note-unsaved = no longer saved
note-read-only = the store is read-only here: marks last until khabar quits
note-marks-busy = marks wait: another khabar is writing the store; they are written when it is free ({ $count })
note-marks-failed = marks wait: { $error }
note-already-updating = already updating
note-update-progress = updating { $progress }…
note-update-failed = update failed: { $error }
# The subcommands' output (src/feeds_cli.rs, src/subscribe/progress.rs) and the note shown
# when the store holds subscriptions but no items (src/store/shelf.rs).
cli-subscribed = subscribed to { $name } as number { $id }; `khabar update` fetches it
cli-unsubscribed = unsubscribed from { $name } ({ $url })
cli-no-feeds = no subscriptions yet: khabar add URL, or khabar import FILE.opml
cli-no-feeds-to-update = no subscriptions to update: khabar add URL, or khabar import FILE.opml
cli-feed-unread = { $pos } unread
cli-not-fetched = not fetched yet
cli-last-failed = last update failed: { $error }
cli-imported = imported { $added ->
    [one] { $added } feed
   *[other] { $added } feeds
} ({ $known } already subscribed, { $skipped } skipped); `khabar update` fetches them
update-summary = { $feeds ->
    [one] { $feeds } feed
   *[other] { $feeds } feeds
}: { $new ->
    [one] { $new } new item
   *[other] { $new } new items
}, { $changed } changed, { $unmodified } not modified, { $failed } failed
update-new = { $new } new
update-new-changed = { $new } new, { $changed } changed
update-not-modified = not modified
update-failed = failed: { $error }
note-empty-headline = No items yet
note-empty-body = { $feeds ->
    [one] { $feeds } subscription
   *[other] { $feeds } subscriptions
}, no items yet. Press { $key } to fetch them (or run khabar update).
note-update-stopped = the update stopped before its end
cli-no-date = no date
cli-unread = unread
cli-search-none = no stored article matches
cli-vacuumed = { $dropped ->
    [one] { $dropped } item dropped
   *[other] { $dropped } items dropped
}; { $file } compacted
dump-matches = { $count ->
    [one] { $count } match
   *[other] { $count } matches
}
cli-paths-and-subcommand = { $paths } before a subcommand: give files to the reader or a subcommand, not both
cli-already-subscribed = already subscribed: { $url }
cli-no-match = no subscription matches "{ $what }" (see `khabar feeds`)
cli-ambiguous = "{ $what }" matches { $count } subscriptions; name one by its URL or number
problems-more = { $first } (and { $count ->
    [one] { $count } more that could not be opened
   *[other] { $count } more that could not be opened
})
cli-not-a-terminal = the reader draws on a terminal, and stdout is not one (closed or redirected); `khabar dump FILE` prints an article as text
