# console: the facilitator's panels

## The work area's tabs, undo and redo
console-tab-notes = Notes
console-tab-actions = Action items
console-tab-polls = Polls
console-tab-framework = Framework
console-undo = Undo
console-undo-nothing = Nothing to undo
console-redo = Redo
console-redo-nothing = Nothing to redo

## The session bar and the projector's controls
console-session-caption = Session
console-session-title-hint = Session title
console-details-button = Details…
console-details-button-hover = Title, day, venue, facilitators
console-spotlight-end = End spotlight (Esc)
console-spotlight-on = Spotlight on: “{ $note }”
console-save-retry = Retry
console-save-as = Save as…
console-projector-open = Project (F5)
console-projector-is-open = Projector is open
console-projector-screen = Projector on
console-screen-window = A window
console-screen-full = Screen { $number } (full)
console-projector-theme = Projector theme
console-projector-blanked = Projector blanked (B)
console-preview-caption = On the projector:

## The slide list
console-slides-place = Slide { $number } of { $count }
console-slides-next = Next: { $slide }
console-slides-next-none = Next: nothing, this is the last slide
console-notes-count = { $count ->
    [one] 1 note
   *[other] { $count } notes
}


## Words every panel shares
console-save = Save
console-cancel = Cancel
console-delete = Delete
console-keep-it = Keep it
console-previous-page = Previous page
console-next-page = Next page
console-page-of = Page { $page } of { $pages }
console-clicker-turns-pages = (the clicker turns pages too)

## The notes panel
console-notes-about = Notes about
console-notes-show-wall = Show on the wall
console-notes-show-wall-hover = Put these notes on the projector as cards
console-notes-group = Group
console-notes-group-hint = Table 3
console-notes-new = New note
console-notes-entry-hint = { $kind ->
    [concern] Type a concern
    [idea] Type an idea
    [question] Type a question
   *[strength] Type a strength
} about { $about }, then Enter
console-notes-count-shown = { $shown } of { $count ->
    [one] 1 note
   *[other] { $count } notes
}
console-notes-selected = · { $count } selected
console-notes-clear-selection = Clear selection
console-notes-vote = Vote on these ({ $count })
console-notes-vote-listed-hover = A poll whose choices are the notes listed, prepared on the Polls tab
console-notes-vote-selected-hover = A poll whose choices are the notes selected, prepared on the Polls tab
console-notes-vote-disabled-hover = Select or list between 2 and { $most } notes (Ctrl-click, Shift-click, or filter by words, group or kind)
console-notes-listing-theme = Listing theme
console-notes-list-all = List all notes
console-notes-find = Find
console-notes-find-hint = words
console-notes-in-group = In group
console-notes-in-group-hint = any
console-notes-kind = Kind
console-notes-kind-any = Any
console-notes-all-items = All items
console-notes-editing = Editing this note
console-notes-text = Text
console-notes-edit-about = About
console-notes-spotlight = Spotlight
console-notes-spotlight-hover = Show this note alone on the projector (Esc ends it)
console-notes-out-of-theme = Out of theme
console-notes-out-of-theme-hover = Take this note out of its theme; it stays a note
console-notes-edit = Edit note
console-notes-row-hover = Ctrl-click or Shift-click to select several
console-notes-name-group = Name the group
console-notes-name-group-hover = Show who said it (“— Table 3”) under a spotlighted note

## The notes wall's controls
console-wall-heading = Notes wall
console-wall-shows = The wall shows
console-wall-all-by-item = All notes, by item
console-wall-all-themes-first = All notes: themes, then by item

## Themes on the notes panel
console-themes-group = Group as theme ({ $count })
console-themes-group-hover = Gather these notes under one title, as on a wall of sticky notes
console-themes-group-disabled-hover = Select notes (Ctrl-click, Shift-click) or list them (filter by words, group or kind)
console-themes-theme = Theme
console-themes-theme-hint = what these notes share
console-themes-group-notes = Group { $count ->
    [one] 1 note
   *[other] { $count } notes
}
console-themes-header = Themes ({ $count })
console-themes-vote = Vote on the themes ({ $count })
console-themes-vote-hover = A poll whose choices are the themes, prepared on the Polls tab
console-themes-new-title = New title
console-themes-save-title = Save title
console-themes-list = List
console-themes-list-hover = List only this theme's notes
console-themes-rename = Rename
console-themes-dissolve = Dissolve
console-themes-dissolve-hover = Its notes stay, in no theme
console-themes-add-to = Add to theme ({ $count })
console-themes-take-out = Take out of theme ({ $count })
console-themes-take-out-hover = The notes stay, in no theme
console-themes-merge-into = Merge into…
console-themes-merge-into-hover = Join this theme's notes to another theme; this one goes

## Action items
console-actions-new = New action item
console-actions-editing = Edit action item
console-actions-what = What
console-actions-what-hint = Publish the hiring dashboard
console-actions-what-missing = Write what is to be done first.
console-actions-owner = Owner
console-actions-owner-hint = HR lead
console-actions-due = Due
console-actions-due-hint = The due date may stay empty; write it like 2027-02-01 or 1 February 2027.
console-actions-due-not-a-date = “{ $typed }” is not a date. Write it like 2027-02-01, or leave it empty.
console-actions-about = About
console-actions-add = Add action
console-actions-count = { $count ->
    [one] 1 action item
   *[other] { $count } action items
}, { $open } still to do
console-actions-done = Done
console-actions-edit = Edit action
console-actions-due-on = due { $date }

## The session's details
console-details-heading = Session details
console-details-title = Title
console-details-day = Day
console-details-not-a-date-yet = not a date yet
console-details-venue = Venue
console-details-venue-hint = where it takes place
console-details-facilitators = Facilitators
console-details-facilitators-hint = one name a line
console-details-rule = The title and day head the title slide and every report.
console-details-no-title = Give the session a title: it heads the title slide and every report.
console-details-not-a-date = “{ $typed }” is not a date. Write it like 2026-11-19 or 19 November 2026.

## The timer
console-timer = Timer
console-timer-minutes = { $minutes } min
console-timer-custom = Custom
console-timer-custom-hint = mm:ss
console-timer-set = Set
console-timer-not-a-length = “{ $typed }” is not a length: type minutes, like 7 or 2:30 (up to 3 hours)
console-timer-start = Start
console-timer-pause = Pause
console-timer-add-minute = +1 min
console-timer-reset = Reset
console-timer-hide = Hide timer

## The framework editor
console-framework-intro = The organisation's statement as the slides show it. A change goes to the projector when you leave the field (Enter or Tab) and Ctrl+Z takes it back; notes, actions and polls keep pointing at the same items.
console-framework-save-template = Save as a template
console-framework-save-template-hover = Keep this framework to start another organisation's next retreat from
console-framework-title = Title
console-framework-section = { $section } ({ $count ->
    [one] 1 item
   *[other] { $count } items
})
console-framework-called = Called
console-framework-called-default = { $label } (the default)
console-framework-intro-caption = Intro
console-framework-heading = Heading
console-framework-text = Text
console-framework-retired = { $item }: retired, kept for the results of the polls that offered it
console-framework-add-item = Add an item
console-framework-move-up = Move up
console-framework-move-down = Move down
console-framework-remove = Remove…
console-framework-remove-it = Remove it
console-framework-uses-notes = { $count ->
    [one] 1 note
   *[other] { $count } notes
}
console-framework-uses-actions = { $count ->
    [one] 1 action item
   *[other] { $count } action items
}
console-framework-uses-both = { $notes } and { $actions }
console-framework-has = { $item } has { $has }
console-framework-on-polls = { $item } is on { $polls ->
    [one] 1 poll
   *[other] { $polls } polls
}
console-framework-has-and-on-polls = { $item } has { $has } and is on { $polls ->
    [one] 1 poll
   *[other] { $polls } polls
}
console-framework-remove-ask = { $uses }. Remove it? Its notes go to the parking lot and its action items to general. Ctrl+Z brings it all back.
console-framework-remove-ask-polls = { $uses }. Remove it? Its notes go to the parking lot and its action items to general; the polls keep their results (the item is retired). Ctrl+Z brings it all back.

## The polls panel
console-poll-draft = DRAFT
console-poll-open = OPEN
console-poll-closed = CLOSED
console-poll-revealed = REVEALED
console-poll-draft-meaning = being set up
console-poll-open-meaning = voting now
console-poll-closed-meaning = results hidden
console-poll-revealed-meaning = results shown
console-polls-new = New poll
console-polls-default-question = Which values need the most attention next year?
console-polls-count = { $count ->
    [one] 1 poll
   *[other] { $count } polls
}
console-polls-none = No polls yet. “New poll” starts one on the six core values.
console-polls-ballots-cast = { $count ->
    [one] 1 ballot cast
   *[other] { $count } ballots cast
}
console-polls-ballots-cast-sources = { $count ->
    [one] 1 ballot cast
   *[other] { $count } ballots cast
} ({ $booth } at the booth, { $phones ->
    [one] 1 on a phone
   *[other] { $phones } on phones
})
console-polls-results = Results
console-polls-results-hidden = Results (only on this screen until you reveal them)
console-polls-delete-ask = Delete { $ballots ->
    [0] this poll
    [one] this poll and its 1 ballot
   *[other] this poll and its { $ballots } ballots
}? Undo (Ctrl+Z) brings it back.
console-polls-delete = Delete poll
console-polls-delete-ellipsis = Delete poll…
console-polls-act-on-header = Make an action item from a result
console-polls-act-on = Make an action item

## A poll's life and settings
console-poll-open-voting = Open voting
console-poll-close-voting = Close voting
console-poll-booth-here = Booth on this laptop
console-poll-booth-here-leave = Leave the booth on this laptop
console-poll-booth-here-hover = Hand the laptop round: it shows only the ballot until you leave
console-poll-back-to-draft = Back to draft
console-poll-reveal = Reveal results
console-poll-reopen = Reopen voting
console-poll-show-results = Show results
console-poll-show = Show on the projector
console-poll-show-hover = Put this poll's slide up; the room has not seen it yet
console-poll-no-items = No items ticked: a poll needs at least one before it opens.
console-poll-question = Question
console-poll-method = Method
console-poll-items = Items on the poll ({ $count })
console-poll-items-add = Add
console-poll-items-values = Core values
console-poll-items-vision = Vision goals
console-poll-items-mission = Mission
console-poll-items-add-hover = Tick every item of this section, keeping those ticked already
console-poll-items-add-disabled-hover = All of this section is on the poll already
console-poll-items-clear = Clear
console-poll-dots-per-person = Dots per person
console-poll-dots-cap = At most on one choice
console-poll-scale-from = Scale from
console-poll-scale-to = to
console-poll-scale-low = Lowest means
console-poll-scale-high = Highest means
console-poll-scale-low-hint = Not at all
console-poll-scale-high-hint = Fully
console-poll-ranking-rule = Each person puts items in order; they may rank only some. Points: n − place + 1.
console-poll-tally-rule = You type a count per item (hands raised, paper dots).
console-poll-dots-none = Each person needs at least 1 dot: 0 was not taken.
console-poll-dots-too-many = At most { $most } dots per person: { $asked } was not taken.
console-poll-dots-only-up = Votes are in: the dots per person can only go up from { $budget }, so that every ballot still counts; { $asked } was not taken.
console-poll-dots-cap-followed = “At most on one choice” went down to { $asked }, the new dots per person.
console-poll-dots-cap-none = “At most on one choice” must be at least 1: 0 was not taken.
console-poll-dots-cap-too-many = “At most on one choice” cannot be more than the { $budget ->
    [one] 1 dot
   *[other] { $budget } dots
} per person: { $asked } was not taken.
console-poll-scale-upside-down = The scale must run from a lower to a higher number: { $low } to { $high } was not taken.
console-poll-scale-too-long = A scale has at most { $most } points: { $low } to { $high } was not taken.
console-poll-rule-open = The items and method can change until the first vote.
console-poll-rule-tally-open = The items and method can change until the first count.
console-poll-rule-fixed = Votes are in: the items and method are fixed.
console-poll-rule-tally-fixed = Counts are in: the items and method are fixed.
console-poll-rule-dots-fixed = Votes are in: the items and method are fixed; the dot budget may still go up.
console-tally-counts = Counts

## The ballots cast
console-ballots-header = Ballots ({ $count })
console-ballots-intro = Newest first. Remove one only if it was cast by mistake.
console-ballots-phone = phone
console-ballots-remove-ask = Remove this ballot? It will no longer count.
console-ballots-remove = Remove ballot
console-ballots-remove-number = Remove ballot #{ $number }…
console-ballots-ranked = { NUMBER($place, type: "ordinal") ->
    [one] { $place }st
    [two] { $place }nd
    [few] { $place }rd
   *[other] { $place }th
} { $choice }

## Phones voting
console-phones-can-vote = Phones can vote
console-phones-can-vote-hover = Phones on the room's Wi-Fi open the address on the booth screen and type the code; no internet needed. Stops when voting closes.
console-phones-open = Phones open
console-phones-with-code = with the join code
console-phones-ballots = · { $count ->
    [one] 1 ballot
   *[other] { $count } ballots
} on phones
console-phones-on = on
console-phones-every-network = every network
console-phones-network-hover = Which of the laptop's networks phones use: the venue's Wi-Fi or the laptop's own hotspot

## The room's own words on a poll
console-room-choices = Add a note, theme or action item…
console-room-choices-hover = Offer the room's own words on this poll
console-room-choices-more-themes = { $count ->
    [one] 1 more theme
   *[other] { $count } more themes
}: type words to find them
console-room-choices-more-actions = { $count ->
    [one] 1 more action item
   *[other] { $count } more action items
}: type words to find them
console-room-choices-more-notes = { $count ->
    [one] 1 more note
   *[other] { $count } more notes
}: type words to find them
console-choice-item = Item
console-choice-note = Note
console-choice-action = Action item
console-choice-theme = Theme

## The framework in another language
console-framework-words = Words:
console-framework-words-own = The organisation's own
console-framework-words-in = In { $language }
console-translation-intro = The framework in { $language }: each empty field shows the organisation's own words, and the slides show those until a translation is typed. The projector shows these words when it speaks { $language } (the View menu's Projector language).
console-translation-paste-header = Paste the statement in { $language }…
console-translation-paste-hint = The whole statement in { $language }, as for a new framework: its sections and bullets are matched to this framework's in order, item by item.
console-translation-paste-placeholder = Paste the statement here
console-translation-import = Import as the translation
console-translation-imported = Translation imported. Ctrl+Z takes it back.
console-translation-imported-left-out = Translation imported; { $count ->
    [one] 1 line was
   *[other] { $count } lines were
} left out: { $lines }
console-translation-unreadable = Not imported: { $why }
console-translation-count = { $section }: { $statement } in the statement, { $framework } on the framework
console-translation-counts-differ = Not imported: the statement must have as many items as the framework, section by section. { $sections }.
