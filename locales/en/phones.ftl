# The voting page on the room's phones. A value written { $name } reaches the page as {name},
# filled in by the page itself; counts have a form for one and for more.

phones-page-title = Plaza: vote
phones-language = Language
phones-join-heading = Vote from your phone
phones-join-label = Type the join code shown on the screen
phones-join-button = Join
phones-clear = Clear
phones-undo = Undo last pick
phones-cast = Cast my vote
phones-retry = Try again
phones-network = Could not reach the laptop: check you are on the room's Wi-Fi
phones-code-digits = The join code is four digits.
phones-wrong-code = That is not the join code: check the four digits on the screen.
phones-too-many = Too many tries: wait a minute
phones-join-failed = Joining did not work: please try again.
phones-thanks = Thank you — your vote is recorded
phones-join-again = Please type the join code again.
phones-poll-failed = The question could not be loaded.
phones-rate-hint = Rate the items you want to: { $ends }
phones-rank-next = Tap your { $place } choice next, or cast your vote
phones-rank-start = Tap the items in order of preference, most important first
phones-dot-used = Your dot is used. Take it off to move it.
phones-dots-used = All { $count } dots are used. Take one off to move it.
phones-at-most-one = At most 1 dot on one choice.
phones-at-most-other = At most { $count } dots on one choice.
phones-dots-left-one = 1 dot left · at most { $most } on one choice
phones-dots-left-other = { $left } dots left · at most { $most } on one choice
phones-dots-on-one = 1 dot
phones-dots-on-other = { $count } dots
phones-add-dot = Add a dot to { $choice }
phones-take-dot = Take a dot off { $choice }
phones-choose-first = Make at least one choice first.
phones-sending = Sending your vote…
phones-already-recorded = Your vote was already recorded
phones-already-voted = This phone has already voted on this poll
phones-join-again-vote = Please type the join code again, then vote.
phones-cannot-cast = This ballot cannot be cast.
phones-send-failed = Your vote could not be sent: please try again.
phones-next-question = The next question will show here when it opens.
phones-closed = Voting is closed
phones-ordinal = { NUMBER($place, type: "ordinal") ->
    [one] { $place }st
    [two] { $place }nd
    [few] { $place }rd
   *[other] { $place }th
}
