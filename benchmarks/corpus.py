"""A corpus large enough to time, generated at run time from seeds/ (nothing large is committed).

Variant ``i`` of a seed article gets its people renamed from a pool of made-up names (so speakers recur
across articles, as in a real archive, and the linking pass has work to do), its body paragraphs
shuffled, and a closing line of its own, so every variant has its own content hash. Deterministic:
the same ``count`` gives the same files.

    python benchmarks/corpus.py OUT_DIR --articles 2000
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path
from typing import Iterator

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS = REPO_ROOT / "seeds"

# The people the seed articles quote, as (first name, surname stem): the stem also matches spelling
# variants of the surname ("Zelensk" -> Zelenskiy, Zelenskyy, Zelensky).
SEED_PEOPLE = [
    ("Dmitry", "Peskov"), ("Donald", "Trump"), ("Hakan", "Fidan"), ("Volodymyr", "Zelensk"),
    ("Rustem", "Umerov"), ("Heorhii", "Tykhii"), ("Serhii", "Kyslytsia"), ("Vladimir", "Medinsky"),
    ("Vladimir", "Putin"), ("Keith", "Kellogg"),
]

_ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "st", "tr"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou"]
_ENDINGS = ["", "n", "r", "s", "l", "m", "nd", "rt", "sk", "ton", "berg", "ová", "ez", "ski"]


def made_up_name(rng: random.Random) -> tuple[str, str]:
    def word(syllables: int) -> str:
        return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables)).capitalize()

    return word(rng.randint(1, 2)) + rng.choice(["", "a", "o"]), word(rng.randint(2, 3)) + rng.choice(_ENDINGS)


def seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def variant(text: str, index: int, pool: list[tuple[str, str]]) -> str:
    """Seed text with its people renamed, body paragraphs shuffled and a closing line of its own."""
    rng = random.Random(index)
    for first, stem in SEED_PEOPLE:
        new_first, new_last = rng.choice(pool)
        text = re.sub(rf"\b{first}\b", new_first, text)
        text = re.sub(rf"\b{stem}\w*", new_last, text)
    lines = text.split("\n")
    head, body = lines[:2], lines[2:]
    rng.shuffle(body)
    reporter = " ".join(rng.choice(pool))
    closing = f"Reporting by {reporter}; item {index}."
    return "\n".join(head + body + [closing]) + "\n"


def generate(count: int, seed_count: int | None = None) -> Iterator[tuple[str, str]]:
    """(file name, text) of ``count`` articles: the seeds first, then variants of them."""
    seeds = seed_texts()
    rng = random.Random(0)
    pool = [made_up_name(rng) for _ in range(max(20, count // 10))]
    for index in range(count):
        text = seeds[index] if index < len(seeds) else variant(seeds[index % len(seeds)], index, pool)
        yield f"{index // 1000:03d}/{index:07d}.txt", text


def write_corpus(out_dir: str | Path, count: int) -> Path:
    out = Path(out_dir)
    for name, text in generate(count):
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    write_corpus(args.out_dir, args.articles)
    print(f"{args.articles} articles written under {args.out_dir}")


if __name__ == "__main__":
    main()
