// Turns print-site's combined page into a book before Chromium prints it.
// book/pdf/chromium.py evaluates this file as one function (after adding book.css): it
// runs once per build, returns what it did (for the build log), and leaves the DOM ready
// for page.pdf(). pageHeight is the height of the printed text area in CSS pixels.
(pageHeight) => {
  const book = document.getElementById("print-site-page");
  if (book === null) {
    throw new Error("no #print-site-page: is the print-site plugin enabled?");
  }

  // Drop what paper cannot use: the site's navigation (hidden in print anyway), the
  // permalink after each heading, and the links on code lines and line numbers (their
  // text stays). Chromium's print time grows with internal links times pages, and these
  // were two thirds of the links in the book.
  for (const chrome of document.querySelectorAll(
    ".md-header, .md-tabs, .md-sidebar, .md-footer, .md-skip, .md-top, .md-search",
  )) {
    chrome.remove();
  }
  const deadLinks = book.querySelectorAll('a.headerlink, pre a[href^="#"]');
  for (const link of deadLinks) {
    if (link.matches(".headerlink") || link.textContent === "") link.remove();
    else link.replaceWith(...link.childNodes);
  }

  // Open every collapsed block: on paper nobody can click it open.
  const details = book.querySelectorAll("details");
  for (const block of details) block.open = true;

  // Print every content tab, each under its own label, in the order of the labels.
  let tabs = 0;
  for (const set of book.querySelectorAll(".tabbed-set")) {
    const labels = [...set.querySelectorAll(":scope > .tabbed-labels > label")];
    const blocks = [...set.querySelectorAll(":scope > .tabbed-content > .tabbed-block")];
    blocks.forEach((block, i) => {
      const caption = document.createElement("p");
      caption.className = "pdf-tab-label";
      caption.textContent = labels[i] ? labels[i].textContent.trim() : `Tab ${i + 1}`;
      block.before(caption);
      tabs += 1;
    });
  }

  // A heading as the reader sees it, without the permalink sign.
  const headingText = (h) => {
    const copy = h.cloneNode(true);
    copy.querySelectorAll(".headerlink").forEach((a) => a.remove());
    return copy.textContent.replace(/\s+/g, " ").trim();
  };

  // Numbered code: Pygments prints the numbers in a table cell beside the code, so a
  // wrapped line shifted every number after it, and the table's file-name row could be
  // left alone at the foot of a page. Each line becomes a block carrying its own number
  // (shown by book.css), and the file name a caption kept with the code.
  let numberedBlocks = 0;
  for (const table of book.querySelectorAll("table.highlighttable")) {
    const pre = table.querySelector("td.code pre");
    if (pre === null) continue;
    const numbers = [...table.querySelectorAll("td.linenos pre > span[class]")].map((n) =>
      n.textContent.trim(),
    );
    const lines = [...pre.querySelectorAll(":scope > code > span[id]")];
    lines.forEach((line, i) => {
      line.classList.add("pdf-code__line");
      line.dataset.line = numbers[i] ?? "";
    });
    pre.classList.add("pdf-code");
    const file = table.querySelector("th.filename");
    const nodes = [];
    if (file !== null) {
      const caption = document.createElement("p");
      caption.className = "pdf-code__file";
      caption.textContent = file.textContent.trim();
      nodes.push(caption);
    }
    nodes.push(pre);
    table.replaceWith(...nodes);
    numberedBlocks += 1;
  }

  // Nav sections: print-site gives each a page holding only its title. The title becomes
  // a label on top of the section's first page instead; it stays a heading, so the
  // outline still nests the section's pages under it. When the first page has the same
  // title (a section index page), the section's heading is that page's title and the
  // page's own heading goes: one title, one bookmark, one contents entry.
  let partLabels = 0;
  for (const section of book.querySelectorAll("section.print-page.md-section")) {
    const label = section.querySelector(":scope > h1");
    const first = section.querySelector(":scope > section.print-page");
    if (label === null) continue;
    label.classList.add("pdf-part");
    const firstTitle = first?.querySelector(":scope > h1");
    if (firstTitle && headingText(firstTitle) === headingText(label)) {
      label.classList.add("pdf-part--same");
      firstTitle.remove();
    }
    partLabels += 1;
  }

  // Headings inside a nav section sit one level deeper per section around them, so the
  // PDF outline (built from the accessibility tree) nests pages under their section.
  for (const heading of book.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
    let depth = 0;
    for (let el = heading.parentElement; el !== null && el !== book; el = el.parentElement) {
      if (el.matches("section.md-section") && el.firstElementChild !== heading) depth += 1;
    }
    const level = Math.min(Number(heading.tagName[1]) + depth, 6);
    heading.setAttribute("aria-level", String(level));
  }

  // The table of contents: every nav section and page, in nav order. Each entry links to
  // the section print-site wraps the page in and has a page number box for the 2nd print.
  const entries = (container) => {
    const list = document.createElement("ol");
    for (const section of container.querySelectorAll(":scope > section.print-page")) {
      const heading = section.querySelector(":scope > h1");
      if (heading === null || !section.id) continue;
      const item = document.createElement("li");
      const isPart = section.classList.contains("md-section");
      item.className = isPart ? "pdf-toc__part" : "pdf-toc__page";
      const link = document.createElement("a");
      link.href = `#${section.id}`;
      const title = document.createElement("span");
      title.className = "pdf-toc__title";
      title.textContent = headingText(heading);
      const number = document.createElement("span");
      number.className = "pdf-toc__number";
      number.dataset.target = section.id;
      number.textContent = "000";
      link.append(title, number);
      item.append(link);
      if (isPart) {
        const children = entries(section);
        if (children.childElementCount > 0) item.append(children);
      }
      list.append(item);
    }
    return list;
  };
  const toc = document.createElement("section");
  toc.className = "print-page pdf-toc";
  toc.id = "pdf-contents";
  const tocTitle = document.createElement("h1");
  tocTitle.id = "pdf-contents-title";
  tocTitle.textContent = "Contents";
  tocTitle.setAttribute("aria-level", "1");
  toc.append(tocTitle, entries(book));
  const cover = document.getElementById("print-site-cover-page");
  if (cover !== null) cover.after(toc);
  else book.prepend(toc);

  // Anything wider than the page would be cut off on paper. build_pdf.py opens the page
  // in a viewport as wide as the printed text, so this layout has the paper's line width.
  const right = book.getBoundingClientRect().right + 1;
  const overflowing = [];
  const candidates = "pre, pre > code, table, img, svg, .highlight, p, li, td, th";
  for (const el of book.querySelectorAll(candidates)) {
    const box = el.getBoundingClientRect();
    const cut = box.right > right || el.scrollWidth > el.clientWidth + 1;
    if (box.width > 0 && cut) {
      const page = el.closest("section.print-page:not(.md-section)");
      const text = el.textContent || el.getAttribute("alt") || "";
      const what = text.replace(/\s+/g, " ").trim().slice(0, 60);
      overflowing.push(`${page ? page.id : "?"}: <${el.tagName.toLowerCase()}> ${what}`);
    }
  }

  // A page that runs a few lines onto a new sheet: print it slightly smaller so that its
  // last lines stay with the rest (book.css, .pdf-fit). The flow is measured as one long
  // column at the paper's width, so the remainder is an estimate.
  const fitted = [];
  for (const page of book.querySelectorAll("section.print-page:not(.md-section)")) {
    const height = page.getBoundingClientRect().height;
    const rest = height % pageHeight;
    if (height > pageHeight * 0.5 && rest > 0 && rest < pageHeight * 0.1) {
      page.classList.add("pdf-fit");
      fitted.push(page.id);
    }
  }

  // The outline (bookmarks): the PDF is printed untagged, and Chromium writes bookmarks
  // only into tagged PDFs, so the build writes them (book.pdf.edit.write_outline) from
  // every visible heading's level and text. Chromium writes a named destination only for
  // an element some link points to: a hidden link to each heading gives it one.
  const outline = [];
  const anchors = document.createElement("div");
  anchors.hidden = true;
  for (const heading of document.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
    if (heading.getClientRects().length === 0) continue;
    if (!heading.id) heading.id = `pdf-heading-${outline.length + 1}`;
    const level = Number(heading.getAttribute("aria-level") || heading.tagName[1]);
    outline.push({ id: heading.id, level, title: headingText(heading) });
    const link = document.createElement("a");
    link.href = `#${heading.id}`;
    anchors.append(link);
  }
  document.body.append(anchors);

  return {
    overflowing,
    numberedBlocks,
    partLabels,
    fitted,
    deadLinks: deadLinks.length,
    details: details.length,
    tabs,
    outline,
    tocEntries: toc.querySelectorAll("li").length,
    targets: [...toc.querySelectorAll(".pdf-toc__number")].map((n) => n.dataset.target),
  };
}
