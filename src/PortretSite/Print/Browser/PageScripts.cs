namespace PortretSite.Print.Browser;

/// <summary>The scripts the printer runs in a page before and between prints.</summary>
internal static class PageScripts
{
    /// <summary>
    /// Waits until every font and image is in: Chromium's PDF path does not wait for those that
    /// scripts added. Images are not decoded ahead: the PDF embeds the JPEG data as it is.
    /// </summary>
    public const string Ready = """
        async () => {
          await document.fonts.ready;
          await Promise.all([...document.images].filter(img => !img.complete).map(img => new Promise(done => {
            img.addEventListener("load", done, { once: true });
            img.addEventListener("error", done, { once: true });
          })));
        }
        """;

    /// <summary>
    /// The ids the contents entries point to. Chromium records the page of an element in the PDF
    /// only when a link points to it, so targets without one get an invisible link.
    /// </summary>
    public const string LinkTargets = """
        ({ selector, attribute }) => {
          const ids = [...new Set([...document.querySelectorAll(selector)].map(e => e.dataset[attribute]))]
            .filter(id => id && document.getElementById(id));
          const linked = new Set([...document.querySelectorAll("a[href^='#']")].map(a => a.getAttribute("href").slice(1)));
          const missing = ids.filter(id => !linked.has(id));
          if (missing.length > 0) {
            const nav = document.createElement("nav");
            nav.setAttribute("aria-hidden", "true");
            nav.style.cssText = "position:absolute;top:0;left:0;width:1px;height:1px;overflow:hidden;font-size:1px";
            for (const id of missing) {
              const link = document.createElement("a");
              link.href = "#" + id;
              link.textContent = ".";
              nav.appendChild(link);
            }
            document.body.prepend(nav);
          }
          return ids;
        }
        """;

    /// <summary>Writes each target's page number into the contents entries that point to it.</summary>
    public const string WriteNumbers = """
        ({ selector, attribute, pages }) => {
          for (const entry of document.querySelectorAll(selector)) {
            const page = pages[entry.dataset[attribute]];
            if (page !== undefined) { entry.textContent = String(page); }
          }
        }
        """;
}
