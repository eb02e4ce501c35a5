extension Page {
    /// `GET /`: the form and the empty result areas; app.js fills them.
    static let html = ##"""
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>essaylint: check your essay</title>
    <link rel="stylesheet" href="/app.css">
    <script src="/app.js" defer></script>
    </head>
    <body>
    <a class="skip" href="#results">Skip to results</a>
    <header>
    <h1>essaylint</h1>
    <p>Check a micro-credential application essay against its requirements and rubric before you submit it. Your essay is checked on this server and is neither stored nor logged.</p>
    </header>
    <main>
    <form id="check-form" novalidate>
    <fieldset>
    <legend>Your essay</legend>
    <div class="field">
    <label for="file">Upload a file <span class="hint">(.docx, .odt, .html, .md or .txt)</span></label>
    <input type="file" id="file" name="file" accept=".docx,.odt,.html,.htm,.md,.markdown,.txt">
    <button type="button" id="clear-file" class="secondary">Clear file</button>
    </div>
    <p class="or">or</p>
    <div class="field">
    <label for="text">Paste the text</label>
    <textarea id="text" name="text" rows="12" aria-describedby="text-hint"></textarea>
    <p id="text-hint" class="hint">When a file is chosen, the file is checked and the pasted text is not.</p>
    </div>
    <div class="field">
    <label for="paste-format">The pasted text is</label>
    <select id="paste-format">
    <option value="text/plain">Plain text</option>
    <option value="text/markdown">Markdown (# headings)</option>
    </select>
    </div>
    </fieldset>
    <fieldset>
    <legend>Credential</legend>
    <div class="row">
    <div class="field">
    <label for="profile">Credential</label>
    <select id="profile"><option value="">Detect from the essay</option></select>
    </div>
    <div class="field">
    <label for="part">Part</label>
    <select id="part"><option value="">Detect from the essay</option></select>
    </div>
    </div>
    </fieldset>
    <div class="field" id="token-field" hidden>
    <label for="token">Access token <span class="hint">(this server asks for one)</span></label>
    <input type="password" id="token" autocomplete="off">
    </div>
    <div class="actions">
    <button type="submit" id="check">Check</button>
    <a id="download" class="button secondary" hidden download="essaylint-report.json" href="#">Download the JSON report</a>
    </div>
    </form>
    <div id="status" role="status" aria-live="polite" class="status"></div>
    <div id="problem" role="alert" class="problem" hidden></div>
    <section id="results" aria-labelledby="results-heading" tabindex="-1" hidden>
    <h2 id="results-heading">Results</h2>
    <p id="summary"></p>
    <div class="columns">
    <section aria-labelledby="essay-heading" class="essay-panel">
    <h3 id="essay-heading">Your essay, with findings marked</h3>
    <p class="hint">Select a highlight (click, or Tab to it and press Enter) to see its finding.</p>
    <div id="essay" class="essay"></div>
    </section>
    <section aria-labelledby="findings-heading" class="findings-panel">
    <h3 id="findings-heading">Findings</h3>
    <ol id="findings" class="findings"></ol>
    </section>
    </div>
    <section aria-labelledby="requirements-heading">
    <h3 id="requirements-heading">Requirements</h3>
    <ul id="requirements" class="checklist"></ul>
    </section>
    <section aria-labelledby="rubric-heading">
    <h3 id="rubric-heading">Rubric</h3>
    <div class="table-wrap">
    <table id="rubric">
    <caption>Each criterion: the risk the findings put it at, the highest level still reachable, and the rubric elements the essay shows or misses.</caption>
    <thead><tr><th scope="col">Criterion</th><th scope="col">Risk</th><th scope="col">Ceiling</th><th scope="col">Elements evidenced</th><th scope="col">Elements missing</th></tr></thead>
    <tbody></tbody>
    </table>
    </div>
    </section>
    </section>
    </main>
    </body>
    </html>

    """##
}
