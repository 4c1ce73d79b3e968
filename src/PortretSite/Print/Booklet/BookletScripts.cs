namespace PortretSite.Print.Booklet;

/// <summary>The small scripts the printer runs in the booklet page between and before prints.</summary>
internal static class BookletScripts
{
    /// <summary>
    /// Gives every part that must start on a right-hand page an id and a link, so the PDF records
    /// its page; the back cover gets a link too, so the PDF says how many pages come before it.
    /// </summary>
    public const string MarkRightPages = """
        () => {
          const targets = [...document.querySelectorAll("[data-right], .booklet-body .chapter")];
          const nav = document.createElement("nav");
          nav.className = "print-anchors";
          nav.setAttribute("aria-hidden", "true");
          targets.forEach((element, index) => {
            if (!element.id) { element.id = "right-" + index; }
            const link = document.createElement("a");
            link.href = "#" + element.id;
            link.textContent = ".";
            nav.appendChild(link);
          });
          const back = document.getElementById("booklet-back");
          if (back) {
            const link = document.createElement("a");
            link.href = "#booklet-back";
            link.textContent = ".";
            nav.appendChild(link);
          }
          document.body.prepend(nav);
          return targets.map(element => element.id);
        }
        """;

    /// <summary>The id of the back cover in the booklet template.</summary>
    public const string BackCover = "booklet-back";

    /// <summary>
    /// Puts a blank page before each of the given parts (and nowhere else), and the given number
    /// of notes pages (the template's <c>#booklet-notes-page</c>) before the colophon.
    /// </summary>
    public const string Arrange = """
        (layout) => {
          document.querySelectorAll(".blank-page, .booklet-notes").forEach(element => element.remove());
          for (const id of layout.blanks) {
            const blank = document.createElement("div");
            blank.className = "blank-page";
            blank.setAttribute("aria-hidden", "true");
            const target = document.getElementById(id);
            target.parentNode.insertBefore(blank, target);
          }
          const notes = document.getElementById("booklet-notes-page");
          const colophon = document.getElementById("booklet-colophon");
          for (let i = 0; notes && colophon && i < layout.notes; i++) {
            colophon.parentNode.insertBefore(notes.content.cloneNode(true), colophon);
          }
        }
        """;

    /// <summary>Each photo's pixels and the width it is drawn at (a cropped cover is drawn wider than its box).</summary>
    public const string MeasurePhotos = """
        () => [...document.querySelectorAll("img[data-photo]")].map(img => {
          const box = img.getBoundingClientRect();
          const cover = getComputedStyle(img).objectFit === "cover";
          const scale = cover ? Math.max(box.width / img.naturalWidth, box.height / img.naturalHeight) : box.width / img.naturalWidth;
          return { photo: img.dataset.photo, pixels: img.naturalWidth, millimetres: img.naturalWidth * scale * 25.4 / 96 };
        })
        """;

    /// <summary>Blocks of the story wider than the text column: long words or links that would run into the margin.</summary>
    public const string FindOverflow = """
        (textWidthMm) => {
          const limit = textWidthMm * 96 / 25.4 + 1;
          return [...document.querySelectorAll(".booklet-body p, .booklet-body li, .booklet-body blockquote, .booklet-body h2, .booklet-body h3, .booklet-body td")]
            .filter(element => element.scrollWidth > Math.max(element.clientWidth, limit) + 1)
            .map(element => element.textContent.trim().slice(0, 60));
        }
        """;
}
