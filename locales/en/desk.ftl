# desk: the review desk, its dashboard, a comparison and a merge preview

desk-reviewing = Reviewing: nothing here changes the session.
desk-edit-session = Edit session
desk-edit-session-hover = Back to the console: notes, actions, polls and the projector
desk-live-blanked = The projector is blanked
desk-live-slide = The projector shows “{ $slide }”
desk-live-voting = voting is open ({ $count ->
    [one] 1 ballot
   *[other] { $count } ballots
  } so far)
desk-live-spotlight = a note is in the spotlight
desk-live-timer = the timer shows { $time }
desk-live-line = { $parts }. Edit session to run it.

## The dashboard

desk-polls-first = What the polls put first
desk-no-polls = No poll has been opened in this session.
desk-themes = Themes
desk-open-actions = Open action items, by owner
desk-item-by-item = Item by item
desk-item-by-item-hint = Notes by kind, each poll's rank and score, and action items. Open an item below to read its notes.
desk-section-values = Core values
desk-section-vision = Vision goals
desk-section-mission = Mission
desk-section-general = General and parking lot
desk-glance-notes = { $count ->
    [one] note
   *[other] notes
  }
desk-glance-actions = { $count ->
    [one] action item
   *[other] action items
  }, { $open } open
desk-glance-polls = { $count ->
    [one] poll
   *[other] polls
  }
desk-glance-ballots = { $count ->
    [one] ballot
   *[other] ballots
  }
desk-glance-ballots-phones = { $count ->
    [one] ballot
   *[other] ballots
  }, { $phones }
desk-due-overdue = { $date } · overdue
desk-no-date = no date
desk-no-actions = No action items yet.
desk-all-done = All { $count ->
    [one] 1 action item
   *[other] { $count } action items
  } done.
desk-done-not-listed = { $count ->
    [one] 1 action item
   *[other] { $count } action items
  } done, not listed.
desk-owner = Owner
desk-action = Action
desk-due = Due
desk-about = About
desk-item = Item
desk-actions = Actions
desk-rank-hover = Rank { $rank } of { $of } in “{ $question }”
desk-place-title = { $label } — { $notes ->
    [one] 1 note
   *[other] { $notes } notes
  }, { $actions ->
    [one] 1 action item
   *[other] { $actions } action items
  }
desk-place-placing = { $question }: rank { $rank } of { $of }, { $score }
desk-action-items = Action items
desk-action-done = • Done: { $text }
desk-theme-title = { $title } — { $count ->
    [one] 1 note
   *[other] { $count } notes
  }
desk-theme-title-about = { $title } — { $count ->
    [one] 1 note
   *[other] { $count } notes
  }, about { $about }

## Comparing two sessions

desk-compare-back = Back to the dashboard (Esc)
desk-compared-with = Compared with { $path }
desk-compare-heading = { $after } (after) compared with { $before } (before)
desk-compare-open-before = The open session is the before: sessions are put in order by their date.
desk-compare-open-after = The open session is the after: sessions are put in order by their date.
desk-compare-chart-of = Chart of
desk-compare-every-change = Every change
desk-compare-every-change-hint = Each cell reads before to after, and the change. Borda rank: 1 is the top. A dash: that year ran no such poll, or its poll did not have the item.
desk-compare-to = to
desk-compare-only-in = Only in { $title }
desk-compare-idea-polls = Polls on the room's ideas
desk-compare-no-such-poll = no such poll
desk-compare-polls = Polls compared
desk-compare-before = { $title } (before)
desk-compare-after = { $title } (after)
desk-count-notes = { $count ->
    [one] 1 note
   *[other] { $count } notes
  }
desk-compare-nothing-cast = Nothing was cast in either { $poll } yet.
desk-compare-neither-ran = Neither session has a { $poll } to compare.
desk-chart-before = { $label }, before: { $figure }
desk-chart-after = { $label }, after: { $figure }
desk-chart-description = { $measure } chart. { $figures }

## Merging another session in

desk-merge-heading = Merge in “{ $name }”?
desk-merge-redone = The session changed while this was open (a vote or a note came in): this is what the merge does now.
desk-merge-broken = This merge can no longer be made: { $why }.
desk-merge-adds = It adds { $added }.
desk-merge-differences = { $count ->
    [one] 1 difference
   *[other] { $count } differences
  } between the two sessions (nothing here is changed or lost):
desk-merge-left-out = { $count ->
    [one] 1 ballot
   *[other] { $count } ballots
  } left out, each for the reason given:
desk-merge-new-notes = New notes
desk-merge-new-themes = New themes
desk-merge-new-actions = New action items
desk-merge-more = …and { $count } more.
desk-merge-commit = Merge (Enter)
desk-merge-all-here = Everything in that file is already here.
desk-merge-read-only = This session is open read-only.
desk-merge-cancel = Cancel (Esc)
desk-merge-nothing = Nothing to merge: everything in that file is already in this session.
desk-merge-undo = Undo (Ctrl+Z) takes the whole merge back.
desk-added-notes = { $count ->
    [one] 1 note
   *[other] { $count } notes
  }
desk-added-actions = { $count ->
    [one] 1 action item
   *[other] { $count } action items
  }
desk-added-themes = { $count ->
    [one] 1 theme
   *[other] { $count } themes
  }
desk-added-polls = { $count ->
    [one] 1 poll
   *[other] { $count } polls
  }
desk-added-ballots = { $count ->
    [one] 1 ballot
   *[other] { $count } ballots
  }
desk-added-regrouped = notes put in themes this session has
desk-added-nothing = nothing
desk-list-and = { $rest } and { $last }
