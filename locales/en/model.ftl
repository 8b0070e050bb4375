# Words for what the model holds: section and method names, edits, problems with a file.

## Sections, methods, statuses, kinds of note

model-section-mission = Mission
model-section-vision = Vision
model-section-values = Core values
model-kind-mission = Mission
model-kind-vision = Vision
model-kind-values = Values

model-method-dots = Dot voting
model-method-rating = Rating
model-method-ranking = Ranking
model-method-tally = Hand count

model-status-draft = Draft
model-status-open = Open
model-status-closed = Closed
model-status-revealed = Revealed

model-note-strength = Strength
model-note-concern = Concern
model-note-idea = Idea
model-note-question = Question
model-notes-strength = Strengths
model-notes-concern = Concerns
model-notes-idea = Ideas
model-notes-question = Questions

model-about-general = General
model-about-parking-lot = Parking lot

## Edits, as the undo menu names them ("Undo: delete note “Budget timeline?”")

model-edit-details = change session details
model-edit-add-note = add note { $text }
model-edit-edit-note = edit note { $text }
model-edit-delete-note = delete note { $text }
model-edit-restore-note = restore note { $text }
model-edit-add-action = add action { $text }
model-edit-edit-action = edit action { $text }
model-edit-delete-action = delete action { $text }
model-edit-restore-action = restore action { $text }
model-edit-add-poll = add poll { $poll }
model-edit-change-poll = change poll { $poll }
model-edit-delete-poll = delete poll { $poll }
model-edit-restore-poll = restore poll { $poll }
model-edit-poll-draft = back to draft poll { $poll }
model-edit-poll-open = open poll { $poll }
model-edit-poll-close = close poll { $poll }
model-edit-poll-reveal = reveal poll { $poll }
model-edit-ballot = ballot on { $poll }
model-edit-remove-ballot = remove a ballot from { $poll }
model-edit-restore-ballot = restore a ballot on { $poll }
model-edit-merge-in = merge in { $from }
model-edit-tally = count { $count } for { $item } on { $poll }

## Why an edit was refused

model-error-no-note = there is no note with id { $id }
model-error-no-action = there is no action item with id { $id }
model-error-no-poll = there is no poll with id { $id }
model-error-no-ballot = the poll has no ballot with id { $id }
model-error-no-item = "{ $item }" is not an item of the framework
model-error-id-used = the id { $id } is already used
model-error-empty-id = the id is empty
model-error-empty-text = the text is empty
model-error-empty-title = the session needs a title
model-error-poll-not-open = the poll is { $status }: ballots are taken only while it is open
model-error-ballot = ballot refused: { $reason }
model-error-bad-transition = a poll cannot go from { $from } to { $to }
model-error-has-ballots = the poll has ballots, so it cannot go back to draft
model-error-settings-locked = the poll's items and method are fixed once votes are in; only the dot budget may be raised
model-error-poll-not-fresh = a new poll starts as a draft with no votes
model-error-not-tally = only tally polls take typed counts
model-error-read-only = this session is open read-only: another Plaza has it, or it could not be locked
model-error-merge-removes = a merge only adds: it may not change or take away the session's { $what }
model-error-offered-by-poll = the poll "{ $poll }" offers it as a choice; delete the poll first, or keep it
model-error-in-theme = it is in the theme "{ $theme }"; take it out of the theme first
model-error-in-two-themes = the note { $note } would be in two themes; a note is in one theme at most
model-error-framework-loses = a change to the framework keeps every note and action item
model-error-merge-breaks = the merge would leave the session inconsistent ({ $reason })
model-error-tally-while-draft = open the poll before typing counts

# A poll's status inside a sentence ("the poll is closed").
model-state-draft = draft
model-state-open = open
model-state-closed = closed
model-state-revealed = revealed

## Why a ballot cannot be counted, and why a poll's settings make no sense

model-ballot-wrong-method = this is a { $poll } poll but the ballot holds { $ballot }
model-ballot-method-dots = dots
model-ballot-method-rating = rating
model-ballot-method-ranking = ranking
model-ballot-method-tally = tally
model-ballot-holds-dots = dots
model-ballot-holds-ratings = ratings
model-ballot-holds-ranking = a ranking
model-ballot-tally = a tally poll takes counts from the facilitator, not ballots
model-ballot-empty = the ballot is empty
model-ballot-not-on-poll = "{ $item }" is not on this poll
model-ballot-over-budget = { $given } dots but the budget is { $budget }
model-ballot-over-cap = { $given } dots on "{ $item }" but at most { $cap } may go on one item
model-ballot-off-scale = { $score } for "{ $item }" is off the scale { $min }–{ $max }
model-ballot-ranked-twice = "{ $item }" is ranked twice
model-settings-no-items = the poll has no items
model-settings-duplicate = "{ $item }" is on the poll twice
model-settings-bad-cap = the per-item cap ({ $cap }) must be between 1 and the dot budget ({ $budget })
model-settings-bad-scale = the rating scale { $min }–{ $max } must run from a lower to a higher number, with at most 101 points

## What is wrong with a session file, and where

model-problem = { $place }: { $problem }
model-place-session = session
model-place-item = framework: { $kind } item "{ $label }"
model-place-note = note { $id }
model-place-action = action { $id }
model-place-theme = theme "{ $title }"
model-place-poll = poll "{ $poll }"
model-place-ballot = poll "{ $poll }": ballot { $ballot }
model-problem-empty-id = the id is empty
model-problem-duplicate-id = the id { $id } is used twice
model-problem-about-no-item = it is about "{ $id }", which is not an item of the framework
model-problem-no-title = it has no title
model-problem-missing-note = its note { $note } does not exist
model-problem-note-in-two-themes = its note { $note } is in another theme too; a note is in one theme at most
model-problem-not-a-choice = "{ $item }" is not an item of the framework, a note, an action item or a theme
model-problem-count-not-on-poll = a count for "{ $item }", which is not on the poll
model-problem-counts-not-tally = typed counts on a poll that is not a tally
model-problem-draft-has-ballots = a draft poll has ballots

## Lines of a statement that found no place in the framework

model-unplaced = line { $line }: "{ $text }": { $reason }
model-unplaced-second-mission = a second mission section; only the first is imported
model-unplaced-second-vision = a second vision section; only the first is imported
model-unplaced-second-values = a second values section; only the first is imported
model-unplaced-extra = a section after the mission, vision and values; a framework has only those three
model-unplaced-no-items = no bullets follow it, so it leads into no items
model-unplaced-empty-bullet = a bullet with no words

## Files that could not be read or written

model-store-read = cannot read { $path }: { $reason }
model-store-decode = { $path }: { $reason }
model-store-decode-syntax = { $path }:{ $reason }
model-store-write = cannot save { $path }: { $reason }. The file on disk was not changed.
model-store-locked = { $path } is open in another Plaza ({ $holder }), so it was opened read-only: changes here cannot be saved
model-store-exists = { $path } already exists, and Plaza never writes over a file it did not create: choose another name
model-store-report = could not write { $path }: { $reason }. Nothing was changed
model-store-is-session = { $path } is a Plaza session; a report never replaces a session: choose another file
model-store-not-framework = { $path } is not a framework Plaza can use: { $reason }
model-store-no-folder = cannot find a folder for new sessions: { $reason }
model-store-locked-short = another Plaza has it open ({ $holder })
model-store-saver-stopped = the saver has stopped; use Save as… to keep your work
model-store-stale-temp-files = Temporary files a crashed save left beside { $path } could not be removed ({ $reason }); they take space but do no harm.
model-decode-syntax = { $line }:{ $column }: { $reason }
model-decode-newer = it was written by a newer version of Plaza (file format { $found }; this program reads formats 1 to { $newest }). Open it with a newer Plaza. The file was not changed.
model-decode-extensions = it turns on RON extensions (#![enable(…)]), which Plaza session files never do: it is not a Plaza session
model-decode-unknown-version = file format version { $found } does not exist; the first version is 1
model-decode-empty = the file is empty
model-decode-not-session = it is not a Plaza session: it holds something else (Plaza's sessions are the .ron files it saves)

## Why a statement could not be imported

model-import-empty = the statement is empty: expected a title, then for each of the mission, vision and values a line leading into its items, and the items as bullets (•, -, *, 1., a))
model-import-no-bullets = the statement has no bullets, so it has no items to import: expected each mission commitment, vision goal and value on a line of its own starting with •, -, *, –, 1., 1) or a)
model-import-nothing-placed = every bullet of the statement is empty: expected words after each •, -, *, –, 1., 1) or a)
model-import-not-utf8 = the statement is not UTF-8 text (line { $line } is not): expected a plain-text .txt or .md file saved as UTF-8
model-import-binary = the statement holds binary data (line { $line }), not text: expected a plain-text .txt or .md file; save a word-processor document as plain text first
model-import-too-large = the statement is { $bytes } bytes, more than the 1 MiB (1048576 bytes) a statement may have: expected the organisation's mission, vision and values as plain text
