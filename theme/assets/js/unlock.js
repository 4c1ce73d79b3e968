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
  var policy = { days: 90, files: false };
  var siteId = null;
  var waiting = {};
  var loading = {};
  var mediaKeys = {};
  var pageKeys = {};
  // The hash of each page's ciphertext, as the current lists vouch for it: an older copy does not match.
  var vouched = {};
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
  var offer = document.getElementById("remember-offer");
  var stale = document.getElementById("stale-copy");

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

  /** A page the current lists vouch for must be the very ciphertext they name; an older copy is refused. */
  function loadVouched(id) {
    return loadItem(id).then(function (sealed) {
      if (!vouched[id]) {
        return sealed;
      }
      return subtle.digest("SHA-256", sealed).then(function (hash) {
        if (base64Of(new Uint8Array(hash, 0, 16)) !== vouched[id]) {
          showStale();
          throw new Error("stale " + id);
        }
        return sealed;
      });
    });
  }

  function base64Of(bytes) {
    var text = "";
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return btoa(text);
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
    return loadVouched(id).then(function (sealed) {
      return open(sealed, key, id);
    }).then(function (plain) {
      return JSON.parse(decoder.decode(plain));
    });
  }

  // ---- unlocking: one PBKDF2 run, then every password slot is tried with that key ----

  /**
   * A keys.js that asks for a weaker KDF is refused before any password is tried: a host or
   * anyone who can change the files must not make a reader's password cheap to guess offline.
   */
  function checkedTable(table) {
    var kdf = table && table.kdf;
    var remember = table && table.remember;
    var sound = table && table.v === 3 && /^[0-9a-f]{32}$/.test(table.site) &&
      Array.isArray(table.slots) && Array.isArray(table.devices) &&
      kdf && kdf.name === "PBKDF2" && kdf.hash === "SHA-256" &&
      typeof kdf.iterations === "number" && Math.floor(kdf.iterations) === kdf.iterations &&
      kdf.iterations >= 600000 && kdf.iterations <= 10000000 &&
      typeof kdf.salt === "string" && saltLength(kdf.salt) === 16 &&
      remember && typeof remember.days === "number" && remember.days >= 1 && remember.days <= 365 && typeof remember.files === "boolean";
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
      siteId = table.site;
      database = "portret-" + table.site;
      policy = table.remember;
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

  /** What a typed passphrase opens: its audiences, and the device key a remembered device or a share link holds instead. */
  function grantsFor(secret) {
    return keyTable().then(function (table) {
      return kekFor(secret, table).then(function (kek) {
        return openSlots(table.slots, kek, "slot");
      }).then(function (slot) {
        if (!slot) {
          return { device: null, audiences: [] };
        }
        return Promise.all([importKey(slot.d), audiencesOf(slot.g)]).then(function (opened) {
          return { device: opened[0], audiences: opened[1] };
        });
      });
    });
  }

  /** The audiences the current table gives a device key: none once its passphrase is taken away from the site. */
  function grantsWith(deviceKey, table) {
    return openSlots(table.devices, deviceKey, "device").then(function (slot) {
      return slot ? audiencesOf(slot.g) : [];
    });
  }

  /** The one slot of a list the key opens, or null; every slot is tried, so the time says nothing about which. */
  function openSlots(slots, key, id) {
    return Promise.all(slots.map(function (slot) {
      return open(bytesOf(slot), key, id).then(function (plain) {
        return JSON.parse(decoder.decode(plain));
      }, function () {
        return null;
      });
    })).then(function (opened) {
      return opened.filter(Boolean)[0] || null;
    });
  }

  function audiencesOf(grants) {
    return Promise.all(grants.map(function (grant) {
      return importKey(grant.k).then(function (key) {
        return { index: grant.i, key: key };
      });
    }));
  }

  var openedIds = [];

  function openSession(audiences) {
    openedIds = audiences.map(function (audience) {
      return audience.index;
    });
    return Promise.all(audiences.map(function (audience) {
      return openJson(audience.index, audience.key);
    })).then(function (indexes) {
      if (!fresh(indexes)) {
        showStale();
        throw new Error("stale copy");
      }
      indexes.forEach(function (index) {
        Object.keys(index.vouch || {}).forEach(function (id) {
          vouched[id] = index.vouch[id];
        });
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

  // ---- freshness: every list counts up from build to build; a device remembers the highest it saw ----

  function seenKey() {
    return "portret-seen-" + siteId;
  }

  function seenCounters() {
    try {
      return JSON.parse(localStorage.getItem(seenKey()) || "{}") || {};
    } catch (ignored) {
      return {};
    }
  }

  /** False when any list is older than one this device already opened: an old copy, served by a stale host or kept on a stick. */
  function fresh(indexes) {
    var seen = seenCounters();
    var older = indexes.some(function (index, i) {
      return typeof index.counter !== "number" || index.counter < (seen[openedIds[i]] || 0);
    });
    if (!older) {
      indexes.forEach(function (index, i) {
        seen[openedIds[i]] = index.counter;
      });
      try {
        localStorage.setItem(seenKey(), JSON.stringify(seen));
      } catch (ignored) {
        // Without storage this device cannot compare; the site still opens.
      }
    }
    return !older;
  }

  function showStale() {
    content.hidden = true;
    content.innerHTML = "";
    stale.hidden = false;
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

  // ---- remember on this device: the passphrase's device key (non-extractable) in IndexedDB ----
  // Not the audience keys: every visit opens the current key table with it, so a passphrase
  // taken away from the site stops opening it on remembered devices too.

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

  function rememberDevice(deviceKey) {
    return withStore("readwrite", function (store) {
      return store.put({ device: deviceKey, saved: Date.now() }, "device");
    });
  }

  /** On file:// every local page could read what is remembered: only when the editor chose to allow it. */
  function mayRemember() {
    return !fromFiles || policy.files;
  }

  /** Looks without creating: a device that never chose "remember" keeps no database at all. */
  function rememberedDevice() {
    if (!mayRemember()) {
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
    if (!device.device || !(age >= 0 && age < policy.days * 24 * 60 * 60 * 1000)) {
      return forget().then(function () {
        return false;
      });
    }
    return grantsWith(device.device, table).then(function (audiences) {
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

  // ---- share links: #r=<device key> opens like a remembered device; the key leaves the address at once ----

  function linkKey() {
    var match = /^#r=([A-Za-z0-9_-]{43})$/.exec(location.hash);
    // The secret never stays in the address bar or in the history, whatever happens next.
    if (location.hash.indexOf("#r=") === 0) {
      history.replaceState(null, "", location.pathname + location.search + "#/");
    }
    return match ? match[1].replace(/-/g, "+").replace(/_/g, "/") + "=" : null;
  }

  function openLink(secret, table) {
    return importKey(secret).then(function (deviceKey) {
      return grantsWith(deviceKey, table).then(function (audiences) {
        if (!audiences.length) {
          say(error, error.getAttribute("data-link-gone"));
          return false;
        }
        return openSession(audiences).then(function () {
          offerToRemember(deviceKey);
          return true;
        });
      });
    });
  }

  function offerToRemember(deviceKey) {
    if (!mayRemember()) {
      return;
    }
    offer.hidden = false;
    var yes = document.getElementById("remember-yes");
    var no = document.getElementById("remember-no");
    function close() {
      offer.hidden = true;
      main.focus();
    }
    yes.onclick = function () {
      rememberDevice(deviceKey).then(close, close);
    };
    no.onclick = close;
    yes.focus();
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
      return (remember.checked && mayRemember() ? rememberDevice(unlocked.device) : Promise.resolve()).then(function () {
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

  // Before sessions were named per site they were stored as "portret", with the audience keys themselves.
  deleteDatabase(legacyDatabase);

  var fromLink = linkKey();
  keyTable().then(function (table) {
    if (!mayRemember()) {
      rememberChoice.hidden = true;
      rememberFiles.hidden = false;
    }
    if (fromLink) {
      return openLink(fromLink, table);
    }
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
