/* PortretSite — the protected family site. Everything about a person arrives encrypted;
   this script turns a password into keys with WebCrypto (no cryptography of its own), opens
   what those keys allow, and keeps decrypted photos in memory only (blob URLs).
   Ciphertext comes as script files that register themselves, so the site also works from a
   folder or a USB stick (file://), where fetch is not allowed. */
(function () {
  "use strict";

  var portret = (window.Portret = window.Portret || {});
  var subtle = window.crypto && window.crypto.subtle;
  var encoder = new TextEncoder();
  var decoder = new TextDecoder();
  // Named after the site (from keys.js), so two sites on one origin keep separate sessions.
  var database = null;
  var legacyDatabase = "portret";
  // Every file:// page shares one origin in Chromium: anything remembered there is every folder's.
  var fromFiles = location.protocol === "file:";
  var rememberedDays = 90;
  var waiting = {};
  var loading = {};
  var mediaKeys = {};
  var pageKeys = {};
  var blobUrls = [];
  var homeHtml = "";
  var siteTitle = document.title;
  var observer = null;

  var unlock = document.getElementById("unlock");
  var form = document.getElementById("unlock-form");
  var password = document.getElementById("password");
  var remember = document.getElementById("remember");
  var rememberChoice = document.getElementById("remember-choice");
  var rememberFiles = document.getElementById("remember-files");
  var button = document.getElementById("unlock-button");
  var status = document.getElementById("unlock-status");
  var error = document.getElementById("unlock-error");
  var content = document.getElementById("content");
  var logout = document.getElementById("logout");
  var main = document.getElementById("main");

  // ---- loading ciphertext: script files that call back with their data ----

  window.portretItem = function (id, data) {
    settle(id, data);
  };

  window.portretSlots = function (table) {
    settle("keys", table);
  };

  function settle(id, value) {
    var entry = waiting[id];
    if (entry) {
      delete waiting[id];
      entry.resolve(value);
    }
  }

  function loadScript(id, src) {
    if (!loading[id]) {
      loading[id] = new Promise(function (resolve, reject) {
        waiting[id] = { resolve: resolve };
        var script = document.createElement("script");
        script.src = src;
        script.onload = function () {
          script.remove();
        };
        script.onerror = function () {
          delete waiting[id];
          delete loading[id];
          script.remove();
          reject(new Error("missing " + src));
        };
        document.head.appendChild(script);
      });
    }
    return loading[id];
  }

  function loadItem(id) {
    return loadScript(id, "data/" + id + ".js").then(bytesOf);
  }

  // ---- envelopes: "PRT" | version 1 | 12-byte nonce | AES-256-GCM ciphertext and tag ----

  function bytesOf(base64) {
    var text = atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes;
  }

  function open(sealed, key, id) {
    if (sealed.length < 32 || sealed[0] !== 80 || sealed[1] !== 82 || sealed[2] !== 84 || sealed[3] !== 1) {
      return Promise.reject(new Error("unknown envelope"));
    }
    return subtle.decrypt(
      { name: "AES-GCM", iv: sealed.subarray(4, 16), additionalData: encoder.encode("portret/v1/" + id), tagLength: 128 },
      key,
      sealed.subarray(16)
    ).then(function (padded) {
      var length = new DataView(padded).getUint32(0);
      return new Uint8Array(padded, 4, length);
    });
  }

  function importKey(base64) {
    return subtle.importKey("raw", bytesOf(base64), { name: "AES-GCM" }, false, ["decrypt"]);
  }

  function openJson(id, key) {
    return loadItem(id).then(function (sealed) {
      return open(sealed, key, id);
    }).then(function (plain) {
      return JSON.parse(decoder.decode(plain));
    });
  }

  // ---- unlocking: one PBKDF2 run, then every slot is tried with that key ----

  /**
   * A keys.js that asks for a weaker KDF is refused before any password is tried: a host or
   * anyone who can change the files must not make a reader's password cheap to guess offline.
   */
  function checkedTable(table) {
    var kdf = table && table.kdf;
    var sound = table && table.v === 2 && /^[0-9a-f]{32}$/.test(table.site) && Array.isArray(table.slots) &&
      kdf && kdf.name === "PBKDF2" && kdf.hash === "SHA-256" &&
      typeof kdf.iterations === "number" && Math.floor(kdf.iterations) === kdf.iterations &&
      kdf.iterations >= 600000 && kdf.iterations <= 10000000 &&
      typeof kdf.salt === "string" && saltLength(kdf.salt) === 16;
    if (!sound) {
      throw new Error("refused key table");
    }
    return table;
  }

  function saltLength(base64) {
    try {
      return bytesOf(base64).length;
    } catch (ignored) {
      return -1;
    }
  }

  function keyTable() {
    return loadScript("keys", "data/keys.js").then(checkedTable).then(function (table) {
      database = "portret-" + table.site;
      return table;
    });
  }

  /** The password's key-encryption key: non-extractable, so even a remembered one cannot be read out. */
  function kekFor(secret, table) {
    return subtle.importKey("raw", encoder.encode(secret.normalize("NFC")), "PBKDF2", false, ["deriveKey"]).then(function (base) {
      return subtle.deriveKey(
        { name: "PBKDF2", hash: table.kdf.hash, salt: bytesOf(table.kdf.salt), iterations: table.kdf.iterations },
        base,
        { name: "AES-GCM", length: 256 },
        false,
        ["decrypt"]
      );
    });
  }

  function grantsFor(secret) {
    return keyTable().then(function (table) {
      return kekFor(secret, table).then(function (kek) {
        return grantsWith(kek, table).then(function (audiences) {
          return { kek: kek, audiences: audiences };
        });
      });
    });
  }

  /** The audiences the current table gives this key: none once its password is removed from the site. */
  function grantsWith(kek, table) {
    return Promise.all(table.slots.map(function (slot) {
      return open(bytesOf(slot), kek, "slot").then(function (plain) {
        return JSON.parse(decoder.decode(plain));
      }, function () {
        return [];
      });
    })).then(function (lists) {
      var grants = [].concat.apply([], lists);
      return Promise.all(grants.map(function (grant) {
        return importKey(grant.k).then(function (key) {
          return { index: grant.i, key: key };
        });
      }));
    });
  }

  function openSession(audiences) {
    return Promise.all(audiences.map(function (audience) {
      return openJson(audience.index, audience.key);
    })).then(function (indexes) {
      indexes.forEach(function (index) {
        Object.keys(index.media).forEach(function (id) {
          mediaKeys[id] = index.media[id];
        });
        Object.keys(index.pages).forEach(function (id) {
          pageKeys[id] = index.pages[id];
        });
      });
      homeHtml = mergeLists(indexes.map(function (index) {
        return index.html;
      }));
      unlock.hidden = true;
      content.hidden = false;
      logout.hidden = false;
      route();
    });
  }

  /** One list of portraits, however many families a password opens. */
  function mergeLists(htmls) {
    var base = document.createElement("template");
    base.innerHTML = htmls[0] || "";
    var list = base.content.querySelector(".cards");
    htmls.slice(1).forEach(function (html) {
      var other = document.createElement("template");
      other.innerHTML = html;
      other.content.querySelectorAll(".card").forEach(function (card) {
        var href = card.querySelector("a").getAttribute("href");
        if (list && !list.querySelector('a[href="' + href + '"]')) {
          list.appendChild(card);
        }
      });
    });
    return base.innerHTML;
  }

  // ---- remember on this device: the password's key (non-extractable) in IndexedDB ----
  // Not the audience keys: every visit opens the current slot table with it, so a password
  // removed from the site stops opening it on remembered devices too.

  function withStore(mode, action) {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(database, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore("keys");
      };
      request.onerror = function () {
        reject(request.error);
      };
      request.onsuccess = function () {
        var db = request.result;
        var transaction = db.transaction("keys", mode);
        var result = action(transaction.objectStore("keys"));
        transaction.oncomplete = function () {
          db.close();
          resolve(result && result.result);
        };
        transaction.onerror = function () {
          db.close();
          reject(transaction.error);
        };
      };
    });
  }

  function rememberDevice(kek) {
    return withStore("readwrite", function (store) {
      return store.put({ kek: kek, saved: Date.now() }, "device");
    });
  }

  /** Looks without creating: a device that never chose "remember" keeps no database at all. */
  function rememberedDevice() {
    if (fromFiles) {
      return Promise.resolve(null);
    }
    var exists = indexedDB.databases ? indexedDB.databases().then(function (list) {
      return list.some(function (db) {
        return db.name === database;
      });
    }) : Promise.resolve(true);
    return exists.then(function (found) {
      return found ? withStore("readonly", function (store) {
        return store.get("device");
      }) : null;
    }).catch(function () {
      return null;
    });
  }

  /** A remembered device opens what its key opens in the current table; expired or shut out, it is forgotten. */
  function reopen(device, table) {
    var age = Date.now() - device.saved;
    if (!device.kek || !(age >= 0 && age < rememberedDays * 24 * 60 * 60 * 1000)) {
      return forget().then(function () {
        return false;
      });
    }
    return grantsWith(device.kek, table).then(function (audiences) {
      if (!audiences.length) {
        return forget().then(function () {
          say(error, error.getAttribute("data-gone"));
          return false;
        });
      }
      return openSession(audiences).then(function () {
        return true;
      });
    });
  }

  function forget() {
    blobUrls.forEach(function (url) {
      URL.revokeObjectURL(url);
    });
    blobUrls = [];
    try {
      sessionStorage.clear();
    } catch (ignored) {
      // Storage may be unavailable; there is nothing in it then.
    }
    return database ? deleteDatabase(database) : Promise.resolve();
  }

  function deleteDatabase(name) {
    return new Promise(function (resolve) {
      var request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = request.onblocked = function () {
        resolve();
      };
    });
  }

  // ---- pages ----

  function route() {
    var hash = location.hash;
    if (content.hidden) {
      return;
    }
    // A portrait's card for carers (#/c/) is a page of its own, opened the same way.
    if (hash.indexOf("#/p/") === 0 || hash.indexOf("#/c/") === 0) {
      showPage(hash.slice(4));
    } else if (hash === "" || hash === "#/" || hash === "#") {
      showHome();
    }
  }

  function showHome() {
    content.innerHTML = homeHtml;
    document.documentElement.lang = document.body.getAttribute("data-lang") || document.documentElement.lang;
    document.title = siteTitle;
    enhance(content);
  }

  function showPage(id) {
    var key = pageKeys[id];
    if (!key) {
      location.hash = "#/";
      return;
    }
    importKey(key).then(function (pageKey) {
      return openJson(id, pageKey).then(function (page) {
        Object.keys(page.media).forEach(function (mediaId) {
          mediaKeys[mediaId] = page.media[mediaId];
        });
        content.innerHTML = page.html;
        document.documentElement.lang = page.lang;
        if (page.booklet) {
          addBooklet(page.booklet);
        }
        if (page.card && pageKeys[page.card.item]) {
          addCardLink(page.card);
        }
        enhance(content);
        window.scrollTo(0, 0);
        var heading = content.querySelector("h1");
        if (heading) {
          heading.setAttribute("tabindex", "-1");
          heading.focus({ preventScroll: true });
        }
      });
    }).catch(function () {
      location.hash = "#/";
    });
  }

  /** Only a reader given the card's key (a team, the person themself) sees the link to it. */
  function addCardLink(card) {
    var opening = content.querySelector(".opening");
    if (!opening) {
      return;
    }
    var paragraph = document.createElement("p");
    paragraph.className = "card-link";
    var link = document.createElement("a");
    link.href = "#/c/" + card.item;
    link.textContent = card.label;
    paragraph.appendChild(link);
    opening.parentNode.insertBefore(paragraph, opening.nextSibling);
  }

  // The booklet has a key of its own, handed only to the readings that may see all it prints.
  function addBooklet(booklet) {
    var article = content.querySelector("article");
    if (!article) {
      return;
    }
    var paragraph = document.createElement("p");
    paragraph.className = "booklet-link";
    var link = document.createElement("a");
    link.href = "#";
    link.textContent = booklet.label;
    link.addEventListener("click", function (event) {
      event.preventDefault();
      Promise.all([loadItem(booklet.item), importKey(booklet.key)]).then(function (loaded) {
        return open(loaded[0], loaded[1], booklet.item);
      }).then(function (pdf) {
        var url = remembered(URL.createObjectURL(new Blob([pdf], { type: "application/pdf" })));
        var save = document.createElement("a");
        save.href = url;
        save.download = booklet.name;
        document.body.appendChild(save);
        save.click();
        save.remove();
      });
    });
    paragraph.appendChild(link);
    article.appendChild(paragraph);
  }

  // ---- photos: decrypted when they come into view, at the width the screen needs ----

  function remembered(url) {
    blobUrls.push(url);
    return url;
  }

  function mediaUrl(id, type) {
    return importKey(mediaKeys[id]).then(function (key) {
      return loadItem(id).then(function (sealed) {
        return open(sealed, key, id);
      });
    }).then(function (bytes) {
      return remembered(URL.createObjectURL(new Blob([bytes], { type: type })));
    });
  }

  function pick(variants, needed) {
    var webp = variants.filter(function (v) {
      return v.t === "image/webp";
    });
    var pool = webp.length ? webp : variants;
    for (var i = 0; i < pool.length; i++) {
      if (pool[i].w >= needed) {
        return pool[i];
      }
    }
    return pool[pool.length - 1];
  }

  function reveal(img) {
    var variants = JSON.parse(img.getAttribute("data-pv"));
    img.removeAttribute("data-pv");
    var width = img.getBoundingClientRect().width || Number(img.getAttribute("width")) || 480;
    var choice = pick(variants, width * (window.devicePixelRatio || 1));
    if (!choice || !mediaKeys[choice.i]) {
      return;
    }
    mediaUrl(choice.i, choice.t).then(function (url) {
      img.src = url;
    });
  }

  function enhance(root) {
    if (portret.enhanceClips) {
      portret.enhanceClips(root);
    }
    if (observer) {
      observer.disconnect();
    }
    var images = root.querySelectorAll("img[data-pv]");
    if (!("IntersectionObserver" in window)) {
      images.forEach(reveal);
      return;
    }
    observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          reveal(entry.target);
        }
      });
    }, { rootMargin: "400px 0px" });
    images.forEach(function (img) {
      observer.observe(img);
    });
  }

  // For clips.js: clips decrypt as photos do, and a booklet's QR link opens one sealed item with the key it holds.
  portret.mediaUrl = mediaUrl;
  portret.addMediaKeys = function (keys) {
    Object.keys(keys).forEach(function (id) {
      mediaKeys[id] = keys[id];
    });
  };
  portret.openSealed = function (id, base64Key) {
    return importKey(base64Key).then(function (key) {
      return openJson(id, key);
    });
  };

  portret.resolveMedia = function (link) {
    var id = link.getAttribute("data-item");
    return id && mediaKeys[id] ? mediaUrl(id, link.getAttribute("data-type") || "image/jpeg") : Promise.resolve(link.getAttribute("href"));
  };

  // ---- the form ----

  function say(element, text) {
    element.textContent = "";
    // A fresh text node makes screen readers announce the same message again.
    window.setTimeout(function () {
      element.textContent = text;
    }, 50);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    error.textContent = "";
    if (!password.value) {
      say(error, status.getAttribute("data-empty"));
      password.focus();
      return;
    }
    button.disabled = true;
    say(status, status.getAttribute("data-busy"));
    grantsFor(password.value).then(function (unlocked) {
      var audiences = unlocked.audiences;
      if (!audiences.length) {
        say(error, error.getAttribute("data-wrong"));
        password.select();
        password.focus();
        return null;
      }
      password.value = "";
      return (remember.checked && !fromFiles ? rememberDevice(unlocked.kek) : Promise.resolve()).then(function () {
        return openSession(audiences);
      }).then(function () {
        main.focus();
      });
    }).catch(function () {
      say(error, error.getAttribute("data-broken"));
    }).then(function () {
      button.disabled = false;
      status.textContent = "";
    });
  });

  logout.addEventListener("click", function () {
    forget().then(function () {
      location.replace(location.href.split("#")[0]);
    });
  });

  window.addEventListener("hashchange", route);
  document.body.setAttribute("data-lang", document.documentElement.lang);

  if (!subtle) {
    say(error, error.getAttribute(window.isSecureContext === false ? "data-insecure" : "data-broken"));
    button.disabled = true;
    return;
  }

  if (fromFiles) {
    rememberChoice.hidden = true;
    rememberFiles.hidden = false;
  }

  // Before sessions were named per site they were stored as "portret", with the audience keys themselves.
  deleteDatabase(legacyDatabase);

  keyTable().then(function (table) {
    return rememberedDevice().then(function (device) {
      return device ? reopen(device, table) : false;
    });
  }).then(function (opened) {
    if (!opened) {
      password.focus();
    }
  }).catch(function () {
    password.focus();
  });
})();
