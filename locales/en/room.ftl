# room

projector-window-title = Plaza — Projector · { $slide }

## Slide titles (the slide list and the projector's window title)

room-slide-poll = Poll
room-slide-vote = Vote: { $question }
room-slide-results = Results: { $question }
room-slide-notes-wall = Notes wall
room-slide-actions = Action items
room-slide-thanks = Thank you

## The small line over one item's slide, where the organisation gave its section no name

room-kicker-mission = MISSION
room-kicker-vision = VISION
room-kicker-value = CORE VALUE

## Slides

room-poll-removed = This poll was removed
room-ballots-cast = { $count ->
    [one] 1 ballot cast
   *[other] { $count } ballots cast
}
room-points = { $count ->
    [one] 1 point
   *[other] { $count } points
}
room-rating-score = { $mean } ({ $count } rated)
room-rating-score-few = { $mean } ({ $count } rated, few)
room-poll-draft = Voting opens soon
room-poll-open = Voting is open
room-poll-closed = Voting is closed · results soon
room-poll-revealed = Results are in
room-notes-kicker = NOTES
room-notes-title = What we heard
room-notes-count = { $count ->
    [one] 1 note
   *[other] { $count } notes
}
room-actions-kicker = NEXT STEPS
room-actions-none = None yet
room-action-due = by { $date }
room-more = … and { $count } more
room-choices-page = { $count ->
    [one] 1 choice
   *[other] { $count } choices
}  ·  page { $page } of { $pages }

## A hand count while hands are up

room-hands-open = Voting is open: hands up as each is read

## The booth

room-booth-dot-used = Your dot is used. Take it off to move it.
room-booth-dots-used = All { $count } dots are used. Take one off to move it.
room-booth-most-on-one = { $count ->
    [one] At most 1 dot on one choice.
   *[other] At most { $count } dots on one choice.
}
room-booth-all-rated = Every item has a score: tap one to change it.
room-booth-not-taken = Your vote could not be taken: { $error }.
room-booth-choose-first = Make at least one choice first.
room-booth-cannot-cast = This ballot cannot be cast: { $error }.
room-booth-recording = Recording your vote…
room-booth-not-saved = Your vote is not saved yet
room-booth-wait = Please wait here: the facilitator can see what went wrong.
room-booth-next-name = Start the next ballot
room-booth-thanks = Thank you — your vote is recorded.
room-booth-next = Next person: tap to start
room-booth-cast = Cast my vote
room-booth-clear = Clear
room-booth-clear-name = Clear my ballot
room-booth-undo-pick = Undo last pick
room-booth-dots-left = { $count ->
    [one] 1 dot left
   *[other] { $count } dots left
}  ·  at most { $most } on one choice
room-booth-rate = Rate the items you want to:  { $ends }
room-booth-rank-next = Tap your { NUMBER($place, type: "ordinal") ->
    [one] { $place }st
    [two] { $place }nd
    [few] { $place }rd
   *[other] { $place }th
} choice next, or cast your vote
room-ordinal = { NUMBER($place, type: "ordinal") ->
    [one] { $place }st
    [two] { $place }nd
    [few] { $place }rd
   *[other] { $place }th
}
room-booth-rank-start = Tap the items in order of preference, most important first
room-booth-take-dot = Take a dot off { $name }
room-booth-lower = Lower { $name }
room-booth-higher = Higher { $name }
room-booth-previous-page = Previous page
room-booth-next-page = Next page
room-booth-page = Page { $page } of { $pages }
room-booth-dots-elsewhere = { $count ->
    [one] 1 dot
   *[other] { $count } dots
}
room-booth-rated-elsewhere = { $count } rated
room-booth-picked-elsewhere = { $count } picked
room-booth-on-page = { $what } on page { $page }
room-booth-on-other-pages = { $what } on other pages

## Phones

room-phones-heading = Vote on your phone
room-phones-code = Join code { $code }
room-phones-count = { $count ->
    [one] 1 ballot by phone
   *[other] { $count } ballots by phone
}
room-qr-name = QR code for { $address }

## Results

room-results-ballots = { $count ->
    [one] 1 ballot
   *[other] { $count } ballots
}
room-results-by-hand = Counted by hand · { $total } in all
room-results-first-choices = { $count ->
    [one] 1 first choice
   *[other] { $count } first choices
}
room-results-kicker = RESULTS · { $method }
room-results-points-one = 1 point for a first choice
room-results-points-two = 2 points for a first choice, 1 for a second
room-results-points-more = { $top } points for a first choice, { $next } for a second, and so on
room-results-tie = = marks a tie
room-results-few = few = rated by fewer than half, so ranked after the rest
room-results-rated = rated
room-results-rated-few = { $count } · few

## The notes wall

room-wall-empty = No notes yet
room-wall-notes-page = { $count ->
    [one] 1 note
   *[other] { $count } notes
}  ·  page { $page } of { $pages }
room-wall-continued = { $name } (continued)

## The console's table of a poll's results

room-detail-no-items = This poll has no items.
room-detail-few = few: { $meaning }
room-detail-facts = { $method } · { $status } · { $summary }
room-detail-scale = Scale { $min } ({ $low }) to { $max } ({ $high })
room-detail-points = Points: { $count } for a first choice, one less for each place below; 0 if unranked
room-detail-choice = Choice
room-detail-total = Total
room-detail-points-head = Points
room-detail-first = First
room-detail-mean = Mean
room-detail-median = Median
room-detail-rated = Rated
room-detail-given = Given { $min }…{ $max }
room-detail-over-time = Ballots cast over time
room-detail-per-minutes = { $count ->
    [one] a minute
   *[other] { $count } minutes
}
room-detail-per-hours = { $count ->
    [one] an hour
   *[other] { $count } hours
}
room-detail-per-days = { $count ->
    [one] a day
   *[other] { $count } days
}
room-detail-over-time-line = { $count ->
    [one] 1 ballot
   *[other] { $count } ballots
} in all; each column is { $per }, the busiest had { $peak ->
    [one] 1 ballot
   *[other] { $peak } ballots
}
