"""Board game search: Connect Four on a 7x6 board, negamax with alpha-beta pruning, a
transposition table and centre-first move ordering, solving a few opening positions to a
fixed depth, then playing a game engine against itself."""

WIDTH, HEIGHT = 7, 6
ORDER = [3, 2, 4, 1, 5, 0, 6]
LINES = []
for r in range(HEIGHT):
    for c in range(WIDTH):
        for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
            cells = [(r + k * dr, c + k * dc) for k in range(4)]
            if all(0 <= rr < HEIGHT and 0 <= cc < WIDTH for rr, cc in cells):
                LINES.append(tuple(rr * WIDTH + cc for rr, cc in cells))
LINES_THROUGH = [[line for line in LINES if cell in line] for cell in range(WIDTH * HEIGHT)]


class Board:
    def __init__(self, moves=""):
        self.cells = [0] * (WIDTH * HEIGHT)
        self.heights = [0] * WIDTH
        self.player = 1
        self.count = 0
        for m in moves:
            self.play(int(m) - 1)

    def can_play(self, col):
        return self.heights[col] < HEIGHT

    def play(self, col):
        cell = self.heights[col] * WIDTH + col
        self.cells[cell] = self.player
        self.heights[col] += 1
        self.player = -self.player
        self.count += 1
        return cell

    def undo(self, col):
        self.heights[col] -= 1
        self.cells[self.heights[col] * WIDTH + col] = 0
        self.player = -self.player
        self.count -= 1

    def wins_with(self, cell):
        who = self.cells[cell]
        cells = self.cells
        return any(all(cells[i] == who for i in line) for line in LINES_THROUGH[cell])

    def evaluate(self):
        """Heuristic score for the player to move: open lines weighted by how full they are."""
        score = 0
        cells = self.cells
        weights = (0, 1, 4, 32)
        for line in LINES:
            s = sum(cells[i] for i in line)
            if s > 0 and all(cells[i] >= 0 for i in line):
                score += weights[s]
            elif s < 0 and all(cells[i] <= 0 for i in line):
                score -= weights[-s]
        return score * self.player

    def key(self):
        return tuple(self.cells)


class Searcher:
    def __init__(self):
        self.table = {}
        self.nodes = 0

    def negamax(self, board, depth, alpha, beta):
        self.nodes += 1
        key = board.key()
        entry = self.table.get(key)
        if entry is not None and entry[0] >= depth:
            _, flag, value = entry
            if flag == 0:
                return value
            if flag < 0:
                alpha = max(alpha, value)
            else:
                beta = min(beta, value)
            if alpha >= beta:
                return value
        if board.count == WIDTH * HEIGHT:
            return 0
        if depth == 0:
            return board.evaluate()
        original_alpha = alpha
        best = -10 ** 6
        for col in ORDER:
            if not board.can_play(col):
                continue
            cell = board.play(col)
            if board.wins_with(cell):
                value = 10000 - board.count
            else:
                value = -self.negamax(board, depth - 1, -beta, -alpha)
            board.undo(col)
            if value > best:
                best = value
            alpha = max(alpha, value)
            if alpha >= beta:
                break
        flag = 0
        if best <= original_alpha:
            flag = 1
        elif best >= beta:
            flag = -1
        self.table[key] = (depth, flag, best)
        return best

    def best_move(self, board, depth):
        best_col, best_value = None, -10 ** 7
        for col in ORDER:
            if not board.can_play(col):
                continue
            cell = board.play(col)
            if board.wins_with(cell):
                value = 10000
            else:
                value = -self.negamax(board, depth - 1, -10 ** 7, 10 ** 7)
            board.undo(col)
            if value > best_value:
                best_col, best_value = col, value
        return best_col, best_value


def main():
    for opening in ("", "4", "44", "4455", "3344"):
        searcher = Searcher()
        col, value = searcher.best_move(Board(opening), 5)
        print(f"opening {opening or '-':5} best column {col + 1} score {value:5d} nodes {searcher.nodes}")
    board = Board()
    searcher = Searcher()
    moves = []
    while board.count < WIDTH * HEIGHT:
        col, _ = searcher.best_move(board, 4)
        moves.append(str(col + 1))
        cell = board.play(col)
        if board.wins_with(cell):
            print("winner", "first" if board.player == -1 else "second", "after", board.count, "moves")
            break
    else:
        print("draw")
    print("game", "".join(moves))


if __name__ == "__main__":
    main()
