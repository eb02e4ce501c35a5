extension Page {
    /// `GET /app.js`: sends the essay to /v1/lint and /v1/text and builds
    /// the result with createElement and textContent only (never innerHTML:
    /// the essay is text, whatever it contains).
    static let script = ##"""
    'use strict';
    (function () {
      const $ = (id) => document.getElementById(id);
      const form = $('check-form'), fileInput = $('file'), textInput = $('text'), pasteFormat = $('paste-format');
      const profileSelect = $('profile'), partSelect = $('part'), tokenField = $('token-field'), tokenInput = $('token');
      const checkButton = $('check'), download = $('download'), statusBox = $('status'), problemBox = $('problem');
      const results = $('results'), summary = $('summary'), essay = $('essay'), findingsList = $('findings');
      const requirementsList = $('requirements'), rubricBody = document.querySelector('#rubric tbody');
      let profiles = [];
      let downloadURL = null;

      function el(tag, attrs, ...children) {
        const node = document.createElement(tag);
        for (const [k, v] of Object.entries(attrs || {})) {
          if (k === 'class') node.className = v; else if (k === 'text') node.textContent = v; else node.setAttribute(k, v);
        }
        for (const c of children) node.append(c);
        return node;
      }
      function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
      function headers() {
        const h = {};
        if (tokenInput.value) h['Authorization'] = 'Bearer ' + tokenInput.value.trim();
        return h;
      }
      function showProblem(message) {
        problemBox.hidden = !message;
        problemBox.textContent = message || '';
      }

      // Credentials and parts, from /v1/profiles.
      async function loadProfiles() {
        const response = await fetch('/v1/profiles', { headers: headers() });
        if (response.status === 401) { tokenField.hidden = false; return; }
        if (!response.ok) return;
        profiles = (await response.json()).profiles;
        clear(profileSelect);
        profileSelect.append(el('option', { value: '', text: 'Detect from the essay' }));
        for (const p of profiles) profileSelect.append(el('option', { value: p.id, text: p.name }));
        fillParts();
      }
      function fillParts() {
        const chosen = profiles.find((p) => p.id === profileSelect.value);
        clear(partSelect);
        partSelect.append(el('option', { value: '', text: 'Detect from the essay' }));
        for (const p of (chosen ? [chosen] : profiles)) {
          for (const part of p.parts) {
            const range = part.wordRange ? ' (' + part.wordRange.min + ' to ' + part.wordRange.max + ' words)' : '';
            partSelect.append(el('option', { value: part.id, text: (chosen ? '' : p.name + ': ') + part.title + range }));
          }
        }
      }
      profileSelect.addEventListener('change', fillParts);
      tokenInput.addEventListener('change', () => { if (!profiles.length) loadProfiles(); });
      $('clear-file').addEventListener('click', () => { fileInput.value = ''; fileInput.focus(); });

      // The request body: the file as multipart/form-data, else the pasted text.
      function body() {
        const file = fileInput.files && fileInput.files[0];
        if (file) {
          const data = new FormData();
          data.append('file', file, file.name);
          return { body: data, name: file.name, type: null };
        }
        const text = textInput.value;
        if (!text.trim()) return null;
        const type = pasteFormat.value;
        return { body: text, name: type === 'text/markdown' ? 'essay.md' : 'essay.txt', type: type + '; charset=utf-8' };
      }

      async function post(path, doc, query) {
        const h = headers();
        if (doc.type) h['Content-Type'] = doc.type;
        return fetch(path + '?' + query, { method: 'POST', body: doc.body, headers: h });
      }

      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        showProblem('');
        const doc = body();
        if (!doc) { showProblem('Choose a file or paste your essay first.'); textInput.focus(); return; }
        const query = new URLSearchParams({ filename: doc.name });
        if (profileSelect.value) query.set('profile', profileSelect.value);
        if (partSelect.value) query.set('part', partSelect.value);
        checkButton.disabled = true;
        statusBox.textContent = 'Checking…';
        try {
          const [lintResponse, textResponse] = await Promise.all([post('/v1/lint', doc, query), post('/v1/text', doc, new URLSearchParams())]);
          const raw = await lintResponse.text();
          if (lintResponse.status === 401) { tokenField.hidden = false; tokenInput.focus(); throw new Error('This server needs an access token: enter it and check again.'); }
          let report = null;
          try { report = JSON.parse(raw); } catch (e) { report = null; }
          if (!report || !report.files) {
            const message = report && report.error ? report.error.message : 'the server answered ' + lintResponse.status;
            throw new Error('The essay could not be checked: ' + message);
          }
          const file = report.files[0];
          if (file.error) throw new Error('The essay could not be checked: ' + file.error.message);
          const text = textResponse.ok ? await textResponse.text() : '';
          if (downloadURL) URL.revokeObjectURL(downloadURL);
          downloadURL = URL.createObjectURL(new Blob([raw], { type: 'application/json' }));
          download.href = downloadURL;
          download.hidden = false;
          render(file, text);
          const n = file.findings.length;
          statusBox.textContent = 'Checked: ' + n + (n === 1 ? ' finding' : ' findings') + ', ' +
            file.requirements.filter((r) => !r.met).length + ' requirements not met.';
          results.hidden = false;
          results.focus();
        } catch (error) {
          statusBox.textContent = '';
          showProblem(error.message);
          results.hidden = true;
        } finally {
          checkButton.disabled = false;
        }
      });

      // Line starts of a text, in JavaScript (UTF-16) indices, breaking
      // lines as essaylint does: LF, CRLF or a lone CR.
      function lineStarts(text) {
        const starts = [0];
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c === 10) starts.push(i + 1);
          else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
        }
        return starts;
      }
      // The index of a 1-based line and a 1-based column in Unicode scalars.
      function indexOf(text, starts, line, column) {
        if (line < 1 || line > starts.length) return -1;
        let i = starts[line - 1];
        for (let c = 1; c < column && i < text.length; c++) i += text.codePointAt(i) > 0xffff ? 2 : 1;
        return i;
      }
      // UTF-8 byte offset to an index (a byte order mark's bytes are not in the text).
      function indexOfByte(text, byte) {
        let b = 0, i = 0;
        while (i < text.length && b < byte) {
          const cp = text.codePointAt(i);
          b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
          i += cp > 0xffff ? 2 : 1;
        }
        return b === byte ? i : -1;
      }
      // Where a finding's match stands in the text: by line and column,
      // else by byte offset; -1 when neither gives the match.
      function locate(text, starts, f) {
        if (typeof f.match !== 'string' || !f.match.length) return null;
        const s = indexOf(text, starts, f.line, f.column), e = indexOf(text, starts, f.endLine, f.endColumn);
        if (s >= 0 && e > s && text.slice(s, e) === f.match) return [s, e];
        const b = indexOfByte(text, f.offset), be = indexOfByte(text, f.offset + f.length);
        if (b >= 0 && be > b && text.slice(b, be) === f.match) return [b, be];
        return null;
      }

      // The essay with a <mark data-rule> around each located finding. Marks
      // nest where findings do; where two overlap without nesting, the later
      // one is split in two marks (both data-finding="its index").
      function renderEssay(text, findings) {
        clear(essay);
        const starts = lineStarts(text);
        const spans = [];
        findings.forEach((f, index) => {
          const at = locate(text, starts, f);
          if (at) spans.push({ start: at[0], end: at[1], index, f });
        });
        spans.sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
        const cuts = new Set([0, text.length]);
        for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
        const points = [...cuts].sort((a, b) => a - b);
        const stack = [];  // open spans, outermost first, with their elements
        let container = essay;
        for (let k = 0; k + 1 < points.length; k++) {
          const from = points[k], to = points[k + 1];
          const covering = spans.filter((s) => s.start <= from && s.end >= to);
          // Keep the open spans that still cover this piece, up to the first that does not.
          let keep = 0;
          while (keep < stack.length && covering.includes(stack[keep].span)) keep++;
          stack.length = keep;
          container = keep ? stack[keep - 1].node : essay;
          for (const s of covering) {
            if (stack.some((o) => o.span === s)) continue;
            const node = el('mark', { 'data-rule': s.f.rule, 'data-finding': String(s.index), class: s.f.severity, tabindex: '0',
              'aria-describedby': 'finding-' + s.index + '-message' });
            // The innermost mark's finding: the event goes no further out.
            node.addEventListener('click', (e) => { e.stopPropagation(); select(s.index, true); });
            node.addEventListener('keydown', (e) => {
              if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); e.stopPropagation(); select(s.index, true); }
            });
            container.append(node);
            stack.push({ span: s, node });
            container = node;
          }
          container.append(document.createTextNode(text.slice(from, to)));
        }
        return new Set(spans.map((s) => s.index));
      }

      function select(index, moveFocus) {
        for (const m of document.querySelectorAll('mark.current, .findings li.current')) m.classList.remove('current');
        for (const m of document.querySelectorAll('mark[data-finding="' + index + '"]')) m.classList.add('current');
        const item = $('finding-' + index);
        if (!item) return;
        item.classList.add('current');
        item.scrollIntoView({ block: 'nearest' });
        if (moveFocus) item.focus();
      }

      async function copy(text, button) {
        try {
          await navigator.clipboard.writeText(text);
        } catch (e) {
          const area = el('textarea', { 'aria-hidden': 'true' });
          area.value = text;
          area.style.position = 'fixed'; area.style.opacity = '0';
          document.body.append(area); area.select(); document.execCommand('copy'); area.remove();
        }
        button.textContent = 'Copied';
        statusBox.textContent = 'Copied “' + text + '”.';
        setTimeout(() => { button.textContent = 'Copy'; }, 1500);
      }

      function render(file, text) {
        const stats = file.stats || {};
        summary.textContent = 'Checked as ' + file.profile + ' / ' + file.part + (file.detection ? ' (' + file.detection + ')' : '') +
          '. ' + (stats.words != null ? stats.words + ' words.' : '');
        const located = renderEssay(text, file.findings);
        clear(findingsList);
        file.findings.forEach((f, index) => {
          const item = el('li', { id: 'finding-' + index, tabindex: '-1', 'data-rule': f.rule });
          const head = el('p', {}, el('span', { class: 'severity ' + f.severity, text: f.severity }), ' ',
            el('span', { class: 'rule', text: f.rule }), ' ', el('span', { class: 'where', text: 'line ' + f.line + ', column ' + f.column }));
          item.append(head, el('p', { class: 'message', id: 'finding-' + index + '-message', text: f.message }));
          if (typeof f.match === 'string') item.append(el('p', { class: 'match', text: '“' + f.match + '”' }));
          if (f.suggestions && f.suggestions.length) {
            const list = el('ul', { class: 'suggestions', 'aria-label': 'Suggestions' });
            for (const s of f.suggestions) {
              const button = el('button', { type: 'button', class: 'secondary small', 'aria-label': 'Copy suggestion: ' + s, text: 'Copy' });
              button.addEventListener('click', () => copy(s, button));
              list.append(el('li', {}, el('span', { class: 'suggestion', text: s }), button));
            }
            item.append(list);
          }
          if (located.has(index)) {
            const show = el('button', { type: 'button', class: 'secondary small', text: 'Show in essay' });
            show.addEventListener('click', () => {
              const mark = document.querySelector('mark[data-finding="' + index + '"]');
              if (mark) { select(index, false); mark.scrollIntoView({ block: 'center' }); mark.focus(); }
            });
            item.append(show);
          }
          findingsList.append(item);
        });
        if (!file.findings.length) findingsList.append(el('li', { text: 'No findings.' }));
        clear(requirementsList);
        for (const r of file.requirements) {
          requirementsList.append(el('li', { 'data-requirement': r.id },
            el('span', { class: r.met ? 'met' : 'unmet', text: r.met ? '✓ Met: ' : '✗ Not met: ' }), r.id + ': ' + r.detail));
        }
        if (!file.requirements.length) requirementsList.append(el('li', { text: 'No counted requirements for this part.' }));
        clear(rubricBody);
        for (const c of file.rubric) {
          const elements = c.elements || { evidenced: [], missing: [] };
          rubricBody.append(el('tr', { 'data-criterion': c.criterion },
            el('th', { scope: 'row', text: c.title }),
            el('td', { class: 'risk-' + c.risk, text: c.risk }),
            el('td', { text: String(c.ceiling) }),
            el('td', { text: elements.evidenced.join(', ') || '—' }),
            el('td', { text: elements.missing.join(', ') || '—' })));
        }
      }

      loadProfiles().catch(() => {});
    })();

    """##
}
