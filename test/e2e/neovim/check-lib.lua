-- What the headless Neovim checks share (lsp-check.lua, host-check.lua): recording checks, writing the result file
-- (env RESULT_FILE) and quitting with the failure count, a diagnostic's code, and the trust-policy client of a buffer.
-- Loaded with dofile() from the repository root (test/e2e/run-neovim.mjs runs Neovim there).
local M = {}

--- A recorder whose lines start with `prefix` (may be empty).
function M.recorder(prefix)
  local out = { checks = {} }
  local failed = 0
  local r = {}
  function r.check(name, ok, detail)
    table.insert(out.checks, { name = name, ok = ok and true or false })
    if not ok then failed = failed + 1 end
    local shown = detail and (type(detail) == 'string' and detail or vim.inspect(detail)):gsub('%s+', ' '):sub(1, 160) or ''
    io.stdout:write(string.format('  %s %s%s %s\n', ok and 'PASS' or 'FAIL', prefix, name, shown))
  end
  function r.finish()
    out.passed = #out.checks - failed
    out.failed = failed
    local f = assert(io.open(os.getenv('RESULT_FILE'), 'w'))
    f:write(vim.fn.json_encode(out))
    f:close()
    vim.cmd(failed == 0 and 'qall!' or ('cquit ' .. failed))
  end
  return r
end

function M.code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

--- The trust-policy client attached to the buffer, if any (Neovim 0.10+ and older APIs).
function M.attached(bufnr)
  local list = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = bufnr }) or vim.lsp.buf_get_clients(bufnr)
  for _, c in pairs(list) do
    if c.name == 'trust-policy' then return c end
  end
end

return M
