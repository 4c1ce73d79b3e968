namespace PortretSite.Print.Card;

/// <summary>The script that makes a card fit its one page, run in the card's page before it is printed.</summary>
internal static class CardScripts
{
    /// <summary>
    /// While the card's columns run over the page, the part with the most items gives up its last one
    /// (what helps and what to avoid last of all); when every part is down to one item, the longest
    /// text is cut at a word. A part that lost anything ends with the sheet's pointer to the portrait
    /// (<c>data-more</c>), so nothing is ever cut off unseen. Returns whether the card fits and the
    /// parts (<c>data-part</c>) that were shortened.
    /// </summary>
    public const string Fit = """
        () => {
          const sheet = document.querySelector(".me-sheet");
          const body = sheet.querySelector(".me-card__body");
          const fits = () => body.scrollWidth <= body.clientWidth + 1 && body.scrollHeight <= body.clientHeight + 1 && sheet.scrollHeight <= sheet.clientHeight + 1;
          const kept = new Set(["helps", "avoid"]);
          const shortened = new Set();
          const mark = part => {
            shortened.add(part.dataset.part);
            if (!part.querySelector(".me-card__more")) {
              const more = document.createElement("p");
              more.className = "me-card__more";
              more.textContent = sheet.dataset.more;
              part.appendChild(more);
            }
          };
          const parts = () => [...body.querySelectorAll("[data-part]")];
          for (let step = 0; step < 500 && !fits(); step++) {
            const candidates = parts()
              .map(part => ({ part, items: [...part.querySelectorAll("[data-item]")] }))
              .filter(c => c.items.length > 1)
              .sort((a, b) => (b.items.length * (kept.has(b.part.dataset.part) ? 0.5 : 1)) - (a.items.length * (kept.has(a.part.dataset.part) ? 0.5 : 1)));
            if (candidates.length > 0) {
              const { part, items } = candidates[0];
              items[items.length - 1].remove();
              mark(part);
              continue;
            }
            const longest = [...body.querySelectorAll("[data-part] [data-text]")]
              .filter(text => text.textContent.trim().length > 40 && text.textContent.trim().split(/\s+/).length > 5)
              .sort((a, b) => b.textContent.length - a.textContent.length)[0];
            if (!longest) {
              break;
            }
            const words = longest.textContent.trim().replace(/…$/, "").split(/\s+/);
            longest.textContent = words.slice(0, Math.max(4, Math.floor(words.length * 0.7))).join(" ") + "…";
            mark(longest.closest("[data-part]"));
          }
          return { fits: fits(), shortened: [...shortened] };
        }
        """;
}
