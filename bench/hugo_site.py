#!/usr/bin/env python3
"""Makes the Hugo equivalent of a benchmark corpus: one page bundle per portrait with the same
photos (hard links), and a template that makes what PortretSite makes for the web from the same
widths: a WebP at each width below the photo's own, one at its own width when that is not above the
largest, and a JPEG fallback at the largest of those up to 960 px.

usage: hugo_site.py CORPUS OUT [--widths 480,960,1600,2400]"""
import argparse, os, shutil

parser = argparse.ArgumentParser()
parser.add_argument("corpus"); parser.add_argument("out")
parser.add_argument("--widths", default="480,960,1600,2400")
args = parser.parse_args()
corpus, out = args.corpus, args.out
widths = " ".join(args.widths.split(","))
largest = max(int(w) for w in args.widths.split(","))
if os.path.exists(out):
    shutil.rmtree(out)
os.makedirs(os.path.join(out, "layouts", "_default"))
with open(os.path.join(out, "config.toml"), "w") as f:
    f.write('baseURL = "/"\ntitle = "Benchmark"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n'
            '[imaging]\n  quality = 78\n')
layout = """<!doctype html><html><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>
<h1>{{ .Title }}</h1>
{{ .Content }}
{{ range .Resources.ByType "image" }}
  {{ $img := . }}{{ $made := slice }}
  {{ range $w := (slice WIDTHS) }}{{ if lt $w $img.Width }}{{ $made = $made | append $w }}{{ end }}{{ end }}
  {{ if le $img.Width LARGEST }}{{ $made = $made | append $img.Width }}{{ end }}
  {{ $set := slice }}{{ $fallback := index $made 0 }}
  {{ range $w := $made }}{{ $r := $img.Resize (printf "%dx webp q78" $w) }}{{ $set = $set | append (printf "%s %dw" $r.RelPermalink $w) }}{{ if le $w 960 }}{{ $fallback = $w }}{{ end }}{{ end }}
  {{ $d := $img.Resize (printf "%dx jpg q80" $fallback) }}
  <picture><source type="image/webp" srcset="{{ delimit $set ", " }}">
  <img src="{{ $d.RelPermalink }}" width="{{ $d.Width }}" height="{{ $d.Height }}" alt=""></picture>
{{ end }}
</body></html>
""".replace("WIDTHS", widths).replace("LARGEST", str(largest))
with open(os.path.join(out, "layouts", "_default", "single.html"), "w") as f:
    f.write(layout)
with open(os.path.join(out, "layouts", "_default", "list.html"), "w") as f:
    f.write('<!doctype html><html><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n')
portraits = os.path.join(corpus, "input", "portraits")
for slug in sorted(os.listdir(portraits)):
    bundle = os.path.join(out, "content", "portraits", slug)
    os.makedirs(bundle)
    source = open(os.path.join(portraits, slug, "index.md")).read()
    body = source.split("---", 2)[2]
    with open(os.path.join(bundle, "index.md"), "w") as f:
        f.write(f"---\ntitle: {slug}\n---\n{body}")
    photos = os.path.join(portraits, slug, "photos")
    for name in sorted(os.listdir(photos)):
        os.link(os.path.join(photos, name), os.path.join(bundle, name))
print(f"hugo site in {out}")
