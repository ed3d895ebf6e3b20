// Turns one built page of the print site into a printable one-page sheet.
// book/pdf/chromium.py evaluates this file as one function with the sheet's name:
//   "checklist"   docs/debrief/checklist.md as it is, with empty boxes to tick;
//   "scoresheet"  a mock-interview score sheet made from the rubric table of
//                 docs/debrief/signals.md: one row per signal, a box per score.
(sheet) => {
  const article = document.querySelector("article.md-content__inner");
  if (article === null) throw new Error("no article on this page");
  for (const chrome of document.querySelectorAll(
    ".md-header, .md-tabs, .md-sidebar, .md-footer, .md-skip, .md-top, .md-search, .md-tags",
  )) {
    chrome.remove();
  }
  for (const link of article.querySelectorAll("a.headerlink")) link.remove();
  for (const block of article.querySelectorAll("details")) block.open = true;
  // Ticked or not, a box on paper starts empty.
  for (const box of article.querySelectorAll("input[type=checkbox]")) box.checked = false;
  const style = document.createElement("style");
  style.textContent = `
    @page { size: A4 portrait; margin: 12mm 14mm; @bottom-right { content: none; } }
    .pdf-sheet-note { margin-top: 1.2em; font-size: 0.6rem; color: #555; }
    .pdf-score { width: 100%; border-collapse: collapse; font-size: 0.62rem; }
    .pdf-score th, .pdf-score td { border: 1px solid #999; padding: 0.45em 0.6em;
      vertical-align: top; text-align: left; height: 3.4em; }
    .pdf-score td.pdf-score__boxes { white-space: nowrap; font-size: 0.8rem; }
    .pdf-score td.pdf-score__notes { width: 28%; }
    .pdf-fields { display: grid; grid-template-columns: 1fr 1fr; gap: 0.5em 1.5em;
      margin: 0 0 1em; font-size: 0.68rem; }
    .pdf-fields span { display: block; border-bottom: 1px solid #999; padding: 1.1em 0 0.1em; }
    .pdf-overall { margin-top: 1em; font-size: 0.68rem; }
    .pdf-overall span { margin-right: 1.6em; white-space: nowrap; }
  `;
  document.head.append(style);
  const note = document.createElement("p");
  note.className = "pdf-sheet-note";
  note.textContent = `${document.title.split(" - ").pop()}: ${location.pathname
    .split("/")
    .slice(-2)
    .join("/")
    .replace(/\.static\.html$/, ".html")}`;

  if (sheet === "checklist") {
    // Two columns of small type: every item of the page on one sheet.
    const columns = document.createElement("style");
    columns.textContent = `
      article.md-content__inner { columns: 2; column-gap: 8mm; font-size: 0.66rem; }
      article.md-content__inner > h1, article.md-content__inner > h1 + p,
      article.md-content__inner > .admonition { column-span: all; }
      article.md-content__inner h1 { margin: 0 0 0.5em; font-size: 1.5em; }
      article.md-content__inner h2 { margin: 0.8em 0 0.3em; font-size: 1.05em;
        break-after: avoid; }
      article.md-content__inner p { margin: 0.4em 0; }
      article.md-content__inner li { margin-bottom: 0.15em; break-inside: avoid; }
      article.md-content__inner .admonition { margin: 0.5em 0; }
    `;
    document.head.append(columns);
    article.append(note);
    return { boxes: article.querySelectorAll("input[type=checkbox]").length };
  }
  if (sheet !== "scoresheet") throw new Error(`unknown sheet: ${sheet}`);

  const rubricHeading = [...article.querySelectorAll("h2")].find((h) =>
    h.textContent.trim().toLowerCase().startsWith("the rubric"),
  );
  let table = rubricHeading ? rubricHeading.nextElementSibling : null;
  while (table !== null && table.querySelector("table") === null && table.tagName !== "TABLE") {
    table = table.nextElementSibling;
  }
  if (table === null) throw new Error("no rubric table after the heading 'The rubric'");
  const rows = [...(table.tagName === "TABLE" ? table : table.querySelector("table")).rows]
    .slice(1)
    .map((row) => [...row.cells].map((cell) => cell.textContent.trim()));
  const scaleHeading = [...article.querySelectorAll("h2")].find((h) =>
    h.textContent.trim().toLowerCase().startsWith("the score scale"),
  );
  const scaleList = scaleHeading ? scaleHeading.parentElement.querySelector("dl") : null;
  const scores = scaleList
    ? [...scaleList.querySelectorAll("dt")].map((dt) => dt.textContent.trim())
    : ["Strong hire", "Hire", "No hire", "Strong no hire"];

  const cell = (tag, text, className) => {
    const el = document.createElement(tag);
    el.textContent = text;
    if (className) el.className = className;
    return el;
  };
  article.replaceChildren();
  article.append(cell("h1", "Mock interview score sheet"));
  article.append(
    cell(
      "p",
      "Score each signal the round covered: 1 weak, 4 strong. Write down what the " +
        "candidate said that earns the score: a number, a mechanism, a trade-off.",
    ),
  );
  const fields = document.createElement("div");
  fields.className = "pdf-fields";
  for (const name of ["Candidate", "Interviewer", "Round", "Date", "Question"]) {
    fields.append(cell("span", name));
  }
  article.append(fields);
  const scoreTable = document.createElement("table");
  scoreTable.className = "pdf-score";
  const head = scoreTable.createTHead().insertRow();
  for (const name of ["Signal", "Weak evidence", "Strong evidence", "Score", "Evidence heard"]) {
    head.append(cell("th", name));
  }
  const body = scoreTable.createTBody();
  for (const [signal, weak, strong] of rows) {
    const row = body.insertRow();
    row.append(cell("td", signal), cell("td", weak), cell("td", strong));
    row.append(cell("td", "1 ☐  2 ☐  3 ☐  4 ☐", "pdf-score__boxes"));
    row.append(cell("td", "", "pdf-score__notes"));
  }
  article.append(scoreTable);
  const overall = document.createElement("p");
  overall.className = "pdf-overall";
  overall.append(cell("strong", "Overall: "));
  for (const score of scores) overall.append(cell("span", `☐ ${score}`));
  article.append(overall);
  article.append(note);
  return { signals: rows.length, scores: scores.length };
}
