# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_khabar_global_optspecs
    string join \n shape= bidi= config= db= h/help V/version
end

function __fish_khabar_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_khabar_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_khabar_using_subcommand
    set -l cmd (__fish_khabar_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c khabar -n "__fish_khabar_needs_command" -l shape -d 'Arabic shaping into presentation forms, for terminals that do not shape [default: on]' -r -f -a "on\t''
off\t''"
complete -c khabar -n "__fish_khabar_needs_command" -l bidi -d 'How RTL text is written: `explicit` (visual order; the terminal is told not to reorder), `terminal` (logical order in each placed line, for terminals that reorder by themselves), `runs` (visual order of runs, each RTL run in logical order, for terminals that reorder with a left-to-right base: Konsole), `auto` (the reader detects it; `khabar doctor` shows what it found). `on` = explicit, `off` = terminal [default: auto for the reader, explicit for output]' -r -f -a "auto\t''
explicit\t''
terminal\t''
runs\t''
on\t''
off\t''"
complete -c khabar -n "__fish_khabar_needs_command" -l config -d 'Config file to read instead of the default one (see `khabar config`)' -r -F
complete -c khabar -n "__fish_khabar_needs_command" -l db -d 'The database of subscriptions, items and saved articles [default: khabar.db in the data folder; `khabar feeds --where` prints it]' -r -F
complete -c khabar -n "__fish_khabar_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c khabar -n "__fish_khabar_needs_command" -s V -l version -d 'Print version'
complete -c khabar -n "__fish_khabar_needs_command" -a "config" -d 'Show where the config file is read from; `--print` prints the effective configuration'
complete -c khabar -n "__fish_khabar_needs_command" -a "dump" -d 'Print articles as plain text (laid out) or as JSON'
complete -c khabar -n "__fish_khabar_needs_command" -a "layout" -d 'Lay out text: each input line is a paragraph, printed as screen lines'
complete -c khabar -n "__fish_khabar_needs_command" -a "doctor" -d 'Say how this terminal treats right-to-left text, the bidi mode chosen and why'
complete -c khabar -n "__fish_khabar_needs_command" -a "add" -d 'Subscribe to a feed (RSS, Atom or JSON Feed); `khabar update` fetches it'
complete -c khabar -n "__fish_khabar_needs_command" -a "remove" -d 'Unsubscribe from a feed; its items go too, except saved ones'
complete -c khabar -n "__fish_khabar_needs_command" -a "feeds" -d 'List the subscriptions: number, name, unread and stored items, URL, last problem'
complete -c khabar -n "__fish_khabar_needs_command" -a "update" -d 'Fetch every subscription (or those named) and store the new items'
complete -c khabar -n "__fish_khabar_needs_command" -a "import" -d 'Subscribe to every feed of an OPML file (`-` reads standard input)'
complete -c khabar -n "__fish_khabar_needs_command" -a "export" -d 'Print the subscriptions as OPML 2.0 (or write them to FILE)'
complete -c khabar -n "__fish_khabar_needs_command" -a "search" -d 'Search every stored article (folded like `/`): headline, feed, date, matching line'
complete -c khabar -n "__fish_khabar_needs_command" -a "vacuum" -d 'Drop the items retention does not keep (`[store]` in the config), then compact'
complete -c khabar -n "__fish_khabar_needs_command" -a "completions" -d 'Print the shell completions of khabar for SHELL (bash, zsh, fish, elvish, powershell)'
complete -c khabar -n "__fish_khabar_needs_command" -a "man" -d 'Print khabar\'s manual page (roff, for `man -l -`)'
complete -c khabar -n "__fish_khabar_needs_command" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c khabar -n "__fish_khabar_using_subcommand config" -l shape -d 'Arabic shaping into presentation forms, for terminals that do not shape [default: on]' -r -f -a "on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand config" -l bidi -d 'How RTL text is written: `explicit` (visual order; the terminal is told not to reorder), `terminal` (logical order in each placed line, for terminals that reorder by themselves), `runs` (visual order of runs, each RTL run in logical order, for terminals that reorder with a left-to-right base: Konsole), `auto` (the reader detects it; `khabar doctor` shows what it found). `on` = explicit, `off` = terminal [default: auto for the reader, explicit for output]' -r -f -a "auto\t''
explicit\t''
terminal\t''
runs\t''
on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand config" -l config -d 'Config file to read instead of the default one (see `khabar config`)' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand config" -l db -d 'The database of subscriptions, items and saved articles [default: khabar.db in the data folder; `khabar feeds --where` prints it]' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand config" -l print -d 'Print the effective configuration (the defaults with the file applied) as TOML'
complete -c khabar -n "__fish_khabar_using_subcommand config" -s h -l help -d 'Print help'
complete -c khabar -n "__fish_khabar_using_subcommand dump" -s w -l width -d 'Width of the text in columns' -r
complete -c khabar -n "__fish_khabar_using_subcommand dump" -l search -d 'Print `N matches`, then each laid-out line holding a match, marked with `^` below (`re:` starts a regular expression)' -r
complete -c khabar -n "__fish_khabar_using_subcommand dump" -l shape -d 'Arabic shaping into presentation forms, for terminals that do not shape [default: on]' -r -f -a "on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand dump" -l bidi -d 'How RTL text is written: `explicit` (visual order; the terminal is told not to reorder), `terminal` (logical order in each placed line, for terminals that reorder by themselves), `runs` (visual order of runs, each RTL run in logical order, for terminals that reorder with a left-to-right base: Konsole), `auto` (the reader detects it; `khabar doctor` shows what it found). `on` = explicit, `off` = terminal [default: auto for the reader, explicit for output]' -r -f -a "auto\t''
explicit\t''
terminal\t''
runs\t''
on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand dump" -l config -d 'Config file to read instead of the default one (see `khabar config`)' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand dump" -l db -d 'The database of subscriptions, items and saved articles [default: khabar.db in the data folder; `khabar feeds --where` prints it]' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand dump" -l json -d 'Print the article model as JSON (an object for one article, an array for several)'
complete -c khabar -n "__fish_khabar_using_subcommand dump" -l exact -d 'Search without folding (diacritics, letter forms, digits and case must match)'
complete -c khabar -n "__fish_khabar_using_subcommand dump" -l loose -d 'Search folding also the hamza seats ؤ → و and ئ → ي'
complete -c khabar -n "__fish_khabar_using_subcommand dump" -s h -l help -d 'Print help'
complete -c khabar -n "__fish_khabar_using_subcommand layout" -s w -l width -d 'Width of a line in columns' -r
complete -c khabar -n "__fish_khabar_using_subcommand layout" -l shape -d 'Arabic shaping into presentation forms, for terminals that do not shape [default: on]' -r -f -a "on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand layout" -l bidi -d 'How RTL text is written: `explicit` (visual order; the terminal is told not to reorder), `terminal` (logical order in each placed line, for terminals that reorder by themselves), `runs` (visual order of runs, each RTL run in logical order, for terminals that reorder with a left-to-right base: Konsole), `auto` (the reader detects it; `khabar doctor` shows what it found). `on` = explicit, `off` = terminal [default: auto for the reader, explicit for output]' -r -f -a "auto\t''
explicit\t''
terminal\t''
runs\t''
on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand layout" -l config -d 'Config file to read instead of the default one (see `khabar config`)' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand layout" -l db -d 'The database of subscriptions, items and saved articles [default: khabar.db in the data folder; `khabar feeds --where` prints it]' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand layout" -l no-pad -d 'Do not pad right-aligned lines with leading spaces'
complete -c khabar -n "__fish_khabar_using_subcommand layout" -l isolate-addresses -d 'Lay URLs and e-mail addresses out as one left-to-right unit, broken only after `/ ? & .` (as the reader and `dump` do); off: plain UAX #9, comparable with FriBidi'
complete -c khabar -n "__fish_khabar_using_subcommand layout" -s h -l help -d 'Print help'
complete -c khabar -n "__fish_khabar_using_subcommand doctor" -l shape -d 'Arabic shaping into presentation forms, for terminals that do not shape [default: on]' -r -f -a "on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand doctor" -l bidi -d 'How RTL text is written: `explicit` (visual order; the terminal is told not to reorder), `terminal` (logical order in each placed line, for terminals that reorder by themselves), `runs` (visual order of runs, each RTL run in logical order, for terminals that reorder with a left-to-right base: Konsole), `auto` (the reader detects it; `khabar doctor` shows what it found). `on` = explicit, `off` = terminal [default: auto for the reader, explicit for output]' -r -f -a "auto\t''
explicit\t''
terminal\t''
runs\t''
on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand doctor" -l config -d 'Config file to read instead of the default one (see `khabar config`)' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand doctor" -l db -d 'The database of subscriptions, items and saved articles [default: khabar.db in the data folder; `khabar feeds --where` prints it]' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c khabar -n "__fish_khabar_using_subcommand add" -s n -l name -d 'A name to show instead of the feed\'s own title' -r
complete -c khabar -n "__fish_khabar_using_subcommand add" -l shape -d 'Arabic shaping into presentation forms, for terminals that do not shape [default: on]' -r -f -a "on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand add" -l bidi -d 'How RTL text is written: `explicit` (visual order; the terminal is told not to reorder), `terminal` (logical order in each placed line, for terminals that reorder by themselves), `runs` (visual order of runs, each RTL run in logical order, for terminals that reorder with a left-to-right base: Konsole), `auto` (the reader detects it; `khabar doctor` shows what it found). `on` = explicit, `off` = terminal [default: auto for the reader, explicit for output]' -r -f -a "auto\t''
explicit\t''
terminal\t''
runs\t''
on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand add" -l config -d 'Config file to read instead of the default one (see `khabar config`)' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand add" -l db -d 'The database of subscriptions, items and saved articles [default: khabar.db in the data folder; `khabar feeds --where` prints it]' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand add" -s h -l help -d 'Print help'
complete -c khabar -n "__fish_khabar_using_subcommand remove" -l shape -d 'Arabic shaping into presentation forms, for terminals that do not shape [default: on]' -r -f -a "on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand remove" -l bidi -d 'How RTL text is written: `explicit` (visual order; the terminal is told not to reorder), `terminal` (logical order in each placed line, for terminals that reorder by themselves), `runs` (visual order of runs, each RTL run in logical order, for terminals that reorder with a left-to-right base: Konsole), `auto` (the reader detects it; `khabar doctor` shows what it found). `on` = explicit, `off` = terminal [default: auto for the reader, explicit for output]' -r -f -a "auto\t''
explicit\t''
terminal\t''
runs\t''
on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand remove" -l config -d 'Config file to read instead of the default one (see `khabar config`)' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand remove" -l db -d 'The database of subscriptions, items and saved articles [default: khabar.db in the data folder; `khabar feeds --where` prints it]' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand remove" -s h -l help -d 'Print help'
complete -c khabar -n "__fish_khabar_using_subcommand feeds" -l shape -d 'Arabic shaping into presentation forms, for terminals that do not shape [default: on]' -r -f -a "on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand feeds" -l bidi -d 'How RTL text is written: `explicit` (visual order; the terminal is told not to reorder), `terminal` (logical order in each placed line, for terminals that reorder by themselves), `runs` (visual order of runs, each RTL run in logical order, for terminals that reorder with a left-to-right base: Konsole), `auto` (the reader detects it; `khabar doctor` shows what it found). `on` = explicit, `off` = terminal [default: auto for the reader, explicit for output]' -r -f -a "auto\t''
explicit\t''
terminal\t''
runs\t''
on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand feeds" -l config -d 'Config file to read instead of the default one (see `khabar config`)' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand feeds" -l db -d 'The database of subscriptions, items and saved articles [default: khabar.db in the data folder; `khabar feeds --where` prints it]' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand feeds" -l where -d 'Print only where the database is'
complete -c khabar -n "__fish_khabar_using_subcommand feeds" -s h -l help -d 'Print help'
complete -c khabar -n "__fish_khabar_using_subcommand update" -s j -l jobs -d 'Feeds fetched at once' -r
complete -c khabar -n "__fish_khabar_using_subcommand update" -l timeout -d 'Time limit of one feed, in seconds (connecting, the answer and its body)' -r
complete -c khabar -n "__fish_khabar_using_subcommand update" -l shape -d 'Arabic shaping into presentation forms, for terminals that do not shape [default: on]' -r -f -a "on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand update" -l bidi -d 'How RTL text is written: `explicit` (visual order; the terminal is told not to reorder), `terminal` (logical order in each placed line, for terminals that reorder by themselves), `runs` (visual order of runs, each RTL run in logical order, for terminals that reorder with a left-to-right base: Konsole), `auto` (the reader detects it; `khabar doctor` shows what it found). `on` = explicit, `off` = terminal [default: auto for the reader, explicit for output]' -r -f -a "auto\t''
explicit\t''
terminal\t''
runs\t''
on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand update" -l config -d 'Config file to read instead of the default one (see `khabar config`)' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand update" -l db -d 'The database of subscriptions, items and saved articles [default: khabar.db in the data folder; `khabar feeds --where` prints it]' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand update" -s h -l help -d 'Print help'
complete -c khabar -n "__fish_khabar_using_subcommand import" -l shape -d 'Arabic shaping into presentation forms, for terminals that do not shape [default: on]' -r -f -a "on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand import" -l bidi -d 'How RTL text is written: `explicit` (visual order; the terminal is told not to reorder), `terminal` (logical order in each placed line, for terminals that reorder by themselves), `runs` (visual order of runs, each RTL run in logical order, for terminals that reorder with a left-to-right base: Konsole), `auto` (the reader detects it; `khabar doctor` shows what it found). `on` = explicit, `off` = terminal [default: auto for the reader, explicit for output]' -r -f -a "auto\t''
explicit\t''
terminal\t''
runs\t''
on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand import" -l config -d 'Config file to read instead of the default one (see `khabar config`)' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand import" -l db -d 'The database of subscriptions, items and saved articles [default: khabar.db in the data folder; `khabar feeds --where` prints it]' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand import" -s h -l help -d 'Print help'
complete -c khabar -n "__fish_khabar_using_subcommand export" -l shape -d 'Arabic shaping into presentation forms, for terminals that do not shape [default: on]' -r -f -a "on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand export" -l bidi -d 'How RTL text is written: `explicit` (visual order; the terminal is told not to reorder), `terminal` (logical order in each placed line, for terminals that reorder by themselves), `runs` (visual order of runs, each RTL run in logical order, for terminals that reorder with a left-to-right base: Konsole), `auto` (the reader detects it; `khabar doctor` shows what it found). `on` = explicit, `off` = terminal [default: auto for the reader, explicit for output]' -r -f -a "auto\t''
explicit\t''
terminal\t''
runs\t''
on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand export" -l config -d 'Config file to read instead of the default one (see `khabar config`)' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand export" -l db -d 'The database of subscriptions, items and saved articles [default: khabar.db in the data folder; `khabar feeds --where` prints it]' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand export" -s h -l help -d 'Print help'
complete -c khabar -n "__fish_khabar_using_subcommand search" -l feed -d 'Only this feed (number, URL or name)' -r
complete -c khabar -n "__fish_khabar_using_subcommand search" -l since -d 'Only items since this date (YYYY-MM-DD) or this many days back (7d)' -r
complete -c khabar -n "__fish_khabar_using_subcommand search" -l rank -d 'Order of the results' -r -f -a "date\t'Newest first'
relevance\t'Best match first (FTS5 bm25)'"
complete -c khabar -n "__fish_khabar_using_subcommand search" -l limit -d 'At most this many results (0: all)' -r
complete -c khabar -n "__fish_khabar_using_subcommand search" -l shape -d 'Arabic shaping into presentation forms, for terminals that do not shape [default: on]' -r -f -a "on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand search" -l bidi -d 'How RTL text is written: `explicit` (visual order; the terminal is told not to reorder), `terminal` (logical order in each placed line, for terminals that reorder by themselves), `runs` (visual order of runs, each RTL run in logical order, for terminals that reorder with a left-to-right base: Konsole), `auto` (the reader detects it; `khabar doctor` shows what it found). `on` = explicit, `off` = terminal [default: auto for the reader, explicit for output]' -r -f -a "auto\t''
explicit\t''
terminal\t''
runs\t''
on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand search" -l config -d 'Config file to read instead of the default one (see `khabar config`)' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand search" -l db -d 'The database of subscriptions, items and saved articles [default: khabar.db in the data folder; `khabar feeds --where` prints it]' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand search" -l unread -d 'Only unread items'
complete -c khabar -n "__fish_khabar_using_subcommand search" -l json -d 'Print the results as JSON'
complete -c khabar -n "__fish_khabar_using_subcommand search" -l exact -d 'Search without folding (diacritics, letter forms, digits and case must match)'
complete -c khabar -n "__fish_khabar_using_subcommand search" -l loose -d 'Search folding also the hamza seats and Hebrew final letters'
complete -c khabar -n "__fish_khabar_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c khabar -n "__fish_khabar_using_subcommand vacuum" -l keep-items -d 'Keep at most this many items per feed [default: `[store] keep_items`]' -r
complete -c khabar -n "__fish_khabar_using_subcommand vacuum" -l keep-days -d 'Keep items newer than this many days [default: `[store] keep_days`]' -r
complete -c khabar -n "__fish_khabar_using_subcommand vacuum" -l shape -d 'Arabic shaping into presentation forms, for terminals that do not shape [default: on]' -r -f -a "on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand vacuum" -l bidi -d 'How RTL text is written: `explicit` (visual order; the terminal is told not to reorder), `terminal` (logical order in each placed line, for terminals that reorder by themselves), `runs` (visual order of runs, each RTL run in logical order, for terminals that reorder with a left-to-right base: Konsole), `auto` (the reader detects it; `khabar doctor` shows what it found). `on` = explicit, `off` = terminal [default: auto for the reader, explicit for output]' -r -f -a "auto\t''
explicit\t''
terminal\t''
runs\t''
on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand vacuum" -l config -d 'Config file to read instead of the default one (see `khabar config`)' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand vacuum" -l db -d 'The database of subscriptions, items and saved articles [default: khabar.db in the data folder; `khabar feeds --where` prints it]' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand vacuum" -l include-unread -d 'Let unread items go too (saved ones always stay)'
complete -c khabar -n "__fish_khabar_using_subcommand vacuum" -s h -l help -d 'Print help'
complete -c khabar -n "__fish_khabar_using_subcommand completions" -l shape -d 'Arabic shaping into presentation forms, for terminals that do not shape [default: on]' -r -f -a "on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand completions" -l bidi -d 'How RTL text is written: `explicit` (visual order; the terminal is told not to reorder), `terminal` (logical order in each placed line, for terminals that reorder by themselves), `runs` (visual order of runs, each RTL run in logical order, for terminals that reorder with a left-to-right base: Konsole), `auto` (the reader detects it; `khabar doctor` shows what it found). `on` = explicit, `off` = terminal [default: auto for the reader, explicit for output]' -r -f -a "auto\t''
explicit\t''
terminal\t''
runs\t''
on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand completions" -l config -d 'Config file to read instead of the default one (see `khabar config`)' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand completions" -l db -d 'The database of subscriptions, items and saved articles [default: khabar.db in the data folder; `khabar feeds --where` prints it]' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand completions" -s h -l help -d 'Print help'
complete -c khabar -n "__fish_khabar_using_subcommand man" -l shape -d 'Arabic shaping into presentation forms, for terminals that do not shape [default: on]' -r -f -a "on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand man" -l bidi -d 'How RTL text is written: `explicit` (visual order; the terminal is told not to reorder), `terminal` (logical order in each placed line, for terminals that reorder by themselves), `runs` (visual order of runs, each RTL run in logical order, for terminals that reorder with a left-to-right base: Konsole), `auto` (the reader detects it; `khabar doctor` shows what it found). `on` = explicit, `off` = terminal [default: auto for the reader, explicit for output]' -r -f -a "auto\t''
explicit\t''
terminal\t''
runs\t''
on\t''
off\t''"
complete -c khabar -n "__fish_khabar_using_subcommand man" -l config -d 'Config file to read instead of the default one (see `khabar config`)' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand man" -l db -d 'The database of subscriptions, items and saved articles [default: khabar.db in the data folder; `khabar feeds --where` prints it]' -r -F
complete -c khabar -n "__fish_khabar_using_subcommand man" -s h -l help -d 'Print help'
complete -c khabar -n "__fish_khabar_using_subcommand help; and not __fish_seen_subcommand_from config dump layout doctor add remove feeds update import export search vacuum completions man help" -f -a "config" -d 'Show where the config file is read from; `--print` prints the effective configuration'
complete -c khabar -n "__fish_khabar_using_subcommand help; and not __fish_seen_subcommand_from config dump layout doctor add remove feeds update import export search vacuum completions man help" -f -a "dump" -d 'Print articles as plain text (laid out) or as JSON'
complete -c khabar -n "__fish_khabar_using_subcommand help; and not __fish_seen_subcommand_from config dump layout doctor add remove feeds update import export search vacuum completions man help" -f -a "layout" -d 'Lay out text: each input line is a paragraph, printed as screen lines'
complete -c khabar -n "__fish_khabar_using_subcommand help; and not __fish_seen_subcommand_from config dump layout doctor add remove feeds update import export search vacuum completions man help" -f -a "doctor" -d 'Say how this terminal treats right-to-left text, the bidi mode chosen and why'
complete -c khabar -n "__fish_khabar_using_subcommand help; and not __fish_seen_subcommand_from config dump layout doctor add remove feeds update import export search vacuum completions man help" -f -a "add" -d 'Subscribe to a feed (RSS, Atom or JSON Feed); `khabar update` fetches it'
complete -c khabar -n "__fish_khabar_using_subcommand help; and not __fish_seen_subcommand_from config dump layout doctor add remove feeds update import export search vacuum completions man help" -f -a "remove" -d 'Unsubscribe from a feed; its items go too, except saved ones'
complete -c khabar -n "__fish_khabar_using_subcommand help; and not __fish_seen_subcommand_from config dump layout doctor add remove feeds update import export search vacuum completions man help" -f -a "feeds" -d 'List the subscriptions: number, name, unread and stored items, URL, last problem'
complete -c khabar -n "__fish_khabar_using_subcommand help; and not __fish_seen_subcommand_from config dump layout doctor add remove feeds update import export search vacuum completions man help" -f -a "update" -d 'Fetch every subscription (or those named) and store the new items'
complete -c khabar -n "__fish_khabar_using_subcommand help; and not __fish_seen_subcommand_from config dump layout doctor add remove feeds update import export search vacuum completions man help" -f -a "import" -d 'Subscribe to every feed of an OPML file (`-` reads standard input)'
complete -c khabar -n "__fish_khabar_using_subcommand help; and not __fish_seen_subcommand_from config dump layout doctor add remove feeds update import export search vacuum completions man help" -f -a "export" -d 'Print the subscriptions as OPML 2.0 (or write them to FILE)'
complete -c khabar -n "__fish_khabar_using_subcommand help; and not __fish_seen_subcommand_from config dump layout doctor add remove feeds update import export search vacuum completions man help" -f -a "search" -d 'Search every stored article (folded like `/`): headline, feed, date, matching line'
complete -c khabar -n "__fish_khabar_using_subcommand help; and not __fish_seen_subcommand_from config dump layout doctor add remove feeds update import export search vacuum completions man help" -f -a "vacuum" -d 'Drop the items retention does not keep (`[store]` in the config), then compact'
complete -c khabar -n "__fish_khabar_using_subcommand help; and not __fish_seen_subcommand_from config dump layout doctor add remove feeds update import export search vacuum completions man help" -f -a "completions" -d 'Print the shell completions of khabar for SHELL (bash, zsh, fish, elvish, powershell)'
complete -c khabar -n "__fish_khabar_using_subcommand help; and not __fish_seen_subcommand_from config dump layout doctor add remove feeds update import export search vacuum completions man help" -f -a "man" -d 'Print khabar\'s manual page (roff, for `man -l -`)'
complete -c khabar -n "__fish_khabar_using_subcommand help; and not __fish_seen_subcommand_from config dump layout doctor add remove feeds update import export search vacuum completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
