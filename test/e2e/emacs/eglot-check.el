;;; eglot-check.el --- batch check of the documented Emacs (eglot) set-up  -*- lexical-binding: t -*-
;; Run by test/e2e/run-emacs.mjs after the elisp block of docs/editors.md, so the documented configuration is what
;; starts the server:  emacs --batch -q -l INIT.el -l eglot-check.el
;; Env: POLICY_FILE (a copy of test/e2e/fixtures/ui/role.trust.json), RESULT_FILE (JSON written there).
(require 'cl-lib)
(require 'json)

(defvar tp-checks nil)

(defun tp-check (name ok &optional detail)
  (push (list :name name :ok (and ok t)) tp-checks)
  (princ (format "  %s %s %s\n" (if ok "PASS" "FAIL") name
                 (if detail (truncate-string-to-width (replace-regexp-in-string "[ \t\n]+" " " (format "%s" detail)) 160) "")))
  ok)

(defun tp-wait (predicate seconds)
  "Polls PREDICATE while processing the server's output, for at most SECONDS."
  (let ((end (+ (float-time) seconds)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) end))
      (accept-process-output nil 0.05))
    value))

(defun tp-finish ()
  (let* ((failed (cl-count-if-not (lambda (c) (plist-get c :ok)) tp-checks))
         (passed (- (length tp-checks) failed)))
    (with-temp-file (getenv "RESULT_FILE")
      (insert (json-encode (list :passed passed :failed failed))))
    (kill-emacs (if (zerop failed) 0 1))))

(defun tp-code (diag)
  "The LSP code of a flymake diagnostic that eglot made."
  (plist-get (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diag))) :code))

(defun tp-codes () (sort (delq nil (mapcar #'tp-code (flymake-diagnostics))) #'string<))

(defun tp-goto (needle &optional delta)
  (goto-char (point-min))
  (search-forward needle)
  (goto-char (+ (match-beginning 0) (or delta 0))))

(condition-case err
    (progn
      (find-file (getenv "POLICY_FILE"))
      (tp-check "the file opens in iam-trust-policy-mode" (eq major-mode 'iam-trust-policy-mode) major-mode)
      ;; eglot-ensure connects from post-command-hook, after the command that opened the file; batch Emacs has no
      ;; command loop, so run the hook as the loop would.
      (run-hooks 'post-command-hook)
      (let ((server (tp-wait #'eglot-current-server 20)))
        (tp-check "the documented config started trust-policy-language-server through eglot"
                  (and server (equal (plist-get (eglot--server-info server) :name) "trust-policy-language-server"))
                  (and server (eglot--server-info server)))
        (unless server (error "no eglot server"))
        (tp-wait (lambda () (member "resource-forbidden" (tp-codes))) 20)
        (tp-check "flymake shows resource-forbidden" (member "resource-forbidden" (tp-codes)) (tp-codes))
        (tp-goto "\"Resource\"")
        (tp-check "resource-forbidden starts at \"Resource\""
                  (cl-some (lambda (d) (and (equal (tp-code d) "resource-forbidden") (= (flymake-diagnostic-beg d) (point))))
                           (flymake-diagnostics))
                  (point))
        ;; the documented eglot-workspace-configuration turns version-missing off (this fixture has no Version)
        (tp-check "settings from eglot-workspace-configuration applied (version-missing off)"
                  (not (member "version-missing" (tp-codes))) (tp-codes))
        (tp-goto "sts:AssumeRole" 3)
        (let ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams))))
          (tp-check "hover on sts:AssumeRole" (string-match-p "AssumeRole" (format "%s" (plist-get hover :contents))) hover))
        (tp-goto "\"Service\": \"\"" (length "\"Service\": \""))
        (let* ((result (jsonrpc-request server :textDocument/completion (eglot--CompletionParams)))
               (items (if (vectorp result) result (plist-get result :items)))
               (labels (mapcar (lambda (i) (plist-get i :label)) items)))
          (tp-check "completion in \"Service\": \"\" offers lambda.amazonaws.com" (member "lambda.amazonaws.com" labels) (length labels)))
        (tp-goto "\"Resource\"")
        (eglot-code-actions (point) nil "quickfix" t)
        (tp-check "the quick fix (eglot-code-actions) removes Resource"
                  (not (save-excursion (goto-char (point-min)) (search-forward "\"Resource\"" nil t))))
        (tp-wait (lambda () (not (member "resource-forbidden" (tp-codes)))) 20)
        (tp-check "resource-forbidden is gone after the fix" (not (member "resource-forbidden" (tp-codes))) (tp-codes))
        (set-buffer-modified-p nil)
        (eglot-shutdown server)))
  (error (tp-check "no error in the check" nil (error-message-string err))))
(tp-finish)
;;; eglot-check.el ends here
