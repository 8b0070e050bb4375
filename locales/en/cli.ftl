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
