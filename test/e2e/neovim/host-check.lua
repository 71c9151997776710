-- Neovim (0.7+) headless check of a host file (CloudFormation template or Terraform file) opened with the documented
-- FileType block of docs/editors.md: the finding inside the role's trust policy, a hover, and the quick fix written
-- in the file's own syntax. Run by test/e2e/run-neovim.mjs. Env: RESULT_FILE (JSON written there), SQUIGGLE (the
-- text of the line the resource-forbidden finding is on), FIXED_KEEPS (a line that must survive the fix).
local squiggle = os.getenv('SQUIGGLE')
local keeps = os.getenv('FIXED_KEEPS')
local lib = dofile('test/e2e/neovim/check-lib.lua')
local rec = lib.recorder(vim.fn.fnamemodify(vim.api.nvim_buf_get_name(0), ':t') .. ': ')
local check, code_of = rec.check, lib.code_of

local client
local function main()
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  check('filetype', vim.bo.filetype == 'yaml' or vim.bo.filetype == 'terraform', vim.bo.filetype)
  local function attached() return lib.attached(bufnr) end
  check('the documented FileType block attached the server', vim.wait(10000, function() return attached() ~= nil end, 20))
  client = attached()
  if not client then error('no trust-policy client attached to ' .. uri) end

  local function line_of(needle)
    for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
      local s = line:find(needle, 1, true)
      if s then return i - 1, s - 1 end
    end
  end
  local function finding()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if code_of(d) == 'resource-forbidden' then return d end
    end
  end
  check('resource-forbidden is reported', vim.wait(20000, function() return finding() ~= nil end, 20))
  local d = finding()
  if not d then error('no resource-forbidden finding') end
  local line, col = line_of(squiggle)
  check('it sits on the host line ' .. squiggle, d.lnum == line and d.col == col, { lnum = d.lnum, col = d.col, want = { line, col } })

  local l, c = line_of('ec2.amazonaws.com')
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = l, character = c + 2 } }, 10000)
  local text = ''
  for _, r in pairs(hover or {}) do
    if r.result and r.result.contents then text = text .. (r.result.contents.value or vim.inspect(r.result.contents)) end
  end
  check('hover on ec2.amazonaws.com in the host file', text:find('EC2', 1, true) ~= nil, text)

  local target = { range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
    message = d.message, severity = d.severity, source = d.source, code = code_of(d) }
  local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction',
    { textDocument = { uri = uri }, range = target.range, context = { diagnostics = { target }, only = { 'quickfix' } } }, 10000)
  local action
  for _, r in pairs(actions or {}) do
    for _, a in ipairs(r.result or {}) do if a.edit and a.title:find('Resource', 1, true) then action = a end end
  end
  check('the quick fix is offered', action ~= nil, action and action.title)
  if action then
    vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16')
    check('the fix removed the line and kept the rest', line_of(squiggle) == nil and line_of(keeps) ~= nil,
      table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n'))
    check('the finding is gone', vim.wait(15000, function() return finding() == nil end, 20))
  end
end

local ok, err = xpcall(main, debug.traceback)
if not ok then check('no Lua error', false, err) end
if client then client.stop(true) end
rec.finish()
