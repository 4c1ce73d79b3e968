/* PortretSite — recordings of their own voice on the protected site. A clip arrives encrypted like a
   photo; its player gets a blob URL of the first encoding the browser plays (Opus, else AAC). A booklet's
   QR code opens one clip without a password: the link's fragment (never sent to a server) holds the
   clip's item and the key that opens it, and nothing else. Needs unlock.js, which loads before it. */
(function () {
  "use strict";

  var portret = (window.Portret = window.Portret || {});
  var linkPrefix = "#k=";

  function playable(audio, encodings) {
    for (var i = 0; i < encodings.length; i++) {
      if (audio.canPlayType(encodings[i].t)) {
        return encodings[i];
      }
    }
    return null;
  }

  function prepare(audio) {
    var encodings = JSON.parse(audio.getAttribute("data-clip"));
    audio.removeAttribute("data-clip");
    var choice = playable(audio, encodings);
    if (!choice) {
      return;
    }
    portret.mediaUrl(choice.i, choice.t).then(function (url) {
      audio.src = url;
    });
  }

  portret.enhanceClips = function (root) {
    root.querySelectorAll("audio[data-clip]").forEach(prepare);
  };

  function standardBase64(base64url) {
    var text = base64url.replace(/-/g, "+").replace(/_/g, "/");
    while (text.length % 4) {
      text += "=";
    }
    return text;
  }

  /** A QR link from a booklet: show that one clip, its player and transcript, in place of the password form. */
  function openLink() {
    var hash = location.hash;
    if (hash.indexOf(linkPrefix) !== 0) {
      return;
    }
    var parts = hash.slice(linkPrefix.length).split(".");
    if (parts.length !== 2 || !/^[a-z2-7]{26}$/.test(parts[0])) {
      return;
    }
    portret.openSealed(parts[0], standardBase64(parts[1])).then(function (clip) {
      portret.addMediaKeys(clip.media);
      var unlock = document.getElementById("unlock");
      var content = document.getElementById("content");
      unlock.hidden = true;
      content.hidden = false;
      content.innerHTML = portret.trustedHtml(clip.html);
      document.documentElement.lang = clip.lang;
      document.title = clip.title;
      portret.enhanceClips(content);
      var heading = content.querySelector("h1");
      if (heading) {
        heading.setAttribute("tabindex", "-1");
        heading.focus({ preventScroll: true });
      }
    }).catch(function () {
      // A damaged or old link: the password form stays, as for any visitor.
    });
  }

  window.addEventListener("hashchange", openLink);
  openLink();
})();
