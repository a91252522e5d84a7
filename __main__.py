"""`python -m newsdesk`: the same as the `newsdesk` command."""

from newsdesk.cli.main import run

# Guarded: an import's analysis workers (app/parallel.py) start by importing this module
# again under another name, and must not run the command a second time.
if __name__ == "__main__":
    run()
