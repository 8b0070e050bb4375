# app: the menus, the message line, files and their dialogs, the start screen

app-window-title = Plaza

## Menus

menu-session = Session
menu-session-new = New
menu-session-new-from = New session from…
menu-session-new-from-hover = An organisation's own statement, a template, or a recent session's framework
menu-session-open = Open…
menu-session-save-as = Save as…
menu-session-export = Export report…
menu-session-export-hover = HTML, Markdown, CSV or JSON: the file's extension decides
menu-session-export-in = Export report in { $language }…
menu-session-export-in-hover = The same report with Plaza's words, and the framework's where it is translated, in { $language }
menu-session-compare = Compare with…
menu-session-compare-hover = Last year's retreat, say: what changed, item by item
menu-session-merge = Merge in…
menu-session-merge-hover = Join the notes, actions and votes of a breakout laptop's session
menu-session-recent = Recent
menu-recent-none = No other sessions yet
menu-view = View
menu-view-console = Console: run the session
menu-view-review = Review: what was said and decided
menu-view-language = Language
menu-view-projector-language = Projector language
projector-language-same = Same as the console
projector-language-both = { $first }, then { $second } below
menu-edit = Edit
menu-edit-undo = Undo
menu-edit-redo = Redo
app-undo-label = Undo: { $change }
app-redo-label = Redo: { $change }

## The message line

app-question-keep = Keep it
app-question-undo-ballot = Undo the ballot
app-question-undo-ballot-why = The last change is a ballot cast in the booth, and the voter was told it is recorded. Undo it?
app-open-backup-copy = Open a copy of the backup
app-dismiss = Dismiss
app-failed = { $what }: { $why }
app-undone = Undone: { $change }
app-redone = Redone: { $change }
app-not-undone = Not undone: { $why }; phones voted on it. Close voting instead.
app-change-not-made = That change was not made
app-title-not-changed = The title was not changed
app-phones-unreachable = This laptop is on no network phones can reach: join the venue's Wi-Fi or turn on the laptop's hotspot, then tick Phones can vote again.
app-phones-cannot-vote = Phones cannot vote: { $why }
app-phones-read-only = the session is read-only ({ $why })
app-phones-cannot-listen = cannot listen on { $address }: { $reason }
app-phones-server-not-started = the voting server could not start: { $reason }
app-poll-default-question = Which of these should we act on first?
app-poll-not-made = The poll was not made
app-no-file-dialog = No file dialog could open

## Files

app-copy-file-name = { $stem }-copy.ron
app-new-file-name = session.ron
app-report-file-name = { $stem }-report.html
app-report-file-stem = session
app-recent-not-kept = The list of recent sessions was not kept for next time
app-backup-opened = Opened the backup of { $path }, copied to { $copy }; the damaged file was left as it is
app-backup-not-opened = The backup was not opened
app-builtin-framework = Plaza's built-in framework
app-session-not-created = The new session was not created
app-copy-not-saved = Could not save a copy
app-report-saved = { $format } report saved to { $path }
app-report-not-saved = The report was not saved
app-template-not-saved = The template was not saved
app-no-data-folder = this computer has no folder for Plaza's data
app-template-saved = The framework was saved as a template: { $path }
app-not-read = Not read
app-already-open = that is the session already open: choose another session file
app-not-merged = Not merged
app-has-problems = { $file } has { $count ->
    [one] 1 problem
   *[other] { $count } problems
  } (the first: { $first }); plaza validate lists them all: fix them first
app-could-not-read-session = Could not read that session
app-merge-not-made = The merge was not made
app-merged = Merged in { $name }: { $added } added. Undo (Ctrl+Z) takes the merge back.
app-origin-recent = the framework of “{ $title }”
app-origin-template = template { $file }

## A session that did not open

app-failure-the-session = The session
app-failure-not-a-session = { $name } is not a Plaza session
app-failure-not-a-session-detail = Plaza opens the session files it saves (.ron). This file holds something else, so nothing in it was read or changed.
app-failure-not-text-detail = Plaza opens the session files it saves (.ron). This file is not even text, so nothing in it was read or changed.
app-failure-newer = { $name } was saved by a newer Plaza
app-failure-damaged = { $name } is damaged
app-failure-damaged-detail = Plaza could not read it ({ $why }). The file was not changed.
app-failure-missing = { $name } is not there
app-failure-missing-detail = It may have been moved, renamed or deleted, or be on a drive that is not plugged in.
app-failure-unreadable = { $name } could not be read
app-failure-unopened = { $name } could not be opened
app-failure-sentence = { $headline }. { $detail }
app-failure-backup-beside = A backup is beside it: { $name }.

## File dialogs, and the typed path where there is none

app-filter-session = Plaza session
app-filter-html = Web page (HTML)
app-filter-markdown = Markdown
app-filter-csv = Spreadsheet (CSV, the notes)
app-filter-json = JSON
app-path-title-open = Open a session
app-path-title-save-as = Save a copy as
app-path-title-export = Export a report
app-path-title-compare = Compare with another session
app-path-title-merge = Merge in another session
app-path-button-open = Open
app-path-button-save-as = Save
app-path-button-export = Export
app-path-button-compare = Compare
app-path-button-merge = Merge in
app-path-empty-open = Type the path of the session to open.
app-path-empty-save-as = Type the path of the copy to save.
app-path-empty-export = Type the path of the report to write.
app-path-empty-compare = Type the path of the session to compare with.
app-path-empty-merge = Type the path of the session to merge in.
app-path-folder-to-read = “{ $path }” is a folder: type the name of a session file in it (Tab completes).
app-path-no-file = There is no file at “{ $path }”.
app-path-folder-to-write = “{ $path }” is a folder: add a name for the file.
app-path-exists = There is already a file at “{ $path }”: a copy never replaces it. Choose another name.
app-path-no-folder = There is no folder “{ $path }”.
app-path-not-a-file = “{ $path }” is not a file's path.
app-path-no-chooser = This computer has no file chooser (no desktop portal, no zenity), so type the file's path.
app-path-chooser-failed = The system's file chooser did not open, so type the file's path.
app-path-example = /home/you/retreat.ron
app-path-label = Path
app-path-no-matches = No matching files or folders here.
app-path-more = and { $count } more: type more of the name
app-path-hint-export = The name's ending picks the format: .html, .md, .csv or .json. Tab completes.
app-path-hint = Tab completes a name; ~ is your home folder.
app-cancel = Cancel

## The save state beside the title

app-state-read-only = Read-only: { $reason }
app-state-not-saved = Not saved: { $why }
app-state-saving = Saving…
app-state-saved-at = Saved { $time }
app-state-saved = Saved
app-read-only = Read-only
app-save-copy-as = Save a copy as…
app-save-copy-as-hover = A copy of this session in a new file, opened here to work on
app-read-only-why = { $reason }: nothing here can be changed. A copy can be.

## Themes

app-theme-dark = Dark
app-theme-light = Light
app-theme-high-contrast = High contrast

## The start screen, and a session that did not open

landing-title = Plaza
landing-tagline = Present the organisation's mission, vision and values; capture what the room says; vote on the shared screen.
landing-new-session = New session
landing-new-session-hint = On the built-in framework, saved in Plaza's sessions folder
landing-open-hint = A session file (.ron) Plaza saved
landing-open-another = Open another…
landing-backup-still-there = Its backup is still there: { $name }.
landing-backup-reads = Its backup, from the save before, reads: { $name }.
landing-open-backup-hover = Copies the backup to a new file beside it and opens that; nothing is overwritten
landing-recent = Recent sessions
landing-recent-none = None yet: sessions are listed here once they have been opened.
landing-recent-unreadable = cannot be read
landing-recent-missing = not found: moved or deleted

## New session from…

landing-new-from-choose = Choose where the framework comes from.
landing-new-from-paste-first = Paste the organisation's statement: its mission, vision and values, each item on a line of its own starting with a bullet (•, -, * or 1.).
landing-new-from-title = Session title
landing-new-from-title-example = Strategic planning retreat
landing-new-from-create = Create session
landing-new-from-start = Start from
landing-new-from-pasted = The organisation's statement, pasted
landing-new-from-statement = Statement
landing-new-from-statement-example = Our mission is to…{ "\u000A" }• SERVING every patient…{ "\u000A" }{ "\u000A" }Our values:{ "\u000A" }• RESPECT — …
landing-new-from-slides = The slides it makes
landing-new-from-unplaced = Not placed ({ $count ->
    [one] 1 line
   *[other] { $count } lines
  })
landing-new-from-section-empty = { $section }: none (its slides are skipped)
landing-new-from-section = { $section } ({ $count ->
    [one] 1 item
   *[other] { $count } items
  })
landing-new-from-item-id = id: { $id }
