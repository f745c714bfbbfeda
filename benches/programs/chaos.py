"""Chaos game: iterated function systems (Sierpinski triangle, Barnsley fern) played with a
seeded random generator, rasterised into a character grid and checksummed."""
import random


class Transform:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def __call__(self, x, y):
        return self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f


FERN = [
    Transform(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
    Transform(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
    Transform(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
    Transform(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
]
SIERPINSKI = [
    Transform(0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 1),
    Transform(0.5, 0.0, 0.0, 0.5, 0.5, 0.0, 1),
    Transform(0.5, 0.0, 0.0, 0.5, 0.25, 0.5, 1),
]


def play(transforms, points, width, height, seed):
    rng = random.Random(seed)
    weights = [t.weight for t in transforms]
    x = y = 0.0
    xs, ys = [], []
    for t in rng.choices(transforms, weights=weights, k=points):
        x, y = t(x, y)
        xs.append(x)
        ys.append(y)
    xs, ys = xs[20:], ys[20:]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    grid = [[0] * width for _ in range(height)]
    for x, y in zip(xs, ys):
        col = int((x - x0) / (x1 - x0) * (width - 1))
        row = int((y1 - y) / (y1 - y0) * (height - 1))
        grid[row][col] += 1
    return grid


def render(grid):
    shades = " .:-=+*#%@"
    top = max(max(row) for row in grid)
    return ["".join(shades[min(9, v * 30 // top)] if v else " " for v in row).rstrip()
            for row in grid]


def main():
    for name, system, seed in (("sierpinski", SIERPINSKI, 1), ("fern", FERN, 2)):
        grid = play(system, 400000, 64, 32, seed)
        print(name, sum(map(sum, grid)), sum(v * (i + 1) for i, row in enumerate(grid) for v in row))
        for line in render(grid):
            print(line)


if __name__ == "__main__":
    main()
