# console

