"""The second process of a cold read of many articles' actor names (app/derived.py):
`python -m newsdesk.app.namesworker STORE`.

Reads the article ids from stdin (one frame, as app/worker.py frames them) and writes
their names to stdout, from the last article backwards, a frame per `derived.SHARE_CHUNK`
articles, until it has read them all, its output is closed, or it is killed: the process
that started it reads the same ids from the first onwards and stops it where they meet.
It opens the store read-only and writes nothing there. A failure (the store damaged, gone)
ends it: what it did not send, the other process reads itself, and meets what it meets.
"""

from __future__ import annotations

import sys

from newsdesk.app.derived import serve_names
from newsdesk.app.gcpause import gc_paused
from newsdesk.app.worker import read_frame
from newsdesk.store.db import Store

if __name__ == "__main__":
    ids = read_frame(sys.stdin.buffer)
    with Store.open(sys.argv[1], readonly=True) as store, gc_paused():
        serve_names(store, ids, sys.stdout.buffer)
