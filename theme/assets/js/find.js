/* PortretSite — search across the portraits a reader may open. The index is built per audience
   at build time and arrives encrypted, in chunks by a word's first two letters: a query opens
   only the chunks its words need, with the keys the unlocked list handed on, and keeps what it
   decrypted in memory only. Words are folded and stemmed as the build did (LightStemmer.cs). */
(function () {
  "use strict";

  var portret = (window.Portret = window.Portret || {});
  var maxResults = 20;
  var snippetBefore = 60;
  var snippetLength = 220;
  var wordPattern = /[\p{L}\p{Nd}]+/gu;
  var session = null;

  // ---- words: folded as TextFolding.cs, stemmed as LightStemmer.cs ----

  function fold(text) {
    return text.normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase().normalize("NFC");
  }

  function words(text) {
    return fold(text).match(wordPattern) || [];
  }

  var minimumStem = 3;

  function isVowel(c) {
    return "aeiouy".indexOf(c) >= 0;
  }

  function undoubleConsonant(stem, kept) {
    var last = stem[stem.length - 1];
    return stem.length > minimumStem && last === stem[stem.length - 2] && !isVowel(last) && kept.indexOf(last) < 0
      ? stem.slice(0, -1) : stem;
  }

  function withoutFinalE(stem) {
    return stem.length > minimumStem && stem[stem.length - 1] === "e" ? stem.slice(0, -1) : stem;
  }

  function dutch(word) {
    if (word.slice(-5) === "heden") {
      return word.slice(0, -5) + "heid";
    }
    var stem = word;
    var suffixes = ["ingen", "ing", "en", "s", "e"];
    for (var i = 0; i < suffixes.length; i++) {
      var suffix = suffixes[i];
      if (word.slice(-suffix.length) !== suffix || word.length - suffix.length < minimumStem) {
        continue;
      }
      var rest = word.slice(0, -suffix.length);
      var last = rest[rest.length - 1];
      if ((suffix === "en" || suffix === "s" || suffix === "e") && isVowel(last)) {
        continue;
      }
      if (suffix === "s" && (last === "s" || last === "j")) {
        continue;
      }
      stem = rest;
      break;
    }
    stem = undoubleConsonant(stem, "");
    var n = stem.length;
    if (n >= 4 && !isVowel(stem[n - 1]) && isVowel(stem[n - 2]) && stem[n - 2] === stem[n - 3] && !isVowel(stem[n - 4])) {
      stem = stem.slice(0, -2) + stem[n - 1];
    }
    return stem;
  }

  function hasVowel(text) {
    return /[aeiouy]/.test(text);
  }

  function english(word) {
    var n = word.length;
    if (word.slice(-3) === "ies" && n > 4) {
      return word.slice(0, -3) + "y";
    }
    if (word.slice(-3) === "ing" && n - 3 >= minimumStem && hasVowel(word.slice(0, -3))) {
      return withoutFinalE(undoubleConsonant(word.slice(0, -3), "lsz"));
    }
    if (word.slice(-2) === "ed" && n - 2 >= minimumStem && hasVowel(word.slice(0, -2))) {
      return withoutFinalE(undoubleConsonant(word.slice(0, -2), "lsz"));
    }
    if (word.slice(-2) === "es" && n - 2 >= minimumStem && "sxzh".indexOf(word[n - 3]) >= 0) {
      return word.slice(0, -2);
    }
    if (word[n - 1] === "s" && "sui".indexOf(word[n - 2]) < 0) {
      return withoutFinalE(word.slice(0, -1));
    }
    return withoutFinalE(word);
  }

  function stem(word, language) {
    return word.length <= minimumStem ? word : language === "en" ? english(word) : dutch(word);
  }

  // For the consistency test with the C# stemmer.
  portret.searchWords = { fold: fold, words: words, stem: stem };

  // ---- the encrypted index ----

  function inflate(bytes) {
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text();
  }

  function chunk(search, key) {
    var entry = search.chunks[key];
    if (!entry) {
      return Promise.resolve({});
    }
    if (!search.loaded[key]) {
      search.loaded[key] = session.open(entry[0], entry[1]).then(inflate).then(JSON.parse);
    }
    return search.loaded[key];
  }

  function text(search, doc) {
    if (!session.texts[doc[1]]) {
      session.texts[doc[1]] = session.open(doc[1], session.pageKey(doc[0])).then(function (plain) {
        return JSON.parse(new TextDecoder().decode(plain)).parts;
      });
    }
    return session.texts[doc[1]];
  }

  /** Where one query word occurs: per document its score, the parts it is in and the words that matched. */
  function match(search, word, asPrefix) {
    var stems = [stem(word, "nl"), stem(word, "en")];
    return chunk(search, word.slice(0, search.prefix)).then(function (terms) {
      var found = {};
      Object.keys(terms).forEach(function (term) {
        var entry = terms[term];
        var exact = term === word;
        if (!exact && stems.indexOf(entry[0]) < 0 && !(asPrefix && term.indexOf(word) === 0)) {
          return;
        }
        Object.keys(entry[1]).forEach(function (slug) {
          var hit = found[slug] || (found[slug] = { score: 0, parts: {}, terms: {} });
          var places = entry[1][slug];
          for (var i = 0; i < places.length; i += 2) {
            var weight = places[i + 1] * (exact ? 2 : 1);
            hit.parts[places[i]] = (hit.parts[places[i]] || 0) + weight;
            hit.score += weight;
          }
          hit.terms[term] = true;
        });
      });
      return found;
    });
  }

  /** The portraits of one audience that hold every word of the query. */
  function query(search, list, lastIsPrefix) {
    return Promise.all(list.map(function (word, i) {
      return match(search, word, lastIsPrefix && i === list.length - 1);
    })).then(function (perWord) {
      var results = [];
      Object.keys(perWord[0]).forEach(function (slug) {
        if (!perWord.every(function (found) { return found[slug]; })) {
          return;
        }
        var result = { slug: slug, doc: search.docs[slug], search: search, score: 0, parts: {}, terms: {} };
        perWord.forEach(function (found) {
          var hit = found[slug];
          result.score += hit.score;
          Object.keys(hit.parts).forEach(function (part) {
            result.parts[part] = (result.parts[part] || 0) + hit.parts[part];
          });
          Object.keys(hit.terms).forEach(function (term) {
            result.terms[term] = true;
          });
        });
        results.push(result);
      });
      return results;
    });
  }

  function run(text) {
    if (!session) {
      return Promise.resolve(null);
    }
    var all = words(text).filter(function (word) {
      return word.length >= 2;
    });
    var list = all.filter(function (word) {
      return session.stop.indexOf(word) < 0;
    });
    if (!list.length) {
      return Promise.resolve(null);
    }
    // The word being typed matches as a prefix; a word followed by a space is complete.
    var lastIsPrefix = /[\p{L}\p{Nd}]$/u.test(text);
    return Promise.all(session.searches.map(function (search) {
      return query(search, list, lastIsPrefix);
    })).then(function (lists) {
      var bySlug = {};
      [].concat.apply([], lists).forEach(function (result) {
        if (!bySlug[result.slug] || bySlug[result.slug].score < result.score) {
          bySlug[result.slug] = result;
        }
      });
      return Object.keys(bySlug).map(function (slug) {
        return bySlug[slug];
      }).sort(function (a, b) {
        return b.score - a.score || a.doc[2].localeCompare(b.doc[2]);
      });
    });
  }

  // ---- showing results ----

  function bestPart(result) {
    return Object.keys(result.parts).sort(function (a, b) {
      return result.parts[b] - result.parts[a] || a - b;
    })[0];
  }

  /** The part's text around its first match, the matched words in <mark>: built from text nodes, never HTML. */
  function snippet(container, partText, terms) {
    var marks = [];
    var found;
    wordPattern.lastIndex = 0;
    while ((found = wordPattern.exec(partText)) !== null) {
      if (terms[fold(found[0])]) {
        marks.push({ start: found.index, end: found.index + found[0].length });
      }
    }
    var start = 0;
    if (marks.length && marks[0].start > snippetBefore) {
      start = partText.lastIndexOf(" ", marks[0].start - snippetBefore) + 1;
    }
    var end = Math.min(partText.length, start + snippetLength);
    if (end < partText.length) {
      var space = partText.lastIndexOf(" ", end);
      end = space > start ? space : end;
    }
    var at = start;
    if (start > 0) {
      container.appendChild(document.createTextNode("… "));
    }
    marks.filter(function (mark) {
      return mark.start >= start && mark.end <= end;
    }).forEach(function (mark) {
      container.appendChild(document.createTextNode(partText.slice(at, mark.start)));
      var highlight = document.createElement("mark");
      highlight.textContent = partText.slice(mark.start, mark.end);
      container.appendChild(highlight);
      at = mark.end;
    });
    container.appendChild(document.createTextNode(partText.slice(at, end) + (end < partText.length ? " …" : "")));
  }

  /**
   * Shows the portraits found at once, then each one's part and passage as its text arrives: the first
   * results do not wait for twenty texts to download and decrypt. Resolves when every passage is shown.
   */
  function render(form, results) {
    var list = form.querySelector(".search__results");
    var count = form.querySelector(".search__count");
    list.textContent = "";
    if (results === null) {
      list.hidden = true;
      count.textContent = "";
      return Promise.resolve();
    }
    count.textContent = results.length === 0 ? form.getAttribute("data-none")
      : results.length === 1 ? form.getAttribute("data-one")
        : form.getAttribute("data-many").replace("{count}", String(results.length));
    list.hidden = results.length === 0;
    return Promise.all(results.slice(0, maxResults).map(function (result) {
      var item = document.createElement("li");
      item.className = "search__result";
      var link = document.createElement("a");
      link.className = "search__link";
      link.href = "#/p/" + result.doc[0];
      var name = document.createElement("span");
      name.className = "search__name";
      name.textContent = result.doc[2];
      link.appendChild(name);
      item.appendChild(link);
      list.appendChild(item);
      return text(result.search, result.doc).then(function (parts) {
        var part = parts[bestPart(result)] || parts[0];
        if (!part) {
          return;
        }
        var where = document.createElement("span");
        where.className = "search__part";
        where.textContent = part.label;
        link.appendChild(document.createTextNode(" "));
        link.appendChild(where);
        var excerpt = document.createElement("p");
        excerpt.className = "search__snippet";
        snippet(excerpt, part.text, result.terms);
        item.appendChild(excerpt);
      });
    }));
  }

  // ---- the fields ----

  function links(form) {
    return Array.prototype.slice.call(form.querySelectorAll(".search__link"));
  }

  function wire(form) {
    var input = form.querySelector(".search__input");
    var latest = 0;
    input.addEventListener("input", function () {
      var asked = ++latest;
      var started = performance.now();
      run(input.value).then(function (results) {
        if (asked !== latest) {
          return null;
        }
        var passages = render(form, results);
        // For the benchmark: when the portraits found were shown, and when their passages were.
        form.setAttribute("data-ms", String(Math.round(performance.now() - started)));
        return passages.then(function () {
          if (asked === latest) {
            form.setAttribute("data-passages-ms", String(Math.round(performance.now() - started)));
          }
        });
      }).catch(function () {
        if (asked === latest) {
          render(form, []);
        }
      });
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var first = links(form)[0];
      if (first) {
        first.focus();
      }
    });
    // Arrow keys move between the field and the results; Tab works as everywhere.
    form.addEventListener("keydown", function (event) {
      var all = links(form);
      var at = all.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && all.length) {
        event.preventDefault();
        all[Math.min(at + 1, all.length - 1)].focus();
      } else if (event.key === "ArrowUp" && at >= 0) {
        event.preventDefault();
        (at === 0 ? input : all[at - 1]).focus();
      } else if (event.key === "Escape" && at >= 0) {
        input.focus();
      }
    });
  }

  function clear(form) {
    form.querySelector(".search__input").value = "";
    render(form, null);
  }

  var header = document.getElementById("search-header");

  /** Called by unlock.js once a password opened its lists: each list carries its audience's search. */
  portret.onUnlock = function (searches, open, pageKey) {
    var stop = [];
    searches = searches.filter(Boolean).map(function (search) {
      stop = stop.concat(search.stop);
      return { prefix: search.prefix, chunks: search.chunks, docs: search.docs, loaded: {} };
    });
    if (!searches.length) {
      return;
    }
    session = { searches: searches, stop: stop, open: open, pageKey: pageKey, texts: {} };
    if (header) {
      header.hidden = false;
    }
  };

  /** Called by unlock.js each time the home page is shown: it gets a search field of its own. */
  portret.onHome = function (content) {
    var template = document.getElementById("search-home-template");
    var place = content.querySelector(".home__header");
    if (!session || !template || !place) {
      return;
    }
    var form = template.content.firstElementChild.cloneNode(true);
    place.appendChild(form);
    wire(form);
  };

  if (header) {
    wire(header);
    window.addEventListener("hashchange", function () {
      clear(header);
    });
  }
})();
