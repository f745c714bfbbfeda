"""Puzzle solver: sudoku by constraint propagation (naked singles and hidden singles) and
depth-first search on the square with the fewest candidates, over a set of hard puzzles."""

DIGITS = "123456789"
ROWS = "ABCDEFGHI"
SQUARES = [r + c for r in ROWS for c in DIGITS]
UNITS_LIST = ([[r + c for c in DIGITS] for r in ROWS] +
              [[r + c for r in ROWS] for c in DIGITS] +
              [[r + c for r in rs for c in cs] for rs in ("ABC", "DEF", "GHI")
               for cs in ("123", "456", "789")])
UNITS = {s: [u for u in UNITS_LIST if s in u] for s in SQUARES}
PEERS = {s: set(sum(UNITS[s], [])) - {s} for s in SQUARES}


class Contradiction(Exception):
    pass


def assign(values, square, digit):
    for other in values[square].replace(digit, ""):
        eliminate(values, square, other)
    return values


def eliminate(values, square, digit):
    if digit not in values[square]:
        return
    remaining = values[square] = values[square].replace(digit, "")
    if not remaining:
        raise Contradiction(square)
    if len(remaining) == 1:
        for peer in PEERS[square]:
            eliminate(values, peer, remaining)
    for unit in UNITS[square]:
        places = [s for s in unit if digit in values[s]]
        if not places:
            raise Contradiction(square)
        if len(places) == 1:
            assign(values, places[0], digit)


def parse(grid):
    values = dict.fromkeys(SQUARES, DIGITS)
    cells = [c for c in grid if c in DIGITS or c in "0."]
    assert len(cells) == 81
    for square, c in zip(SQUARES, cells):
        if c in DIGITS:
            assign(values, square, c)
    return values


def search(values, stats):
    if all(len(values[s]) == 1 for s in SQUARES):
        return values
    stats["guesses"] += 1
    n, square = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    for digit in values[square]:
        try:
            return search(assign(values.copy(), square, digit), stats)
        except Contradiction:
            continue
    raise Contradiction(square)


def solve(grid, stats):
    return search(parse(grid), stats)


def valid(values):
    return all(sorted(values[s] for s in unit) == list(DIGITS) for unit in UNITS_LIST)


PUZZLES = [
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....",
    "48.3............71.2.......7.5....6....2..8.............1.76...3.....4......5....",
    "....14....3....2...7..........9...3.6.1.............8.2.....1.4....5.6.....7.8...",
    "......52..8.4......3...9...5.1...6..2..7........3.....6...1..........7.4.......3.",
    "6.2.5.........3.4..........43...8....1....2........7..5..27...........81...6.....",
    ".524.........7.1..............8.2...3.....6...9.5.....1.6.3...........897........",
    "6.2.5.........4.3..........43...8....1....2........7..5..27...........81...6.....",
    ".923.........8.1...........1.7.4...........658.........6.5.2...4.....7.....9.....",
    "85...24..72......9..4.........1.7..23.5...9...4...........8..7..17..........36.4.",
    "..53.....8......2..7..1.5..4....53...1..7...6..32...8..6.5....9..4....3......97..",
]


def main():
    stats = {"guesses": 0}
    for _ in range(2):
        for grid in PUZZLES:
            values = solve(grid, stats)
            assert valid(values)
    for grid in PUZZLES:
        print("".join(values[s] for s in SQUARES) if (values := solve(grid, {"guesses": 0})) else "none")
    print("guesses", stats["guesses"])


if __name__ == "__main__":
    main()
