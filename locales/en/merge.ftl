# merge: what joining sessions found, and why it could not be done

merge-moved-note = note “{ $text }” ({ $id }) differs between sessions: this version is kept as { $new }, the other keeps { $id }
merge-moved-action = action item “{ $text }” ({ $id }) differs between sessions: this version is kept as { $new }, the other keeps { $id }
merge-moved-theme = theme “{ $text }” ({ $id }) differs between sessions: this version is kept as { $new }, the other keeps { $id }
merge-moved-poll = poll “{ $text }” ({ $id }) was set up differently in two sessions: this version is kept as { $new }, the other keeps { $id }
merge-moved-ballot = ballot on “{ $text }” ({ $id }) differs between sessions: this version is kept as { $new }, the other keeps { $id }
merge-status = poll “{ $question }” ({ $poll }) is { $statuses }: it is { $kept } here
merge-count = poll “{ $question }” ({ $poll }): the count for { $item } is { $counts }: { $kept } is kept
merge-count-none = none
merge-two-themes = note “{ $text }” ({ $note }) was grouped in two themes, “{ $kept }” ({ $kept_id }) and “{ $out }” ({ $out_id }): it stays in “{ $kept }” and was taken out of “{ $out }”
merge-two-themes-emptied = { $line }, which has no notes left
merge-in-one = { $one } in one session
merge-in-two = { $first } in one session and { $second } in another
merge-in-several = { $rest } or { $last } in different sessions
merge-missing = missing

## Ballots left out

merge-refused-draft = ballot { $ballot } on “{ $question }” was left out: the poll is still a draft in this session; open it and merge again
merge-refused-breaks = ballot { $ballot } on “{ $question }” was left out: { $reason }

## Why sessions cannot be merged

merge-error-none = give at least one session to merge
merge-error-framework = “{ $other }” is on a different framework from “{ $first }”: only sessions of the same mission, vision and values can be merged
merge-error-invalid = “{ $title }” breaks the session rules ({ $problem }), so it was not merged; `plaza validate` lists every problem
