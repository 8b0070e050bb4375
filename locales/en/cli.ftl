# cli

cli-report-is-session = { $path } is the session itself; choose another file for the report
cli-report-stdout = could not write the report to standard output
cli-cannot-read = { $file }: cannot read: { $reason }
cli-unplaced = { $file }:{ $line }: not imported: "{ $text }" ({ $reason })
cli-serve-no-poll = there is no poll “{ $id }” in this session
cli-serve-hand-count = “{ $question }” is a hand count: it takes no ballots
cli-serve-not-open = “{ $question }” is { $status }: phones vote only on an open poll
cli-serve-none-open = no poll is open: name one with --poll (a draft is opened)
cli-serve-several-open = { $count } polls are open; name one with --poll: { $polls }
cli-compare-json = the comparison could not be written as JSON
cli-compare-stdout = could not write the comparison to standard output
cli-merge-exists = { $path } already exists; choose a new file for the merged session
cli-merge-invalid = { $path } breaks the session rules, so nothing was merged: { $problem } ({ $count ->
    [one] 1 problem
   *[other] { $count } problems
} in all; `plaza validate` lists every one)
cli-merge-stdout = { $path } was written, but its summary could not go to standard output
cli-merge-done = Merged into { $path }
cli-merge-added = From { $path }: { $notes }, { $actions }, { $polls } and { $ballots } added.
cli-merge-added-themes = From { $path }: { $notes }, { $actions }, { $themes }, { $polls } and { $ballots } added.
cli-merge-themes = { $count ->
    [one] 1 theme
   *[other] { $count } themes
}
cli-merge-conflict = Conflict: { $line }
cli-merge-refused = Refused: { $line }
cli-framework-of = cannot take the framework of { $file }
cli-cannot-import = cannot import { $file }
cli-cannot-read-file = cannot read { $file }
cli-framework-too-large = it is over 1 MiB; expected a session or a Framework(…) file
cli-framework-not-utf8 = it is not UTF-8 text; expected a session or a Framework(…) file
cli-framework-expected = expected a session or a Framework(…) file: { $reason }
cli-serve-read-only = { $reason }: phones cannot vote into a session another Plaza is writing
cli-serve-cannot-open = the poll could not be opened
cli-serve-not-saved = the poll was opened but could not be saved: { $reason }
cli-serve-no-wait = cannot wait for Ctrl+C
cli-stdout = could not write to standard output: { $reason }
cli-created-unsaid = { $path } was created, but its name could not be written to standard output: { $reason }
