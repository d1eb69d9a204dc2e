#!/usr/bin/env python3
"""`khabar update` against `newsboat -x reload` on the same local feeds, side by side.

Issue 19's target: khabar's update of 500 feeds takes at most half of newsboat's time.

Makes FEEDS Arabic RSS feeds of ITEMS items each in a temporary folder, serves them on
127.0.0.1 (Python's threading HTTP server, in this process), then runs, RUNS times and
alternating, each reader's first fetch of every feed from an empty database:
  khabar --db DB import feeds.opml; time: khabar --db DB update --jobs JOBS
  time: newsboat -x reload -u urls -c cache.db -C config   (config: reload-threads JOBS)
Both fetch, parse and store every item; both use JOBS connections at once.

Needs newsboat (Debian: apt-get install newsboat) and a release build of khabar
(cargo build --release; or KHABAR=path). Prints each run, the medians and their ratio.

Usage: tools/compare_newsboat.py [--feeds 500] [--items 50] [--runs 3] [--jobs 4]
"""

import argparse
import functools
import http.server
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time

WORDS = (
    "قالت وزارة الخارجية في بيان إن المحادثات مع الصين ستستمر الأسبوع المقبل في العاصمة "
    "وأضاف المتحدث أن الوفد سيناقش التجارة والطاقة والمياه والتعليم والصحة والنقل"
).split()


def feed(n, items):
    """RSS 2.0 feed `n`: `items` items with a title, a link, a date and a paragraph."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>',
        f"<title>مصدر {n}</title><link>http://127.0.0.1/{n}</link><language>ar</language>",
    ]
    for i in range(items):
        k = n * items + i
        text = " ".join(WORDS[(k + j) % len(WORDS)] for j in range(40))
        out.append(
            f"<item><guid>{n}-{i}</guid><title>خبر {k} {WORDS[k % len(WORDS)]}</title>"
            f"<link>http://127.0.0.1/{n}/{i}</link>"
            f"<pubDate>Mon, {1 + i % 28:02} Jan 2024 {i % 24:02}:{n % 60:02}:00 GMT</pubDate>"
            f"<description>&lt;p&gt;{text}&lt;/p&gt;</description></item>"
        )
    out.append("</channel></rss>\n")
    return "\n".join(out)


class Quiet(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # TCP_NODELAY, as web servers set it: the handler writes the headers, then the body; with
    # Nagle's algorithm the body waited for the client's delayed ACK of the headers on a kept
    # connection, 40 ms per feed that neither reader spends (strace: each body came 42 ms
    # after its headers; khabar used 36% of one CPU over its 5.9 s).
    disable_nagle_algorithm = True

    def log_message(self, *args):
        pass


def serve(folder):
    handler = functools.partial(Quiet, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def timed(cmd, cwd):
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    took = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{cmd[0]} failed ({done.returncode}): {done.stderr.strip()[:500]}")
    return took


def khabar_run(khabar, urls, jobs, scratch):
    db = os.path.join(scratch, "khabar.db")
    # The store and its WAL files: a stale WAL beside a new store reads as a damaged one.
    for path in (db, db + "-wal", db + "-shm"):
        if os.path.exists(path):
            os.remove(path)
    opml = os.path.join(scratch, "feeds.opml")
    with open(opml, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0"?><opml version="2.0"><body>\n')
        for u in urls:
            f.write(f'<outline type="rss" text="{u}" xmlUrl="{u}"/>\n')
        f.write("</body></opml>\n")
    subprocess.run([khabar, "--db", db, "import", opml], check=True, capture_output=True)
    took = timed([khabar, "--db", db, "update", "--jobs", str(jobs)], scratch)
    return took, count(db, "items")


def newsboat_run(urls, jobs, scratch):
    for name in ("cache.db", "cache.db.lock"):
        path = os.path.join(scratch, name)
        if os.path.exists(path):
            os.remove(path)
    with open(os.path.join(scratch, "urls"), "w", encoding="utf-8") as f:
        f.write("\n".join(urls) + "\n")
    with open(os.path.join(scratch, "config"), "w", encoding="utf-8") as f:
        f.write(f"reload-threads {jobs}\n")
    cmd = ["newsboat", "-x", "reload", "-u", "urls", "-c", "cache.db", "-C", "config"]
    took = timed(cmd, scratch)
    return took, count(os.path.join(scratch, "cache.db"), "rss_item")


def count(db, table):
    """The rows of `table` in the SQLite database `db`: both must have stored every item."""
    with sqlite3.connect(db) as c:
        return c.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--feeds", type=int, default=500)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=4)
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    khabar = os.environ.get("KHABAR", os.path.join(root, "target", "release", "khabar"))
    if not shutil.which("newsboat"):
        sys.exit("newsboat is not installed (Debian: apt-get install newsboat)")
    if not os.access(khabar, os.X_OK):
        sys.exit(f"no khabar at {khabar}: cargo build --release, or set KHABAR")
    with tempfile.TemporaryDirectory(prefix="khabar-vs-newsboat-") as scratch:
        feeds = os.path.join(scratch, "feeds")
        os.mkdir(feeds)
        for n in range(args.feeds):
            with open(os.path.join(feeds, f"{n}.xml"), "w", encoding="utf-8") as f:
                f.write(feed(n, args.items))
        server = serve(feeds)
        port = server.server_address[1]
        urls = [f"http://127.0.0.1:{port}/{n}.xml" for n in range(args.feeds)]
        mine, theirs = [], []
        for run in range(args.runs):
            took, stored = khabar_run(khabar, urls, args.jobs, scratch)
            mine.append(took)
            took, kept = newsboat_run(urls, args.jobs, scratch)
            theirs.append(took)
            want = args.feeds * args.items
            if (stored, kept) != (want, want):
                sys.exit(f"items stored: khabar {stored}, newsboat {kept}, not {want} each")
            print(f"run {run + 1}: khabar update {mine[-1]:.3f} s, "
                  f"newsboat -x reload {theirs[-1]:.3f} s")
        server.shutdown()
        a, b = statistics.median(mine), statistics.median(theirs)
        load = os.getloadavg()[0]
        print(f"{args.feeds} feeds of {args.items} items, {args.jobs} at once, "
              f"load {load:.1f}: medians khabar {a:.3f} s, newsboat {b:.3f} s, "
              f"ratio {a / b:.2f}x (target <= 0.5x)")


if __name__ == "__main__":
    main()
