"""Random texts joined from pieces, for the tests that hold a faster path to what it replaces: the pieces are the
words and letters the path turns on, and a seed gives the same texts every run, so a failure repeats."""
import random
from collections.abc import Iterator, Sequence


def joined_pieces(pieces: Sequence[str], seed: int, n: int, longest: int, shortest: int = 0) -> Iterator[str]:
    """n texts, each of shortest to longest - 1 pieces drawn at random (with repeats) from pieces."""
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(pieces) for _ in range(rnd.randrange(shortest, longest)))
