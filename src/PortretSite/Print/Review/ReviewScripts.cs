namespace PortretSite.Print.Review;

/// <summary>The script that numbers a review copy's lines before it is printed.</summary>
internal static class ReviewScripts
{
    /// <summary>
    /// Raises every text under 13 pt inside <c>[data-review-text]</c> to 13 pt, puts a number in the
    /// left margin of every line of text there and returns how many lines it numbered. CSS cannot
    /// count lines, so the script finds where each line starts after layout (the first word, or
    /// letter of a broken word, not level with the line before) and puts a zero-width marker there:
    /// it sits on the line's baseline, moves with its line to whatever page the line is printed on,
    /// and changes no line break. Lines are numbered from the top down, text side by side sharing
    /// the number of its row. The text's width is the printed page's, so the lines measured are the
    /// lines printed.
    /// </summary>
    public const string NumberLines = """
        () => {
          const column = document.querySelector("[data-review-text]");
          if (!column) { return 0; }
          // The site sets details smaller than an old reader reads with ease.
          const smallest = 13 * 96 / 72;
          for (const element of column.querySelectorAll("*")) {
            if (!element.closest("svg") && parseFloat(getComputedStyle(element).fontSize) < smallest - 0.01) {
              element.style.fontSize = "13pt";
            }
          }
          const left = column.getBoundingClientRect().left + parseFloat(getComputedStyle(column).paddingLeft);
          const gutter = parseFloat(getComputedStyle(column).getPropertyValue("--review-gutter-px")) || 24;
          const texts = document.createTreeWalker(column, NodeFilter.SHOW_TEXT, {
            acceptNode: node => node.parentElement.closest("[data-review-skip], script, style, template, svg") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
          });
          const range = document.createRange();
          const starts = [];
          const onLine = (rect, line) => Math.min(rect.bottom, line.bottom) - Math.max(rect.top, line.top) > 0.5 * Math.min(rect.height, line.height);
          const visit = (node, offset, rect) => {
            if (rect.width === 0 || rect.height === 0) { return; }
            if (starts.length > 0 && onLine(rect, starts[starts.length - 1].rect)) { return; }
            starts.push({ node, offset, rect, order: starts.length });
          };
          const rectsOf = (node, from, to) => {
            range.setStart(node, from);
            range.setEnd(node, to);
            return [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0);
          };
          for (let node = texts.nextNode(); node; node = texts.nextNode()) {
            for (const word of node.data.matchAll(/\S+/g)) {
              const rects = rectsOf(node, word.index, word.index + word[0].length);
              if (rects.length === 0) { continue; }
              if (rects.every(r => Math.abs(r.top - rects[0].top) < 1)) {
                visit(node, word.index, rects[0]);
                continue;
              }
              // A word hyphenated over two lines: the second line starts inside it.
              for (let i = 0; i < word[0].length; i++) {
                const letter = rectsOf(node, word.index + i, word.index + i + 1)[0];
                if (letter) { visit(node, word.index + i, letter); }
              }
            }
          }
          // Rows from the top down: text side by side (captions under two photos, two columns) shares the number of its row, at its leftmost start.
          const rows = [];
          for (const start of [...starts].sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left)) {
            const row = rows.find(r => onLine(start.rect, r.rect));
            if (!row) {
              rows.push(start);
            } else if (start.rect.left < row.rect.left) {
              rows[rows.indexOf(row)] = start;
            }
          }
          rows.forEach((row, i) => { row.number = i + 1; });
          // From the last in the text to the first, so the offsets of the starts still to mark stay valid.
          for (const { node, offset, rect, number } of rows.sort((a, b) => b.order - a.order)) {
            const x = rect.left;
            if (/flex|grid/.test(getComputedStyle(node.parentElement).display)) {
              // Text straight in a flex or grid box is one item: wrapped, the marker joins it instead of becoming an item.
              const item = document.createElement("span");
              node.parentElement.insertBefore(item, node);
              item.appendChild(node);
            }
            // The marker and the line's first letter are held together: a zero-width marker alone would stay behind at the end of the line before.
            const rest = offset > 0 ? node.splitText(offset) : node;
            if (rest.length > 1) { rest.splitText(1); }
            const start = document.createElement("span");
            start.className = "review-start";
            rest.parentNode.insertBefore(start, rest);
            const marker = document.createElement("span");
            marker.className = "review-line";
            marker.setAttribute("aria-hidden", "true");
            marker.textContent = String(number);
            marker.style.left = `${-(x - left + gutter)}px`;
            start.append(marker, rest);
          }
          return rows.length;
        }
        """;
}
