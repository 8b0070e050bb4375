# Words for what the model holds: section and method names, edits, problems with a file.

