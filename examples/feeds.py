"""Market-data feed handler: receiver threads hand FIX-like messages to consumer threads that
parse, validate and aggregate them per symbol, with a bounded queue.Queue in between.

Usage: feeds.py [THREADS] [MESSAGES]   (defaults: 2, 200000)

Each feed is a recorded session: the messages one simulated exchange connection sends
(new orders, trades and cancels as `tag=value|` fields with a checksum, a few of them
corrupted on purpose), generated up front from the feed's own seeded random generator and
not timed, as a capture file would be read. THREADS receiver threads replay the feeds and
put the messages on the queue in batches; THREADS consumer threads split them into fields,
check the body length and checksum and the required tags, and keep per-symbol statistics,
merged at the end. The totals do not depend on the interleaving, so the output is the same
for every thread count. The wall time of the handling (replay, parsing, aggregation) goes
to stderr.
"""
import queue
import random
import sys
import threading
import time

SYMBOLS = ["AAPL", "MSFT", "GOOG", "AMZN", "TSLA", "NVDA", "META", "IBM", "ORCL", "INTC",
           "AMD", "CSCO", "QCOM", "TXN", "ADBE", "CRM"]
MSG_TYPES = ["D", "8", "F"]          # new order, execution report (trade), cancel
BATCH = 100
QUEUE_BATCHES = 64
REQUIRED = {
    "D": ("11", "55", "54", "38", "44"),
    "8": ("17", "55", "54", "32", "31"),
    "F": ("11", "41", "55"),
}


def fix_checksum(text):
    return sum(text.encode("ascii")) % 256


def make_message(rng, seq, feed):
    msg_type = rng.choice(MSG_TYPES)
    symbol = rng.choice(SYMBOLS)
    side = rng.choice("12")
    fields = [("35", msg_type), ("49", f"SRC{feed}"), ("56", "FIBRA"), ("34", str(seq))]
    if msg_type == "D":
        fields += [("11", f"O{feed}-{seq}"), ("55", symbol), ("54", side),
                   ("38", str(rng.randrange(1, 100) * 10)),
                   ("44", f"{rng.randrange(1000, 50000) / 100:.2f}")]
    elif msg_type == "8":
        fields += [("17", f"E{feed}-{seq}"), ("55", symbol), ("54", side),
                   ("32", str(rng.randrange(1, 50) * 10)),
                   ("31", f"{rng.randrange(1000, 50000) / 100:.2f}")]
    else:
        fields += [("11", f"C{feed}-{seq}"), ("41", f"O{feed}-{seq - 1}"),
                   ("55", symbol)]
    body = "".join(f"{tag}={value}|" for tag, value in fields)
    head = f"8=FIX.4.2|9={len(body)}|"
    damage = rng.random()
    if damage < 0.01:
        body = body[:-4] + "|"                      # truncated: the length is wrong
    elif damage < 0.02:
        body = body.replace("=", "", 1)             # a field without '='
    text = head + body
    checksum = fix_checksum(text)
    if 0.02 <= damage < 0.03:
        checksum = (checksum + 1) % 256             # corrupted in transit
    return f"{text}10={checksum:03d}|"


def record_feed(index, count):
    """The `count` messages feed `index` sends, in order."""
    rng = random.Random(1000 + index)
    return [make_message(rng, seq, index) for seq in range(1, count + 1)]


def receiver(feed, out):
    """Receives one feed's messages and puts them on the queue in batches."""
    batch = []
    for message in feed:
        batch.append(message)
        if len(batch) == BATCH:
            out.put(batch)
            batch = []
    if batch:
        out.put(batch)


class Stats:
    def __init__(self):
        self.orders = self.trades = self.cancels = 0
        self.ordered_qty = self.traded_qty = 0
        self.notional_cents = 0
        self.low = self.high = None

    def merge(self, other):
        self.orders += other.orders
        self.trades += other.trades
        self.cancels += other.cancels
        self.ordered_qty += other.ordered_qty
        self.traded_qty += other.traded_qty
        self.notional_cents += other.notional_cents
        for price in (other.low, other.high):
            if price is not None:
                self.low = price if self.low is None else min(self.low, price)
                self.high = price if self.high is None else max(self.high, price)


class Rejected(Exception):
    pass


def parse(message):
    if not message.endswith("|"):
        raise Rejected("unterminated")
    cut = message.rfind("|10=", 0, len(message) - 1)
    if cut < 0:
        raise Rejected("no checksum")
    text = message[:cut + 1]
    if int(message[cut + 4:-1]) != fix_checksum(text):
        raise Rejected("bad checksum")
    fields = {}
    for part in text[:-1].split("|"):
        tag, sep, value = part.partition("=")
        if not sep or not tag.isdigit():
            raise Rejected("malformed field")
        fields[tag] = value
    if fields.get("8") != "FIX.4.2":
        raise Rejected("bad begin string")
    start = text.index("|", text.index("|9=") + 1) + 1
    if int(fields["9"]) != len(text) - start:
        raise Rejected("bad body length")
    msg_type = fields.get("35")
    if msg_type not in REQUIRED:
        raise Rejected("unknown message type")
    for tag in REQUIRED[msg_type]:
        if tag not in fields:
            raise Rejected("missing tag " + tag)
    return msg_type, fields


def to_cents(price):
    whole, _, frac = price.partition(".")
    return int(whole) * 100 + int(frac)


def consumer(inbox, results, lock):
    stats = {}
    rejects = {}
    while True:
        batch = inbox.get()
        if batch is None:
            break
        for message in batch:
            try:
                msg_type, fields = parse(message)
            except (Rejected, ValueError, KeyError) as exc:
                reason = str(exc) if isinstance(exc, Rejected) else type(exc).__name__
                rejects[reason] = rejects.get(reason, 0) + 1
                continue
            symbol = fields["55"]
            s = stats.get(symbol)
            if s is None:
                s = stats[symbol] = Stats()
            if msg_type == "D":
                s.orders += 1
                s.ordered_qty += int(fields["38"])
            elif msg_type == "8":
                qty = int(fields["32"])
                price = to_cents(fields["31"])
                s.trades += 1
                s.traded_qty += qty
                s.notional_cents += qty * price
                s.low = price if s.low is None else min(s.low, price)
                s.high = price if s.high is None else max(s.high, price)
            else:
                s.cancels += 1
    with lock:
        for symbol, s in stats.items():
            results["stats"].setdefault(symbol, Stats()).merge(s)
        for reason, n in rejects.items():
            results["rejects"][reason] = results["rejects"].get(reason, 0) + n


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 200000
    # The messages come from a fixed number of feeds, so they (and the output) do not
    # depend on the thread count; each receiver thread replays some of the feeds.
    feeds = 8
    per_feed = total // feeds
    recorded = [record_feed(index, per_feed) for index in range(feeds)]

    start = time.perf_counter()
    inbox = queue.Queue(maxsize=QUEUE_BATCHES)
    results = {"stats": {}, "rejects": {}}
    lock = threading.Lock()

    def run_feeds(first):
        for index in range(first, feeds, nthreads):
            receiver(recorded[index], inbox)

    receivers = [threading.Thread(target=run_feeds, args=(i,)) for i in range(nthreads)]
    consumers = [threading.Thread(target=consumer, args=(inbox, results, lock))
                 for _ in range(nthreads)]
    for t in receivers + consumers:
        t.start()
    for t in receivers:
        t.join()
    for _ in consumers:
        inbox.put(None)
    for t in consumers:
        t.join()
    elapsed = time.perf_counter() - start

    stats = results["stats"]
    accepted = sum(s.orders + s.trades + s.cancels for s in stats.values())
    rejected = sum(results["rejects"].values())
    print(f"{feeds * per_feed} messages from {feeds} feeds: {accepted} accepted, {rejected} rejected")
    for reason, n in sorted(results["rejects"].items()):
        print(f"  rejected ({reason}): {n}")
    print(f"{'symbol':6} {'orders':>7} {'trades':>7} {'cancels':>7} {'ord qty':>9} "
          f"{'trd qty':>9} {'vwap':>9} {'low':>8} {'high':>8}")
    for symbol in sorted(stats):
        s = stats[symbol]
        vwap = s.notional_cents / s.traded_qty / 100 if s.traded_qty else 0.0
        print(f"{symbol:6} {s.orders:7d} {s.trades:7d} {s.cancels:7d} {s.ordered_qty:9d} "
              f"{s.traded_qty:9d} {vwap:9.4f} {s.low / 100:8.2f} {s.high / 100:8.2f}")
    print(f"feeds: {nthreads} threads, {elapsed:.3f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
