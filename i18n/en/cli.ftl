# khabar's command line: --help and clap's usage errors (src/cli/lang.rs keys them by
# subcommand and argument id; a test checks the English against the derive of src/cli.rs).

cli-about = A terminal news reader that shows Arabic, Persian and Hebrew right to left
cli-arg-add-name = A name to show instead of the feed's own title
cli-arg-add-url = The feed's address (http or https)
cli-arg-bidi = How RTL text is written: `explicit` (visual order; the terminal is told not to reorder), `terminal` (logical order in each placed line, for terminals that reorder by themselves), `runs` (visual order of runs, each RTL run in logical order, for terminals that reorder with a left-to-right base: Konsole), `auto` (the reader detects it; `khabar doctor` shows what it found). `on` = explicit, `off` = terminal [default: auto for the reader, explicit for output]
cli-arg-completions-shell = The shell
cli-arg-config = Config file to read instead of the default one (see `khabar config`)
cli-arg-config-print = Print the effective configuration (the defaults with the file applied) as TOML
cli-arg-db = The database of subscriptions, items and saved articles [default: khabar.db in the data folder; `khabar feeds --where` prints it]
cli-arg-dump-exact = Search without folding (diacritics, letter forms, digits and case must match)
cli-arg-dump-json = Print the article model as JSON (an object for one article, an array for several)
cli-arg-dump-loose = Search folding also the hamza seats ؤ → و and ئ → ي
cli-arg-dump-paths = Article files or folders, `bundled:` articles or web addresses
cli-arg-dump-search = Print `N matches`, then each laid-out line holding a match, marked with `^` below (`re:` starts a regular expression)
cli-arg-dump-width = Width of the text in columns
cli-arg-export-file = Write to this file instead of standard output
cli-arg-feeds-where = Print only where the database is
cli-arg-import-file = The OPML file
cli-arg-layout-file = The input file; `-` or nothing reads standard input
cli-arg-layout-isolate-addresses = Lay URLs and e-mail addresses out as one left-to-right unit, broken only after `/ ? & .` (as the reader and `dump` do); off: plain UAX #9, comparable with FriBidi
cli-arg-layout-no-pad = Do not pad right-aligned lines with leading spaces
cli-arg-layout-width = Width of a line in columns
cli-arg-paths = Article files or folders to open (a file brings its folder along as the library), web addresses (http, https: an article page or a feed), `bundled:` (the bundled articles) or `bundled:NAME`
cli-arg-remove-feed = The feed: its number in `khabar feeds`, its URL or its name
cli-arg-search-exact = Search without folding (diacritics, letter forms, digits and case must match)
cli-arg-search-feed = Only this feed (number, URL or name)
cli-arg-search-json = Print the results as JSON
cli-arg-search-limit = At most this many results (0: all)
cli-arg-search-loose = Search folding also the hamza seats and Hebrew final letters
cli-arg-search-query = What to find (`re:` starts a regular expression)
cli-arg-search-rank = Order of the results
cli-arg-search-rank-date = Newest first
cli-arg-search-rank-relevance = Best match first (FTS5 bm25)
cli-arg-search-since = Only items since this date (YYYY-MM-DD) or this many days back (7d)
cli-arg-search-unread = Only unread items
cli-arg-shape = Arabic shaping into presentation forms, for terminals that do not shape [default: on]
cli-arg-update-feeds = Only these feeds (number, URL or name); all of them by default
cli-arg-update-jobs = Feeds fetched at once
cli-arg-update-timeout = Time limit of one feed, in seconds (connecting, the answer and its body)
cli-arg-vacuum-include-unread = Let unread items go too (saved ones always stay)
cli-arg-vacuum-keep-days = Keep items newer than this many days [default: `[store] keep_days`]
cli-arg-vacuum-keep-items = Keep at most this many items per feed [default: `[store] keep_items`]
cli-cmd-add = Subscribe to a feed (RSS, Atom or JSON Feed); `khabar update` fetches it
cli-cmd-completions = Print the shell completions of khabar for SHELL (bash, zsh, fish, elvish, powershell)
cli-cmd-config = Show where the config file is read from; `--print` prints the effective configuration
cli-cmd-doctor = Say how this terminal treats right-to-left text, the bidi mode chosen and why
cli-cmd-dump = Print articles as plain text (laid out) or as JSON
cli-cmd-export = Print the subscriptions as OPML 2.0 (or write them to FILE)
cli-cmd-feeds = List the subscriptions: number, name, unread and stored items, URL, last problem
cli-cmd-help = Print this message or the help of the given subcommand(s)
cli-cmd-import = Subscribe to every feed of an OPML file (`-` reads standard input)
cli-cmd-layout = Lay out text: each input line is a paragraph, printed as screen lines
cli-cmd-man = Print khabar's manual page (roff, for `man -l -`)
cli-cmd-remove = Unsubscribe from a feed; its items go too, except saved ones
cli-cmd-search = Search every stored article (folded like `/`): headline, feed, date, matching line
cli-cmd-update = Fetch every subscription (or those named) and store the new items
cli-cmd-vacuum = Drop the items retention does not keep (`[store]` in the config), then compact
cli-examples =
    Examples:
      khabar                                  the subscriptions, or the bundled articles
      khabar article.html notes/ https://example.org/news/1
                                              open files, folders and web pages
      khabar bundled:                         the articles bundled with khabar
      khabar dump --width 60 article.txt      print an article laid out, as text
      khabar dump --search 'الصين' notes/     count and show the matches in every file
      khabar layout --width 60 < text.txt     lay out each line of a text
      khabar config --print                   print the effective configuration
      khabar doctor                           how this terminal treats RTL text, the mode chosen
      khabar add https://example.org/feed.xml subscribe to a feed
      khabar update                           fetch every subscription
      khabar feeds                            list the subscriptions
      khabar remove 3                         unsubscribe from feed number 3
      khabar import feeds.opml                subscribe to every feed of an OPML file
      khabar export feeds.opml                write the subscriptions as OPML
      khabar search 'الزلزال' --since 30d     search every stored article
      khabar vacuum --keep-days 90            drop old read items, compact the store
      khabar completions bash > ~/.local/share/bash-completion/completions/khabar
      khabar man > khabar.1                   the manual page

    Exit status: 0 done, 1 an error (a file or address that could not be read, a failed
    fetch), 2 a usage error (an unknown option, a bad or missing --config file).
cli-flag-help = Print help
cli-flag-help-more = Print help (see more with '--help')
cli-flag-help-summary = Print help (see a summary with '-h')
cli-flag-version = Print version
cli-long-about =
    khabar (خبر, "news") reads articles in the terminal and shows right-to-left text in correct visual order.

    With no PATH it opens your subscriptions (khabar add URL), or else the bundled articles.

# The headings clap writes, and its notes after an argument's help.
cli-heading-usage = Usage:
cli-heading-commands = Commands:
cli-heading-arguments = Arguments:
cli-heading-options = Options:
cli-default = [default: { $value }]
cli-possible = [possible values: { $values }]
cli-value-with-help = { $value } ({ $help })

# clap's usage errors: the user's argument, value or subcommand is each placeable.
cli-error-unknown-argument = error: unexpected argument '{ $arg }' found
cli-error-unknown-subcommand = error: unrecognized subcommand '{ $arg }'
cli-error-invalid-value = error: invalid value '{ $value }' for '{ $arg }'
cli-error-invalid-value-why = error: invalid value '{ $value }' for '{ $arg }': { $reason }
cli-error-out-of-range = error: invalid value '{ $value }' for '{ $arg }': a number from { $low } to { $high } is needed
cli-error-not-a-number = error: invalid value '{ $value }' for '{ $arg }': a whole number is needed
cli-error-missing = error: the following required arguments were not provided:
cli-error-missing-subcommand = error: '{ $arg }' requires a subcommand
cli-error-conflict = error: the argument '{ $arg }' cannot be used with '{ $prior }'
cli-error-repeated = error: the argument '{ $arg }' cannot be used multiple times
cli-error-too-many = error: unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-error-values-count = error: the argument '{ $arg }' takes a different number of values
cli-error-no-equals = error: an equal sign is needed when giving a value to '{ $arg }'
cli-error-utf8 = error: an argument is not valid UTF-8
cli-error-other = error: { $reason }
cli-tip-subcommand = tip: a similar subcommand exists: '{ $arg }'
cli-tip-argument = tip: a similar argument exists: '{ $arg }'
cli-tip-value = tip: a similar value exists: '{ $arg }'
cli-tip-dash = tip: to pass '{ $arg }' as a value, use '{ $escaped }'
cli-error-usage = Usage: { $usage }
cli-error-help = For more information, try '{ $help }'.
