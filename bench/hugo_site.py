#!/usr/bin/env python3
"""Makes the Hugo equivalent of a benchmark corpus: one page bundle per portrait with the same
photos (hard links), and a template that makes what PortretSite makes for the web:
480/960/1600 px WebP and a 960 px JPEG per photo.

usage: hugo_site.py CORPUS OUT"""
import os, shutil, sys

corpus, out = sys.argv[1], sys.argv[2]
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
  {{ $a := .Resize "480x webp q78" }}{{ $b := .Resize "960x webp q78" }}{{ $c := .Resize "1600x webp q78" }}{{ $d := .Resize "960x jpg q80" }}
  <picture><source type="image/webp" srcset="{{ $a.RelPermalink }} 480w, {{ $b.RelPermalink }} 960w, {{ $c.RelPermalink }} 1600w">
  <img src="{{ $d.RelPermalink }}" width="{{ $d.Width }}" height="{{ $d.Height }}" alt=""></picture>
{{ end }}
</body></html>
"""
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
