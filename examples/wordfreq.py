"""Word frequencies over a directory of text files, counted by threads with a shared cache.

Usage: wordfreq.py [THREADS] [DIRECTORY]   (default: a deterministic corpus generated into a
temporary directory, removed at the end)

Worker threads take file paths from a queue.Queue, split each file into words with `re`
and normalise every word (lower case, a light suffix stemmer). Normalising is the costly
part, so its results go in a cache shared by all threads: a plain dict, read without a
lock (a dict lookup is atomic) and filled with setdefault, so two threads that race on a
new word store the same value. Each thread counts into its own Counter; the counters are
merged at the end. Prints the most common stems. The wall time goes to stderr.
"""
import os
import queue
import random
import re
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter

WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
SUFFIXES = ("ational", "iveness", "fulness", "ization", "ation", "ness", "ment", "ingly",
            "ings", "ing", "edly", "ies", "ied", "ly", "ed", "es", "er", "s")
TOP = 20


def stem(word):
    word = word.lower()
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)]
            if suffix in ("ies", "ied"):
                word += "y"
            break
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]
    return word


def worker(todo, cache, totals, lock):
    counts = Counter()
    files = words = 0
    while True:
        path = todo.get()
        if path is None:
            break
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        files += 1
        for word in WORD.findall(text):
            s = cache.get(word)
            if s is None:
                s = cache.setdefault(word, stem(word))
            counts[s] += 1
            words += 1
    with lock:
        totals["counts"].update(counts)
        totals["files"] += files
        totals["words"] += words


def make_corpus(directory, files=200, words_per_file=6000, seed=2024):
    """Writes a deterministic corpus of made-up English-like text (Zipf-distributed words)."""
    rng = random.Random(seed)
    onsets = ["b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "w", "st",
              "tr", "pl", "gr", "ch", "sh", "th", "br"]
    vowels = ["a", "e", "i", "o", "u", "ea", "ou", "ai"]
    codas = ["", "n", "r", "s", "t", "l", "nd", "st", "ck", "ng", "m"]
    endings = ["", "", "", "s", "ed", "ing", "ly", "ness", "ation", "er", "ies", "ment", "'s"]
    roots = set()
    while len(roots) < 3000:
        roots.add("".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas)
                          for _ in range(rng.randint(1, 3))))
    roots = sorted(roots)
    rng.shuffle(roots)
    weights = [1.0 / (rank + 1) for rank in range(len(roots))]
    cum = []
    acc = 0.0
    for w in weights:
        acc += w
        cum.append(acc)
    for i in range(files):
        picked = rng.choices(roots, cum_weights=cum, k=words_per_file)
        suffixes = rng.choices(endings, k=words_per_file)
        lines = []
        line = []
        for j, root in enumerate(picked):
            word = root + suffixes[j]
            if j % 17 == 0:
                word = word.capitalize()
            line.append(word)
            if len(line) == 12:
                lines.append(" ".join(line) + ".")
                line = []
        lines.append(" ".join(line))
        with open(os.path.join(directory, f"doc{i:04d}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    generated = None
    if len(sys.argv) > 2:
        directory = sys.argv[2]
    else:
        generated = directory = tempfile.mkdtemp(prefix="wordfreq")
        make_corpus(directory)
    try:
        paths = []
        for dirpath, dirnames, filenames in os.walk(directory):
            dirnames.sort()
            paths.extend(os.path.join(dirpath, name) for name in sorted(filenames))

        start = time.perf_counter()
        todo = queue.Queue()
        for p in paths:
            todo.put(p)
        for _ in range(nthreads):
            todo.put(None)
        cache = {}
        totals = {"counts": Counter(), "files": 0, "words": 0}
        lock = threading.Lock()
        threads = [threading.Thread(target=worker, args=(todo, cache, totals, lock))
                   for _ in range(nthreads)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - start
    finally:
        if generated:
            shutil.rmtree(generated)

    counts = totals["counts"]
    print(f"{totals['files']} files, {totals['words']} words, {len(cache)} distinct words, "
          f"{len(counts)} stems")
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for word, n in ranked[:TOP]:
        print(f"{n:8d}  {word}")
    print(f"wordfreq: {nthreads} threads, {elapsed:.3f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
