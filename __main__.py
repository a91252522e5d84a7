"""`python -m newsdesk`: the same as the `newsdesk` command."""

from newsdesk.cli.main import run

run()
