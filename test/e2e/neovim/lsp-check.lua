-- Neovim (0.7+) headless check of the stdio language server: diagnostics, hover, completion, a code action applied.
-- Run by test/e2e/run-neovim.mjs with the init.lua block of docs/editors.md as the only config, so the documented
-- setup is what starts the server:  nvim --headless -u INIT -n -i NONE +"luafile .../lsp-check.lua" FILE
-- Env: RESULT_FILE (JSON written there).
local lib = dofile('test/e2e/neovim/check-lib.lua')
local rec = lib.recorder('')
local check, finish, code_of = rec.check, rec.finish, lib.code_of

local client
local function main()
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  local function attached() return lib.attached(bufnr) end
  check('the documented init.lua attached the server', vim.wait(10000, function() return attached() ~= nil end, 20))
  client = attached()
  if not client then error('no trust-policy client attached to ' .. uri) end
  check('initialized', vim.wait(15000, function() return client.initialized end, 20))

  -- position of a string in the buffer (0-based line and character; the fixture is ASCII)
  local function pos_of(needle, delta)
    for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
      local s = line:find(needle, 1, true)
      if s then return { line = i - 1, character = s - 1 + (delta or 0) } end
    end
    error('not in the buffer: ' .. needle)
  end
  local function codes()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do table.insert(list, tostring(code_of(d))) end
    table.sort(list)
    return list
  end
  local function has_code(code) return vim.tbl_contains(codes(), code) end

  -- 1. pushed diagnostics (Neovim 0.7 has no pull diagnostics)
  local got = vim.wait(15000, function() return has_code('resource-forbidden') and has_code('version-missing') end, 20)
  check('diagnostics resource-forbidden and version-missing', got, codes())
  local resource = pos_of('"Resource"')
  local found_range = false
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == 'resource-forbidden' and d.lnum == resource.line and d.col == resource.character then found_range = true end
  end
  check('resource-forbidden starts at "Resource"', found_range)

  -- the documented settings reach the server: docs/editors.md turns version-missing into a hint
  local hint = false
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == 'version-missing' and d.severity == vim.diagnostic.severity.HINT then hint = true end
  end
  local sev = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do sev[tostring(code_of(d))] = d.severity end
  check('settings from init.lua applied (version-missing is a hint)', hint, sev)

  -- 2. hover on an action
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = pos_of('sts:AssumeRole', 3) }, 10000)
  local text = ''
  for _, r in pairs(hover or {}) do
    if r.result and r.result.contents then
      local c = r.result.contents
      text = text .. (type(c) == 'string' and c or c.value or vim.inspect(c))
    end
  end
  check('hover on sts:AssumeRole', text:find('AssumeRole', 1, true) ~= nil and #text > 40, text)

  -- 3. completion between the quotes of "Service": ""
  local comp = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion',
    { textDocument = { uri = uri }, position = pos_of('"Service": ""', #'"Service": "') }, 10000)
  local labels = {}
  for _, r in pairs(comp or {}) do
    for _, item in ipairs(r.result and (r.result.items or r.result) or {}) do table.insert(labels, item.label) end
  end
  check('completion offers lambda.amazonaws.com', vim.tbl_contains(labels, 'lambda.amazonaws.com'), #labels .. ' items')

  -- 4. the quick fix for resource-forbidden, applied as Neovim applies workspace edits
  local target
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == 'resource-forbidden' then
      target = { range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
        message = d.message, severity = d.severity, source = d.source, code = code_of(d) }
    end
  end
  if not target then error('no resource-forbidden diagnostic to ask a code action for') end
  local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction',
    { textDocument = { uri = uri }, range = target.range, context = { diagnostics = { target }, only = { 'quickfix' } } }, 10000)
  local action
  for _, r in pairs(actions or {}) do
    for _, a in ipairs(r.result or {}) do if a.edit and a.title:find('Resource', 1, true) then action = a end end
  end
  check('code action offered for resource-forbidden', action ~= nil, action and action.title)
  if action then
    vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16')
    local after = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
    check('code action applied', after:find('"Resource"', 1, true) == nil, after)
    check('resource-forbidden cleared, version-missing kept', vim.wait(10000, function()
      return not has_code('resource-forbidden') and has_code('version-missing')
    end, 20), codes())
  end
end

-- A Lua error must not leave headless Neovim waiting at a prompt.
local ok, err = xpcall(main, debug.traceback)
if not ok then check('no Lua error', false, err) end
if client then client.stop(true) end
finish()
