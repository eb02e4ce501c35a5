extension Page {
    /// `GET /app.css`: readable on a phone (one column below 52em), visible
    /// focus, colours with at least 4.5:1 contrast, severity shown in words
    /// as well as colour.
    static let style = ##"""
    :root { --ink: #1b1b1b; --muted: #4a4a4a; --paper: #ffffff; --line: #8a8a8a; --accent: #0b57d0; --focus: #b3261e;
      --error: #fde2e1; --error-ink: #8c1d18; --warning: #fff1c2; --warning-ink: #6b4e00; --suggestion: #dcecff; --suggestion-ink: #0b3d91; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
    header, main { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
    h1 { margin: 1rem 0 0.25rem; font-size: 1.75rem; }
    h2 { font-size: 1.4rem; } h3 { font-size: 1.15rem; }
    .skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: 0.5rem; }
    .skip:focus { left: 0.5rem; }
    fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 1rem; padding: 0.75rem 1rem; }
    legend { font-weight: 600; padding: 0 0.25rem; }
    .field { margin: 0.5rem 0; }
    .row { display: flex; flex-wrap: wrap; gap: 1rem; }
    .row .field { flex: 1 1 14rem; }
    label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
    .hint { color: var(--muted); font-weight: normal; font-size: 0.95rem; margin: 0.25rem 0; }
    .or { margin: 0.25rem 0; color: var(--muted); }
    textarea, select, input[type=password] { width: 100%; font: inherit; padding: 0.5rem; border: 1px solid var(--line); border-radius: 4px; color: var(--ink); background: var(--paper); }
    textarea { min-height: 10rem; resize: vertical; }
    button, .button { font: inherit; font-weight: 600; padding: 0.55rem 1.1rem; border-radius: 4px; border: 2px solid var(--accent);
      background: var(--accent); color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
    button.secondary, .button.secondary { background: var(--paper); color: var(--accent); }
    button.small { padding: 0.15rem 0.5rem; font-size: 0.9rem; }
    button:disabled { opacity: 0.6; cursor: progress; }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    mark:focus-visible { outline: 3px solid var(--focus); }
    .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; margin: 1rem 0; }
    .status { min-height: 1.5rem; margin: 0.5rem 0; }
    .problem { border: 2px solid var(--error-ink); background: var(--error); color: var(--error-ink); padding: 0.75rem; border-radius: 6px; }
    .columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; align-items: start; }
    .findings-panel .findings { max-height: 80vh; overflow: auto; padding-right: 0.25rem; }
    @media (max-width: 52em) { .columns { grid-template-columns: 1fr; } .findings-panel .findings { max-height: none; } }
    .essay { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid var(--line); border-radius: 6px; padding: 1rem;
      font-family: Georgia, "Times New Roman", serif; line-height: 1.7; max-height: 80vh; overflow: auto; }
    mark { color: inherit; border-bottom: 2px solid; padding: 0 1px; cursor: pointer; }
    mark.error { background: var(--error); border-color: var(--error-ink); }
    mark.warning { background: var(--warning); border-color: var(--warning-ink); }
    mark.suggestion { background: var(--suggestion); border-color: var(--suggestion-ink); }
    mark.current { outline: 3px solid var(--ink); }
    .findings { padding-left: 1.5rem; margin: 0; }
    .findings li { margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; border: 1px solid var(--line); border-radius: 6px; }
    .findings li.current { border: 3px solid var(--ink); }
    .findings li:focus-visible { outline: 3px solid var(--focus); }
    .severity { font-weight: 700; text-transform: uppercase; font-size: 0.85rem; padding: 0 0.35rem; border-radius: 3px; }
    .severity.error { background: var(--error); color: var(--error-ink); }
    .severity.warning { background: var(--warning); color: var(--warning-ink); }
    .severity.suggestion { background: var(--suggestion); color: var(--suggestion-ink); }
    .rule, .where { color: var(--muted); font-size: 0.9rem; }
    .match { font-style: italic; }
    .suggestions { list-style: none; padding: 0; margin: 0.25rem 0 0; }
    .suggestions li { border: 0; padding: 0.15rem 0; margin: 0; display: flex; gap: 0.5rem; align-items: baseline; flex-wrap: wrap; }
    .checklist { list-style: none; padding: 0; }
    .checklist li { margin: 0.35rem 0; }
    .met { color: #1e5e20; font-weight: 700; } .unmet { color: var(--error-ink); font-weight: 700; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; }
    caption { text-align: left; color: var(--muted); padding: 0.25rem 0; }
    th, td { border: 1px solid var(--line); padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; }
    th { background: #f0f0f0; }
    td.risk-high { color: var(--error-ink); font-weight: 700; }
    td.risk-medium { color: var(--warning-ink); font-weight: 700; }

    """##
}
