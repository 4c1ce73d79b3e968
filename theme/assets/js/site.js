/* PortretSite — the family site's only script: a keyboard- and touch-friendly lightbox.
   Works on content added later (the protected site decrypts pages into the document). */
(function () {
  "use strict";

  var portret = (window.Portret = window.Portret || {});

  // The protected site replaces this to decrypt a photo on demand; plain pages use the link as it is.
  portret.resolveMedia = portret.resolveMedia || function (link) {
    return Promise.resolve(link.getAttribute("href"));
  };

  var dialog = null;
  var image = null;
  var caption = null;
  var items = [];
  var index = 0;
  var opener = null;

  function build(grid) {
    dialog = document.createElement("dialog");
    dialog.className = "lightbox";
    dialog.setAttribute("aria-label", grid.getAttribute("data-lightbox-label") || "");
    var frame = document.createElement("figure");
    frame.className = "lightbox__frame";
    image = document.createElement("img");
    image.className = "lightbox__image";
    image.alt = "";
    caption = document.createElement("figcaption");
    caption.className = "lightbox__caption";
    caption.setAttribute("aria-live", "polite");
    frame.appendChild(image);
    frame.appendChild(caption);
    dialog.appendChild(frame);
    dialog.appendChild(button("lightbox__close", grid.getAttribute("data-close-label"), "\u00D7", close));
    dialog.appendChild(button("lightbox__previous", grid.getAttribute("data-previous-label"), "\u2190", function () { show(index - 1); }));
    dialog.appendChild(button("lightbox__next", grid.getAttribute("data-next-label"), "\u2192", function () { show(index + 1); }));
    dialog.addEventListener("keydown", onKey);
    dialog.addEventListener("close", restoreFocus);
    dialog.addEventListener("click", function (event) {
      if (event.target === dialog) {
        close();
      }
    });
    swipe(dialog);
    document.body.appendChild(dialog);
  }

  function button(className, label, text, action) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "lightbox__button " + className;
    b.setAttribute("aria-label", label || text);
    b.textContent = text;
    b.addEventListener("click", action);
    return b;
  }

  function open(link) {
    var grid = link.closest(".gallery__grid");
    if (!dialog) {
      build(grid);
    }
    items = Array.prototype.slice.call(grid.querySelectorAll("a.gallery__link"));
    opener = link;
    dialog.showModal();
    show(items.indexOf(link));
  }

  function show(i) {
    index = (i + items.length) % items.length;
    var link = items[index];
    var thumb = link.querySelector("picture img, img");
    var figcaption = link.parentNode.querySelector("figcaption");
    image.alt = thumb ? thumb.alt : "";
    image.removeAttribute("src");
    caption.textContent = figcaption ? figcaption.textContent : (thumb ? thumb.alt : "");
    var wanted = link;
    portret.resolveMedia(link).then(function (url) {
      if (items[index] === wanted) {
        image.src = url;
      }
    });
    var hasMany = items.length > 1;
    dialog.querySelector(".lightbox__previous").hidden = !hasMany;
    dialog.querySelector(".lightbox__next").hidden = !hasMany;
  }

  function close() {
    if (dialog && dialog.open) {
      dialog.close();
    }
  }

  function restoreFocus() {
    if (opener && document.contains(opener)) {
      opener.focus();
    }
  }

  function onKey(event) {
    if (event.key === "ArrowLeft") {
      show(index - 1);
      event.preventDefault();
    } else if (event.key === "ArrowRight") {
      show(index + 1);
      event.preventDefault();
    }
  }

  function swipe(element) {
    var startX = null;
    element.addEventListener("touchstart", function (event) {
      startX = event.touches.length === 1 ? event.touches[0].clientX : null;
    }, { passive: true });
    element.addEventListener("touchend", function (event) {
      if (startX === null) {
        return;
      }
      var dx = event.changedTouches[0].clientX - startX;
      if (Math.abs(dx) > 50) {
        show(index + (dx < 0 ? 1 : -1));
      }
      startX = null;
    });
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.gallery__link") : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    open(link);
  });
})();
