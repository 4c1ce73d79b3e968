#!/usr/bin/env python3
"""Generates a benchmark site: N portraits x M photos, each photo a unique copy of a sample photo.

usage: corpus.py OUT PORTRAITS PHOTOS [--max-edge PX] [--widths 480,960,1600]
A JPEG is made unique by a comment segment right after its start marker: same pixels, new bytes.
--max-edge shrinks the sources first (with vips), for scaling runs with many photos."""
import argparse
import random
import re, json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def sample_photos():
    photos = []
    for folder, _, files in os.walk(os.path.join(ROOT, "input", "portraits")):
        photos += [os.path.join(folder, f) for f in files if f.lower().endswith(".jpg")]
    unique = {}
    for path in sorted(photos):
        unique.setdefault(os.path.getsize(path), path)
    return sorted(unique.values())

def unique_copy(source_bytes, tag):
    comment = ("portret-bench " + tag).encode()
    segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    return source_bytes[:2] + segment + source_bytes[2:]

def sample_vocabulary():
    """The words of the sample portraits (our own fictional text), most frequent first."""
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "input", "portraits")
    counts = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".md"):
                for word in re.findall(r"[^\W\d_]{2,}", open(os.path.join(folder, name), encoding="utf-8").read()):
                    counts[word.lower()] = counts.get(word.lower(), 0) + 1
    return sorted(counts, key=lambda w: (-counts[w], w))


SYLLABLES = ["ba", "ber", "do", "el", "fa", "gen", "ho", "ik", "jan", "ke", "lo", "mar", "ne", "os", "pie", "ru", "sel",
             "ter", "ul", "ven", "wil", "zo", "an", "de", "li", "mo"]


def varied_story(vocabulary, p):
    """Four chapters of about 350 words each, drawn with Zipf-like weights, so words are shared as in real stories."""
    rng = random.Random(p)
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    lines = []
    for c in range(4):
        if c:
            lines += [f"## Hoofdstuk {c + 1}", ""]
        words = rng.choices(vocabulary, weights, k=350)
        # Names and places of this life alone: made-up words from syllables, a few per chapter.
        for i in rng.sample(range(350), 8):
            words[i] = "".join(rng.choice(SYLLABLES) for _ in range(3))
        sentences = [" ".join(words[i:i + 12]).capitalize() + "." for i in range(0, len(words), 12)]
        lines += [" ".join(sentences), ""]
    return lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out"); parser.add_argument("portraits", type=int); parser.add_argument("photos", type=int)
    parser.add_argument("--max-edge", type=int, default=0)
    parser.add_argument("--widths", default="480,960,1600")
    parser.add_argument("--booklet-chapters", type=int, default=0, help="give the first portrait this many long chapters (a thick booklet)")
    parser.add_argument("--varied-text", action="store_true", help="stories of words drawn from the sample portraits (a realistic vocabulary for search)")
    args = parser.parse_args()
    sources = sample_photos()
    if args.max_edge:
        small = os.path.abspath(args.out + ".sources")  # vipsthumbnail resolves -o against the input folder
        os.makedirs(small, exist_ok=True)
        resized = []
        for i, path in enumerate(sources):
            target = os.path.join(small, f"{i}.jpg")
            subprocess.run(["vipsthumbnail", path, "-s", str(args.max_edge), "-o", target + "[Q=85,strip]"], check=True)
            resized.append(target)
        sources = resized
    data = [open(p, "rb").read() for p in sources]
    vocabulary = sample_vocabulary() if args.varied_text else []
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    portraits = os.path.join(args.out, "input", "portraits")
    for p in range(args.portraits):
        slug = f"portret-{p:04d}"
        folder = os.path.join(portraits, slug, "photos")
        os.makedirs(folder)
        lines = ["---", f"name: Portret {p}", "status: approved", "approved:", "  by: Bench", "  on: 2024-01-01",
                 "audiences: [bench]", f"cover: photos/foto-00.jpg", f"summary: Een proefportret met {args.photos} foto's.", "photos:"]
        for m in range(args.photos):
            name = f"foto-{m:02d}.jpg"
            with open(os.path.join(folder, name), "wb") as f:
                f.write(unique_copy(data[(p * args.photos + m) % len(data)], f"{p}-{m}"))
            lines += [f"  - file: photos/{name}", f"    caption: Foto {m} van portret {p}", f"    alt: Proeffoto {m}"]
        if vocabulary:
            lines += ["---", ""] + varied_story(vocabulary, p)
        else:
            lines += ["---", "", f"Dit is proefportret {p}. " * 40, "", "## Een hoofdstuk", "", "Nog wat tekst. " * 60]
        lines += [f"![Foto {m}](photos/foto-{m:02d}.jpg)" for m in range(min(3, args.photos))]
        with open(os.path.join(portraits, slug, "index.md"), "w") as f:
            f.write("\n".join(lines) + "\n")
    first = os.path.join(portraits, "portret-0000")
    for c in range(args.booklet_chapters):
        text = [f"# Hoofdstuk {c + 1}", ""]
        for k in range(9):
            text += [("Een lange alinea over een leven vol kleine en grote gebeurtenissen, verteld in eigen woorden. " * 9).strip(), ""]
            if k == 4:
                text += [f"![Foto bij hoofdstuk {c + 1}](photos/foto-{c % args.photos:02d}.jpg)", ""]
        with open(os.path.join(first, f"{c + 1:02d}-hoofdstuk.md"), "w") as f:
            f.write("\n".join(text) + "\n")
    settings = {"Title": "Benchmark", "Language": "nl", "Audiences": {"bench": "Bench"},
                "Images": {"Widths": [int(w) for w in args.widths.split(",")], "Formats": ["webp", "jpeg"]}}
    with open(os.path.join(args.out, "statiq.json"), "w") as f:
        json.dump(settings, f, indent=2)
    os.makedirs(os.path.join(args.out, ".portret"), exist_ok=True)
    with open(os.path.join(args.out, ".portret", "passwords"), "w") as f:
        f.write("bench: een lange wachtzin voor de benchmark\n")
    print(f"{args.portraits} portraits x {args.photos} photos in {args.out}")

if __name__ == "__main__":
    main()
