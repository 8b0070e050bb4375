# compare: two sessions side by side (plaza compare, the desk's comparison)

compare-title = { $after } compared with { $before }
compare-polls-compared = Polls compared
compare-no-polls = Neither session ran a poll: only the notes compare.
compare-shares-meaning = Dots and hand counts are compared as each item's share of everything cast in that year's poll, so a year with more voters or a bigger dot budget does not look keener; a change of share is in percentage points.
compare-before = { $title } (before)
compare-after = { $title } (after)
compare-only-in = Only in { $title }:
compare-item-by-item = Item by item
compare-cells-meaning = Each cell reads before → after, and the change. Borda rank: 1 is the top; a smaller number is better. – means that year ran no such poll, or its poll did not have the item.

## What is compared: a column's heading, a row's name, a poll's kind in a sentence

compare-heading-notes = Notes
compare-heading-dots = Share of dots
compare-heading-rating = Mean rating
compare-heading-ranking = Borda rank
compare-heading-hand-count = Share of hand count
compare-name-notes = Notes
compare-name-dots = Dot vote
compare-name-rating = Rating
compare-name-ranking = Ranking
compare-name-hand-count = Hand count
compare-poll-notes = note
compare-poll-dots = dot vote
compare-poll-rating = rating
compare-poll-ranking = ranking
compare-poll-hand-count = hand count

## A poll's facts and a cell's figures

compare-missing = no { $poll }
compare-counted-by-hand = counted by hand, { $count } in all
compare-so-far = { $facts } so far, voting is open
compare-same-question = the same question
compare-none = none
compare-no-choices = none
compare-no-change = no change
compare-up = up { $count }
compare-down = down { $count }
compare-share-points = { $count ->
    [one] 1 point
   *[other] { $count } points
}
compare-no-dots-cast = no dots cast
compare-nothing-counted = nothing counted
compare-rated-by = rated by { $count }
compare-rated-by-few = rated by { $count }, few

## Polls on the room's ideas

compare-ideas = Polls on the room's ideas
compare-ideas-meaning = These polls' choices are the room's own notes, themes or action items, which differ from year to year, so they are listed with their top choices, not compared item by item. A choice both years' copies of a poll share (the same note, theme or action item) shows before → after.
compare-no-such-poll = { $title }: no such poll
compare-top-choices = Top choices: { $choices }.
compare-idea-choice = { $rank }{ $kind } “{ $text }” ({ $score })
compare-kind-note = note
compare-kind-theme = theme
compare-kind-action = action item
compare-kind-item = item
compare-kind-choice = choice
