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
bidi-places = — in { $places }
list-separator = {", "}
spoof-headline = the headline
spoof-byline = the byline
spoof-paragraph = paragraph { $n }
spoof-quote = quote { $n }
spoof-link = link { $n }
spoof-footer = the footer
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
help-save = Save the item for later (again: unsave); any other article: keep it in the store
help-refresh = Subscriptions: update every feed in the background
help-add-feed = Subscribe to an address (a feed, or a page that names one)
help-focus-next = Focus the next pane (body, quotes, read also, library)
help-focus-prev = Focus the previous pane
help-next-link = Focus the next link (body, then read also; wraps)
help-prev-link = Focus the previous link
help-activate = Follow the link / jump to the quote / open the article
help-follow-1 = Follow read-also link 1–9
help-back = Back to the previous article, where you left it
help-forward = Forward again
help-right = Follow the link / open, as Enter
help-left = Back, as Backspace
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
help-help-page-down = Page the help down
help-help-page-up = Page the help up
help-help-top = Go to the top of the help
help-help-bottom = Go to the end of the help
help-help-search = Search the help (folded; Enter keeps, Esc cancels)
help-help-search-next = Next match in the help (wraps around)
help-help-search-prev = Previous match in the help
help-find = search: { $query } · { $result }
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
note-list-failed = the items could not be listed: { $error }
note-body-failed = This item could not be read from the store: { $error }
# Status messages of the reader (src/app): what a key did, or why it could not.
status-opening = opening { $url }
status-opened = opened { $url } with { $program }
status-not-opened = not opened: { $why }
status-open-no-browser = not opened: no browser found (set $BROWSER)
status-open-cannot-run = not opened: cannot run { $program }: { $error }
status-open-exited = not opened: { $program } exited with status { $code }
status-open-exited-said = not opened: { $program } exited with status { $code }: { $stderr }
status-open-signal = not opened: { $program } was ended by a signal
status-open-signal-said = not opened: { $program } was ended by a signal: { $stderr }
copy-what-quote = the quote
copy-what-link = the link's address
copy-what-article = the article's address
copy-whole = { $what } ({ $count -> 
    [one] { $count } character
   *[other] { $count } characters
})
copy-cut = the first { $count } KB of { $what } (the clipboard limit)
status-copied = copied { $what } by OSC 52
status-not-copied = not copied: { $why }
status-no-quote = no quote selected
status-nothing-to-copy = nothing to copy: focus a link ({ $tab }) or a quote ({ $pane })
status-no-link-no-address = no link focused, and the article has no address ({ $tab } focuses a link)
status-link-no-address = this link has no address
status-a-file = { $name } is a file, not a web address
status-no-earlier = no earlier article
status-no-later = no later article
status-no-links = this article has no links
status-links-wrapped = links wrapped
status-link-here = that link leads to this article
status-not-followed = not followed: { $why }
status-full-not-loaded = the full article is not loaded: { $why }
status-full-loaded = the full article, loaded from its address
status-closest = not in the library; closest headline: { $headline }
status-no-title = no article in the library matches “{ $title }”
status-no-article-in = no article in { $what }
status-no-read-also = this article has no read-also links
status-no-read-also-n = no read-also link { $n }: { $count -> 
    [one] there is { $count }
   *[other] there are { $count }
}
status-cancelled = cancelled loading { $what }
status-no-link-focused = no link focused ({ $tab } focuses the next one)
first-run-headline = No subscriptions yet
first-run-body = This store ({ $file }) has no subscriptions yet. To add a feed, press { $add } and type its address; the address of a web page that names its feed will do.
first-run-commands = From the shell: khabar add URL subscribes to a feed, and khabar import FILE.opml brings the subscriptions of another reader.
first-run-try = Meanwhile, the bundled articles follow this note to try: { $next } opens the next one.
no-items-headline = No items yet
no-items-body = { $count -> 
    [one] { $count } subscription
   *[other] { $count } subscriptions
}, no items yet. Press { $key } to fetch them (or run khabar update).
prompt-add-title = Subscribe to: a feed's address, or a page's
status-subscribing = subscribing to { $url }…
status-subscribed = subscribed to { $feed }: { $count -> 
    [one] { $count } item
   *[other] { $count } items
}
status-not-subscribed = not subscribed: { $why }
status-keeping = keeping the article in the store…
status-kept = kept in the store, saved
status-not-kept = not kept: { $why }
status-no-store = no store to write to (its folder is unknown: use { $option })

## The library pane: filter, order, headings, bulk marks, search of everything.
mode-filter = FILTER
mode-question = QUESTION
mode-address = ADDRESS
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
note-marked-all-read = { $count -> 
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
library-filter-waits = indexing…
library-search = search everything
library-searching = searching { $query }…
library-indexing = { $count ->
    [one] indexing { $count } article, then searching { $query }…
   *[other] indexing { $count } articles, then searching { $query }…
}
library-found = { $count -> 
    [one] { $count } article
   *[other] { $count } articles
} with { $query }
library-unread-only = unread only
library-articles = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
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
update-disk-full = { $file }: the disk holding the store is full: the feeds that failed were not written; the store holds what it held before them
cli-import-skipped = { $file }: skipped { $address }: { $reason }
opml-title = khabar subscriptions
update-failed = failed: { $error }
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
term-fix-mlterm-multiplexer = mlterm in tmux: set its use_ctl=false, and bidi="explicit"
term-fix-forced-terminal = in { $terminal }, bidi="runs" reads right, not "terminal"
# khabar doctor: its explanations (the test lines themselves are not translated), and why a bidi mode was chosen.
doctor-terminal = terminal: { $name }
doctor-terminal-unknown = terminal: not recognised
doctor-environment = environment: { $vars }
doctor-not-asked = the terminal was not asked (stdin or stdout is not a terminal)
doctor-answer = answer to { $query }: { $answer }
doctor-no-answer = no answer
doctor-bdsm-unknown = not recognised
doctor-bdsm-known = known (state { $state })
doctor-mode-explicit = mode { $name }: khabar writes visual order; the terminal must not reorder
doctor-mode-terminal = mode { $name }: khabar writes each line in logical order; the terminal reorders
doctor-mode-runs = mode { $name }: khabar writes its runs in visual order, each right-to-left run in logical order; the terminal reverses each such run
doctor-detected = detected: { $why }
doctor-forced = forced by { $setting } (in the config or with { $option })
doctor-mlterm-off = The reader turns mlterm's own bidi off while it runs ({ $sequence }), so it writes line A's order and mlterm shows it as it is; here mlterm reorders every line.
doctor-if-a = If this sentence and line A read right, khabar needs { $setting }.
doctor-if-b = If this sentence and line B read right, khabar needs { $setting }.
doctor-if-c = If this sentence and line C read right, khabar needs { $setting }.
doctor-orders = Each of these three sentences is written in the order of its line: only the one that suits this terminal reads right.
doctor-force = Force it in the config file ({ $command } shows where) with one line, e.g. { $example }, or once with { $option }.
term-why-unknown = no terminal recognised: assumed not to reorder
term-why-mux-mlterm = inside a multiplexer in mlterm, which reorders: its configuration protocol does not pass
term-why-mux-konsole = inside a multiplexer in Konsole, which reorders with a left-to-right base
term-why-mux-vte = inside a multiplexer in a VTE terminal: BDSM does not pass, so VTE reorders
term-why-mux-unknown = inside a multiplexer, outer terminal unknown: assumed not to reorder
term-why-bdsm = the terminal knows BDSM (mode 8): khabar turns its reordering off
term-why-bdsm-set = the terminal reorders and reports BDSM as permanently set
term-why-konsole = Konsole reorders with its BiDi rendering on (the default), with a left-to-right base
term-why-apple = Terminal.app reorders with a left-to-right base and cannot be told not to
term-why-leaves = this terminal does not reorder
term-why-konsole-env = { $variable } is set: Konsole reorders with its BiDi rendering on (the default), with a left-to-right base
term-why-vte-env = { $variable } is set: VTE honours BDSM, which khabar sends
term-why-wt-env = { $variable } is set: it does not reorder
term-why-mlterm-named = { $variable } names mlterm
term-why-mlterm-set = { $variable } is set
term-why-mlterm-off = { $how }, and its bidi is off ({ $setting }): it does not reorder
term-why-mlterm = { $how }: mlterm ignores BDSM, so khabar turns its bidi off for the session through its configuration protocol ({ $sequence }) and back on at exit

## Error reasons (src/i18n/errors.rs): what an error says, inside the sentences above.
reason-in-file = { $file }: { $reason }
reason-not-found = no such file or folder
reason-permission-denied = permission denied
reason-is-folder = is a folder
reason-io = the system reported an error ({ $error })
reason-empty-file = the file is empty
reason-binary = binary data, not an article
reason-file-too-large = the file is { $size } bytes; khabar reads articles of at most { $max } bytes
reason-line-too-long = line { $line } is { $len } bytes long; khabar reads lines of at most { $max } bytes
reason-json = invalid JSON article: { $error }
reason-json-broken = the JSON is broken at line { $line }, column { $column }
reason-json-data = at line { $line }, column { $column } the JSON does not fit khabar's article format ({ $error })
reason-json-no-article = the array holds no article
reason-json-article = article { $number }: { $reason }
reason-json-no-headline = { $field } is empty
reason-json-block = in { $field }: { $reason }
reason-json-text-and-content = give { $text } or { $content }, not both
reason-json-no-text = a block needs { $text } or { $content }
reason-json-level = { $level } is for list items ({ $item })
reason-unsupported = { $what } is not supported yet
reason-no-articles = no articles in this folder
reason-no-bundled = no such bundled article (the bundled ones: { $names })
reason-view-damaged = the library's saved view cannot be read ({ $error }); the default view is used
reason-marks-not-kept = { $count ->
    [one] one mark could not be kept
   *[other] { $count } marks could not be kept
}: { $reason }
reason-too-deep = elements are nested more than { $max } deep; khabar refuses such HTML
reason-no-text = no article text found in this { $what }
reason-not-a-feed = not a feed: this is { $what }
reason-names-feed = { $reason }; the page names a feed: { $address }
reason-feed-empty = the feed holds no items
reason-feed = the feed cannot be read ({ $error })
reason-parser-failed = the { $what } parser failed on this input ({ $error })
reason-not-http = only http and https addresses are followed, not { $scheme }
reason-address-spaces = the address holds spaces or control characters
reason-address-no-host = the address has no host
reason-address-invalid = not a valid address ({ $error })
reason-refused = address refused: { $error }
reason-status = the server answered { $status }
reason-timeout = no answer within { $seconds -> 
    [one] { $seconds } second
   *[other] { $seconds } seconds
}
reason-page-too-large = the page is larger than { $bytes } bytes
reason-redirects = more than { $count -> 
    [one] { $count } redirect
   *[other] { $count } redirects
}
reason-host-not-found = no such host
reason-connection-refused = the server refused the connection
reason-network = the connection failed ({ $error })
reason-db = the store's database failed (SQLite: { $error })
reason-disk-full = the disk holding the store is full; nothing of it was written
reason-store-newer = the store was written by a newer khabar (schema { $found }; this one knows { $known }); it was left as it is
reason-not-store = not a khabar store (an SQLite database khabar cannot read); it was left as it is
reason-not-store-file = not a khabar store (not an SQLite database); it was left as it is
reason-not-store-program = not a khabar store (an SQLite database of another program, application_id { $id }); it was left as it is
reason-not-store-tables = not a khabar store (an SQLite database with other tables); it was left as it is
reason-exists = already subscribed: { $address }
reason-no-match = no subscription matches { $name } (see khabar feeds)
reason-no-data-folder = this platform has no data folder; name a store with { $option }
reason-ambiguous = { $name } matches { $count } subscriptions; name one by its address or number
reason-no-item = no such item: { $id }
reason-query = the search cannot be used: { $error }
reason-regex = not a valid regular expression ({ $error })
reason-search-not-started = the search could not be started: { $error }
reason-damaged = item { $id } is stored damaged: { $error }
# The config file's problems (src/config.rs, ConfigError).
reason-config-at = { $file }:{ $line }: { $reason }
reason-config-toml = not valid TOML: { $error }
reason-config-bidi = bidi: "{ $value }" is not a mode ("auto", "explicit", "terminal" or "runs"; "on" and "off" also work)
reason-config-language = language: no catalogue for "{ $value }" (known: { $known })
reason-config-quote-style = theme.quote_style: "{ $value }" is not a style (known: { $known })
reason-config-colour-name = theme.{ $name }: unknown colour (known: { $known })
reason-config-colour = theme.{ $name }: cannot read colour "{ $value }" (a name like "yellow", or "#rrggbb")
reason-config-key = { $key }: { $error }
cli-no-config-folder = (no config folder on this platform)

## Warnings of the loader (issue 16): `khabar: warning: FILE: …`
report-warning = warning
reason-warn-invalid-utf8 = invalid UTF-8 at byte { $at }: decoded with replacement characters
reason-warn-read-also = { $count } "read also" links; the first { $max } are kept
reason-warn-inline-links = { $count } links in the text; the first { $max } are kept as links
reason-warn-items-dropped = { $total } items in the feed; the first { $max } are kept
reason-warn-malformed = the feed is malformed ({ $error }); loaded with { $repair }
reason-repair-utf8 = read as UTF-8 despite its declared encoding
reason-repair-ampersands = stray '&' characters escaped
reason-repair-cdata = an unterminated CDATA section closed
reason-repair-declarations = XML declarations inside the document dropped
reason-warn-untitled-one = item { $item } has no title; its first words stand in for one
reason-warn-untitled-many = { $count } items have no title (the first is item { $first }); their first words stand in for one
reason-warn-left-out-one = item { $item }: its content was left out ({ $reason })
reason-warn-left-out-many = item { $item }: its content was left out ({ $reason }); so was that of { $others ->
    [one] one other item
   *[other] { $others } other items
}
reason-warn-names-feed = the page names the feed { $feed }: `{ $command }` subscribes to it
reason-opml-xml = the XML is broken at line { $line }, column { $column }
reason-not-opml = not OPML: the document is { $element }, not <opml>
reason-opml-no-element = not OPML: no element
reason-opml-too-large = larger than { $max } bytes; khabar reads OPML files up to that size
reason-since = { $option } "{ $value }": give a date as YYYY-MM-DD or days back as Nd (7d)
reason-names-feed-add = { $reason }; { $offer }
# The words of third-party errors (SQLite, the feed parser, HTTP, the system) said by their kind.
reason-not-folder = a part of the path is not a folder
reason-invalid-data = the data is not valid
reason-read-only-fs = the file system is read-only
reason-storage-full = no space is left on the disk
reason-quota = the disk quota is used up
reason-already-exists = it already exists
reason-unexpected-eof = it ended too early
reason-timed-out = no answer came in time
reason-connection-reset = the connection was cut
reason-unreachable = the network cannot be reached
reason-invalid-file-name = the file name is not valid
reason-db-busy = another program is writing to the store; try again in a moment
reason-db-corrupt = the store is damaged and SQLite cannot read it; it was left as it is
reason-db-read-only = the store cannot be written (it is read-only)
reason-db-cannot-open = the store cannot be opened (its folder is missing or cannot be written)
reason-db-io = the disk failed while reading or writing the store
reason-connection-failed = no connection could be made to the server
reason-tls = the secure connection (TLS) failed ({ $error })
reason-protocol = the server's answer is not valid HTTP ({ $error })
reason-status-not-found = the server has no page at this address (HTTP { $status })
reason-status-forbidden = the server refuses access to this address (HTTP { $status })
reason-status-too-many = the server turns away too many requests; try again later (HTTP { $status })
reason-status-server = the server failed to answer (HTTP { $status })
reason-feed-no-root = not a feed: no <rss>, <feed> or <rdf:RDF> element
reason-feed-xml = the feed's XML is broken at line { $line }, column { $column }
reason-feed-xml-broken = the feed's XML is broken
reason-feed-json = the JSON Feed is broken at line { $line }, column { $column }
reason-feed-json-version = JSON Feed version { $version } is not supported
reason-warn-repaired = { $error }; loaded with { $repair }
