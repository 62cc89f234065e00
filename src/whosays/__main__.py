"""``python -m whosays``: the same command line as ``whosays``."""

from whosays.cli.main import main

if __name__ == "__main__":
    main()
