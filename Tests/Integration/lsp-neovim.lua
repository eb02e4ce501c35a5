-- Neovim 0.7's built-in LSP client against `essaylint lsp` (run by
-- lsp-neovim.sh: nvim --headless --clean -c 'luafile lsp-neovim.lua').
-- ESSAYLINT_BIN is the binary, LSP_NEOVIM_ESSAY the Markdown document,
-- LSP_NEOVIM_RESULTS the file each check's PASS or FAIL line goes to.
local bin = os.getenv("ESSAYLINT_BIN")
local essay = os.getenv("LSP_NEOVIM_ESSAY")
local results_path = os.getenv("LSP_NEOVIM_RESULTS")
-- The deficit-language finding ("needs") in the document: 0-based line, and
-- its start and end in UTF-16 code units and in UTF-8 bytes, after an em
-- dash, curly quotes and an emoji on the same line.
local LINE, START16, END16, START8 = 8, 39, 44, 49

local lines = {}
local function check(name, ok, detail)
  table.insert(lines, (ok and "PASS " or "FAIL ") .. name .. ((ok or detail == nil) and "" or (": " .. vim.inspect(detail, { newline = " ", indent = "" }))))
end

local function run()
  vim.cmd("edit " .. vim.fn.fnameescape(essay))
  local bufnr = vim.api.nvim_get_current_buf()
  local published = {}
  local exit_code = nil
  local client_id = vim.lsp.start_client({
    name = "essaylint",
    cmd = { bin, "lsp" },
    root_dir = vim.fn.fnamemodify(essay, ":h"),
    flags = { debounce_text_changes = 0 },
    handlers = {
      ["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
        table.insert(published, result)
        return vim.lsp.handlers["textDocument/publishDiagnostics"](err, result, ctx, config)
      end,
    },
    on_exit = function(code) exit_code = code end,
  })
  check("client started", client_id ~= nil)
  if not client_id then return end
  vim.lsp.buf_attach_client(bufnr, client_id)
  check("diagnostics published on open", vim.wait(30000, function() return #published > 0 end, 20))
  local client = vim.lsp.get_client_by_id(client_id)
  check("UTF-16 negotiated", client ~= nil and client.offset_encoding == "utf-16", client and client.offset_encoding)
  check("position encoding in the server's capabilities",
        client ~= nil and client.server_capabilities ~= nil and client.server_capabilities.positionEncoding == "utf-16",
        client and client.server_capabilities and client.server_capabilities.positionEncoding)

  local function deficit(params)
    for _, d in ipairs(params and params.diagnostics or {}) do
      if d.code == "deficit-language" and d.range.start.line == LINE then return d end
    end
  end
  local d = deficit(published[#published])
  check("deficit-language diagnostic on line " .. LINE, d ~= nil, published[#published])
  if not d then return end
  check("its range in UTF-16 code units", d.range.start.line == LINE and d.range.start.character == START16
        and d.range["end"].line == LINE and d.range["end"].character == END16, d.range)
  check("severity, code and source", d.severity == 2 and d.source == "essaylint", d)
  -- Neovim's own conversion to a byte column agrees.
  local col
  for _, vd in ipairs(vim.diagnostic.get(bufnr)) do
    if vd.lnum == LINE and vd.source == "essaylint" and vd.message == d.message then col = vd.col end
  end
  check("Neovim places it at byte " .. START8, col == START8, col)

  -- The hover names the criterion at risk.
  local hovers = vim.lsp.buf_request_sync(bufnr, "textDocument/hover",
    { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = LINE, character = START16 + 2 } }, 10000)
  local hover = hovers and hovers[client_id] and hovers[client_id].result
  local value = hover and hover.contents and hover.contents.value or ""
  check("hover shows the rubric criterion at risk", value:find("Rubric at risk: C4", 1, true) ~= nil, value)

  -- The quick fix, requested and applied through the client.
  local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = LINE, character = 0 }, ["end"] = { line = LINE, character = 0 } },
    context = { diagnostics = { d } },
  }, 10000)
  local actions = responses and responses[client_id] and responses[client_id].result or {}
  local fix
  for _, a in ipairs(actions) do
    if a.kind == "quickfix" and a.title:find("^Replace") then fix = fix or a end
  end
  check("a quick fix is offered", fix ~= nil, actions)
  if not fix then return end
  local count = #published
  local before = #published[#published].diagnostics
  vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
  local text = vim.api.nvim_buf_get_lines(bufnr, LINE, LINE + 1, false)[1]
  local new = fix.edit.changes[vim.uri_from_bufnr(bufnr)][1].newText
  check("the edit replaced exactly “needs”", text:sub(START8 + 1, START8 + #new) == new
        and text:sub(START8 + #new + 1, START8 + #new + 4) == " of ", text)
  local cleared = vim.wait(30000, function()
    return #published > count and deficit(published[#published]) == nil
  end, 20)
  check("the diagnostic disappears after the fix", cleared, published[#published])
  -- The server applied Neovim's incremental change as the buffer has it:
  -- every other finding stays.
  check("the others stay", #published[#published].diagnostics == before - 1, { before, #published[#published].diagnostics })

  -- Shutdown and exit: the server's status is 0.
  vim.lsp.stop_client(client_id)
  check("server exits 0 after shutdown", vim.wait(10000, function() return exit_code ~= nil end, 20) and exit_code == 0, exit_code)
end

local ok, err = pcall(run)
if not ok then check("script ran", false, err) end
local f = io.open(results_path, "w")
f:write(table.concat(lines, "\n") .. "\n")
f:close()
vim.cmd("qa!")
