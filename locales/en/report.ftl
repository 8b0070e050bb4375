# report

## The session's lines at the top

report-facilitated-by = facilitated by { $names }
report-notes-count = { $count ->
    [one] 1 note
   *[other] { $count } notes
}
report-actions-count = { $count ->
    [one] 1 action item
   *[other] { $count } action items
}
report-polls-count = { $count ->
    [one] 1 poll
   *[other] { $count } polls
}

## Sections

report-polls = Polls
report-no-polls = No polls.
report-themes = Themes
report-notes = Notes
report-no-notes = No notes.
report-actions = Action items
report-no-actions = No action items.
report-tie = = marks a tie.

## Table headings

report-col-rank = Rank
report-col-item = Item
report-col-dots = Dots
report-col-count = Count
report-col-points = Points
report-col-first-choices = First choices
report-col-mean = Mean
report-col-median = Median
report-col-ratings = Ratings
report-col-done = Done
report-col-action = Action
report-col-owner = Owner
report-col-due = Due
report-col-about = About
report-yes = yes
report-no = no
report-action-done = ✓ done
report-action-open = open

## A poll's figures

report-ballots = { $count ->
    [one] 1 ballot
   *[other] { $count } ballots
}
report-hands-counted = { $count ->
    [one] 1 hand counted
   *[other] { $count } hands counted
}
report-sources = { $booth } at the booth, { $phones }
report-on-phones = { $count ->
    [one] 1 on a phone
   *[other] { $count } on phones
}
report-scale = Scale { $min } ({ $low }) to { $max } ({ $high }).
report-few-ratings-mark = (few ratings)
report-few-ratings-meaning = rated on fewer than half of the ballots, so ranked after the items rated on at least half
report-few-ratings-short = rated by fewer than half, so ranked after the rest
report-few-ratings-line = Few ratings: { $meaning } ({ $ballots } in all).
report-theme-notes = { $count ->
    [one] 1 note
   *[other] { $count } notes
}
report-chart-label = Results of { $question }
report-chart-rating = { $mean } · { $ratings }
report-ratings-count = { $count ->
    [one] 1 rating
   *[other] { $count } ratings
}
report-few = (few)
report-points-count = { $count ->
    [one] 1 point
   *[other] { $count } points
}
report-dots-count = { $count ->
    [one] 1 dot
   *[other] { $count } dots
}
report-counted = { $count } counted
report-mean-rated = mean { $mean }, { $count } rated
report-not-rated = not rated
report-no-owner = No owner yet
report-heading-dots = Dots
report-heading-rating = Rating
report-heading-ranking = Ranking
report-heading-tally = Tally
report-heading-numbered = { $heading } { $number }

## CSV column headings, read by people in a spreadsheet

report-csv-id = id
report-csv-about = about
report-csv-about-name = about_name
report-csv-group = group
report-csv-kind = kind
report-csv-text = text
report-csv-created = created
report-csv-owner = owner
report-csv-due = due
report-csv-done = done
report-csv-poll = poll
report-csv-question = question
report-csv-method = method
report-csv-status = status
report-csv-ballots = ballots
report-csv-rank = rank
report-csv-tied = tied
report-csv-item = item
report-csv-item-name = item_name
report-csv-total = total
report-csv-mean = mean
report-csv-median = median
report-csv-ratings = ratings
report-csv-points = points
report-csv-first-choices = first_choices
report-csv-few-ratings = few_ratings
report-csv-item-kind = item_kind

## Why a report could not be made

report-export-extension = Plaza cannot write a report as { $name }: choose a file ending in { $extensions } (the extension picks the format)
report-export-mismatch = { $name } is a { $found } file name, but the format asked for is { $asked }: make them agree
report-export-render = could not make the report: { $reason }
