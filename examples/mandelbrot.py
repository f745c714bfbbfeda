"""Mandelbrot set rendered into a PGM image, rows split across threads.

Usage: mandelbrot.py [THREADS] [SIZE] [OUTFILE]   (defaults: 2, 600, mandelbrot.pgm in the
system temp directory)

Each thread renders every THREADS-th row (interleaving balances the expensive rows in the
middle of the image) into its own slot of a shared list of rows; the main thread writes
the binary PGM (P5) file and prints a checksum of the pixels. The wall time goes to stderr.
"""
import os
import sys
import tempfile
import threading
import time

MAX_ITER = 255
X_MIN, X_MAX = -2.2, 0.8
Y_MIN, Y_MAX = -1.5, 1.5


def render_row(y, size):
    ci = Y_MIN + (Y_MAX - Y_MIN) * y / (size - 1)
    scale = (X_MAX - X_MIN) / (size - 1)
    row = [0] * size
    for x in range(size):
        cr = X_MIN + scale * x
        zr = zi = 0.0
        n = 0
        while n < MAX_ITER:
            zr2 = zr * zr
            zi2 = zi * zi
            if zr2 + zi2 > 4.0:
                break
            zi = 2.0 * zr * zi + ci
            zr = zr2 - zi2 + cr
            n += 1
        row[x] = 255 - n
    return bytes(row)


def worker(first, step, size, rows):
    for y in range(first, size, step):
        rows[y] = render_row(y, size)


def checksum(rows):
    h = 0
    for row in rows:
        for v in row:
            h = (h * 31 + v) & 0xFFFFFFFF
    return h


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 600
    out = sys.argv[3] if len(sys.argv) > 3 else os.path.join(tempfile.gettempdir(), "mandelbrot.pgm")

    start = time.perf_counter()
    rows = [None] * size
    threads = [threading.Thread(target=worker, args=(i, nthreads, size, rows))
               for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start

    with open(out, "wb") as f:
        f.write(f"P5\n{size} {size}\n255\n".encode("ascii"))
        for row in rows:
            f.write(row)
    inside = sum(row.count(0) for row in rows)
    print(f"{size}x{size} image, {MAX_ITER} iterations max, written to {os.path.basename(out)}")
    print(f"pixels in the set: {inside}")
    print(f"checksum: {checksum(rows):08x}")
    print(f"mandelbrot: {nthreads} threads, {elapsed:.3f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
