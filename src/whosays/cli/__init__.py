"""The command line: thin commands that parse options, call a function and print."""
